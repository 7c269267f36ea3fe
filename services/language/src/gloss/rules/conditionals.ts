// conditionals: a `wenn`/`falls`/`sofern` clause is marked the DGS way, with raised brows over the whole
// condition, and the conjunction itself is not signed (`Wenn Sie umziehen, …` → [IX-2 UMZIEHEN] with
// `brows-raised`). A verb-first condition without `wenn` gets the same brows (`Wohnen Sie in einer
// Bewohnerparkzone, können Sie …`). Other subordinate clauses keep their conjunction sign (WEIL, OBWOHL) at their start.
import type { GlossRule } from '../state.js';
import { clauseDrafts, lower } from '../state.js';
import { isVerbFirstCondition } from '../structure.js';
import { CONDITIONAL_CONJUNCTIONS } from '../words.js';

export const conditionals: GlossRule = {
  name: 'conditionals',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) {
      if (isVerbFirstCondition(state, clause)) {
        const drafts = clauseDrafts(clause);
        if (drafts.length > 0) state.marks.push({ type: 'brows-raised', drafts });
        fired = true;
        continue;
      }
      if (clause.kind !== 'subordinate' || (clause.introducer ?? clause.introducedBy) === undefined) continue;
      const conjunction = (clause.introducedBy ?? clause.introducer)!;
      if (!CONDITIONAL_CONJUNCTIONS.has(lower(state.tokens[conjunction]!))) continue;
      clause.constituents = clause.constituents.filter((c) => c.role !== 'intro');
      const drafts = clauseDrafts(clause);
      if (drafts.length > 0) state.marks.push({ type: 'brows-raised', drafts });
      fired = true;
    }
    return fired;
  },
};

// questions: a W-question puts its W-word at the end (`Was kostet ein Reisepass?` → REISEPASS KOSTEN WAS;
// with the option `whWordTwice` at the start as well: WAS REISEPASS KOSTEN WAS) and has `brows-furrowed`
// over the whole question. A yes/no question keeps the clause order and has `brows-raised` over the whole
// question (`Brauche ich einen Termin?` → IX-1 TERMIN BRAUCHEN).
import type { Draft, GlossRule } from '../state.js';
import { clauseDrafts } from '../state.js';

export const questions: GlossRule = {
  name: 'questions',
  stage: 'clause',
  apply(state) {
    const question = state.structure.question;
    if (!question) return false;
    if (question === 'w') {
      let copied = false;
      for (const clause of state.clauses) {
        const wh = clause.constituents.filter((c) => c.role === 'wh');
        if (wh.length === 0) continue;
        const rest = clause.constituents.filter((c) => c.role !== 'wh');
        clause.constituents = [...rest, ...wh];
        if (state.options.whWordTwice && !copied) {
          const copy = wh.map((c) => ({ ...c, drafts: c.drafts.map((d): Draft => ({ ...d })) }));
          const lead = clause.constituents.findIndex((c) => c.role !== 'conj' && c.role !== 'intro');
          clause.constituents.splice(lead < 0 ? 0 : lead, 0, ...copy);
          copied = true;
        }
      }
    }
    const drafts = state.clauses.flatMap(clauseDrafts);
    if (drafts.length > 0) {
      state.marks.push({ type: question === 'w' ? 'brows-furrowed' : 'brows-raised', drafts });
    }
    return true;
  },
};

// imperative: BITTE opens its clause (`Rufen Sie uns bitte an.` → BITTE IX-1-PL ANRUFEN). In a polite
// request the `Sie` after the verb is only the German imperative form, not a referent: it is not signed
// (DGS addresses the viewer directly), so `Bitte rufen Sie uns an.` is BITTE IX-1-PL ANRUFEN. A clause is
// taken as a polite imperative when it opens with its verb followed by `Sie` in a statement — also after a
// `falls` clause, where the analysis does not flag the sentence as a request — but not when it is a
// verb-first condition (`Sprechen Sie wenig Deutsch, dürfen Sie …`), and not with a modal or auxiliary
// verb (`Wenn Sie umziehen, müssen Sie …` is a statement).
import type { ClauseWork, GlossRule, GlossState } from '../state.js';
import { lower } from '../state.js';
import { isVerbFirstCondition, opensWithVerb } from '../structure.js';
import { MODAL_VERBS } from '../words.js';

/**
 * The `Sie` of a polite imperative clause (`Rufen Sie …`, `Bitte rufen Sie …`, `und bringen Sie …`): a
 * verb-first clause of a statement, unless it is a condition (`Wohnen Sie …, können Sie …`).
 */
export function imperativeSie(state: GlossState, clause: ClauseWork): number | undefined {
  const verb = clause.finiteVerb;
  if (verb === undefined || state.structure.question || clause.kind !== 'main') return undefined;
  if (!opensWithVerb(state, clause) || isVerbFirstCondition(state, clause)) return undefined;
  // `Wenn Sie umziehen, müssen Sie …`: after a clause in the prefield a modal or auxiliary is a statement.
  const finite = state.tokens[verb]!;
  if (finite.upos === 'AUX' || MODAL_VERBS.has(finite.lemma.toLowerCase())) return undefined;
  let k = verb + 1;
  while (state.tokens[k] && lower(state.tokens[k]!) === 'bitte') k++;
  const t = state.tokens[k];
  return t && lower(t) === 'sie' && t.feats.Polite === 'Form' ? k : undefined;
}

export const imperative: GlossRule = {
  name: 'imperative',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) {
      const bitte = clause.constituents.filter((c) => c.role === 'bitte');
      if (bitte.length > 0) {
        const rest = clause.constituents.filter((c) => c.role !== 'bitte');
        const lead = rest.filter((c) => c.role === 'conj');
        clause.constituents = [...lead, ...bitte, ...rest.filter((c) => c.role !== 'conj')];
        fired = true;
      }
      const sie = imperativeSie(state, clause);
      if (sie === undefined) continue;
      for (const c of clause.constituents) c.drafts = c.drafts.filter((d) => d.token !== sie);
      clause.constituents = clause.constituents.filter((c) => c.drafts.length > 0);
      fired = true;
    }
    return fired;
  },
};

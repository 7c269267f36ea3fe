// negation: NICHT (and NIE, NICHTS, NIEMAND) goes after the verb, at the end of the clause as DGS has it
// (`Der Antrag wird nicht bearbeitet.` → ANTRAG BEARBEITEN NICHT), with a `headshake` over the negated
// verb and the negator. Without a verb sign (a dropped copula: `ist nicht gültig`) the negator follows the
// predicate and the headshake covers both (GÜLTIG NICHT). `kein` stays with its noun (after it, see
// noun-phrase) and gets a headshake from the noun over KEIN to the verb (`keinen Termin haben` → TERMIN KEIN HABEN).
import type { Constituent, Draft, GlossRule, GlossState } from '../state.js';

function placeNegators(state: GlossState, constituents: Constituent[]): { order: Constituent[]; marks: Draft[][] } {
  const negs = constituents.filter((c) => c.role === 'neg');
  if (negs.length === 0) return { order: constituents, marks: [] };
  const rest = constituents.filter((c) => c.role !== 'neg');
  const verbAt = rest.map((c) => c.role).lastIndexOf('verb');
  const lastNonWh = rest.map((c) => c.role !== 'wh').lastIndexOf(true);
  const at = verbAt >= 0 ? verbAt : lastNonWh;
  const before = at >= 0 ? rest[at]! : undefined;
  const order = [...rest.slice(0, at + 1), ...negs, ...rest.slice(at + 1)];
  const negDrafts = negs.flatMap((c) => c.drafts);
  return { order, marks: [[...(before?.drafts ?? []), ...negDrafts]] };
}

/**
 * `kein` negates the clause: the headshake runs from the negated noun over KEIN on to the verb (and its modal),
 * as DGS holds it over the predicate (`keinen eigenen Pass brauchen` → PASS EIGEN KEIN BRAUCHEN, headshake from
 * PASS to BRAUCHEN).
 */
function keinMarks(state: GlossState, c: Constituent, verb: Constituent | undefined): Draft[][] {
  const marks: Draft[][] = [];
  c.drafts.forEach((d, k) => {
    const t = state.tokens[d.token];
    if (!t || t.lemma.toLowerCase() !== 'kein' || t.upos !== 'DET') return;
    let from = k;
    while (from > 0) {
      const prev = state.tokens[c.drafts[from - 1]!.token]!;
      if (prev.upos !== 'NOUN' && prev.upos !== 'PROPN' && prev.upos !== 'ADJ') break;
      from--;
    }
    marks.push([...c.drafts.slice(from, k + 1), ...(verb?.drafts ?? [])]);
  });
  return marks;
}

export const negation: GlossRule = {
  name: 'negation',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) {
      const { order, marks } = placeNegators(state, clause.constituents);
      clause.constituents = order;
      order.forEach((c, n) => {
        const verb = order.slice(n + 1).find((v) => v.role === 'verb');
        marks.push(...keinMarks(state, c, verb));
      });
      for (const drafts of marks) {
        state.marks.push({ type: 'headshake', drafts });
        fired = true;
      }
    }
    return fired;
  },
};

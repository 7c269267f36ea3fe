// order: DGS clause order — time first, then the subject, the place, objects and everything else, the
// verb last, a modal verb after its main verb (`müssen Sie sich … anmelden` → … ANMELDEN MÜSSEN).
// A conjunction (ODER, ABER) and the sign of a subordinating conjunction (WEIL) open their clause.
// Constituents of equal rank keep their German order. A clause without a verb (a heading, a label:
// `Termin im Bürgerbüro`) is a noun phrase and keeps its order. Negation, W-word and BITTE are placed by their own
// rules afterwards.
import type { Constituent, GlossRule, GlossState, Role } from '../state.js';
import { MODAL_VERBS } from '../words.js';

const RANK: Readonly<Record<Role, number>> = {
  conj: 0,
  intro: 1,
  time: 2,
  subject: 3,
  place: 4,
  other: 5,
  neg: 5,
  wh: 5,
  bitte: 5,
  verb: 6,
};

function verbOrder(state: GlossState, c: Constituent): boolean {
  const isModal = (token: number) => MODAL_VERBS.has(state.tokens[token]!.lemma.toLowerCase());
  const sorted = [...c.drafts.filter((d) => !isModal(d.token)), ...c.drafts.filter((d) => isModal(d.token))];
  const changed = sorted.some((d, k) => d !== c.drafts[k]);
  c.drafts = sorted;
  return changed;
}

export const constituentOrder: GlossRule = {
  name: 'order',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) {
      if (clause.verbComplex.length === 0) continue;
      const sorted = clause.constituents
        .map((c, k) => ({ c, k }))
        .sort((a, b) => RANK[a.c.role] - RANK[b.c.role] || a.k - b.k)
        .map((x) => x.c);
      if (sorted.some((c, k) => c !== clause.constituents[k])) fired = true;
      clause.constituents = sorted;
      for (const c of sorted) if (c.role === 'verb' && verbOrder(state, c)) fired = true;
    }
    return fired;
  },
};

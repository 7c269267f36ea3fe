// topic: an object that German puts before the finite verb (`Den Antrag können Sie online stellen.`) is the
// topic of the sentence. DGS signs a topic first, with raised brows, and then the comment (ANTRAG | IX-2 ONLINE
// STELLEN KÖNNEN: brows raised over ANTRAG). Only in statements (a question has its own brows) and only for a
// definite noun phrase that is neither the subject nor a time or a place (those open the clause anyway).
import type { GlossRule, GlossState } from '../state.js';

/**
 * A topic is something already known: a definite, possessive or demonstrative noun phrase (`den Antrag`, `Ihren
 * Ausweis`, `diese Unterlagen`). A bare fronted noun (`Informationen finden Sie …`) is new information, not a topic.
 */
function definite(state: GlossState, k: number): boolean {
  const t = state.tokens[k]!;
  if (t.upos !== 'DET' && t.upos !== 'PRON') return false;
  return t.feats.Definite === 'Def' || t.feats.Poss === 'Yes' || t.feats.PronType === 'Dem';
}

function question(state: GlossState, tokens: readonly number[]): boolean {
  const last = tokens[tokens.length - 1];
  const next = last === undefined ? undefined : state.tokens[last + 1];
  return next?.norm === '?' || state.tokens[tokens[tokens.length - 1] ?? 0]?.norm === '?';
}

export const topic: GlossRule = {
  name: 'topic',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) {
      if (clause.kind !== 'main' || clause.finiteVerb === undefined || question(state, clause.tokens)) continue;
      const first = Math.min(...clause.tokens.filter((k) => state.tokens[k]!.upos !== 'PUNCT'));
      const fronted = clause.constituents.find(
        (c) =>
          c.role === 'other' &&
          c.tokens[0] === first &&
          first < clause.finiteVerb! &&
          c.tokens.some((k) => state.tokens[k]!.upos === 'NOUN' || state.tokens[k]!.upos === 'PROPN') &&
          c.tokens.some((k) => definite(state, k)) &&
          c.drafts.length > 0,
      );
      if (!fronted) continue;
      const opening = clause.constituents.filter((c) => c.role === 'conj' || c.role === 'intro');
      const rest = clause.constituents.filter((c) => c !== fronted && !opening.includes(c));
      clause.constituents = [...opening, fronted, ...rest];
      state.marks.push({ type: 'brows-raised', drafts: fronted.drafts });
      fired = true;
    }
    return fired;
  },
};

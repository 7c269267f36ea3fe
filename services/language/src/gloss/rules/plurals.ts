// plurals: a plural noun is signed twice (reduplication): `repeat: 2` and a `+` after the gloss
// (`Anträge` → ANTRAG+; one `+` per extra repetition is the usual gloss convention). Not when a numeral
// or a quantifier in its noun phrase already says how many (`drei Anträge` → DREI ANTRAG, `keine Termine`
// → TERMIN KEIN, `viele Anträge` → ANTRAG VIEL), not for plural-only nouns (KOSTEN), and not for
// fingerspelled words (fingerspelling is not repeated). For a split compound the head is repeated.
import { parseNumberWord } from '../../number-words.js';
import type { AnalyzedToken } from '../../types.js';
import type { GlossRule, GlossState } from '../state.js';
import { lower } from '../state.js';
import { PLURALIA_TANTUM, QUANTIFIERS } from '../words.js';

const NP_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);

const counts = (t: AnalyzedToken) =>
  t.upos === 'NUM' ||
  t.kind === 'number' ||
  t.feats.NumType === 'Card' ||
  (t.upos !== 'DET' && parseNumberWord(t.norm) !== undefined) ||
  QUANTIFIERS.has(lower(t)) ||
  QUANTIFIERS.has(t.lemma.toLowerCase());

/** Whether a numeral or quantifier stands in the noun phrase before noun `i`. */
function counted(state: GlossState, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = state.tokens[k]!;
    if (!NP_MODIFIERS.has(t.upos) && t.kind !== 'number') return false;
    if (t.upos === 'PRON' && t.feats.Poss !== 'Yes' && t.feats.PronType !== 'Ind') return false;
    if (counts(t)) return true;
  }
  return false;
}

export const plurals: GlossRule = {
  name: 'plurals',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((t, i) => {
      const plan = state.plans[i];
      if (!plan || t.upos !== 'NOUN' || t.feats.Number !== 'Plur') return;
      if (PLURALIA_TANTUM.has(t.lemma.toLowerCase()) || counted(state, i)) return;
      const head = plan[plan.length - 1];
      if (!head || head.kind !== 'lexical' || !head.signable || head.repeat) return;
      // `Baukosten`: the head of a split compound decides.
      if (head.mouthing && PLURALIA_TANTUM.has(head.mouthing.toLowerCase())) return;
      head.repeat = 2;
      head.gloss = `${head.gloss}+`;
      fired = true;
    });
    return fired;
  },
};

// phrases: verb phrases DGS does not sign word for word (rephrase-words.ts VERB_PHRASES). In a light-verb phrase
// the noun carries the meaning and the verb is left out (`Sie können einen Antrag stellen` → IX-2 ANTRAG KÖNNEN);
// a phrase with a sign of its own becomes that sign (`Das Angebot steht Ihnen zur Verfügung` → … ES-GIBT,
// `in Anspruch nehmen` → NUTZEN). Left-out words are reported as `omitted` (reason `light-verb`), a phrase sign
// as `rephrased` (`how: 'phrase'`) on the verb's gloss.
import { VERB_PHRASES } from '../rephrase-words.js';
import type { GlossRule, GlossState } from '../state.js';
import { clauseOfToken, lexicalDraft, tokenSpan } from '../state.js';
import type { VerbPhrase } from '../rephrase-words.js';

/** The token that completes the phrase for verb `i` in its clause, or undefined. */
function partner(state: GlossState, i: number, phrase: VerbPhrase): number | undefined {
  const clause = clauseOfToken(state, i);
  if (!clause) return undefined;
  return clause.tokens.find((k) => {
    // A noun the phrase leaves out must still be undecided; one it keeps may already be signed (a compound).
    if (k === i || (!phrase.keepNoun && state.plans[k] !== undefined)) return false;
    const t = state.tokens[k]!;
    if (phrase.noun) return t.upos === 'NOUN' && phrase.noun.test(t.lemma.toLowerCase());
    const want = phrase.with!;
    return t.upos === want.upos && (want.lemma === '' || t.lemma.toLowerCase() === want.lemma);
  });
}

function applyPhrase(state: GlossState, i: number): boolean {
  const t = state.tokens[i]!;
  if (t.upos !== 'VERB') return false;
  for (const phrase of VERB_PHRASES) {
    if (t.lemma.toLowerCase() !== phrase.verb) continue;
    const k = partner(state, i, phrase);
    if (k === undefined) continue;
    const sign = phrase.sign?.map((lemma) => state.lexicon.lookup(lemma)).find((s) => s !== undefined);
    if (phrase.sign && !sign) continue;
    if (sign) {
      state.plans[i] = [
        { ...lexicalDraft(i, sign, tokenSpan(t), t.lemma), rephrased: { word: t.lemma, how: 'phrase' } },
      ];
    } else {
      state.plans[i] = null;
      state.omitted.push({ token: i, reason: 'light-verb' });
    }
    if (!phrase.keepNoun && phrase.noun) {
      state.plans[k] = null;
      state.omitted.push({ token: k, reason: 'light-verb' });
    }
    return true;
  }
  return false;
}

export const phrases: GlossRule = {
  name: 'phrases',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((_t, i) => {
      if (state.plans[i] === undefined && applyPhrase(state, i)) fired = true;
    });
    return fired;
  },
};

// Whether a simplified sentence still speaks of the same things: every noun of the source (its lemma) must
// be in the output, whole or as the parts of a separated compound (`Personalausweis` → `Personal-Ausweis`).
// A model that drops a clause or invents another topic loses nouns; a good simplification keeps them, and
// explanations only add words. Used to gate a trained model's sentences, never the rules'.

import type { Analyzer } from '../analyse.js';
import { analyseSentence } from './analysis.js';

/** Lower case, without the hyphens and middle dots that separate compound parts. */
function folded(word: string): string {
  return word.toLowerCase().replace(/[-·‧\u00ad]/g, '');
}

/** The nouns (lemmas, as written in the source) of `source` that `output` no longer mentions. */
export function lostNouns(analyzer: Analyzer, source: string, output: string): string[] {
  const nouns = analyseSentence(analyzer, source).tokens.filter((t) => t.upos === 'NOUN' || t.upos === 'PROPN');
  const outTokens = analyseSentence(analyzer, output).tokens;
  const have = new Set(outTokens.flatMap((t) => [folded(t.text), folded(t.lemma)]));
  const text = folded(output);
  return [
    ...new Set(
      nouns
        .filter((n) => !have.has(folded(n.lemma)) && !have.has(folded(n.text)) && !text.includes(folded(n.lemma)))
        .map((n) => n.text),
    ),
  ];
}

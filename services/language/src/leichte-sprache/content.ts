// Whether a simplified sentence still speaks of the same things, in words the source or the rules gave it. Used to
// gate a trained model's sentences, never the rules'.
//
// - Kept: every noun of the source (its lemma) is in the output, whole or as the parts of a separated compound
//   (`Personalausweis` → `Personal-Ausweis`); for the gate also every other content word (verbs, modal verbs,
//   adjectives, adverbs, negation), in any form, so that „muss zugelassen werden“ cannot become „muss“, nor „nur
//   mit einer Vollmacht“ „mit einer Vollmacht“. Numbers are checked apart (`preserved`); an abbreviation counts as
//   kept when its expansion is there.
// - Not invented: every noun, verb and adjective of the output is one the source or the rules' sentence (its
//   explanations of hard words included) has. A model that garbles a word („Melde-Scheibeeinigung“) or makes up an
//   explanation fails here even where no rule of Leichte Sprache is broken.

import type { Analyzer } from '../analyse.js';
import { MODAL_LEMMAS } from '../closed-class.js';
import type { AnalyzedToken } from '../types.js';
import { analyseSentence } from './analysis.js';
import { foldWord } from './glossary.js';

const NOUNS = new Set(['NOUN', 'PROPN']);
const NEGATION = new Set(['nicht', 'kein', 'nie', 'niemals', 'nichts', 'niemand']);
/** Words that carry what a sentence says; a simplification may move or inflect them, not drop them. */
const isContent = (t: AnalyzedToken): boolean =>
  NOUNS.has(t.upos) ||
  t.upos === 'NUM' ||
  ['VERB', 'ADJ', 'ADV'].includes(t.upos) ||
  MODAL_LEMMAS.has(t.lemma.toLowerCase()) ||
  NEGATION.has(t.lemma.toLowerCase());
/** Words that name something; an output may only use those its sources have. */
const isNaming = (t: AnalyzedToken): boolean => NOUNS.has(t.upos) || t.upos === 'VERB' || t.upos === 'ADJ';
/** Digits and number words, which `preserved` checks in any form (`zwei` → `2`); Roman numerals (`Teil I`) are words. */
const isNumber = (t: AnalyzedToken): boolean => (t.upos === 'NUM' && !/^[IVXLCDM]+$/.test(t.text)) || /\d/.test(t.text);

/** The words of `source` picked by `which` (as written) that `output` no longer has, in any form. */
function missing(analyzer: Analyzer, source: string, output: string, which: (t: AnalyzedToken) => boolean): string[] {
  const words = analyseSentence(analyzer, source).tokens.filter((t) => which(t) && !isNumber(t));
  const outTokens = analyseSentence(analyzer, output).tokens;
  const have = new Set(outTokens.flatMap((t) => [foldWord(t.text), foldWord(t.lemma)]));
  const text = foldWord(output);
  const kept = (t: AnalyzedToken) =>
    have.has(foldWord(t.lemma)) ||
    have.has(foldWord(t.text)) ||
    // a part of a compound (`Stadt` in `Stadtbibliothek`); short words would be found inside any text
    (foldWord(t.lemma).length >= 4 && text.includes(foldWord(t.lemma))) ||
    (t.expansion !== undefined && text.includes(foldWord(t.expansion)));
  return [...new Set(words.filter((t) => !kept(t)).map((t) => t.text))];
}

/** The nouns (as written in the source) of `source` that `output` no longer mentions. */
export function lostNouns(analyzer: Analyzer, source: string, output: string): string[] {
  return missing(analyzer, source, output, (t) => NOUNS.has(t.upos));
}

/** The content words of `source` (nouns, verbs, modal verbs, adjectives, adverbs, negation) `output` lacks. */
export function lostContentWords(analyzer: Analyzer, source: string, output: string): string[] {
  return missing(analyzer, source, output, isContent);
}

/** The nouns, verbs and adjectives of `output` that none of `known` (the source, the rules' sentence) has. */
export function inventedWords(analyzer: Analyzer, output: string, known: readonly string[]): string[] {
  return missing(analyzer, output, known.join('\n'), isNaming);
}

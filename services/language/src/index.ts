// @bbs/language: the pure, browser-safe German text core. Nothing here touches Node built-ins or
// loads the dictionaries; callers pass the parsed dictionary JSON to buildLexicon.

import type { Analyzer } from './analyse.js';
import { segment } from './sentences.js';
import type { AnalyzedToken, Sentence } from './types.js';

export * from './types.js';
export { normalize, normalizeText, toRawSpan, type NormalizedText } from './normalise.js';
export { ABBREVIATIONS, findAbbreviation, type Abbreviation, type AbbreviationKind } from './abbreviations.js';
export { tokenize, parseGermanNumber } from './tokens.js';
export { splitSentences, segment, type SegmentedSentence } from './sentences.js';
export {
  buildLexicon,
  joinSeparable,
  type Lexicon,
  type LexiconOptions,
  type Spelling,
  type NounData,
  type NounEntry,
  type VerbData,
  type VerbEntry,
} from './lexicon.js';
export { parseFeats, formatFeats } from './features.js';
export { SUPPLEMENTARY_VERBS, supplementaryVerbs, weakVerb, particleVerb } from './supplement.js';
export { generateCandidates, compoundCandidates, guessCandidates, type CandidateContext } from './candidates.js';
export {
  heuristicChooser,
  agreementPass,
  isSentenceInitial,
  type Chooser,
  type ChoiceContext,
  type Choice,
} from './disambiguate.js';
export {
  createAnalyzer,
  type Analyzer,
  type AnalyzerOptions,
  type TokenContext,
  type SentenceInput,
} from './analyse.js';
export { analysisScope, type AnalysisCounts, type ScopedAnalyzer } from './analysis-scope.js';
export { createDoc, isDoc, type Doc, type DocSentence } from './doc.js';

export interface AnalyzedSentence extends Sentence {
  readonly tokens: readonly AnalyzedToken[];
}

export interface AnalyzedText {
  readonly sentences: readonly AnalyzedSentence[];
}

/** Splits, tokenises and analyses a text; all offsets are into `text`. */
export function analyzeText(analyzer: Analyzer, text: string): AnalyzedText {
  return {
    sentences: segment(text).map((s) => ({ ...s, tokens: analyzer.analyzeSentence(s.tokens) })),
  };
}
export {
  analyzeClauses,
  type Clause,
  type ClauseKind,
  type Negation,
  type SentenceStructure,
  type TokenRange,
} from './clauses.js';
export * from './timeline/index.js';
export {
  createTagger,
  combineFeats,
  lemmatize,
  MORPH_FEATURES,
  type Tagger,
  type TaggedToken,
  type TaggerMeta,
  type TaggerModelJson,
  type TaggerInput,
  type MorphFeature,
  type MorphValues,
} from './tagger/index.js';
export type { AdjectiveData, AdjectiveEntry } from './lexicon.js';
export * from './gloss/index.js';
export * from './leichte-sprache/index.js';
export * from './calendar.js';
export * from './terminology/index.js';
export * from './guard/index.js';
export {
  planSpeech,
  pauseMs,
  isGermanSpeech,
  type SpokenWord,
  type SpokenPhrase,
  type PauseKind,
} from './speech/spoken-text.js';
export { cardinalWord, ordinalWord, yearWord } from './speech/numerals.js';

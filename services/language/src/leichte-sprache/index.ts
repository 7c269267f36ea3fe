// Leichte Sprache checker: rules after DIN SPEC 33429 and the Netzwerk Leichte Sprache, readability
// figures, a sentence complexity score and a statement counter. Pure and browser-safe.

export * from './types.js';
export { checkLeichteSprache, checkDocument } from './checker.js';
export { LS_RULES, RULES as LS_RULE_CHECKS } from './catalogue.js';
export { analyseSentence, wordsOf } from './analysis.js';
export { syllables, letterCount, numberToGermanWords } from './syllables.js';
export { readabilityStats, statsFromCounts, type WordCounts } from './readability.js';
export {
  complexityScore,
  complexityFeatures,
  COMPLEXITY_FEATURES,
  COMPLEXITY_MODEL,
  type ComplexityFeatures,
} from './complexity.js';
export { countStatements, statementFeatures, STATEMENT_MODEL, type StatementFeatures } from './statements.js';
export { CompoundSplitter, joinParts } from './compounds.js';
export { inventedWords, lostContentWords, lostNouns } from './content.js';
export { sentenceConcerns, cappedConfidence, CONCERN_CEILING, WORD_LEVEL_STEPS } from './concerns.js';
export { hardWordsIn, type Vocabulary } from './vocabulary.js';
export { EINFACH_SEVERITY, severityOf } from './catalogue.js';
export { GlossaryIndex, glossaryIndex, foldWord } from './glossary.js';
export { IDIOMS, NOMINAL_STYLE, type FixedPhrase } from './data/phrases.js';
export { FOREIGN_WORDS, SYNONYM_GROUPS } from './data/words.js';
export { germanNumberWord } from './rules/numbers.js';
export { MAX_WORDS, EINFACH_MAX_WORDS } from './rules/sentence-length.js';
export { easyDate, easyTime } from './rules/dates.js';
export {
  rewriteLeichteSprache,
  rewriteEinfacheSprache,
  plainSpelling,
  preserved,
  lostFacts,
  numericFacts,
  REWRITE_STEPS,
  type RewriteOptions,
  type RewriteResult,
  type RewrittenSentence,
} from './rewriter/index.js';
export { LINE_BREAK, oneSentencePerLine } from './lines.js';

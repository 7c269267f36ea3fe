// German text → DGS glosses by rules (see README.md in this folder for the conventions).
export * from './types.js';
export { glossLexiconFrom, lexiconPos, lemmaKey, type GlossLexiconEntry } from './lexicon.js';
export { fingerspellGloss } from './fingerspell.js';
export { glossAgreement, glossKindOf, isKnownGlossForm, numberDigits } from './forms.js';
export { parseNumberWord } from '../number-words.js';
export { isNumeralWord, parseOrdinalWord } from './ordinal-words.js';
export { GLOSS_RULES, glossSentence, glossText } from './pipeline.js';
export type { GlossRule, GlossState, Draft, Role, Constituent, ClauseWork } from './state.js';

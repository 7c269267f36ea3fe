// The rule catalogue: every rule of the checker with its severity per profile, for the editor's rule list.

import { abbreviations } from './rules/abbreviations.js';
import { compound, longWord } from './rules/compound.js';
import { consistency } from './rules/consistency.js';
import { dateTime, weekday } from './rules/dates.js';
import { foreignWords } from './rules/foreign-words.js';
import { genitive } from './rules/genitive.js';
import { hardWords } from './rules/hard-words.js';
import { longParagraph, oneSentencePerLine } from './rules/layout.js';
import { negation, negativePrefixRule } from './rules/negation.js';
import { numberWords } from './rules/numbers.js';
import { oneStatement } from './rules/one-statement.js';
import { passive, statePassive } from './rules/passive.js';
import { idioms, nominalStyle } from './rules/phrases.js';
import { sentenceLength } from './rules/sentence-length.js';
import { specialCharacters } from './rules/special-characters.js';
import { subjunctive } from './rules/subjunctive.js';
import type { LsRule, LsRuleInfo } from './types.js';

/** The rules in the order the editor lists them. */
export const RULES: readonly LsRule[] = [
  sentenceLength,
  oneStatement,
  passive,
  statePassive,
  genitive,
  subjunctive,
  negation,
  negativePrefixRule,
  compound,
  longWord,
  numberWords,
  dateTime,
  weekday,
  abbreviations,
  specialCharacters,
  foreignWords,
  idioms,
  nominalStyle,
  hardWords,
  consistency,
  oneSentencePerLine,
  longParagraph,
];

/** The rule catalogue without the check functions (plain data, JSON-safe). */
export const LS_RULES: readonly LsRuleInfo[] = RULES.map((r) => ({
  id: r.id,
  title: r.title,
  severity: r.severity,
  ...(r.strongSeverity ? { strongSeverity: r.strongSeverity } : {}),
  description: r.description,
  source: r.source,
}));

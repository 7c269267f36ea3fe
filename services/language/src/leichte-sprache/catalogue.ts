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
import { verbBracket } from './rules/verb-bracket.js';
import type { LsProfile, LsRule, LsRuleInfo, Severity } from './types.js';

/** The rules in the order the editor lists them. */
export const RULES: readonly LsRule[] = [
  sentenceLength,
  oneStatement,
  verbBracket,
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

/**
 * Einfache Sprache (plain language, about B1): sentences up to 15 words are fine and over 20 an error, one
 * subordinate clause is allowed, compounds keep their normal spelling, genitive and negation are plain German;
 * passive, abbreviations, idioms and unexplained hard words are still worth a warning.
 */
export const EINFACH_SEVERITY: Readonly<Record<string, { base: Severity | 'off'; strong?: Severity | 'off' }>> = {
  'sentence-length': { base: 'warning', strong: 'error' },
  'one-statement': { base: 'off' },
  'verb-bracket': { base: 'off', strong: 'warning' },
  passive: { base: 'warning' },
  'state-passive': { base: 'off' },
  genitive: { base: 'off' },
  subjunctive: { base: 'info' },
  negation: { base: 'off', strong: 'info' },
  'negative-prefix': { base: 'off' },
  compound: { base: 'off' },
  'long-word': { base: 'info' },
  'number-words': { base: 'info' },
  'date-time': { base: 'info' },
  weekday: { base: 'off' },
  abbreviation: { base: 'warning' },
  'special-characters': { base: 'info' },
  'foreign-word': { base: 'info' },
  idiom: { base: 'warning' },
  'nominal-style': { base: 'info' },
  'hard-word': { base: 'warning' },
  consistency: { base: 'info' },
  'one-sentence-per-line': { base: 'off' },
  'long-paragraph': { base: 'info' },
};

/** A rule's severity in a profile, and that of its stronger form. */
export function severityOf(rule: LsRule, profile: LsProfile): { base: Severity | 'off'; strong: Severity | 'off' } {
  if (profile === 'einfach') {
    const e = EINFACH_SEVERITY[rule.id] ?? { base: 'off' };
    return { base: e.base, strong: e.strong ?? e.base };
  }
  const base = rule.severity[profile];
  return { base, strong: rule.strongSeverity?.[profile] ?? base };
}

const PROFILES: readonly LsProfile[] = ['din', 'netzwerk', 'einfach'];

/** The rule catalogue without the check functions (plain data, JSON-safe). */
export const LS_RULES: readonly LsRuleInfo[] = RULES.map((r) => {
  const per = PROFILES.map((p) => [p, severityOf(r, p)] as const);
  return {
    id: r.id,
    title: r.title,
    severity: Object.fromEntries(per.map(([p, s]) => [p, s.base])) as Record<LsProfile, Severity | 'off'>,
    ...(r.strongSeverity || per.some(([, s]) => s.strong !== s.base)
      ? {
          strongSeverity: Object.fromEntries(per.map(([p, s]) => [p, s.strong])) as Record<LsProfile, Severity | 'off'>,
        }
      : {}),
    description: r.description,
    source: r.source,
  };
});

// Shapes of the Leichte Sprache checker: options, findings, statistics, and what a rule sees.

import type { GlossaryTermInput } from '@bbs/protocol';
import type { Analyzer } from '../analyse.js';
import type { SentenceStructure } from '../clauses.js';
import type { SegmentedSentence } from '../sentences.js';
import type { AnalyzedToken } from '../types.js';
import type { GlossaryIndex } from './glossary.js';

/** The Leichte Sprache profiles every rule states its severity for. */
export type LsRuleProfile = 'din' | 'netzwerk';
/**
 * `din`: DIN SPEC 33429 (default). `netzwerk`: the stricter rules of the Netzwerk Leichte Sprache. `einfach`:
 * Einfache Sprache (plain language, about B1), with the severities of catalogue.ts `EINFACH_SEVERITY`.
 */
export type LsProfile = LsRuleProfile | 'einfach';
export type Severity = 'error' | 'warning' | 'info';
/** How long compounds are split: `Bürger-Büro` or `Bürger·büro`. */
export type Separator = 'hyphen' | 'mediopunkt';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Character offsets into the checked text: `text.slice(start, end)` is the offending text. */
  readonly start: number;
  readonly end: number;
  /** What is wrong, in plain German. */
  readonly message: string;
  /** A better wording, where one can be given. */
  readonly suggestion?: string;
}

export interface Stats {
  readonly sentences: number;
  readonly words: number;
  readonly wordsPerSentence: number;
  /** Share (0–1) of words with 4 or more syllables. */
  readonly longWordShare: number;
  readonly syllablesPerWord: number;
  /** Flesch reading ease after Amstad (1978): 180 − ASL − 58.5 × ASW; higher is easier. */
  readonly fleschAmstad: number;
  /** First Wiener Sachtextformel (Bamberger & Vanecek 1984): school grade 4–15; lower is easier. */
  readonly wienerSachtextformel: number;
  /** Läsbarhetsindex: words per sentence + percentage of words longer than 6 letters. */
  readonly lix?: number;
}

/** A hard word with its explanations (senses) in Leichte Sprache; the shape of glossary-de.json. */
export type GlossaryEntry = GlossaryTermInput;

export interface CheckOptions {
  readonly profile?: LsProfile;
  readonly separator?: Separator;
  /** Hard words that need an explanation (the service loads `@bbs/language/glossary-de.json`); default none. */
  readonly glossary?: readonly GlossaryEntry[];
  /** Per-rule overrides of the profile's severity; `off` switches a rule off. */
  readonly rules?: Readonly<Partial<Record<string, Severity | 'off'>>>;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly stats: Stats;
}

/** One sentence with its word analysis and clause structure. */
export interface SentenceAnalysis {
  readonly tokens: readonly AnalyzedToken[];
  readonly structure: SentenceStructure;
}

/**
 * A word as the reader sees it: usually one token; `Bürger·büro` (three tokens: word, mediopunkt, word) is
 * one word too. Punctuation and symbols are no words.
 */
export interface LsWord {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** Index of its first and last token in the sentence. */
  readonly first: number;
  readonly last: number;
  /** The token that carries the word's analysis (the last part of a mediopunkt compound). */
  readonly token: AnalyzedToken;
}

export interface LsSentence extends SentenceAnalysis {
  readonly index: number;
  readonly sentence: SegmentedSentence;
  readonly words: readonly LsWord[];
  /** Blank-line separated block the sentence is in (0-based). */
  readonly paragraph: number;
  /** Line of the sentence's first and last character (0-based). */
  readonly line: number;
  readonly endLine: number;
}

export interface LsDocument {
  readonly text: string;
  readonly sentences: readonly LsSentence[];
}

export interface RuleContext {
  readonly doc: LsDocument;
  readonly analyzer: Analyzer;
  readonly profile: LsProfile;
  readonly separator: Separator;
  readonly glossary: GlossaryIndex;
}

/** What a rule reports; the checker adds the rule id and the severity for the profile. */
export interface RuleHit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly suggestion?: string;
  /** The stronger form of the problem (a very long sentence, a double negation): `strongSeverity` applies. */
  readonly strong?: boolean;
}

export interface LsRuleInfo {
  readonly id: string;
  /** Short German title for a rule list. */
  readonly title: string;
  readonly severity: Readonly<Record<LsProfile, Severity | 'off'>>;
  /** Severity of the stronger form (see RuleHit.strong), where the rule has one. */
  readonly strongSeverity?: Readonly<Record<LsProfile, Severity | 'off'>>;
  /** What the rule checks, in German. */
  readonly description: string;
  /** Where the rule comes from (`Bürgernahe Verwaltungssprache`: the plain-language handbook of the Bundesverwaltungsamt). */
  readonly source: 'DIN SPEC 33429' | 'Netzwerk Leichte Sprache' | 'Bürgernahe Verwaltungssprache';
}

export interface LsRule extends Omit<LsRuleInfo, 'severity' | 'strongSeverity'> {
  readonly severity: Readonly<Record<LsRuleProfile, Severity | 'off'>>;
  readonly strongSeverity?: Readonly<Record<LsRuleProfile, Severity | 'off'>>;
  check(ctx: RuleContext): RuleHit[];
}

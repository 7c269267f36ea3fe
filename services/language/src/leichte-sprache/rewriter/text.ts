// Shared helpers of the rewriter: the step shape, rendering words into a sentence, editing token spans.

import type { Analyzer } from '../../analyse.js';
import type { AnalyzedToken } from '../../types.js';
import { analyseSentence } from '../analysis.js';
import type { CompoundSplitter } from '../compounds.js';
import type { SentenceAnalysis, Separator } from '../types.js';

export interface StepContext {
  readonly analyzer: Analyzer;
  readonly separator: Separator;
  readonly splitter: CompoundSplitter;
  /**
   * Analyses by sentence string, for one rewrite call: every step of every pass analyses each piece again,
   * and most pieces come through unchanged, so tagging and clause analysis would run many times per string.
   */
  readonly cache?: Map<string, SentenceAnalysis>;
}

/** The analysis of a sentence, from the context's cache where there is one (steps only read it). */
export function analysed(ctx: StepContext, sentence: string): SentenceAnalysis {
  const hit = ctx.cache?.get(sentence);
  if (hit) return hit;
  const analysis = analyseSentence(ctx.analyzer, sentence);
  ctx.cache?.set(sentence, analysis);
  return analysis;
}

/** One named transformation of one sentence: the easy sentences it became, or undefined if it did not apply. */
export interface Step {
  readonly name: string;
  apply(ctx: StepContext, sentence: string): string[] | undefined;
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Replaces the spans (offsets into `text`, not overlapping). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const NO_SPACE_BEFORE = /^[,.;:!?)\]“"]/;
const NO_SPACE_AFTER = /[([„]$/;

/** Joins words with the usual spacing. */
export function render(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (!w) continue;
    out += out && !NO_SPACE_BEFORE.test(w) && !NO_SPACE_AFTER.test(out) ? ` ${w}` : w;
  }
  return out;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence as it is written out: capital letter first, terminal punctuation last. */
export function finish(words: readonly string[]): string {
  const text = render(words)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  if (!text) return text;
  return capitalise(/[.!?]$/.test(text) ? text : `${text}.`);
}

const isPolite = (t: AnalyzedToken): boolean => t.feats.Polite === 'Form' || /^Ihr/.test(t.norm);

/** A token's word where it is no longer first in its sentence: articles, pronouns … lower-case. */
export function inner(t: AnalyzedToken): string {
  if (t.upos === 'NOUN' || t.upos === 'PROPN' || isPolite(t) || t.kind !== 'word') return t.norm;
  if (/^\p{Lu}\p{Lu}/u.test(t.norm)) return t.norm;
  return t.norm.charAt(0).toLowerCase() + t.norm.slice(1);
}

export const lower = (t: AnalyzedToken): string => t.norm.toLowerCase();
export const isVerb = (t: AnalyzedToken): boolean => t.upos === 'VERB' || t.upos === 'AUX';
export const isFinite = (tokens: readonly AnalyzedToken[], i: number): boolean =>
  isVerb(tokens[i]!) && tokens[i]!.feats.VerbForm === 'Fin' && !(i > 0 && lower(tokens[i - 1]!) === 'zu');

// Turns a text into what the rules read: sentences (from the sentence splitter) with their analysed tokens,
// clause structure, words, paragraph and line.

import type { Analyzer } from '../analyse.js';
import { analyzeClauses } from '../clauses.js';
import { segment } from '../sentences.js';
import type { AnalyzedToken } from '../types.js';
import type { LsDocument, LsSentence, LsWord, SentenceAnalysis } from './types.js';

const isWordToken = (t: AnalyzedToken): boolean => t.kind !== 'punct' && t.kind !== 'symbol';
const MEDIOPUNKT = new Set(['·', '•', '‧']);

/**
 * The words of a sentence; a mediopunkt between two word parts with no space around it joins them. `text` is
 * the text the token offsets point into (without it, the words' text is put together from the tokens).
 */
export function wordsOf(tokens: readonly AnalyzedToken[], text?: string): LsWord[] {
  const words: LsWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWordToken(t)) continue;
    let last = i;
    while (
      tokens[last + 2] !== undefined &&
      MEDIOPUNKT.has(tokens[last + 1]!.norm) &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      tokens[last + 2]!.start === tokens[last + 1]!.end &&
      tokens[last + 2]!.kind === 'word' &&
      tokens[last]!.kind === 'word'
    ) {
      last += 2;
    }
    const end = tokens[last]!.end;
    const norm = tokens
      .slice(i, last + 1)
      .map((x) => x.norm)
      .join('');
    const raw =
      text?.slice(t.start, end) ??
      tokens
        .slice(i, last + 1)
        .map((x) => x.text)
        .join('');
    words.push({ text: raw, norm, start: t.start, end, first: i, last, token: tokens[last]! });
    i = last;
  }
  return words;
}

/** Analyses one sentence given as a string (offsets from 0): tokens and clause structure. */
export function analyseSentence(analyzer: Analyzer, sentence: string): SentenceAnalysis {
  const tokens = analyzer.analyzeSentence(sentence);
  return { tokens, structure: analyzeClauses(tokens) };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Index of the last element ≤ offset in a sorted list. */
function indexAt(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Splits, analyses and structures a whole text for the rules. */
export function analyseDocument(analyzer: Analyzer, text: string): LsDocument {
  const lines = lineStarts(text);
  // a paragraph starts after each blank line
  const paragraphStarts = [0];
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) paragraphStarts.push(m.index + m[0].length);
  const sentences: LsSentence[] = segment(text).map((s, index) => {
    const tokens = analyzer.analyzeSentence(s);
    return {
      index,
      sentence: s,
      tokens,
      structure: analyzeClauses(tokens),
      words: wordsOf(tokens, text),
      paragraph: indexAt(paragraphStarts, s.start),
      line: indexAt(lines, s.start),
      endLine: indexAt(lines, Math.max(s.start, s.end - 1)),
    };
  });
  return { text, sentences };
}

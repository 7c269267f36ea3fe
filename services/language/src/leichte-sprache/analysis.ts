// What the rules read of a sentence: its analysed tokens and clause structure, and its words as the reader sees
// them. A whole text becomes a Doc (../doc.ts).

import type { Analyzer } from '../analyse.js';
import { analyzeClauses } from '../clauses.js';
import type { AnalyzedToken } from '../types.js';
import type { LsWord, SentenceAnalysis } from './types.js';

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

// One analysed document per request. A text is split into sentences once; each sentence is analysed once, the
// first time anything reads it (a model engine that only needs the sentences' text costs no analysis). The
// rewriter, the checker, the content checks, the gates and the gloss rules all read the same Doc, and whatever
// they analyse beyond its sentences (a rewritten line, an explanation) goes through the Doc's analysis scope, so
// that is analysed once per request as well.

import type { Analyzer } from './analyse.js';
import { analysisScope, type ScopedAnalyzer } from './analysis-scope.js';
import { analyzeClauses } from './clauses.js';
import { wordsOf } from './leichte-sprache/analysis.js';
import type { LsDocument, LsSentence, LsWord, SentenceAnalysis } from './leichte-sprache/types.js';
import { segment, type SegmentedSentence } from './sentences.js';
import type { AnalyzedToken } from './types.js';

/** A sentence of a Doc: its place in the text and its analysis, with token and word offsets into the Doc's text. */
export interface DocSentence extends LsSentence {
  /** The sentence as it stands in the text (`sentence.text`). */
  readonly text: string;
  /**
   * The same analysis with offsets into the sentence's own text, as if it were analysed alone: what the
   * rewriting steps edit.
   */
  readonly local: SentenceAnalysis;
}

export interface Doc extends LsDocument {
  readonly sentences: readonly DocSentence[];
  /** The request's analysis scope: lines made from the sentences are analysed through it, once each. */
  readonly analyzer: ScopedAnalyzer;
  /**
   * The same document with only some of its sentences (those the translation memory did not answer), in the
   * given order; they keep their analysis and their `index` in the whole text. Its `text` stays the whole text,
   * so a rewrite of it is read sentence by sentence (`RewriteResult.sentences`), not as one joined text.
   */
  select(indices: readonly number[]): Doc;
}

const isScoped = (analyzer: Analyzer): analyzer is ScopedAnalyzer => 'counts' in analyzer;

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

/**
 * A sentence whose analysis is made on first use. It is made from the sentence's own text (the key under which
 * the scope also finds it when a step or a check asks for that text) and moved to document offsets for the rules.
 */
class LazySentence implements DocSentence {
  private analysis?: { local: SentenceAnalysis; tokens: readonly AnalyzedToken[]; words: readonly LsWord[] };

  constructor(
    readonly index: number,
    readonly sentence: SegmentedSentence,
    readonly paragraph: number,
    readonly line: number,
    readonly endLine: number,
    private readonly source: { readonly text: string; readonly analyzer: Analyzer },
  ) {}

  get text(): string {
    return this.sentence.text;
  }

  private analysed() {
    if (!this.analysis) {
      const tokens = this.source.analyzer.analyzeSentence(this.sentence.text);
      const local = { tokens, structure: analyzeClauses(tokens) };
      const offset = this.sentence.start;
      const placed = tokens.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
      this.analysis = { local, tokens: placed, words: wordsOf(placed, this.source.text) };
    }
    return this.analysis;
  }

  get local(): SentenceAnalysis {
    return this.analysed().local;
  }

  get tokens(): readonly AnalyzedToken[] {
    return this.analysed().tokens;
  }

  get structure() {
    // clause structure is by token index: the same at either offset
    return this.analysed().local.structure;
  }

  get words(): readonly LsWord[] {
    return this.analysed().words;
  }
}

function docOf(text: string, analyzer: ScopedAnalyzer, sentences: readonly DocSentence[]): Doc {
  return {
    text,
    analyzer,
    sentences,
    select: (indices) =>
      docOf(
        text,
        analyzer,
        indices.map((i) => sentences[i]!),
      ),
  };
}

/**
 * Splits `text` into sentences (headings, list items and paragraphs as `segment` finds them) and analyses each on
 * first use. An analyzer that is already a request's scope is shared; any other gets a scope of its own.
 */
export function createDoc(analyzer: Analyzer, text: string): Doc {
  const scope = isScoped(analyzer) ? analyzer : analysisScope(analyzer);
  const lines = lineStarts(text);
  // a paragraph starts after each blank line
  const paragraphStarts = [0];
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) paragraphStarts.push(m.index + m[0].length);
  const source = { text, analyzer: scope };
  const sentences = segment(text).map(
    (s, index) =>
      new LazySentence(
        index,
        s,
        indexAt(paragraphStarts, s.start),
        indexAt(lines, s.start),
        indexAt(lines, Math.max(s.start, s.end - 1)),
        source,
      ),
  );
  return docOf(text, scope, sentences);
}

/** Whether a rewriter or checker input is a Doc already (else it is a text to make one of). */
export const isDoc = (input: unknown): input is Doc =>
  typeof input === 'object' && input !== null && 'sentences' in input && 'select' in input;

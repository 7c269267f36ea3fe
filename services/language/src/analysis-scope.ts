// One analysis per sentence per request: a request's rewriter, checker, content check and gates all ask the analyzer
// about the same sentences (a source sentence, the lines made of it, an explanation). A scope remembers each
// sentence's analysis for as long as the request runs, and counts how often the analyzer really worked, for the
// bench. Analyses are shared, so callers must treat the tokens as read-only (they all do).

import type { Analyzer } from './analyse.js';
import type { AnalyzedToken } from './types.js';

export interface AnalysisCounts {
  /** How often a sentence was asked for. */
  requests: number;
  /** How often the analyzer analysed one (distinct sentences). */
  analyses: number;
}

export interface ScopedAnalyzer extends Analyzer {
  readonly counts: AnalysisCounts;
}

/** An analyzer that analyses each sentence (a string, or a segmented sentence at its offset) once. */
export function analysisScope(analyzer: Analyzer): ScopedAnalyzer {
  const cache = new Map<string, AnalyzedToken[]>();
  const counts: AnalysisCounts = { requests: 0, analyses: 0 };
  return {
    lexicon: analyzer.lexicon,
    candidates: (token, context) => analyzer.candidates(token, context),
    analyzeToken: (token, context) => analyzer.analyzeToken(token, context),
    analyzeSentence(sentence) {
      counts.requests++;
      let key: string | undefined;
      if (typeof sentence === 'string') key = `0\u0000${sentence}`;
      else if (!Array.isArray(sentence)) {
        // token offsets are document offsets: the same text at the same place is the same analysis (the tokens a
        // segmented sentence brings are the ones its text gives)
        const s = sentence as { text: string; start: number };
        key = `${s.start}\u0000${s.text}`;
      }
      const hit = key === undefined ? undefined : cache.get(key);
      if (hit) return hit;
      counts.analyses++;
      const tokens = analyzer.analyzeSentence(sentence);
      if (key !== undefined) cache.set(key, tokens);
      return tokens;
    },
    counts,
  };
}

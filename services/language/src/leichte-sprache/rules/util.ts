// Small helpers the rules share.

import type { AnalyzedToken } from '../../types.js';
import type { LsSentence, RuleHit } from '../types.js';

export const lower = (t: AnalyzedToken): string => t.norm.toLowerCase();
export const lemmaOf = (t: AnalyzedToken): string => t.lemma.toLowerCase();

/** A hit spanning tokens `first..last` (inclusive) of a sentence. */
export function spanHit(
  s: LsSentence,
  first: number,
  last: number,
  message: string,
  suggestion?: string,
  strong?: boolean,
): RuleHit {
  return {
    start: s.tokens[first]!.start,
    end: s.tokens[last]!.end,
    message,
    ...(suggestion === undefined ? {} : { suggestion }),
    ...(strong ? { strong } : {}),
  };
}

/** The clause (index into structure.clauses) a token belongs to, or -1. */
export function clauseOf(s: LsSentence, token: number): number {
  return s.structure.clauses.findIndex((c) => c.ranges.some((r) => token >= r.start && token < r.end));
}

import { SIGNS } from './signs.js';

const REVIEW = new Map(SIGNS.map((s) => [s.id, s.review.status] as const));

/** Review state of a lexicon sign in the client's bundled copy of the lexicon (reviewer views only). */
export function lexiconReview(gloss: string): 'draft' | 'approved' | undefined {
  return REVIEW.get(gloss);
}

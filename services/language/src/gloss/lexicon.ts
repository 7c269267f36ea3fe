// The sign lexicon as the gloss rules see it: lemma (+ part of speech) → sign id. Built from plain entries,
// so the service can pass gloss-dictionary's entries and tests a handful of made-up ones.
import type { Upos } from '../types.js';
import type { GlossLexicon, LexiconSign, SignReview } from './types.js';

export interface GlossLexiconEntry {
  readonly id: string;
  readonly lemmas: readonly { readonly lemma: string; readonly pos?: string }[];
  /** `draft`/`approved`, or gloss-dictionary's review object (`{ status: 'approved', reviewer, date }`). */
  readonly review: SignReview | { readonly status: SignReview };
}

interface Reading {
  readonly sign: LexiconSign;
  readonly pos?: string;
  readonly order: number;
}

/** Look-ups ignore case and Unicode composition: `Antrag`, `antrag` and `ANTRAG` are one lemma. */
export const lemmaKey = (lemma: string): string => lemma.normalize('NFC').trim().toLowerCase();

/**
 * A Map-backed lexicon. `lookup(lemma, pos)` prefers, in this order: a reading with that part of speech,
 * a reading without one, a reading with another part of speech; among equals an approved sign before a
 * draft, then the entry that came first.
 */
export function glossLexiconFrom(entries: readonly GlossLexiconEntry[]): GlossLexicon {
  const byLemma = new Map<string, Reading[]>();
  let order = 0;
  for (const entry of entries) {
    const review = typeof entry.review === 'string' ? entry.review : entry.review.status;
    const sign: LexiconSign = { id: entry.id, review };
    for (const { lemma, pos } of entry.lemmas) {
      const key = lemmaKey(lemma);
      const list = byLemma.get(key) ?? [];
      list.push({ sign, ...(pos === undefined ? {} : { pos }), order: order++ });
      byLemma.set(key, list);
    }
  }
  return {
    lookup(lemma: string, pos?: string): LexiconSign | undefined {
      const readings = byLemma.get(lemmaKey(lemma));
      if (!readings) return undefined;
      const rank = (r: Reading) => (pos === undefined || r.pos === pos ? 0 : r.pos === undefined ? 1 : 2);
      let best: Reading | undefined;
      for (const r of readings) {
        if (
          !best ||
          rank(r) < rank(best) ||
          (rank(r) === rank(best) && r.sign.review === 'approved' && best.sign.review !== 'approved')
        ) {
          best = r;
        }
      }
      if (!best) return undefined;
      return best.pos === undefined ? best.sign : { ...best.sign, pos: best.pos };
    },
  };
}

/** The lexicon's part of speech for an analysed word: AUX → VERB, PROPN → NOUN, the rest as UD has it. */
export function lexiconPos(upos: Upos): string {
  if (upos === 'AUX') return 'VERB';
  if (upos === 'PROPN') return 'NOUN';
  return upos;
}

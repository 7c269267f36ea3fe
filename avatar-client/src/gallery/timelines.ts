import type { SignEntry, Timeline } from '@bbs/protocol';

/** A handshape held in neutral space, laid out like one fingerspelled letter, then a short pause. */
export function handshapeTimeline(id: string, hold = 2): Timeline {
  return {
    duration: hold + 0.4,
    speed: 1,
    items: [
      {
        gloss: id,
        kind: 'fingerspell',
        start: 0,
        duration: hold,
        hands: {
          dominant: {
            handshape: id,
            location: { site: 'neutral', side: 'dominant', distance: 'medium' },
            palm: 'away',
            fingers: 'up',
          },
        },
      },
      { gloss: '.', kind: 'pause', start: hold, duration: 0.4, hands: {} },
    ],
    nonManuals: [],
  };
}

/** How a review state reads in the gallery. */
export function reviewLabel(review: SignEntry['review']): string {
  return review.status === 'draft' ? 'Entwurf – nicht geprüft' : `Geprüft von ${review.reviewer} (${review.date})`;
}

export type ReviewFilter = 'all' | SignEntry['review']['status'];

/** The search box matches the gloss id and the lemmas, ignoring case. */
export function matchesSign(sign: SignEntry, query: string, review: ReviewFilter): boolean {
  if (review !== 'all' && sign.review.status !== review) return false;
  const q = query.trim().toLocaleLowerCase('de');
  if (!q) return true;
  return [sign.id, ...sign.lemmas.map((l) => l.lemma)].some((s) => s.toLocaleLowerCase('de').includes(q));
}

import type { TimelineItem } from '@bbs/protocol';
import { blinkShape } from './idle.js';

/** Seconds into a pause at which the phrase-end blink starts. */
export const PHRASE_BLINK_DELAY = 0.04;

/**
 * Signers blink at the boundaries of intonational phrases (sentence and clause ends), so the eyes close
 * briefly at the start of each pause of the timeline: a cue to the phrase structure, not only life.
 * `items`: the ones that may matter at `t` (the player passes the item playing and the one before it).
 */
export function phraseBlinkAt(items: readonly TimelineItem[], t: number): number {
  let closed = 0;
  for (const item of items) {
    if (item.kind !== 'pause' || item.start === 0) continue;
    closed = Math.max(closed, blinkShape(t - item.start - PHRASE_BLINK_DELAY));
  }
  return closed;
}

import type { TimelineItem } from '@bbs/protocol';
import { smoothstep } from './easing.js';
import type { HandPose } from './pose.js';
import { add, scale, type Vec3 } from './vec.js';

/** Where the eyes look. `weight` 0 is at the viewer; 1 is at `target` (body space). */
export interface Gaze {
  target: Vec3;
  weight: number;
}

/** Seconds for the eyes to go to a locus and to come back to the viewer. */
export const GAZE_RAMP = { to: 0.12, back: 0.2 } as const;
/** How far along the pointing finger the locus lies beyond the wrist (metres). */
const LOCUS_REACH = 0.45;

/** The viewer sits in front of the signer at eye height: the eyes' default. */
export const VIEWER: Vec3 = [0, 1.7, 3];

/**
 * `items`: the ones that may matter at `t` (the player passes the item playing and the one before it).
 * Pointing to a third person or place (IX-3…, POSS-3…) sets up a locus in space; the eyes go there with the
 * hand and come back to the viewer afterwards. IX-1 and IX-2 (the signer, the addressee) keep eye contact.
 */
const pointsToLocus = (gloss: string) => /^(IX|POSS)-3/.test(gloss) || /^(IX|POSS)$/.test(gloss);

export function gazeAt(items: readonly TimelineItem[], t: number, dominant: HandPose): Gaze {
  let weight = 0;
  for (const item of items) {
    if (item.kind !== 'index' || !pointsToLocus(item.gloss)) continue;
    const end = item.start + item.duration;
    if (t < item.start || t > end + GAZE_RAMP.back) continue;
    const w = t <= end ? smoothstep((t - item.start) / GAZE_RAMP.to) : 1 - smoothstep((t - end) / GAZE_RAMP.back);
    weight = Math.max(weight, w);
  }
  if (weight <= 0) return { target: VIEWER, weight: 0 };
  return { target: add(dominant.wrist, scale(dominant.fingers, LOCUS_REACH)), weight };
}

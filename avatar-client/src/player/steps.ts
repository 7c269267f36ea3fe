import type { Timeline, TimelineItem } from '@bbs/protocol';
import { transitionTime } from './pose.js';

/** One step of "step by sign": a lexical sign, a number or a whole fingerspelled word. */
export interface SignStep {
  /** Index of the step's first item in `timeline.items`. */
  index: number;
  /** The gloss as the compiler wrote it; for a spelled word or a number the whole word (`part.of`). */
  gloss: string;
  kind: TimelineItem['kind'];
  /** Timeline time at which the step begins. */
  start: number;
  /**
   * Where stepping lands: the moment the first posture is formed (after the transition into it), so a
   * paused reviewer sees the sign itself, not the hands on their way.
   */
  at: number;
}

const steps = new WeakMap<Timeline, SignStep[]>();

/** The steps of a timeline in time order; pauses are no steps, and a spelled word is one step. */
export function signSteps(tl: Timeline): SignStep[] {
  const hit = steps.get(tl);
  if (hit) return hit;
  const order = tl.items.map((_, i) => i).sort((a, b) => tl.items[a]!.start - tl.items[b]!.start || a - b);
  const out: SignStep[] = [];
  for (const i of order) {
    const item = tl.items[i]!;
    if (item.kind === 'pause') continue;
    // Later letters (or digits) of a word continue the step its first letter opened.
    if (item.part && item.part.index > 0) {
      const prev = out.at(-1);
      if (prev && prev.gloss === item.part.of) continue;
    }
    const gloss = item.part ? item.part.of : item.gloss;
    const at = item.start + Math.min(transitionTime(item, tl.speed || 1), item.duration * 0.5);
    out.push({ index: i, gloss, kind: item.kind, start: item.start, at });
  }
  steps.set(tl, out);
  return out;
}

// Half a frame at 60 Hz: a step whose landing point is this close counts as "here".
const EPS = 0.008;

/** The step after the one at time `t` (null at the last). */
export function nextStep(tl: Timeline, t: number): SignStep | null {
  return signSteps(tl).find((s) => s.at > t + EPS) ?? null;
}

/** The step before the one at time `t`; from before the first step's landing point, the first step. */
export function previousStep(tl: Timeline, t: number): SignStep | null {
  const all = signSteps(tl);
  let prev: SignStep | null = null;
  for (const s of all) {
    if (s.at < t - EPS) prev = s;
    else break;
  }
  return prev ?? all[0] ?? null;
}

/** The step playing at time `t` (the last that began at or before it), or null before the first. */
export function stepAt(tl: Timeline, t: number): SignStep | null {
  let cur: SignStep | null = null;
  for (const s of signSteps(tl)) {
    if (s.start <= t + EPS) cur = s;
    else break;
  }
  return cur;
}

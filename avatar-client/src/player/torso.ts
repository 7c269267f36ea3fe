import { BODY } from './body.js';
import { clamp01 } from './easing.js';
import type { HandPose, Handedness } from './pose.js';

/** Radians. `lean` forward, `turn` about the vertical (+ towards the signer's left), shoulder lifts per side. */
export interface TorsoPose {
  lean: number;
  turn: number;
  lift: { left: number; right: number };
}

/** The most the body joins in (radians): a signer's torso moves a little, the shoulders somewhat more. */
export const TORSO_LIMITS = { lean: 0.09, turn: 0.12, lift: 0.16 } as const;

/**
 * Shoulders and torso joining larger movements: a hand raised above the shoulder lifts that shoulder, hands
 * far forward lean the torso in, hands out to one side turn it towards them. Small signs in front of the
 * chest leave the body still.
 */
export function torsoFor(dominant: HandPose, nondominant: HandPose, handedness: Handedness): TorsoPose {
  const lift = (h: HandPose) => TORSO_LIMITS.lift * clamp01((h.wrist[1] - (BODY.shoulderY - 0.1)) / 0.4);
  const right = handedness === 'right' ? dominant : nondominant;
  const left = handedness === 'right' ? nondominant : dominant;
  const forward = Math.max(dominant.wrist[2], nondominant.wrist[2]);
  const lean = TORSO_LIMITS.lean * clamp01((forward - 0.4) / 0.25);
  // Turn towards the hands' mean sideways position beyond the shoulders' width.
  const x = (dominant.wrist[0] + nondominant.wrist[0]) / 2;
  const beyond = Math.sign(x) * Math.max(0, Math.abs(x) - 0.1);
  const turn = Math.max(-TORSO_LIMITS.turn, Math.min(TORSO_LIMITS.turn, beyond * 0.6));
  return { lean, turn, lift: { left: lift(left), right: lift(right) } };
}

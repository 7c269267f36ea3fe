import { add, cross, dot, length, normalize, perpendicular, scale, sub, type Vec3 } from './vec.js';

export interface TwoBoneIkResult {
  elbow: Vec3;
  /** Where the wrist ends up: the target, or the nearest point the arm can reach on the way to it. */
  wrist: Vec3;
  reached: boolean;
  /** Interior angle at the elbow (π = straight arm), radians. */
  elbowAngle: number;
  /** Angle between the upper arm and the shoulder→wrist line, radians. */
  shoulderAngle: number;
}

/**
 * Analytic two-bone IK (law of cosines). The elbow lies in the plane through shoulder, target and
 * `poleHint` (a point the elbow should point towards, e.g. below and behind the shoulder), on the pole's
 * side. Targets beyond reach are clamped along the shoulder→target line (arm almost straight); targets too
 * close are pushed out to the shortest reachable distance.
 */
export function analyticTwoBoneIk(
  shoulder: Vec3,
  target: Vec3,
  upperLen: number,
  foreLen: number,
  poleHint: Vec3,
): TwoBoneIkResult {
  const toTarget = sub(target, shoulder);
  const dist = length(toTarget);
  const n = normalize(toTarget, [0, -1, 0]);
  const maxReach = upperLen + foreLen - 1e-6;
  const minReach = Math.abs(upperLen - foreLen) + 1e-6;
  const d = Math.min(maxReach, Math.max(minReach, dist));
  const reached = dist <= maxReach + 1e-9 && dist >= minReach - 1e-9;

  // Direction in which the elbow bends: the pole hint, made perpendicular to the shoulder→target line.
  const m =
    perpendicular(sub(poleHint, shoulder), n) ??
    perpendicular([0, -1, 0], n) ??
    normalize(cross(n, [1, 0, 0]), [0, 0, -1]);

  const cosA = (upperLen * upperLen + d * d - foreLen * foreLen) / (2 * upperLen * d);
  const a = Math.acos(Math.min(1, Math.max(-1, cosA)));
  const elbow = add(shoulder, add(scale(n, upperLen * Math.cos(a)), scale(m, upperLen * Math.sin(a))));
  const wrist = add(shoulder, scale(n, d));
  const u = normalize(sub(shoulder, elbow));
  const f = normalize(sub(wrist, elbow));
  const elbowAngle = Math.acos(Math.min(1, Math.max(-1, dot(u, f))));
  return { elbow, wrist, reached, elbowAngle, shoulderAngle: a };
}

/**
 * The pole for a natural arm: elbow below, a little out to the side and behind the shoulder. Given the
 * finger direction, the elbow also swings away from where the fingers point, so the forearm lines up with
 * the hand: fingers across the body lift the elbow out to the side, fingers up keep it low, as a signer's arm
 * does (and the wrist is spared bends it cannot make, see limits.ts).
 */
export function naturalPole(shoulder: Vec3, side: 1 | -1, fingers?: Vec3): Vec3 {
  const base = add(shoulder, [side * 0.25, -0.6, -0.3]);
  return fingers ? add(base, scale(fingers, -0.35)) : base;
}

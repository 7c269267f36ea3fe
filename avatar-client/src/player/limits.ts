import { BODY } from './body.js';
import { analyticTwoBoneIk, naturalPole } from './ik.js';
import type { HandPose, HandRole, Handedness } from './pose.js';
import { angleBetween, cross, length, normalize, rotateAbout, scale, sub, type Vec3 } from './vec.js';

/**
 * The most the hand may bend away from the forearm's line (flexion/extension and deviation together), in
 * radians. A wrist bends about 80° towards the palm and 70° back; beyond that no signer's hand goes.
 */
export const WRIST_LIMIT = (80 * Math.PI) / 180;

/** Shoulder joint of one side in the rest skeleton (body space): where the arm chain starts. */
export function shoulderOf(side: 1 | -1): Vec3 {
  return [side * BODY.shoulderX, BODY.shoulderY, 0];
}

/** +1 for the signer's left arm, -1 for the right, for a hand of the given role. */
export function armSide(role: HandRole, handedness: Handedness): 1 | -1 {
  const dominantLeft = handedness === 'left';
  return (role === 'dominant') === dominantLeft ? 1 : -1;
}

/**
 * Keeps a hand within what a wrist can do: the arm is solved as the rig solves it (same pole), and where the
 * fingers would point more than WRIST_LIMIT away from the forearm, palm and fingers turn back together to
 * the limit, keeping the handshape and the wrist's place. Pure, so a timeline's reachable poses can be
 * checked without a renderer.
 */
export function limitWrist(hand: HandPose, role: HandRole, handedness: Handedness): HandPose {
  const side = armSide(role, handedness);
  const shoulder = shoulderOf(side);
  let out = hand;
  // The elbow's pole follows the fingers, so turning the hand moves the elbow: a few rounds settle both.
  for (let round = 0; round < 4; round++) {
    const pole = naturalPole(shoulder, side, out.fingers);
    const ik = analyticTwoBoneIk(shoulder, out.wrist, BODY.upperArm, BODY.foreArm, pole);
    const fore = normalize(sub(ik.wrist, ik.elbow));
    const angle = angleBetween(fore, out.fingers);
    if (angle <= WRIST_LIMIT + 1e-4) return out;
    const axis = cross(out.fingers, fore);
    if (length(axis) < 1e-9) return out;
    const k = scale(axis, 1 / length(axis));
    const turn = angle - WRIST_LIMIT;
    out = {
      ...out,
      fingers: normalize(rotateAbout(out.fingers, k, turn)),
      palm: normalize(rotateAbout(out.palm, k, turn)),
    };
  }
  return out;
}

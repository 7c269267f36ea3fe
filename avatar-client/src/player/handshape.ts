import type { Handshape } from '@bbs/protocol';

/** Joint angles in degrees, as in gloss-dictionary/handshapes (flexion positive towards the palm). */
export type HandJoints = Handshape['joints'];
export type FingerName = 'index' | 'middle' | 'ring' | 'pinky';
export type Hand = 'right' | 'left';

export const FINGERS: readonly FingerName[] = ['index', 'middle', 'ring', 'pinky'];
const BONE_FINGER: Record<FingerName | 'thumb', string> = {
  thumb: 'Thumb',
  index: 'Index',
  middle: 'Middle',
  ring: 'Ring',
  pinky: 'Pinky',
};

/** A relaxed, slightly curled hand: rest posture and the fallback for an unknown handshape id. */
export const RELAXED: HandJoints = {
  thumb: { cmcFlex: 10, cmcSpread: 10, mcp: 10, ip: 10 },
  index: { mcp: 15, pip: 20, dip: 10, spread: 2 },
  middle: { mcp: 18, pip: 24, dip: 12, spread: 0 },
  ring: { mcp: 22, pip: 28, dip: 14, spread: 2 },
  pinky: { mcp: 26, pip: 30, dip: 15, spread: 4 },
};

/**
 * Euler rotation in radians relative to the rig's bind pose (a flat hand), applied in order 'ZXY':
 * z = spread about the palm normal, then x = flexion about the finger's own hinge axis.
 */
export interface BoneRotation {
  x: number;
  y: number;
  z: number;
}

const RAD = Math.PI / 180;

/**
 * Joint degrees → per-bone rotations (radians) for the Mixamo finger bones of one hand, e.g.
 * `RightHandIndex1`. Convention of the rig (src/rig): every hand and finger bone has +Y along the finger,
 * +Z out of the palm, +X = Y × Z; so +x flexes towards the palm on both hands, and the left hand, a mirror
 * image, negates the y and z components.
 */
export function handshapeToFingerRotations(joints: HandJoints, hand: Hand = 'right'): Record<string, BoneRotation> {
  const side = hand === 'right' ? 'Right' : 'Left';
  const m = hand === 'right' ? 1 : -1;
  const out: Record<string, BoneRotation> = {};
  const put = (name: string, x: number, z: number, y = 0) => {
    out[`${side}Hand${name}`] = { x: x * RAD, y: m * y * RAD, z: m * z * RAD };
  };
  const t = joints.thumb;
  // Thumb: CMC flexion swings the metacarpal across the palm, CMC spread lifts it away from the index. The
  // rig's thumb lies beside the index at spread 0 (A, fist-thumb-beside); a positive turn about the thumb's
  // +Z would bring it towards the fingers, so spread turns the other way.
  put(`${BONE_FINGER.thumb}1`, t.cmcFlex, -t.cmcSpread);
  put(`${BONE_FINGER.thumb}2`, t.mcp, 0);
  put(`${BONE_FINGER.thumb}3`, t.ip, 0);
  for (const f of FINGERS) {
    const j = joints[f];
    const spread = j.spread ?? 0;
    // Spread is away from the middle finger: radial (+X on the right hand) for the index, ulnar for ring
    // and pinky. A positive rotation about +Z turns +Y towards -X.
    const z = f === 'index' || f === 'middle' ? -spread : spread;
    put(`${BONE_FINGER[f]}1`, j.mcp, z);
    put(`${BONE_FINGER[f]}2`, j.pip, 0);
    put(`${BONE_FINGER[f]}3`, j.dip, 0);
  }
  return out;
}

/** Linear blend of two handshapes' joint angles. */
export function mixJoints(a: HandJoints, b: HandJoints, w: number): HandJoints {
  const l = (x: number, y: number) => x + (y - x) * w;
  const finger = (f: FingerName) => ({
    mcp: l(a[f].mcp, b[f].mcp),
    pip: l(a[f].pip, b[f].pip),
    dip: l(a[f].dip, b[f].dip),
    spread: l(a[f].spread ?? 0, b[f].spread ?? 0),
  });
  return {
    thumb: {
      cmcFlex: l(a.thumb.cmcFlex, b.thumb.cmcFlex),
      cmcSpread: l(a.thumb.cmcSpread, b.thumb.cmcSpread),
      mcp: l(a.thumb.mcp, b.thumb.mcp),
      ip: l(a.thumb.ip, b.thumb.ip),
    },
    index: finger('index'),
    middle: finger('middle'),
    ring: finger('ring'),
    pinky: finger('pinky'),
  };
}

/** Names of the 15 finger bones of one hand, in Mixamo spelling. */
export function fingerBoneNames(hand: Hand): string[] {
  const side = hand === 'right' ? 'Right' : 'Left';
  return ['Thumb', 'Index', 'Middle', 'Ring', 'Pinky'].flatMap((f) => [1, 2, 3].map((k) => `${side}Hand${f}${k}`));
}

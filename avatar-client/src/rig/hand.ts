import { Vector3, type Quaternion } from 'three';
import { BODY } from '../player/body.js';
import { loft, smoothstep01, type Influences, type Part, type Ring } from './geometry.js';

/**
 * The hands as skinned parts of the body mesh: a palm with rounded edges, fingers as tapered tubes with
 * rounded tips whose skin bends across each knuckle between the bones on either side, and a thumb whose
 * base (the ball of the thumb) blends from the palm into its metacarpal. Built in hand-bone space of the
 * bind pose (+Y along the fingers, +Z out of the palm, +X towards the thumb on the right hand).
 */

/** Finger name, x of its knuckle on the right hand (towards the thumb), segment lengths, knuckle radius. */
export const FINGERS = [
  ['Index', 0.028, [0.044, 0.026, 0.021], 0.0098],
  ['Middle', 0.009, [0.049, 0.029, 0.022], 0.0101],
  ['Ring', -0.01, [0.046, 0.027, 0.021], 0.0094],
  ['Pinky', -0.028, [0.036, 0.021, 0.019], 0.0083],
] as const;
export const THUMB_LENGTHS = [0.046, 0.034, 0.029] as const;
/** Thumb base on the right hand, hand space: at the heel of the palm on the thumb side, a little palm-wards. */
export const THUMB_BASE = [0.03, 0.018, 0.008] as const;

/** A joint of a chain: where along the axis it lies, the bone before and after it, and how wide the skin blends. */
interface Joint {
  at: number;
  from: number;
  to: number;
  blend: number;
}

/** Weights of a point `d` along a chain of joints: one bone between joints, two blended across a joint. */
export function chainInfluences(d: number, first: number, joints: readonly Joint[]): Influences {
  let bone = first;
  for (const j of joints) {
    if (d <= j.at - j.blend) return [[bone, 1]];
    if (d < j.at + j.blend) {
      const w = smoothstep01((d - (j.at - j.blend)) / (2 * j.blend));
      return [
        [bone, 1 - w],
        [j.to, w],
      ];
    }
    bone = j.to;
  }
  return [[bone, 1]];
}

/** Stations of a tapered tube ending in a rounded tip: (distance, radius) pairs, then the cap. */
function tube(
  stations: readonly [number, number][],
  tip: number,
  flat: number,
): { d: number; ru: number; rv: number }[] {
  const out = stations.map(([d, r]) => ({ d, ru: r, rv: r * flat }));
  const last = stations[stations.length - 1]!;
  const r = last[1];
  // A hemisphere-like cap from the last station to the tip.
  for (const a of [0.45, 0.8, 1.15]) {
    out.push({ d: tip - r + r * Math.sin(a), ru: r * Math.cos(a * 0.95), rv: r * Math.cos(a * 0.95) * flat });
  }
  out.push({ d: tip, ru: 0, rv: 0 });
  return out;
}

export interface HandFrame {
  /** Bind-pose orientation of the hand bone and its position (the wrist), body space. */
  q: Quaternion;
  wrist: Vector3;
  /** +1 right hand, -1 left (mirror image: the thumb side is -X). */
  m: 1 | -1;
  /** Thumb bones' bind orientation (body space) and its base point, as buildRig placed them. */
  thumbQ: Quaternion;
  thumbBase: Vector3;
}

/** The skinned parts of one hand (material group `group`), weights by bone index from `index`. */
export function handParts(
  side: 'Left' | 'Right',
  frame: HandFrame,
  index: (name: string) => number,
  group: number,
): Part[] {
  const { q, wrist, m } = frame;
  const toWorld = (x: number, y: number, z: number) => new Vector3(x, y, z).applyQuaternion(q).add(wrist);
  const axisY = new Vector3(0, 1, 0).applyQuaternion(q);
  const axisX = new Vector3(1, 0, 0).applyQuaternion(q);
  const parts: Part[] = [];
  const hand = index(`${side}Hand`);
  const fore = index(`${side}ForeArm`);
  const P = BODY.palm;

  // Palm, from inside the cuff (where the skin follows the forearm) to just past the knuckles.
  const palm: [number, number, number, number][] = [
    // y, half-width, half-thickness, superellipse exponent
    [-0.04, 0.021, 0.016, 2],
    [-0.015, 0.023, 0.016, 2.4],
    [0.004, 0.03, 0.017, 3],
    [0.03, 0.038, 0.0165, 3.6],
    [0.06, 0.042, 0.0145, 4],
    [P - 0.006, 0.043, 0.0125, 4],
    [P + 0.004, 0.04, 0.0105, 3.6],
    [P + 0.01, 0.03, 0.007, 3],
    [P + 0.013, 0, 0, 2],
  ];
  const palmRings: Ring[] = palm.map(([y, ru, rv, n]) => ({ c: toWorld(0, y, -0.001), ru, rv, n }));
  const wristJoint: Joint[] = [{ at: -0.012, from: fore, to: hand, blend: 0.014 }];
  parts.push(
    loft(palmRings, axisY, axisX, 22, group, (p) => chainInfluences(p.clone().sub(wrist).dot(axisY), fore, wristJoint)),
  );

  for (const [finger, x, lens, r0] of FINGERS) {
    const [a, b, c] = [1, 2, 3].map((k) => index(`${side}Hand${finger}${k}`)) as [number, number, number];
    const j1 = P;
    const j2 = j1 + lens[0];
    const j3 = j2 + lens[1];
    const tip = j3 + lens[2];
    const r1 = r0 * 0.92;
    const r2 = r0 * 0.84;
    const rt = r0 * 0.76;
    const stations = tube(
      [
        [j1 - 0.016, r0 * 1.05],
        [j1 - 0.004, r0 * 1.08],
        [j1 + 0.006, r0],
        [(j1 + j2) / 2, r0 * 0.94],
        [j2 - 0.005, r1],
        [j2, r1 * 1.04],
        [j2 + 0.005, r1 * 0.98],
        [(j2 + j3) / 2, r2 * 0.98],
        [j3 - 0.004, r2],
        [j3, r2 * 1.02],
        [j3 + 0.004, r2 * 0.97],
        [tip - rt * 1.1, rt],
      ],
      tip,
      0.86,
    );
    const joints: Joint[] = [
      { at: j1, from: hand, to: a, blend: 0.008 },
      { at: j2, from: a, to: b, blend: 0.005 },
      { at: j3, from: b, to: c, blend: 0.005 },
    ];
    const rings: Ring[] = stations.map((s) => ({ c: toWorld(m * x, s.d, 0), ru: s.ru, rv: s.rv }));
    parts.push(
      loft(rings, axisY, axisX, 12, group, (p) => chainInfluences(p.clone().sub(wrist).dot(axisY), hand, joints)),
    );
  }

  // Thumb, from the ball of the thumb inside the palm to its tip.
  const tq = frame.thumbQ;
  const tAxis = new Vector3(0, 1, 0).applyQuaternion(tq);
  const tX = new Vector3(1, 0, 0).applyQuaternion(tq);
  const [t1, t2, t3] = [1, 2, 3].map((k) => index(`${side}HandThumb${k}`)) as [number, number, number];
  const k1 = THUMB_LENGTHS[0];
  const k2 = k1 + THUMB_LENGTHS[1];
  const tipT = k2 + THUMB_LENGTHS[2];
  const thumbStations = tube(
    [
      [-0.016, 0.012],
      [-0.004, 0.0165],
      [0.014, 0.0165],
      [0.03, 0.0135],
      [k1 - 0.005, 0.0112],
      [k1, 0.0114],
      [k1 + 0.005, 0.0108],
      [(k1 + k2) / 2, 0.0102],
      [k2 - 0.004, 0.0098],
      [k2, 0.0099],
      [k2 + 0.004, 0.0095],
      [tipT - 0.01, 0.0088],
    ],
    tipT,
    0.82,
  );
  // The ball of the thumb is soft tissue: it moves partly with the metacarpal, fully only past its middle.
  const thumbJoints: Joint[] = [
    { at: 0.012, from: hand, to: t1, blend: 0.02 },
    { at: k1, from: t1, to: t2, blend: 0.006 },
    { at: k2, from: t2, to: t3, blend: 0.006 },
  ];
  // The thumb's bulk sits a little towards the palm side of its bone line.
  const thumbRings: Ring[] = thumbStations.map((s) => ({
    c: frame.thumbBase.clone().addScaledVector(tAxis, s.d),
    ru: s.ru,
    rv: s.rv,
  }));
  parts.push(
    loft(thumbRings, tAxis, tX, 12, group, (p) =>
      chainInfluences(p.clone().sub(frame.thumbBase).dot(tAxis), hand, thumbJoints),
    ),
  );
  return parts;
}

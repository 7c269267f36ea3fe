import type { Vec3 } from './vec.js';

/**
 * Body measurements of the procedural avatar (metres, body space — see directions.ts). The rig is built
 * from these, and the site table below is consistent with them, so a hand sent to `chin` meets the chin.
 */
export const BODY = {
  hips: 1.0,
  spine: 1.08,
  spine1: 1.18,
  spine2: 1.3,
  neck: 1.48,
  head: 1.58,
  headCentre: 1.68,
  headRadius: 0.1,
  shoulderY: 1.45,
  shoulderX: 0.18,
  clavicleX: 0.03,
  upperArm: 0.29,
  foreArm: 0.26,
  /** Wrist to the knuckles (MCP joints). */
  palm: 0.09,
} as const;

/**
 * Body sites (lexicon BODY_SITES) as points on or in front of the body, for a hand on the signer's
 * centre line. `sided` sites (cheek, ear, shoulder, hip, arm sites) are given for the dominant side with
 * x > 0 meaning "towards the dominant side" and are mirrored as needed. `normal` is where "away from the
 * site" points, for the distance.
 */
export interface SiteInfo {
  point: Vec3;
  normal: Vec3;
  sided?: boolean;
  /** Distance for `side: 'dominant' | 'nondominant'` on a centre-line site. */
  sideOffset: number;
}

const FRONT: Vec3 = [0, 0, 1];
const OUT: Vec3 = [1, 0, 0.3];

export const SITES: Record<string, SiteInfo> = {
  neutral: { point: [0, 1.22, 0.3], normal: FRONT, sideOffset: 0.12 },
  'head-top': { point: [0, 1.82, 0.02], normal: [0, 1, 0.3], sideOffset: 0.05 },
  forehead: { point: [0, 1.75, 0.095], normal: FRONT, sideOffset: 0.05 },
  eyebrows: { point: [0, 1.715, 0.1], normal: FRONT, sideOffset: 0.04 },
  eyes: { point: [0, 1.695, 0.1], normal: FRONT, sideOffset: 0.035 },
  nose: { point: [0, 1.665, 0.115], normal: FRONT, sideOffset: 0.03 },
  cheek: { point: [0.065, 1.645, 0.075], normal: [0.5, 0, 1], sided: true, sideOffset: 0 },
  ear: { point: [0.1, 1.68, 0], normal: OUT, sided: true, sideOffset: 0 },
  mouth: { point: [0, 1.62, 0.1], normal: FRONT, sideOffset: 0.03 },
  lips: { point: [0, 1.62, 0.1], normal: FRONT, sideOffset: 0.025 },
  chin: { point: [0, 1.585, 0.09], normal: [0, -0.3, 1], sideOffset: 0.03 },
  neck: { point: [0, 1.5, 0.06], normal: FRONT, sideOffset: 0.04 },
  shoulder: { point: [0.17, 1.44, 0.05], normal: [0.3, 0.3, 1], sided: true, sideOffset: 0 },
  chest: { point: [0, 1.33, 0.12], normal: FRONT, sideOffset: 0.09 },
  stomach: { point: [0, 1.17, 0.12], normal: FRONT, sideOffset: 0.08 },
  belly: { point: [0, 1.08, 0.12], normal: FRONT, sideOffset: 0.08 },
  hip: { point: [0.16, 1.0, 0.07], normal: OUT, sided: true, sideOffset: 0 },
  // Sites on the other arm and hand: approximated where the non-dominant hand waits in signing space.
  'upper-arm': { point: [-0.2, 1.33, 0.07], normal: FRONT, sided: true, sideOffset: 0 },
  elbow: { point: [-0.14, 1.16, 0.16], normal: FRONT, sided: true, sideOffset: 0 },
  forearm: { point: [-0.13, 1.14, 0.22], normal: [0, 1, 0], sided: true, sideOffset: 0 },
  wrist: { point: [-0.08, 1.16, 0.28], normal: [0, 1, 0], sided: true, sideOffset: 0 },
  palm: { point: [-0.04, 1.17, 0.31], normal: [0, 1, 0], sided: true, sideOffset: 0 },
  'back-of-hand': { point: [-0.04, 1.19, 0.31], normal: [0, 1, 0], sided: true, sideOffset: 0 },
  fingers: { point: [0, 1.18, 0.35], normal: [0, 1, 0], sided: true, sideOffset: 0 },
};

/** How far the hand is held from the site, metres along the site's normal. */
export const DISTANCES: Record<string, number> = { contact: 0.015, close: 0.05, medium: 0.13, far: 0.26 };
/** For the neutral signing space: closer to or further from the chest. */
export const NEUTRAL_DEPTH: Record<string, number> = { contact: -0.12, close: -0.07, medium: 0, far: 0.12 };

import type { HandPosture, Timeline, TimelineItem } from '@bbs/protocol';
import { BODY, DISTANCES, NEUTRAL_DEPTH, SITES } from './body.js';
import { directionOr } from './directions.js';
import { clamp01, smoothstep } from './easing.js';
import { mixJoints, RELAXED, type HandJoints } from './handshape.js';
import { add, cross, lerp, normalize, perpendicular, rotateAbout, scale, slerpDir, type Vec3 } from './vec.js';

export type Handedness = 'right' | 'left';
export type HandRole = 'dominant' | 'nondominant';
export type HandshapeLookup = ReadonlyMap<string, HandJoints>;

export interface HandPose {
  /** Joint angles in degrees (interpolated between handshapes). */
  joints: HandJoints;
  /** Wrist target in body space, metres. */
  wrist: Vec3;
  /** Unit vector the palm faces, body space. */
  palm: Vec3;
  /** Unit vector the extended fingers point, body space; always perpendicular to `palm`. */
  fingers: Vec3;
  /** Handshape id being formed or held; null at rest. */
  handshape: string | null;
}

export interface NonManualPose {
  /** 0…1 */
  browsRaised: number;
  browsFurrowed: number;
  /** Head yaw in radians, oscillating while a headshake span is active. */
  headshake: number;
  /** Head pitch in radians, positive = chin down. */
  nod: number;
  /** Head roll in radians. */
  headTilt: number;
  eyesSquint: number;
  cheeksPuffed: number;
  mouthPressed: number;
}

export interface Pose {
  t: number;
  dominant: HandPose;
  /** Always present: at rest when the sign is one-handed. */
  nondominant: HandPose;
  nonManuals: NonManualPose;
  /** Weight per viseme (sil PP FF TH DD kk CH SS nn RR aa E I O U), 0…1; `sil` when nothing is mouthed. */
  visemes: Record<string, number>;
  /** Index of the item playing at `t`, or -1 before, between and after items. */
  currentItemIndex: number;
  /** Gloss of the playing item; null at rest and for pauses. */
  currentGloss: string | null;
}

export interface PoseOptions {
  handedness?: Handedness;
}

export const VISEMES = ['sil', 'PP', 'FF', 'TH', 'DD', 'kk', 'CH', 'SS', 'nn', 'RR', 'aa', 'E', 'I', 'O', 'U'] as const;

/** Seconds (at speed 1) to move into a posture, as in the service's timeline compiler (TIMING). */
export const TRANSITION = { sign: 0.3, letter: 0.12, rest: 0.3 } as const;
/** Extra time after the last item in which the hands return to rest. */
export const REST_TAIL = 0.4;

const MOVEMENT_SIZE: Record<string, number> = { small: 0.05, medium: 0.1, large: 0.18 };
const NON_MANUAL_RAMP = 0.2;
const VISEME_RAMP = 0.05;

/** +1 or -1: the body-space x direction of a hand's own side. */
function sideSign(role: HandRole, handedness: Handedness): 1 | -1 {
  const dominantX = handedness === 'right' ? -1 : 1;
  return (role === 'dominant' ? dominantX : -dominantX) as 1 | -1;
}

/** Re-orthogonalises the finger direction against the palm normal (they must be perpendicular). */
function orthoFingers(palm: Vec3, fingers: Vec3, role: HandRole, handedness: Handedness): Vec3 {
  return (
    perpendicular(fingers, palm) ??
    perpendicular([0, 1, 0], palm) ??
    perpendicular([-sideSign(role, handedness), 0, 0], palm) ?? [0, 0, 1]
  );
}

/** The hand hanging relaxed at the body's side. */
export function restHand(role: HandRole, handedness: Handedness = 'right'): HandPose {
  const s = sideSign(role, handedness);
  return {
    joints: RELAXED,
    wrist: [s * 0.225, 0.93, 0.06],
    palm: [-s, 0, 0],
    fingers: [0, -1, 0],
    handshape: null,
  };
}

/** Body-space point for a location (before the hand's own geometry is taken into account). */
export function sitePoint(location: HandPosture['location'], role: HandRole, handedness: Handedness = 'right'): Vec3 {
  const info = SITES[location.site] ?? SITES.neutral!;
  const dominantX = handedness === 'right' ? -1 : 1;
  const own = sideSign(role, handedness);
  let x: number;
  if (info.sided && info.point[0] < 0) {
    // A site on the other arm or hand (given from the dominant hand's view).
    x = role === 'dominant' ? info.point[0] * dominantX : -info.point[0] * dominantX;
  } else if (info.sided) {
    // Head and body sites on one side: the side named, else the hand's own side.
    const s = location.side === 'nondominant' ? -dominantX : location.side === 'dominant' ? dominantX : own;
    x = Math.abs(info.point[0]) * s;
  } else if (location.side === 'dominant') {
    x = info.sideOffset * dominantX;
  } else if (location.side === 'nondominant') {
    x = -info.sideOffset * dominantX;
  } else {
    // Centre: in neutral space the two hands keep a little apart on their own sides.
    x = location.site === 'neutral' || !SITES[location.site] ? own * 0.06 : 0;
  }
  const point: Vec3 = [x, info.point[1], info.point[2]];
  if (location.site === 'neutral' || !SITES[location.site]) {
    return add(point, [0, 0, NEUTRAL_DEPTH[location.distance ?? 'medium'] ?? 0]);
  }
  const n = normalize([Math.sign(x || 1) * Math.abs(info.normal[0]), info.normal[1], info.normal[2]]);
  return add(point, scale(n, DISTANCES[location.distance ?? 'medium'] ?? 0));
}

/** Wrist position that puts the hand (palm centre) at `point` for the given orientation. */
function wristFor(point: Vec3, palm: Vec3, fingers: Vec3): Vec3 {
  return add(point, add(scale(fingers, -(BODY.palm * 0.85)), scale(palm, -0.02)));
}

/** The posture of one hand in an item, without movement. */
export function targetHand(
  posture: HandPosture | undefined,
  role: HandRole,
  handshapes: HandshapeLookup,
  handedness: Handedness = 'right',
): HandPose {
  if (!posture) return restHand(role, handedness);
  const s = sideSign(role, handedness);
  const palm = directionOr(posture.palm, [-s, 0, 0]);
  const fingers = orthoFingers(palm, directionOr(posture.fingers, [0, 1, 0]), role, handedness);
  let wrist = wristFor(sitePoint(posture.location, role, handedness), palm, fingers);
  if (posture.offset) wrist = add(wrist, posture.offset);
  return {
    joints: handshapes.get(posture.handshape) ?? RELAXED,
    wrist,
    palm,
    fingers,
    handshape: posture.handshape,
  };
}

/** The item's movement at progress `p` (0…1 of the hold phase) applied to a target posture. */
export function applyMovement(hand: HandPose, movement: TimelineItem['movement'], p: number): HandPose {
  if (!movement || movement.type === 'none' || movement.type === 'hold' || hand.handshape === null) return hand;
  const size = MOVEMENT_SIZE[movement.size ?? 'medium'] ?? 0.1;
  const reps = movement.repeat ?? 1;
  const dir = directionOr(movement.direction, [0, 0, 1]);
  switch (movement.type) {
    case 'directed':
      return { ...hand, wrist: add(hand.wrist, scale(dir, size * smoothstep(p))) };
    case 'arc': {
      const bulge = perpendicular([0, 1, 0], dir) ?? [0, 0, 1];
      const w = smoothstep(p);
      return {
        ...hand,
        wrist: add(hand.wrist, add(scale(dir, size * w), scale(bulge, size * 0.35 * Math.sin(Math.PI * w)))),
      };
    }
    case 'circle': {
      const [a, b]: [Vec3, Vec3] =
        movement.plane === 'horizontal'
          ? [
              [1, 0, 0],
              [0, 0, 1],
            ]
          : movement.plane === 'sagittal'
            ? [
                [0, 0, 1],
                [0, 1, 0],
              ]
            : [
                [1, 0, 0],
                [0, 1, 0],
              ];
      const r = size * 0.5;
      const phi = 2 * Math.PI * reps * smoothstep(p);
      return { ...hand, wrist: add(hand.wrist, add(scale(a, r * (Math.cos(phi) - 1)), scale(b, r * Math.sin(phi)))) };
    }
    case 'repeat': {
      const k = Math.sin(Math.PI * reps * p) ** 2;
      return { ...hand, wrist: add(hand.wrist, scale(dir, size * 0.6 * k)) };
    }
    case 'wiggle': {
      const phase = 2 * Math.PI * 3 * reps * p;
      const j = hand.joints;
      const w = (f: 'index' | 'middle' | 'ring' | 'pinky', k: number) => ({
        ...j[f],
        mcp: j[f].mcp + 14 * Math.sin(phase + k) * Math.sin(Math.PI * p),
      });
      return {
        ...hand,
        joints: { ...j, index: w('index', 0), middle: w('middle', 1), ring: w('ring', 2), pinky: w('pinky', 3) },
      };
    }
    case 'twist': {
      const angle = 0.7 * Math.sin(Math.PI * reps * p);
      return { ...hand, palm: normalize(rotateAbout(hand.palm, hand.fingers, angle)) };
    }
    case 'nod': {
      const axis = normalize(cross(hand.palm, hand.fingers));
      const angle = -0.45 * Math.sin(Math.PI * reps * p);
      return {
        ...hand,
        fingers: normalize(rotateAbout(hand.fingers, axis, angle)),
        palm: normalize(rotateAbout(hand.palm, axis, angle)),
      };
    }
    default:
      return hand;
  }
}

/** Blends two hand poses: positions linearly, directions along the great circle, joints linearly. */
export function mixHands(a: HandPose, b: HandPose, w: number, role: HandRole, handedness: Handedness): HandPose {
  if (w >= 1) return b;
  if (w <= 0) return a;
  const palm = slerpDir(a.palm, b.palm, w);
  const fingers = orthoFingers(palm, slerpDir(a.fingers, b.fingers, w), role, handedness);
  return {
    joints: mixJoints(a.joints, b.joints, w),
    wrist: lerp(a.wrist, b.wrist, w),
    palm,
    fingers,
    handshape: w < 0.5 ? a.handshape : b.handshape,
  };
}

export function transitionTime(item: TimelineItem, speed: number): number {
  const base = item.kind === 'fingerspell' || item.kind === 'number' ? TRANSITION.letter : TRANSITION.sign;
  return Math.min(item.duration, base / (speed || 1));
}

interface Prepared {
  handshapes: HandshapeLookup;
  handedness: Handedness;
  order: number[];
  /** Pose of each hand at each item's start (the `from` of its transition), by position in `order`. */
  starts: Record<HandRole, HandPose>[];
}
const cache = new WeakMap<Timeline, Prepared>();
const ROLES: HandRole[] = ['dominant', 'nondominant'];

/** One hand at time `t`, given the last item that started at or before `t` (or none) and its start pose. */
function handAfter(
  tl: Timeline,
  item: TimelineItem | undefined,
  from: HandPose,
  t: number,
  role: HandRole,
  handshapes: HandshapeLookup,
  handedness: Handedness,
): HandPose {
  const rest = restHand(role, handedness);
  if (!item) return rest;
  const speed = tl.speed || 1;
  const local = t - item.start;
  if (local < item.duration) {
    const T = transitionTime(item, speed);
    const target = item.kind === 'pause' ? rest : targetHand(item.hands[role], role, handshapes, handedness);
    const hold = item.duration - T;
    const p = hold > 1e-6 ? clamp01((local - T) / hold) : 1;
    const moved = applyMovement(target, item.movement, p);
    const w = T > 1e-6 ? smoothstep(local / T) : 1;
    return mixHands(from, moved, w, role, handedness);
  }
  // After the item: its final posture, easing back to rest.
  const finalPose = handAfter(tl, item, from, item.start + item.duration - 1e-9, role, handshapes, handedness);
  const w = smoothstep((local - item.duration) / (TRANSITION.rest / speed));
  return mixHands(finalPose, rest, w, role, handedness);
}

function prepare(tl: Timeline, handshapes: HandshapeLookup, handedness: Handedness): Prepared {
  const hit = cache.get(tl);
  if (hit && hit.handshapes === handshapes && hit.handedness === handedness) return hit;
  const order = tl.items.map((_, i) => i).sort((a, b) => tl.items[a]!.start - tl.items[b]!.start || a - b);
  const starts: Record<HandRole, HandPose>[] = [];
  order.forEach((idx, k) => {
    const entry = {} as Record<HandRole, HandPose>;
    for (const role of ROLES) {
      if (k === 0) entry[role] = restHand(role, handedness);
      else {
        const prevIdx = order[k - 1]!;
        entry[role] = handAfter(
          tl,
          tl.items[prevIdx],
          starts[k - 1]![role],
          tl.items[idx]!.start,
          role,
          handshapes,
          handedness,
        );
      }
    }
    starts.push(entry);
  });
  const prepared = { handshapes, handedness, order, starts };
  cache.set(tl, prepared);
  return prepared;
}

function nonManualsAt(tl: Timeline, t: number): NonManualPose {
  const nm: NonManualPose = {
    browsRaised: 0,
    browsFurrowed: 0,
    headshake: 0,
    nod: 0,
    headTilt: 0,
    eyesSquint: 0,
    cheeksPuffed: 0,
    mouthPressed: 0,
  };
  for (const span of tl.nonManuals) {
    if (t < span.start || t > span.end) continue;
    const ramp = Math.min(NON_MANUAL_RAMP, (span.end - span.start) / 2) || 1e-6;
    const w = Math.min(smoothstep((t - span.start) / ramp), smoothstep((span.end - t) / ramp));
    const local = t - span.start;
    switch (span.type) {
      case 'headshake':
        nm.headshake += w * 0.22 * Math.sin(2 * Math.PI * 2 * local);
        break;
      case 'nod':
        nm.nod += w * 0.14 * (1 - Math.cos(2 * Math.PI * 1.5 * local)) * 0.5;
        break;
      case 'brows-raised':
        nm.browsRaised = Math.max(nm.browsRaised, w);
        break;
      case 'brows-furrowed':
        nm.browsFurrowed = Math.max(nm.browsFurrowed, w);
        break;
      case 'head-tilt':
        nm.headTilt += w * 0.12;
        break;
      case 'eyes-squint':
        nm.eyesSquint = Math.max(nm.eyesSquint, w);
        break;
      case 'cheeks-puffed':
        nm.cheeksPuffed = Math.max(nm.cheeksPuffed, w);
        break;
      case 'mouth-pressed':
        nm.mouthPressed = Math.max(nm.mouthPressed, w);
        break;
    }
  }
  return nm;
}

/** Viseme weights at `t` (viseme times in a timeline are absolute). */
export function visemesAt(tl: Timeline, t: number): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(VISEMES.map((v) => [v, 0]));
  let max = 0;
  for (const item of tl.items) {
    for (const v of item.mouthing?.visemes ?? []) {
      if (t < v.start || t > v.start + v.duration || v.viseme === 'sil') continue;
      const r = Math.min(VISEME_RAMP, v.duration / 2) || 1e-6;
      const w = clamp01(Math.min((t - v.start) / r, (v.start + v.duration - t) / r));
      out[v.viseme] = Math.max(out[v.viseme] ?? 0, w);
      max = Math.max(max, w);
    }
  }
  out.sil = 1 - max;
  return out;
}

/**
 * The avatar's pose at time `t` (seconds on the timeline's own axis: item times are already scaled by the
 * speed the service compiled for, so playback simply advances `t` in real time).
 */
export function poseAt(tl: Timeline, t: number, handshapes: HandshapeLookup, options: PoseOptions = {}): Pose {
  const handedness = options.handedness ?? 'right';
  const prep = prepare(tl, handshapes, handedness);
  // The last item that started at or before t.
  let k = -1;
  for (let i = 0; i < prep.order.length; i++) {
    if (tl.items[prep.order[i]!]!.start <= t) k = i;
    else break;
  }
  const item = k >= 0 ? tl.items[prep.order[k]!] : undefined;
  const hands = {} as Record<HandRole, HandPose>;
  for (const role of ROLES) {
    hands[role] = item
      ? handAfter(tl, item, prep.starts[k]![role], t, role, handshapes, handedness)
      : restHand(role, handedness);
  }
  const playing = item && t < item.start + item.duration ? prep.order[k]! : -1;
  const playingItem = playing >= 0 ? tl.items[playing] : undefined;
  return {
    t,
    dominant: hands.dominant,
    nondominant: hands.nondominant,
    nonManuals: nonManualsAt(tl, t),
    visemes: visemesAt(tl, t),
    currentItemIndex: playing,
    currentGloss: playingItem && playingItem.kind !== 'pause' ? playingItem.gloss : null,
  };
}

/** Mouth shape from viseme weights: how far the jaw opens, how wide and how rounded the lips are (0…1). */
export function mouthShape(visemes: Record<string, number>): { jawOpen: number; wide: number; round: number } {
  const v = (k: string) => visemes[k] ?? 0;
  const jawOpen = Math.min(
    1,
    v('aa') * 1 +
      v('O') * 0.7 +
      v('E') * 0.55 +
      v('U') * 0.35 +
      v('I') * 0.35 +
      v('kk') * 0.4 +
      v('CH') * 0.3 +
      v('DD') * 0.3 +
      v('nn') * 0.25 +
      v('RR') * 0.3 +
      v('TH') * 0.2 +
      v('SS') * 0.15 +
      v('FF') * 0.1,
  );
  const wide = Math.min(1, v('E') * 0.8 + v('I') * 1 + v('SS') * 0.6 + v('aa') * 0.3);
  const round = Math.min(1, v('O') * 0.8 + v('U') * 1 + v('CH') * 0.5);
  return { jawOpen, wide, round };
}

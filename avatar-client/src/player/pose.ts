import type { HandPosture, Timeline, TimelineItem } from '@bbs/protocol';
import { BODY, DISTANCES, NEUTRAL_DEPTH, SITES } from './body.js';
import { directionOr } from './directions.js';
import { clamp01, smoothstep } from './easing.js';
import { gazeAt, type Gaze } from './gaze.js';
import { mixJoints, RELAXED, type HandJoints } from './handshape.js';
import { limitWrist } from './limits.js';
import { moveHand } from './movement.js';
import { phraseBlinkAt } from './phrase.js';
import { torsoFor, type TorsoPose } from './torso.js';
import { add, distance, lerp, normalize, perpendicular, scale, slerpDir, type Vec3 } from './vec.js';

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
  /** Eyelids closed by the timeline (a blink at a phrase end), 0…1; idle blinks come on top. */
  blink?: number;
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
  /** Where the eyes look: at the viewer, or towards the dominant hand when it points to a locus. */
  gaze: Gaze;
  /** Shoulders and torso joining larger movements. */
  torso: TorsoPose;
}

export interface PoseOptions {
  handedness?: Handedness;
}

export const VISEMES = ['sil', 'PP', 'FF', 'TH', 'DD', 'kk', 'CH', 'SS', 'nn', 'RR', 'aa', 'E', 'I', 'O', 'U'] as const;

/** Seconds (at speed 1) to move into a posture, as in the service's timeline compiler (TIMING). */
export const TRANSITION = { sign: 0.3, letter: 0.12, rest: 0.3 } as const;
/** Extra time after the last item in which the hands return to rest. */
export const REST_TAIL = 0.4;

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

/**
 * The rest posture between utterances, as interpreters wait: hands loosely in front of the lower belly,
 * fingers forward and a little inwards, palms up and towards each other. Unlike hands hanging at the sides,
 * it stays inside an upper-body frame and is a short way from every sign.
 */
export function restHand(role: HandRole, handedness: Handedness = 'right'): HandPose {
  const s = sideSign(role, handedness);
  const fingers = normalize([-s * 0.45, -0.05, 0.89]);
  return {
    joints: RELAXED,
    wrist: [s * 0.135, 1.0, 0.13],
    palm: perpendicular([-s * 0.55, 0.85, 0], fingers) ?? [0, 1, 0],
    fingers,
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

/**
 * Where the manual alphabet and number signs are made (palm centre, body space, for the dominant hand on
 * the signer's right): beside the dominant shoulder and in front of it, at shoulder height, so letters are
 * seen next to the face and mouth. A second hand (numbers 6–10) stands beside it towards the centre.
 */
export const MANUAL_SPACE = { x: 0.2, twoHandedX: 0.15, secondX: 0.04, y: 1.36, z: 0.28 } as const;
/** A spelled word drifts this far towards the dominant side per letter, up to MANUAL_DRIFT_LETTERS letters. */
export const MANUAL_DRIFT = 0.006;
const MANUAL_DRIFT_LETTERS = 8;

type ItemForm = Pick<TimelineItem, 'kind' | 'hands' | 'part'>;

/** Palm-centre point of a fingerspelled letter or number sign in neutral space (see MANUAL_SPACE). */
export function manualSpacePoint(
  location: HandPosture['location'],
  role: HandRole,
  item: ItemForm,
  handedness: Handedness = 'right',
): Vec3 {
  const dominantX = handedness === 'right' ? -1 : 1;
  const twoHanded = item.hands.dominant !== undefined && item.hands.nondominant !== undefined;
  const drift = item.kind === 'fingerspell' ? MANUAL_DRIFT * Math.min(item.part?.index ?? 0, MANUAL_DRIFT_LETTERS) : 0;
  const x =
    role === 'dominant'
      ? dominantX * ((twoHanded ? MANUAL_SPACE.twoHandedX : MANUAL_SPACE.x) + drift)
      : -dominantX * MANUAL_SPACE.secondX;
  const depth = NEUTRAL_DEPTH[location.distance ?? 'medium'] ?? 0;
  return [x, MANUAL_SPACE.y, MANUAL_SPACE.z + depth];
}

const isManual = (item: ItemForm | undefined, posture: HandPosture) =>
  item !== undefined && (item.kind === 'fingerspell' || item.kind === 'number') && posture.location.site === 'neutral';

/** The posture of one hand in an item, without movement. */
export function targetHand(
  posture: HandPosture | undefined,
  role: HandRole,
  handshapes: HandshapeLookup,
  handedness: Handedness = 'right',
  item?: ItemForm,
): HandPose {
  if (!posture) return restHand(role, handedness);
  const s = sideSign(role, handedness);
  const palm = directionOr(posture.palm, [-s, 0, 0]);
  const fingers = orthoFingers(palm, directionOr(posture.fingers, [0, 1, 0]), role, handedness);
  const point = isManual(item, posture)
    ? manualSpacePoint(posture.location, role, item!, handedness)
    : sitePoint(posture.location, role, handedness);
  let wrist = wristFor(point, palm, fingers);
  if (posture.offset) wrist = add(wrist, posture.offset);
  return {
    joints: handshapes.get(posture.handshape) ?? RELAXED,
    wrist,
    palm,
    fingers,
    handshape: posture.handshape,
  };
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

/** How far a transition's path bulges away from the body, per metre travelled, and at most. */
export const TRANSITION_ARC = { perMetre: 0.22, max: 0.05 } as const;

/**
 * The way from one posture into the next (progress u, 0…1): eased with zero velocity at both ends, along a
 * shallow arc away from the body rather than a straight line (hands pass in front of the body, as a
 * signer's do). In lexical signs the handshape leads the path, forming by 80 % of the way, so the sign's
 * handshape is there when the hand arrives; letters change shape and place together.
 */
export function transitionPose(
  from: HandPose,
  to: HandPose,
  u: number,
  role: HandRole,
  handedness: Handedness,
  handshapeLead = false,
): HandPose {
  const w = smoothstep(u);
  const mixed = mixHands(from, to, w, role, handedness);
  if (w <= 0 || w >= 1) return mixed;
  const bulge = Math.min(TRANSITION_ARC.max, TRANSITION_ARC.perMetre * distance(from.wrist, to.wrist));
  const joints = handshapeLead ? mixJoints(from.joints, to.joints, smoothstep(u / 0.8)) : mixed.joints;
  return { ...mixed, joints, wrist: add(mixed.wrist, [0, 0, bulge * Math.sin(Math.PI * w)]) };
}

/** Co-articulation: how much of the next sign is prepared at the end of a lexical sign. */
export const ANTICIPATION = { window: 0.12, share: 0.25, handshape: 0.35, place: 0.15 } as const;

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

/** A hand's posture in an item at `local` seconds into its hold phase (movement applied), or rest in a pause. */
function holdPose(
  tl: Timeline,
  item: TimelineItem,
  local: number,
  role: HandRole,
  handshapes: HandshapeLookup,
  handedness: Handedness,
): HandPose {
  if (item.kind === 'pause') return restHand(role, handedness);
  const T = transitionTime(item, tl.speed || 1);
  const hold = item.duration - T;
  const p = hold > 1e-6 ? clamp01((local - T) / hold) : 1;
  return moveHand(targetHand(item.hands[role], role, handshapes, handedness, item), item, role, p);
}

/**
 * The end of a lexical sign already prepares the next one (co-articulation): over the last ANTICIPATION
 * window of the hold, the handshape goes part of the way to the next sign's and the hand starts towards its
 * place. Letters are held crisply instead, and nothing is prepared across a pause.
 */
function anticipate(
  tl: Timeline,
  hand: HandPose,
  item: TimelineItem,
  next: TimelineItem | undefined,
  local: number,
  role: HandRole,
  handshapes: HandshapeLookup,
  handedness: Handedness,
): HandPose {
  if (!next || next.kind === 'pause' || (item.kind !== 'lexical' && item.kind !== 'index')) return hand;
  if (next.start - (item.start + item.duration) > 0.05) return hand;
  const speed = tl.speed || 1;
  const hold = item.duration - transitionTime(item, speed);
  const window = Math.min(ANTICIPATION.window / speed, ANTICIPATION.share * hold);
  if (window <= 1e-6 || local < item.duration - window) return hand;
  const a = smoothstep((local - (item.duration - window)) / window);
  const target = targetHand(next.hands[role], role, handshapes, handedness, next);
  return {
    ...hand,
    joints: mixJoints(hand.joints, target.joints, a * ANTICIPATION.handshape),
    wrist: lerp(hand.wrist, target.wrist, a * ANTICIPATION.place),
  };
}

/**
 * One hand at time `t`, given the last item that started at or before `t` (or none), the item after it and
 * the pose the hand had when that item began.
 */
function handAfter(
  tl: Timeline,
  item: TimelineItem | undefined,
  next: TimelineItem | undefined,
  from: HandPose,
  t: number,
  role: HandRole,
  handshapes: HandshapeLookup,
  handedness: Handedness,
): HandPose {
  const rest = restHand(role, handedness);
  if (!item) return rest;
  const speed = tl.speed || 1;
  const local = Math.min(t - item.start, item.duration - 1e-9);
  const T = transitionTime(item, speed);
  let pose = anticipate(
    tl,
    holdPose(tl, item, local, role, handshapes, handedness),
    item,
    next,
    local,
    role,
    handshapes,
    handedness,
  );
  if (local < T && T > 1e-6) {
    pose = transitionPose(from, pose, local / T, role, handedness, item.kind === 'lexical' || item.kind === 'index');
  }
  const after = t - item.start - item.duration;
  if (after < 0) return pose;
  // After the item (the end of the timeline, or a gap): its final posture, easing back to rest.
  return transitionPose(pose, rest, after / (TRANSITION.rest / speed), role, handedness);
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
          tl.items[idx],
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

/** Head movements (radians): wide enough that a headshake or nod reads in a small embed. */
export const HEAD_MOTION = { shake: 0.28, nod: 0.2, tilt: 0.14 } as const;

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
        nm.headshake += w * HEAD_MOTION.shake * Math.sin(2 * Math.PI * 2 * local);
        break;
      case 'nod':
        nm.nod += w * HEAD_MOTION.nod * (1 - Math.cos(2 * Math.PI * 1.5 * local)) * 0.5;
        break;
      case 'brows-raised':
        nm.browsRaised = Math.max(nm.browsRaised, w);
        break;
      case 'brows-furrowed':
        nm.browsFurrowed = Math.max(nm.browsFurrowed, w);
        break;
      case 'head-tilt':
        nm.headTilt += w * HEAD_MOTION.tilt;
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

/**
 * Viseme weights at `t` (viseme times in a timeline are absolute). `items`: where to look, by default every
 * item; the player passes the items around `t`, as a sign's mouthing lies within it.
 */
export function visemesAt(tl: Timeline, t: number, items: readonly TimelineItem[] = tl.items): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(VISEMES.map((v) => [v, 0]));
  let max = 0;
  for (const item of items) {
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
  // The last item that started at or before t (binary search: a whole document can be one timeline).
  let lo = 0;
  let hi = prep.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tl.items[prep.order[mid]!]!.start <= t) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  const item = k >= 0 ? tl.items[prep.order[k]!] : undefined;
  const next = k + 1 < prep.order.length ? tl.items[prep.order[k + 1]!] : undefined;
  const hands = {} as Record<HandRole, HandPose>;
  for (const role of ROLES) {
    const hand = item
      ? handAfter(tl, item, next, prep.starts[k]![role], t, role, handshapes, handedness)
      : restHand(role, handedness);
    hands[role] = limitWrist(hand, role, handedness);
  }
  const playing = item && t < item.start + item.duration ? prep.order[k]! : -1;
  const playingItem = playing >= 0 ? tl.items[playing] : undefined;
  const nonManuals = nonManualsAt(tl, t);
  const near = [k - 1, k].filter((i) => i >= 0).map((i) => tl.items[prep.order[i]!]!);
  const around = k + 1 < prep.order.length ? [...near, tl.items[prep.order[k + 1]!]!] : near;
  const blink = phraseBlinkAt(near, t);
  if (blink > 0) nonManuals.blink = blink;
  return {
    t,
    dominant: hands.dominant,
    nondominant: hands.nondominant,
    nonManuals,
    visemes: visemesAt(tl, t, around),
    currentItemIndex: playing,
    currentGloss: playingItem && playingItem.kind !== 'pause' ? playingItem.gloss : null,
    gaze: gazeAt(near, t, hands.dominant),
    torso: torsoFor(hands.dominant, hands.nondominant, handedness),
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

// Derives the 30 handshapes of the DGS manual alphabet (A–Z, Ä, Ö, Ü, ß) from recorded poses and writes
// gloss-dictionary/handshapes/fs-*.json and gloss-dictionary/fingerspelling.json.
//
//   node --conditions=source --import tsx gloss-dictionary/scripts/derive-alphabet.ts [dataset-dir]
//
// Dataset: /work/shared/datasets/dgs-fingerspelling-poses (or the directory given as argument or in
// DGS_FINGERSPELLING_POSES): pose-format v0.2 files from sign-language-processing/spoken-to-signed-translation
// (Moryossef et al., MIT licence), one letter each, 30 fps, MediaPipe Holistic landmarks. Only the derived
// angles are committed, never the recordings.
//
// Image frame of the recordings: the camera looks at the signer; x grows to the image right = the signer's LEFT,
// y grows downwards, z grows away from the camera = towards the signer's back (MediaPipe: smaller z is closer to
// the camera). The hand's z is stored on a much smaller scale than x and y; the script calibrates a factor for
// it (the one that keeps the bone lengths of the hand most constant over all frames) and then maps every point
// to the body frame of scripts/lib/hand-angles.ts: (right, up, backwards) = (−x, −y, k·z). That is a rotation
// by 180° about z, no mirroring, so the right hand stays a right hand.
//
// Per letter: the representative frame is the frame of the middle third with the least landmark motion to its
// neighbours (all 21 right-hand points confident); its joint angles are the per-joint median over that frame
// and its two neighbours. Spread is zeroed on the letter B (flat hand, fingers together) of the same signer, so
// 0 means "as close together as in B". Letters with movement (J, Z, Ä, Ö, Ü, ß) get a movement whose type is
// the DGS form and whose direction, size and repetitions are measured from the recording.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { DIRECTIONS, HandshapeSchema, ManualSystemSchema, type SignMovement } from '@bbs/protocol';
import { componentFrame, readPose, type PoseFile } from './lib/pose-format.js';
import {
  FINGERS,
  handAngles,
  isCurled,
  handFrame,
  nearestDirection,
  norm,
  palmCoordinates,
  sub,
  type HandAngles,
  type Vec3,
} from './lib/hand-angles.js';

type HandshapeInput = z.input<typeof HandshapeSchema>;
type ManualSystemInput = z.input<typeof ManualSystemSchema>;
type ManualSymbolInput = ManualSystemInput['symbols'][number];

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATASET = '/work/shared/datasets/dgs-fingerspelling-poses';
const DATASET_REFERENCE =
  'sign-language-processing/spoken-to-signed-translation (Moryossef et al.), MIT licence, commit 6407818d6c735d1760a2d7fa1e89287df58cf163, spoken_to_signed/assets/fingerspelling_lexicon/gsg/';
const HAND = 'RIGHT_HAND_LANDMARKS';
const BODY = 'POSE_LANDMARKS';

/** Letter in index.csv → symbol and handshape id. */
const LETTERS: Record<string, { symbol: string; id: string }> = Object.fromEntries([
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => [l, { symbol: l, id: `fs-${l.toLowerCase()}` }]),
  ['ä', { symbol: 'Ä', id: 'fs-ae' }],
  ['ö', { symbol: 'Ö', id: 'fs-oe' }],
  ['ü', { symbol: 'Ü', id: 'fs-ue' }],
  ['ß', { symbol: 'ß', id: 'fs-sz' }],
]);
const ORDER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), 'Ä', 'Ö', 'Ü', 'ß'];

/** The DGS form of the letters that move; direction, size and repetitions come from the recording. */
const MOVING: Record<string, { type: SignMovement['type']; what: string }> = {
  J: { type: 'arc', what: 'I-Hand zeichnet den Bogen des J nach unten' },
  Z: { type: 'directed', what: 'Zeigefinger zeichnet ein Z (Strich, Diagonale, Strich)' },
  Ä: { type: 'repeat', what: 'A-Hand, kurz auf und ab geschüttelt' },
  Ö: { type: 'repeat', what: 'O-Hand, kurz auf und ab geschüttelt' },
  Ü: { type: 'repeat', what: 'U-Hand, kurz auf und ab geschüttelt' },
  ß: { type: 'directed', what: 'S-Hand mit kurzer Abwärtsbewegung' },
};

const JOINT_RANGES = {
  finger: { mcp: [-45, 120], pip: [-30, 130], dip: [-30, 100], spread: [-40, 40] },
  thumb: { cmcFlex: [-60, 90], cmcSpread: [-60, 90], mcp: [-45, 100], ip: [-45, 100] },
} as const;

const round = (x: number): number => Math.round(x) + 0; // + 0 turns −0 into 0
const clamp = (x: number, [lo, hi]: readonly [number, number]): number => Math.min(hi, Math.max(lo, x));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface Recording {
  letter: string;
  symbol: string;
  id: string;
  file: string;
  pose: PoseFile;
  /** Raw image-frame hand points per frame. */
  raw: Vec3[][];
  confidence: number[][];
}

function readRecordings(datasetDir: string): Recording[] {
  const csv = readFileSync(join(datasetDir, 'index.csv'), 'utf8').trim().split('\n');
  const header = csv[0]!.split(',');
  const pathCol = header.indexOf('path');
  const wordCol = header.indexOf('words');
  const recordings: Recording[] = [];
  for (const line of csv.slice(1)) {
    const cols = line.split(',');
    const file = cols[pathCol]!;
    const letter = cols[wordCol]!;
    const target = LETTERS[letter];
    if (!target) throw new Error(`unexpected letter ${letter} in index.csv`);
    const pose = readPose(readFileSync(join(datasetDir, file)));
    const raw: Vec3[][] = [];
    const confidence: number[][] = [];
    for (let f = 0; f < pose.frames; f++) {
      const frame = componentFrame(pose, HAND, f);
      raw.push(frame.points);
      confidence.push(frame.confidence);
    }
    recordings.push({ letter, symbol: target.symbol, id: target.id, file, pose, raw, confidence });
  }
  return recordings.sort((a, b) => ORDER.indexOf(a.symbol) - ORDER.indexOf(b.symbol));
}

const BONES: [number, number][] = [
  [0, 1], [1, 2], [2, 3], [3, 4], [0, 5], [5, 6], [6, 7], [7, 8], [9, 10], [10, 11], [11, 12],
  [13, 14], [14, 15], [15, 16], [0, 17], [17, 18], [18, 19], [19, 20], [5, 9], [9, 13], [13, 17], [0, 9], [0, 13],
]; // prettier-ignore

/**
 * Mean coefficient of variation of the bone lengths (each relative to the palm size of its frame) over all
 * frames, when z is multiplied by `k`. Bones are rigid, so the right z scale makes this smallest.
 */
function boneLengthVariation(recordings: Recording[], k: number): number {
  const ratios: number[][] = BONES.map(() => []);
  for (const r of recordings) {
    for (const p of r.raw) {
      const len = (i: number, j: number): number =>
        Math.hypot(p[i]![0] - p[j]![0], p[i]![1] - p[j]![1], k * (p[i]![2] - p[j]![2]));
      const palm = len(0, 5) + len(0, 17) + len(5, 17) + len(0, 9);
      BONES.forEach(([i, j], b) => ratios[b]!.push(len(i, j) / palm));
    }
  }
  let total = 0;
  for (const xs of ratios) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    total += sd / mean;
  }
  return total / ratios.length;
}

function calibrateDepthScale(recordings: Recording[]): { k: number; variation: number; flat: number } {
  let best = { k: 0, variation: Infinity };
  for (let k = 0; k <= 2000; k += 10) {
    const variation = boneLengthVariation(recordings, k);
    if (variation < best.variation - 1e-12) best = { k, variation };
  }
  return { ...best, flat: boneLengthVariation(recordings, 0) };
}

const toBody =
  (k: number) =>
  (p: Vec3): Vec3 => [-p[0], -p[1], k * p[2]];

/** The middle third's steadiest frame whose 21 hand points are all confident. */
function representativeFrame(hand: Vec3[][], confidence: number[][]): { frame: number; motion: number } {
  const n = hand.length;
  const lo = Math.max(1, Math.floor(n / 3));
  const hi = Math.min(n - 1, Math.ceil((2 * n) / 3));
  let best = { frame: -1, motion: Infinity };
  for (let f = lo; f < hi; f++) {
    if (Math.min(...confidence[f]!) < 0.5) continue;
    const size = norm(sub(hand[f]![9]!, hand[f]![0]!));
    let motion = 0;
    for (let j = 0; j < 21; j++) {
      motion += norm(sub(hand[f]![j]!, hand[f - 1]![j]!)) + norm(sub(hand[f]![j]!, hand[f + 1]![j]!));
    }
    motion /= 2 * 21 * size;
    if (motion < best.motion) best = { frame: f, motion };
  }
  if (best.frame < 0) throw new Error('no frame with a confident right hand in the middle third');
  return best;
}

function medianAngles(all: HandAngles[]): HandAngles {
  const pick = <T>(get: (a: HandAngles) => T) => all.map(get);
  const finger = (name: (typeof FINGERS)[number]) => ({
    mcp: median(pick((a) => a[name].mcp)),
    pip: median(pick((a) => a[name].pip)),
    dip: median(pick((a) => a[name].dip)),
    spread: median(pick((a) => a[name].spread)),
  });
  return {
    thumb: {
      cmcFlex: median(pick((a) => a.thumb.cmcFlex)),
      cmcSpread: median(pick((a) => a.thumb.cmcSpread)),
      mcp: median(pick((a) => a.thumb.mcp)),
      ip: median(pick((a) => a.thumb.ip)),
    },
    index: finger('index'),
    middle: finger('middle'),
    ring: finger('ring'),
    pinky: finger('pinky'),
  };
}

const meanVec = (vs: Vec3[]): Vec3 =>
  vs.reduce<Vec3>((a, v) => [a[0] + v[0] / vs.length, a[1] + v[1] / vs.length, a[2] + v[2] / vs.length], [0, 0, 0]);

/**
 * Image-plane movement of the hand centre (mean of wrist and the four MCPs) between the end of the raise from
 * the rest position and the start of the drop back to it (both found as the monotonic runs at the clip's ends).
 */
function measureMovement(hand: Vec3[][], type: SignMovement['type']): { movement: SignMovement; summary: string } {
  const centres = hand.map((p) => meanVec([p[0]!, p[5]!, p[9]!, p[13]!, p[17]!]));
  const n = hand.length;
  const size = median(hand.map((p) => norm(sub(p[9]!, p[0]!))));
  const y = centres.map((c) => c[1] / size);
  const STEP = 0.02;
  let from = 0;
  while (from + 1 < n && y[from + 1]! > y[from]! + STEP) from++;
  let to = n - 1;
  while (to - 1 > from && y[to - 1]! > y[to]! + STEP) to--;
  const segment = centres.slice(from, to + 1);
  // Direction: from the highest to the lowest point of the segment, in the image plane (the depth of the hand is
  // too unreliable for a direction).
  let top = 0;
  let bottom = 0;
  segment.forEach((c, i) => {
    if (c[1] > segment[top]![1]) top = i;
    if (c[1] < segment[bottom]![1]) bottom = i;
  });
  const displacement: Vec3 = [segment[bottom]![0] - segment[top]![0], segment[bottom]![1] - segment[top]![1], 0];
  const extent = norm(displacement) / size;
  // Down strokes: downward swings of at least half a hand length between turning points.
  let strokes = 0;
  let peak = segment[0]![1] / size;
  let trough = peak;
  for (const c of segment) {
    const v = c[1] / size;
    if (v > peak) peak = trough = v;
    else if (v < trough) {
      trough = v;
    } else if (v - trough >= 0.5) {
      if (peak - trough >= 0.5) strokes++;
      peak = trough = v;
    }
  }
  if (peak - trough >= 0.5) strokes++;
  let path = 0;
  for (let i = 1; i < segment.length; i++) path += norm(sub(segment[i]!, segment[i - 1]!));
  const planar = DIRECTIONS.filter((d) => !d.includes('away') && !d.includes('towards'));
  const movement: SignMovement =
    type === 'repeat'
      ? { type, direction: 'down', size: 'small', repeat: Math.min(4, Math.max(1, strokes)), plane: 'vertical' }
      : {
          type,
          direction: nearestDirection(displacement, planar),
          size: extent < 1 ? 'small' : extent < 2.5 ? 'medium' : 'large',
          repeat: 1,
          plane: 'vertical',
        };
  const summary = `frames ${from}–${to}: path ${(path / size).toFixed(1)}, top→bottom ${extent.toFixed(1)} hand lengths, ${strokes} down strokes`;
  return { movement, summary };
}

/**
 * Palm-centre height relative to the shoulders (0) and the nose (1), median over the representative frames;
 * mapped to `head` at or above the nose, `shoulder` from 0.3 (the hand is usually held in front of the
 * shoulder, below the chin), `chest` down to −0.5.
 */
function signingHeight(recordings: Recording[], frames: number[]): number {
  const heights = recordings.map((r, i) => {
    const body = componentFrame(r.pose, BODY, frames[i]!).points;
    const hand = r.raw[frames[i]!]!;
    const palmY = meanVec([hand[0]!, hand[5]!, hand[9]!, hand[13]!, hand[17]!])[1];
    const shoulderY = (body[11]![1] + body[12]![1]) / 2;
    const noseY = body[0]![1];
    return (shoulderY - palmY) / (shoulderY - noseY);
  });
  return median(heights);
}

interface Derived {
  recording: Recording;
  frame: number;
  motion: number;
  confidence: number;
  angles: HandAngles;
  palm: string;
  fingers: string;
  features: Features;
  movement?: SignMovement;
  movementSummary?: string;
}

/** Measures for the sanity checks. */
interface Features {
  /** Per finger: mean of MCP and PIP flexion. */
  flexion: Record<(typeof FINGERS)[number], number>;
  /** Angle between index and middle finger within the palm plane (spread difference). */
  indexMiddleGap: number;
  /** Thumb tip in palm coordinates (hand lengths): towards the thumb side, and out of the palm. */
  thumbTip: { along: number; radial: number; out: number };
  /** Index MCP towards the thumb side (hand lengths), for comparison with the thumb tip. */
  indexMcpRadial: number;
  /** Distance thumb tip – index tip in hand lengths. */
  thumbIndexTips: number;
}

function features(hand: Vec3[], angles: HandAngles): Features {
  const flexion = Object.fromEntries(
    FINGERS.map((f) => [f, (angles[f].mcp + angles[f].pip) / 2]),
  ) as Features['flexion'];
  return {
    flexion,
    indexMiddleGap: angles.index.spread - angles.middle.spread,
    thumbTip: palmCoordinates(hand, hand[4]!),
    indexMcpRadial: palmCoordinates(hand, hand[5]!).radial,
    thumbIndexTips: norm(sub(hand[4]!, hand[8]!)) / norm(sub(hand[9]!, hand[0]!)),
  };
}

// Sanity checks: what the DGS manual alphabet says about a letter, tested on the derived numbers.
const straight = (f: Features, ...names: (typeof FINGERS)[number][]) => names.every((n) => f.flexion[n] < 25);
const curled = (f: Features, min: number, ...names: (typeof FINGERS)[number][]) =>
  names.every((n) => f.flexion[n] > min);
const thumbOut = (f: Features) => f.thumbTip.radial > f.indexMcpRadial + 0.3;
const thumbAcross = (f: Features) => f.thumbTip.radial < f.indexMcpRadial && f.thumbTip.out > 0.1;
const CHECKS: Record<string, { rule: string; ok: (f: Features, d: Derived) => boolean }> = {
  A: {
    rule: 'fist: fingers flexed > 60°, thumb beside the index',
    ok: (f) => curled(f, 60, 'index', 'middle', 'ring', 'pinky') && f.thumbTip.radial >= f.indexMcpRadial - 0.05,
  },
  B: {
    rule: 'flat: fingers straight < 25°, thumb across the palm',
    ok: (f) => straight(f, 'index', 'middle', 'ring', 'pinky') && thumbAcross(f),
  },
  C: {
    rule: 'C: fingers curved 15–70°, thumb opposed',
    ok: (f, d) => FINGERS.every((n) => f.flexion[n] > 10 && f.flexion[n] < 70) && d.angles.thumb.cmcFlex > 20,
  },
  D: { rule: 'index straight, others flexed > 25°', ok: (f) => straight(f, 'index') && curled(f, 25, 'middle', 'ring', 'pinky') },
  E: { rule: 'all fingers flexed > 30°', ok: (f) => curled(f, 30, 'index', 'middle', 'ring', 'pinky') },
  F: { rule: 'index flexed to the thumb, others straight', ok: (f) => curled(f, 30, 'index') && straight(f, 'middle', 'ring', 'pinky') && f.thumbIndexTips < 0.5 },
  G: { rule: 'index straight pointing sideways, others flexed', ok: (f, d) => straight(f, 'index') && curled(f, 45, 'middle', 'ring', 'pinky') && /left|right/.test(d.fingers) && !/up/.test(d.fingers) },
  H: { rule: 'index + middle straight pointing sideways', ok: (f, d) => straight(f, 'index', 'middle') && /left|right/.test(d.fingers) && !/up/.test(d.fingers) },
  I: { rule: 'pinky straight, others flexed > 45°', ok: (f) => straight(f, 'pinky') && curled(f, 45, 'index', 'middle', 'ring') },
  J: { rule: 'like I: pinky straight, others flexed > 45°', ok: (f) => straight(f, 'pinky') && curled(f, 45, 'index', 'middle', 'ring') },
  K: { rule: 'index straight, ring + pinky flexed', ok: (f) => straight(f, 'index') && curled(f, 45, 'ring', 'pinky') },
  L: { rule: 'index straight, thumb out, others flexed > 45°', ok: (f) => straight(f, 'index') && thumbOut(f) && curled(f, 45, 'middle', 'ring', 'pinky') },
  M: { rule: 'index, middle, ring bent (> 30°)', ok: (f) => curled(f, 30, 'index', 'middle', 'ring') },
  N: { rule: 'index, middle bent (> 30°)', ok: (f) => curled(f, 30, 'index', 'middle') },
  O: { rule: 'round: fingers flexed 25–90°, thumb tip meets index tip', ok: (f) => FINGERS.every((n) => f.flexion[n] > 25 && f.flexion[n] < 90) && f.thumbIndexTips < 0.5 },
  P: { rule: 'hand points down', ok: (_f, d) => d.fingers.includes('down') },
  Q: { rule: 'hand points down', ok: (_f, d) => d.fingers.includes('down') },
  R: { rule: 'index + middle straight (crossed), ring flexed', ok: (f) => straight(f, 'index', 'middle') && curled(f, 45, 'ring') },
  S: { rule: 'fist: fingers flexed > 60°, thumb across the fingers', ok: (f) => curled(f, 60, 'index', 'middle', 'ring', 'pinky') && f.thumbTip.radial < f.indexMcpRadial },
  U: { rule: 'index + middle straight and together (gap < 10°), ring + pinky flexed', ok: (f) => straight(f, 'index', 'middle') && Math.abs(f.indexMiddleGap) < 10 && curled(f, 45, 'ring', 'pinky') },
  V: { rule: 'index + middle straight and spread (gap > 12°), ring + pinky flexed', ok: (f) => straight(f, 'index', 'middle') && f.indexMiddleGap > 12 && curled(f, 45, 'ring', 'pinky') },
  W: { rule: 'index, middle, ring straight', ok: (f) => straight(f, 'index', 'middle', 'ring') },
  X: { rule: 'index hooked (PIP > 30°, MCP < 30°), others flexed', ok: (f, d) => d.angles.index.pip > 30 && d.angles.index.mcp < 30 && curled(f, 45, 'middle', 'ring', 'pinky') },
  Y: { rule: 'thumb + pinky out, others flexed > 45°', ok: (f) => straight(f, 'pinky') && thumbOut(f) && curled(f, 45, 'index', 'middle', 'ring') },
  Z: { rule: 'index straight, others flexed > 45°', ok: (f) => straight(f, 'index') && curled(f, 45, 'middle', 'ring', 'pinky') },
  Ä: { rule: 'like A: fingers flexed > 50°', ok: (f) => curled(f, 50, 'index', 'middle', 'ring', 'pinky') },
  Ö: { rule: 'like O: fingers flexed 25–90°', ok: (f) => FINGERS.every((n) => f.flexion[n] > 25 && f.flexion[n] < 90) },
  Ü: { rule: 'like U: index + middle straight, ring + pinky flexed', ok: (f) => straight(f, 'index', 'middle') && curled(f, 45, 'ring', 'pinky') },
  ß: { rule: 'like S: fingers flexed > 50°', ok: (f) => curled(f, 50, 'index', 'middle', 'ring', 'pinky') },
}; // prettier-ignore

function toJoints(a: HandAngles): HandshapeInput['joints'] {
  const finger = (f: HandAngles['index']) => ({
    mcp: round(clamp(f.mcp, JOINT_RANGES.finger.mcp)),
    pip: round(clamp(f.pip, JOINT_RANGES.finger.pip)),
    dip: round(clamp(f.dip, JOINT_RANGES.finger.dip)),
    spread: round(clamp(f.spread, JOINT_RANGES.finger.spread)),
  });
  return {
    thumb: {
      cmcFlex: round(clamp(a.thumb.cmcFlex, JOINT_RANGES.thumb.cmcFlex)),
      cmcSpread: round(clamp(a.thumb.cmcSpread, JOINT_RANGES.thumb.cmcSpread)),
      mcp: round(clamp(a.thumb.mcp, JOINT_RANGES.thumb.mcp)),
      ip: round(clamp(a.thumb.ip, JOINT_RANGES.thumb.ip)),
    },
    index: finger(a.index),
    middle: finger(a.middle),
    ring: finger(a.ring),
    pinky: finger(a.pinky),
  };
}

export interface AlphabetDerivation {
  /** The 30 handshapes fs-a … fs-sz as written to handshapes/. */
  handshapes: HandshapeInput[];
  /** fingerspelling.json. */
  alphabet: ManualSystemInput;
  /** The printed report: parse check, depth scale, one table row per letter. */
  report: string[];
  /** Sanity checks that failed. */
  failures: string[];
  depthScale: number;
}

/** Derives the manual alphabet from the recordings in `datasetDir`; pure apart from reading the files. */
export function deriveAlphabet(datasetDir: string): AlphabetDerivation {
  const report: string[] = [];
  const recordings = readRecordings(datasetDir);
  if (recordings.length !== 30) throw new Error(`expected 30 letters, found ${recordings.length}`);

  // 1. Check the parse: the wrist → middle-MCP length must be plausible and about constant within a recording.
  const depth = calibrateDepthScale(recordings);
  const body = toBody(depth.k);
  const first = recordings[0]!.pose;
  report.push(
    `pose files: ${recordings.length}, version ${first.version}, ${first.fps} fps, ${first.points} points × ${first.dims} dims; ` +
      `components ${first.components.map((c) => `${c.name}(${c.points.length})`).join(', ')}`,
    `depth scale: z × ${depth.k} (bone-length variation ${(100 * depth.variation).toFixed(1)}% instead of ${(100 * depth.flat).toFixed(1)}% with z ignored)`,
  );

  // 2. Angles per letter.
  const raw = recordings.map((r) => {
    const hand = r.raw.map((p) => p.map(body));
    const { frame, motion } = representativeFrame(hand, r.confidence);
    const frames = [frame - 1, frame, frame + 1];
    const angles = medianAngles(frames.map((f) => handAngles(hand[f]!)));
    const hf = frames.map((f) => handFrame(hand[f]!));
    const wristToMiddle = hand.map((p) => norm(sub(p[9]!, p[0]!)));
    const meanLen = wristToMiddle.reduce((a, b) => a + b, 0) / wristToMiddle.length;
    const cv = Math.sqrt(wristToMiddle.reduce((a, b) => a + (b - meanLen) ** 2, 0) / wristToMiddle.length) / meanLen;
    return { r, hand, frame, motion, angles, hf, meanLen, cv };
  });
  const lengths = raw.map((x) => x.meanLen);
  const worstCv = Math.max(...raw.map((x) => x.cv));
  report.push(
    `wrist→middle-MCP length: ${Math.min(...lengths).toFixed(0)}–${Math.max(...lengths).toFixed(0)} px per recording ` +
      `(shoulder width ≈ ${shoulderWidth(recordings[0]!).toFixed(0)} px), within a recording varies ≤ ${(100 * worstCv).toFixed(0)}% (coefficient of variation)`,
  );
  if (Math.min(...lengths) < 10 || worstCv > 0.35) throw new Error('implausible hand landmarks: check the parser');

  // 3. Spread zero = the letter B.
  const b = raw.find((x) => x.r.symbol === 'B')!;
  const zero = Object.fromEntries(FINGERS.map((f) => [f, b.angles[f].spread])) as Record<
    (typeof FINGERS)[number],
    number
  >;
  const derived: Derived[] = raw.map((x) => {
    const angles = structuredClone(x.angles);
    for (const f of FINGERS) if (!isCurled(angles[f])) angles[f].spread -= zero[f];
    const d: Derived = {
      recording: x.r,
      frame: x.frame,
      motion: x.motion,
      confidence: x.r.confidence[x.frame]!.reduce((a, c) => a + c, 0) / 21,
      angles,
      palm: nearestDirection(meanVec(x.hf.map((h) => h.normal)), DIRECTIONS),
      fingers: nearestDirection(meanVec(x.hf.map((h) => h.axis)), DIRECTIONS),
      features: features(x.hand[x.frame]!, angles),
    };
    const moving = MOVING[x.r.symbol];
    if (moving) {
      const m = measureMovement(x.hand, moving.type);
      d.movement = m.movement;
      d.movementSummary = m.summary;
    }
    return d;
  });

  // 4. Table and sanity checks.
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  report.push(
    '',
    `${pad('letter', 7)}${pad('frame', 8)}${pad('conf', 6)}${pad('palm', 16)}${pad('fingers', 17)}${pad('flexion I/M/R/P', 17)}${pad('gap', 5)}${pad('thumb tip', 12)}sanity check`,
  );
  const failures: string[] = [];
  for (const d of derived) {
    const check = CHECKS[d.recording.symbol];
    const ok = check ? check.ok(d.features, d) : undefined;
    if (check && !ok) failures.push(`${d.recording.symbol}: ${check.rule}`);
    const f = d.features;
    report.push(
      pad(d.recording.symbol, 7) +
        pad(`${d.frame}/${d.recording.pose.frames}`, 8) +
        pad(d.confidence.toFixed(2), 6) +
        pad(d.palm, 16) +
        pad(d.fingers, 17) +
        pad(FINGERS.map((n) => round(f.flexion[n])).join('/'), 17) +
        pad(round(f.indexMiddleGap), 5) +
        pad(`${f.thumbTip.radial.toFixed(2)},${f.thumbTip.out.toFixed(2)}`, 12) +
        (check ? `${ok ? 'ok  ' : 'FAIL'} ${check.rule}` : '—') +
        (d.movement
          ? `  [${d.movement.type} ${d.movement.direction ?? ''} ×${d.movement.repeat ?? 1}, ${d.movement.size}: ${d.movementSummary}]`
          : ''),
    );
  }
  report.push(
    '',
    'frame = representative frame / frames; conf = mean right-hand confidence; flexion = mean of MCP and PIP in degrees;',
    'gap = index–middle angle in the palm plane; thumb tip = (towards thumb side, out of the palm) in hand lengths',
  );

  // 5. The handshapes and the manual alphabet.
  const handshapes = derived.map((d): HandshapeInput => {
    const r = d.recording;
    const fileName = r.file.split('/').pop()!;
    const handshape: HandshapeInput = {
      id: r.id,
      name: `Fingeralphabet ${r.symbol}`,
      kind: 'alphabet',
      description:
        `DGS-Fingeralphabet ${r.symbol}, rechte Hand, aus einer Posenaufnahme abgeleitet (Bild ${d.frame} von ${r.pose.frames}, ` +
        `Median mit den Nachbarbildern). Handfläche ${d.palm}, Finger ${d.fingers}.` +
        (MOVING[r.symbol] ? ` Bewegung: ${MOVING[r.symbol]!.what}.` : ''),
      joints: toJoints(d.angles),
      source: {
        kind: 'derived',
        by: 'scripts/derive-alphabet.ts (Projektteam)',
        reference: `${DATASET_REFERENCE}${fileName}`,
        note: `Gelenkwinkel aus MediaPipe-Handpunkten; z-Skala ×${depth.k}; Spreizung relativ zum B derselben Aufnahme.`,
      },
    };
    HandshapeSchema.parse(handshape);
    return handshape;
  });

  const height = signingHeight(
    recordings,
    derived.map((d) => d.frame),
  );
  const symbols: ManualSymbolInput[] = derived.map((d) => ({
    symbol: d.recording.symbol,
    handshape: d.recording.id,
    palm: d.palm,
    fingers: d.fingers,
    ...(d.movement ? { movement: d.movement } : {}),
    duration: d.movement ? 0.7 : 0.4,
  }));
  // SCH: DGS has its own sign for the letter group; not in the recordings, so a project draft (see README).
  symbols.push({
    symbol: 'SCH',
    handshape: 'finger-2345-round',
    palm: 'towards',
    fingers: 'down',
    movement: { type: 'hold', size: 'small', repeat: 1 },
    duration: 0.5,
  });
  // CH: a letter of its own in the German-speaking manual alphabets, not in the recordings either.
  symbols.push({
    symbol: 'CH',
    handshape: 'fs-c',
    palm: 'right',
    fingers: 'up',
    movement: { type: 'hold', size: 'small', repeat: 1 },
    duration: 0.5,
    review: { status: 'draft' },
    notes:
      'Entwurf des Projektteams, Form unsicher: C-Hand, Handfläche zur dominanten Seite gedreht, wo das C zur ' +
      'anderen Seite zeigt (so beschreibt das DSGS-Handbuch, dsgs-handbuch.ch Kapitel 13, C und CH des ' +
      'deutschsprachigen Fingeralphabets). Für die DGS von Gebärdensprachkompetenten zu prüfen.',
  });
  const alphabet: ManualSystemInput = {
    kind: 'fingerspelling',
    location: {
      site: 'neutral',
      side: 'dominant',
      distance: 'medium',
      height: height >= 1 ? 'head' : height >= 0.3 ? 'shoulder' : height >= -0.5 ? 'chest' : 'stomach',
    },
    symbols,
    source: {
      kind: 'derived',
      by: 'scripts/derive-alphabet.ts (Projektteam)',
      reference: DATASET_REFERENCE,
      note:
        'A–Z, Ä, Ö, Ü, ß: Handformen, Handstellung und Bewegungsrichtung aus den Aufnahmen abgeleitet; Bewegungsart nach der DGS-Form. ' +
        'SCH ist ein Entwurf des Projektteams (gespreizte, gerundete Finger zeigen nach unten, Handfläche zum Körper), nicht abgeleitet und von Gebärdensprachkompetenten zu prüfen. ' +
        'CH ebenso (C-Hand, Handfläche zur dominanten Seite). ' +
        'Dauern sind Richtwerte (0,4 s je Buchstabe, 0,7 s mit Bewegung).',
    },
  };
  ManualSystemSchema.parse(alphabet);
  report.push(
    `palm-centre height ${height.toFixed(2)} (shoulders 0, nose 1) → location height ${alphabet.location.height}`,
    `sanity checks: ${Object.keys(CHECKS).length - failures.length} of ${Object.keys(CHECKS).length} ok`,
  );
  return { handshapes, alphabet, report, failures, depthScale: depth.k };
}

function shoulderWidth(r: Recording): number {
  const body = componentFrame(r.pose, BODY, Math.floor(r.pose.frames / 2)).points;
  return Math.hypot(body[11]![0] - body[12]![0], body[11]![1] - body[12]![1]);
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function main(): void {
  const datasetDir = process.argv[2] ?? process.env.DGS_FINGERSPELLING_POSES ?? DEFAULT_DATASET;
  if (!existsSync(join(datasetDir, 'index.csv'))) {
    console.error(`dataset not found: ${datasetDir} (pass the directory with index.csv and gsg/*.pose)`);
    process.exit(2);
  }
  const result = deriveAlphabet(datasetDir);
  for (const line of result.report) console.log(line);

  const handshapeDir = join(packageDir, 'handshapes');
  mkdirSync(handshapeDir, { recursive: true });
  for (const name of readdirSync(handshapeDir)) if (/^fs-[a-z]+\.json$/.test(name)) rmSync(join(handshapeDir, name));
  for (const h of result.handshapes) writeFileSync(join(handshapeDir, `${h.id}.json`), json(h));
  writeFileSync(join(packageDir, 'fingerspelling.json'), json(result.alphabet));
  console.log(
    `\nwrote ${result.handshapes.length} handshapes (gloss-dictionary/handshapes/fs-*.json) and gloss-dictionary/fingerspelling.json (${result.alphabet.symbols.length} symbols)`,
  );
  if (result.failures.length > 0) {
    console.log(`failed sanity checks:\n  ${result.failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

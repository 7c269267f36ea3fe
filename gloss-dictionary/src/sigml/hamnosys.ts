// The HamNoSys 4 symbols (by their SiGML names) that the lexicon's parameters map to, both ways. Where
// HamNoSys has a symbol for a parameter the mapping is the symbol's meaning; where it has none, a
// convention of this project, marked in HAMNOSYS_TABLE and in gloss-dictionary/README.md.
import { DIRECTIONS, type BODY_SITES } from '@bbs/protocol';

type Site = (typeof BODY_SITES)[number];

/**
 * Our handshapes as HamNoSys handshapes: a base form, then thumb and finger-bend modifiers, and for a single
 * finger other than the index the finger's symbol. The first id of a HamNoSys form is the one an import reads.
 */
export const HANDSHAPE_SYMBOLS: readonly (readonly [string, readonly string[]])[] = [
  ['fist', ['hamfist']],
  ['fist-thumb-out', ['hamfist', 'hamthumboutmod']],
  ['fist-thumb-beside', ['hamfist', 'hamthumbopenmod']],
  ['flat', ['hamflathand']],
  ['flat-thumb-across', ['hamflathand', 'hamthumbacrossmod']],
  ['flat-thumb-out', ['hamflathand', 'hamthumboutmod']],
  ['flat-thumb-opposed', ['hamflathand', 'hamthumbopenmod']],
  ['flat-bent', ['hamflathand', 'hamfingerbendmod']],
  ['flat-round', ['hamflathand', 'hamdoublebent']],
  ['finger-2', ['hamfinger2']],
  ['finger-2-bent', ['hamfinger2', 'hamfingerbendmod']],
  ['hook', ['hamfinger2', 'hamfingerhookmod']],
  ['finger-2-thumb-out', ['hamfinger2', 'hamthumboutmod']],
  ['finger-5', ['hamfinger2', 'hampinky']],
  ['finger-5-thumb-out', ['hamfinger2', 'hamthumboutmod', 'hampinky']],
  ['finger-23', ['hamfinger23']],
  ['finger-23-bent', ['hamfinger23', 'hamfingerbendmod']],
  ['finger-23-spread', ['hamfinger23spread']],
  ['finger-23-spread-hooked', ['hamfinger23spread', 'hamfingerhookmod']],
  ['finger-234', ['hamfinger23spread', 'hamringfinger']],
  ['finger-2345', ['hamfinger2345']],
  ['finger-2345-bent', ['hamfinger2345', 'hamfingerbendmod']],
  ['finger-2345-hooked', ['hamfinger2345', 'hamfingerhookmod']],
  ['finger-2345-round', ['hamfinger2345', 'hamdoublebent']],
  ['pinch', ['hampinchall']],
  ['pinch-12', ['hampinch12']],
  ['cee', ['hamceeall']],
  ['cee-12', ['hamcee12']],
  // How DGS counts: the same hands as above, read back as those.
  ['num-1', ['hamfist', 'hamthumboutmod']],
  ['num-2', ['hamfinger2', 'hamthumboutmod']],
  ['num-3', ['hamfinger23spread', 'hamthumboutmod']],
  ['num-4', ['hamfinger2345', 'hamthumbacrossmod']],
  ['num-5', ['hamfinger2345', 'hamthumboutmod']],
];

/**
 * The letter hands of the manual alphabet (derived from recordings) have no HamNoSys form of their own: they are
 * written as the nearest inventory hand, which is what an import reads back.
 */
export const LETTER_HANDSHAPES: Readonly<Record<string, string>> = {
  'fs-a': 'fist-thumb-beside',
  'fs-ae': 'fist-thumb-beside',
  'fs-b': 'flat-thumb-across',
  'fs-c': 'cee',
  'fs-d': 'finger-2',
  'fs-e': 'finger-2345-hooked',
  'fs-f': 'pinch-12',
  'fs-g': 'finger-2-thumb-out',
  'fs-h': 'finger-23',
  'fs-i': 'finger-5',
  'fs-j': 'finger-5',
  'fs-k': 'finger-23-spread',
  'fs-l': 'finger-2-thumb-out',
  'fs-m': 'fist',
  'fs-n': 'fist',
  'fs-o': 'pinch',
  'fs-oe': 'pinch',
  'fs-p': 'finger-23-spread',
  'fs-q': 'finger-2-thumb-out',
  'fs-r': 'finger-23',
  'fs-s': 'fist',
  'fs-sz': 'fist',
  'fs-t': 'fist-thumb-beside',
  'fs-u': 'finger-23',
  'fs-ue': 'finger-23',
  'fs-v': 'finger-23-spread',
  'fs-w': 'finger-234',
  'fs-x': 'hook',
  'fs-y': 'finger-5-thumb-out',
  'fs-z': 'finger-2',
};

/** The handshape an export writes for `id` and an import reads back (letters and numbers become base forms). */
export function canonicalHandshape(id: string): string {
  const letter = LETTER_HANDSHAPES[id];
  if (letter) return letter;
  const symbols = HANDSHAPE_SYMBOLS.find(([h]) => h === id)?.[1];
  if (!symbols) return id;
  return HANDSHAPE_SYMBOLS.find(([, s]) => s.join(' ') === symbols.join(' '))![0];
}

export const THUMB_AND_BEND_MODIFIERS = new Set([
  'hamthumboutmod',
  'hamthumbacrossmod',
  'hamthumbopenmod',
  'hamfingerstraightmod',
  'hamfingerbendmod',
  'hamfingerhookmod',
  'hamdoublebent',
  'hamdoublehooked',
]);
export const FINGER_SYMBOLS = new Set(['hamthumb', 'hamindexfinger', 'hammiddlefinger', 'hamringfinger', 'hampinky']);
export const HANDSHAPE_BASES = new Set([
  'hamfist',
  'hamflathand',
  'hamfinger2',
  'hamfinger23',
  'hamfinger23spread',
  'hamfinger2345',
  'hampinch12',
  'hampinchall',
  'hampinch12open',
  'hamcee12',
  'hamceeall',
  'hamceeopen',
]);

/** Body sites as HamNoSys locations. Neutral space is written as the height it is at (below). */
export const SITE_SYMBOLS: Readonly<Partial<Record<Site, readonly string[]>>> = {
  'head-top': ['hamheadtop'],
  forehead: ['hamforehead'],
  eyebrows: ['hameyebrows'],
  eyes: ['hameyes'],
  nose: ['hamnose'],
  cheek: ['hamcheek'],
  ear: ['hamear'],
  // HamNoSys has lips, tongue and teeth but no mouth as a whole: the teeth are its middle.
  mouth: ['hamteeth'],
  lips: ['hamlips'],
  chin: ['hamchin'],
  neck: ['hamneck'],
  shoulder: ['hamshouldertop'],
  chest: ['hamchest'],
  stomach: ['hamstomach'],
  belly: ['hambelowstomach'],
  hip: ['hamlrbeside', 'hambelowstomach'],
  'upper-arm': ['hamupperarm'],
  elbow: ['hamelbow'],
  forearm: ['hamlowerarm'],
  wrist: ['hamwristpulse'],
  palm: ['hampalm'],
  'back-of-hand': ['hamhandback'],
  fingers: ['hamfingertip'],
};

/**
 * Neutral space at a height: the body part it is in front of, without contact. In HamNoSys a location without a
 * contact symbol is in front of the body part; so chest, shoulders and stomach without contact read as neutral
 * space at that height.
 */
export const HEIGHT_SYMBOLS = {
  head: 'hamhead',
  shoulder: 'hamshoulders',
  chest: 'hamchest',
  stomach: 'hamstomach',
} as const;

export const DISTANCE_SYMBOLS = { contact: 'hamtouch', close: 'hamclose', far: 'hamarmextended' } as const;

/** HamNoSys direction letters: u(p), d(own), l(eft), r(ight), o(ut = away), i(n = towards). */
const LETTER_PARTS: Record<string, string> = { u: 'up', d: 'down', l: 'left', r: 'right', o: 'away', i: 'towards' };
/** The 18 directions HamNoSys writes with one symbol; the 8 diagonal corners are written as two (`hambetween`). */
export const DIRECTION_LETTERS = [
  'u',
  'ur',
  'r',
  'dr',
  'd',
  'dl',
  'l',
  'ul',
  'ol',
  'o',
  'or',
  'il',
  'i',
  'ir',
  'ui',
  'di',
  'do',
  'uo',
];

export const letterDirection = (letters: string): string => {
  const parts = [...letters].map((c) => LETTER_PARTS[c]!);
  // Our names list vertical, then horizontal, then depth.
  const order = ['up', 'down', 'left', 'right', 'away', 'towards'];
  return parts.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('-');
};

const DIRECTION_TO_LETTERS = new Map(DIRECTION_LETTERS.map((l) => [letterDirection(l), l] as const));

export type Vec = [number, number, number];
/** Signer's frame: x to the signer's right, y up, z towards the body. */
export function vec(direction: string): Vec {
  const v: Vec = [0, 0, 0];
  for (const p of direction.split('-')) {
    if (p === 'right') v[0] = 1;
    if (p === 'left') v[0] = -1;
    if (p === 'up') v[1] = 1;
    if (p === 'down') v[1] = -1;
    if (p === 'towards') v[2] = 1;
    if (p === 'away') v[2] = -1;
  }
  return v;
}
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Vec): Vec => {
  const n = Math.hypot(...a);
  return [a[0] / n, a[1] / n, a[2] / n];
};

/**
 * A direction as HamNoSys direction letters: one group (`ul`), or for a corner of the cube two groups to be
 * joined by `hambetween` (`ul`, `uo` for up-left-away).
 */
export function directionLetters(direction: string): string[] {
  const one = DIRECTION_TO_LETTERS.get(direction);
  if (one) return [one];
  const [v, h, d] = direction.split('-');
  return [DIRECTION_TO_LETTERS.get(`${v}-${h}`)!, DIRECTION_TO_LETTERS.get(`${v}-${d}`)!];
}

/** The nearest of the 26 directions to a vector. */
export function nearestDirection(v: Vec, among: readonly string[] = DIRECTIONS): string {
  const u = norm(v);
  let best = among[0]!;
  let score = -Infinity;
  for (const d of among) {
    const s = dot(u, norm(vec(d)));
    if (s > score + 1e-9) {
      best = d;
      score = s;
    }
  }
  return best;
}

/** A direction from letter groups: one group, or the middle of two (`hambetween`), snapped to the 26. */
export function lettersDirection(groups: readonly string[]): string {
  if (groups.length === 1) return letterDirection(groups[0]!);
  const sum = groups
    .map((g) => norm(vec(letterDirection(g))))
    .reduce<Vec>((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0]);
  return nearestDirection(sum);
}

/**
 * Palm orientation is relative to the extended-finger direction in HamNoSys: eight symbols around the finger
 * axis, read as seen looking along the fingers with „up“ above. For fingers pointing straight up „up“ is
 * towards the body (palm `u` with fingers `u`: the back of the hand to the onlooker), for fingers pointing
 * straight down it is away from the body, so that left and right stay the signer's left and right.
 */
export const PALM_LETTERS = ['u', 'ur', 'r', 'dr', 'd', 'dl', 'l', 'ul'] as const;

function palmBasis(fingers: string): { up: Vec; right: Vec; axis: Vec } {
  const axis = norm(vec(fingers));
  let up: Vec;
  if (Math.abs(axis[0]) < 1e-9 && Math.abs(axis[2]) < 1e-9) up = axis[1] > 0 ? [0, 0, 1] : [0, 0, -1];
  else {
    const k = axis[1];
    up = norm([-k * axis[0], 1 - k * axis[1], -k * axis[2]]);
  }
  return { up, right: cross(axis, up), axis };
}

/** The palm symbol's letters for a palm direction, given the finger direction. */
export function palmLetters(palm: string, fingers: string): string {
  const { up, right } = palmBasis(fingers);
  const p = vec(palm);
  const angle = (Math.atan2(dot(p, right), dot(p, up)) * 180) / Math.PI;
  const step = ((Math.round(angle / 45) % 8) + 8) % 8;
  return PALM_LETTERS[step]!;
}

/**
 * The palm direction a palm symbol stands for, given the finger direction: of the 26 directions at right angles
 * to the fingers, the one nearest to the symbol's angle (for fingers in a diagonal the 26 are not evenly spread).
 */
export function palmDirection(letters: string, fingers: string): string {
  const { up, right, axis } = palmBasis(fingers);
  const step = PALM_LETTERS.indexOf(letters as (typeof PALM_LETTERS)[number]);
  const target = (step * Math.PI) / 4;
  const candidates = DIRECTIONS.filter((d) => Math.abs(dot(vec(d), vec(fingers))) < 1e-9);
  let best = candidates[0] ?? nearestDirection(axis);
  let gap = Infinity;
  for (const d of candidates) {
    const p = vec(d);
    const angle = Math.atan2(dot(p, right), dot(p, up));
    const diff = Math.abs(Math.atan2(Math.sin(angle - target), Math.cos(angle - target)));
    if (diff < gap - 1e-9) {
      best = d;
      gap = diff;
    }
  }
  return best;
}

/** Movement types without a direction of their own. */
export const MOVEMENT_SYMBOLS = { wiggle: 'hamfingerplay', twist: 'hamtwisting', nod: 'hamnodding' } as const;
/** The plane of an arc or circle. HamNoSys names a circle by its axis and an arc by its bulge; see README. */
export const CIRCLE_PLANES = { vertical: 'hamcircleo', horizontal: 'hamcircleu', sagittal: 'hamcircler' } as const;
export const ARC_PLANES = { vertical: 'hamarcu', horizontal: 'hamarcl', sagittal: 'hamarcr' } as const;
export const ARC_WITHOUT_PLANE = 'hamarcd';
export const CIRCLE_WITHOUT_PLANE = 'hamcirclel';

/** Non-manual features as SiGML `hamnosys_nonmanual` elements (tag values as in SiGML). */
export const NON_MANUAL_TAGS = {
  headshake: ['hnm_head', 'SH'],
  nod: ['hnm_head', 'NO'],
  'head-tilt': ['hnm_head', 'TL'],
  'brows-raised': ['hnm_eyebrows', 'RB'],
  'brows-furrowed': ['hnm_eyebrows', 'FU'],
  'eyes-squint': ['hnm_eyelids', 'SB'],
  'cheeks-puffed': ['hnm_cheeks', 'CP'],
  'mouth-pressed': ['hnm_mouthgesture', 'L09'],
} as const;

/** Every HamNoSys 4 symbol name; a name outside this list is no HamNoSys symbol at all. */
export const HAMNOSYS_SYMBOLS: ReadonlySet<string> = new Set(
  (
    'hamfist hamflathand hamfinger2 hamfinger23 hamfinger23spread hamfinger2345 hampinch12 hampinchall hampinch12open ' +
    'hamcee12 hamceeall hamceeopen hamthumboutmod hamthumbacrossmod hamthumbopenmod hamfingerstraightmod ' +
    'hamfingerbendmod hamfingerhookmod hamdoublebent hamdoublehooked ' +
    DIRECTION_LETTERS.map((l) => `hamextfinger${l} hammove${l}`).join(' ') +
    ' ' +
    PALM_LETTERS.map((l) => `hampalm${l}`).join(' ') +
    ' hamhead hamheadtop hamforehead hameyebrows hameyes hamnose hamnostrils hamear hamearlobe hamcheek hamlips ' +
    'hamtongue hamteeth hamchin hamunderchin hamneck hamshouldertop hamshoulders hamchest hamstomach ' +
    'hambelowstomach hamlrbeside hamlrat hamcoreftag hamcorefref hamneutralspace hamupperarm hamelbow ' +
    'hamelbowinside hamlowerarm hamwristback hamwristpulse hamthumbball hampalm hamhandback hamthumbside ' +
    'hampinkyside hamthumb hamindexfinger hammiddlefinger hamringfinger hampinky hamfingertip hamfingernail ' +
    'hamfingerpad hamfingermidjoint hamfingerbase hamfingerside hamwristtopulse hamwristtoback hamwristtothumb ' +
    'hamwristtopinky hamcircleo hamcirclei hamcircled hamcircleu hamcirclel hamcircler hamcircleul hamcircledr ' +
    'hamcircleur hamcircledl hamcircleol hamcircleir hamcircleor hamcircleil hamcircleui hamcircledo hamcircleuo ' +
    'hamcircledi hamfingerplay hamnodding hamswinging hamtwisting hamstircw hamstirccw hamreplace hammovecross ' +
    'hammoveX hamnomotion hamclocku hamclockul hamclockl hamclockdl hamclockd hamclockdr hamclockr hamclockur ' +
    'hamclockfull hamarcl hamarcu hamarcr hamarcd hamwavy hamzigzag hamellipseh hamellipseur hamellipsev ' +
    'hamellipseul hamincreasing hamdecreasing hamsmallmod hamlargemod hamfast hamslow hamtense hamrest hamhalt ' +
    'hamclose hamtouch haminterlock hamcross hamarmextended hambehind hambrushing hamrepeatfromstart ' +
    'hamrepeatfromstartseveral hamrepeatcontinue hamrepeatcontinueseveral hamrepeatreverse hamalternatingmotion ' +
    'hamseqbegin hamseqend hamparbegin hamparend hamfusionbegin hamfusionend hambetween hamplus hamsymmpar ' +
    'hamsymmlr hamnondominant hamnonipsi hametc hamorirelative hammime hamversion40'
  ).split(/\s+/),
);

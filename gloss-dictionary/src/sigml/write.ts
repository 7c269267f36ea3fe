// Sign entries → SiGML: each sign one `hns_sign` with its non-manual features and mouthing and its manual form
// as HamNoSys symbol names. Segments after the first follow `hamreplace` (the hand changes to the next posture);
// a compound is written as the segments of its parts. The symbols are those of ./hamnosys.ts.
import {
  resolveSegments,
  type HandConfiguration,
  type SignEntry,
  type SignLocation,
  type SignLookup,
} from '@bbs/protocol';
import type { SignMovement, SignSegment } from '@bbs/protocol';
import {
  ARC_PLANES,
  ARC_WITHOUT_PLANE,
  canonicalHandshape,
  CIRCLE_PLANES,
  CIRCLE_WITHOUT_PLANE,
  directionLetters,
  DISTANCE_SYMBOLS,
  HANDSHAPE_SYMBOLS,
  HEIGHT_SYMBOLS,
  MOVEMENT_SYMBOLS,
  NON_MANUAL_TAGS,
  palmLetters,
  SITE_SYMBOLS,
} from './hamnosys.js';
import { SigmlError } from './errors.js';

const mirror = (direction: string): string =>
  direction.replace(/left|right/g, (side) => (side === 'left' ? 'right' : 'left'));
const mirrorSide = (side: SignLocation['side'] | undefined) =>
  side === 'dominant' ? 'nondominant' : side === 'nondominant' ? 'dominant' : (side ?? 'centre');

/** Whether the second hand is the first one mirrored, so that `hamsymmlr` and one hand describe both. */
function mirrored(a: HandConfiguration, b: HandConfiguration | undefined): boolean {
  if (!b) return false;
  const la = a.location;
  const lb = b.location;
  return (
    canonicalHandshape(a.handshape) === canonicalHandshape(b.handshape) &&
    mirror(a.palm) === b.palm &&
    mirror(a.fingers) === b.fingers &&
    la.site === lb.site &&
    mirrorSide(la.side) === (lb.side ?? 'centre') &&
    (la.distance ?? 'medium') === (lb.distance ?? 'medium') &&
    (la.height ?? 'chest') === (lb.height ?? 'chest')
  );
}

const directionSymbols = (prefix: string, direction: string): string[] => {
  const [a, b] = directionLetters(direction);
  return b ? [`${prefix}${a}`, 'hambetween', `${prefix}${b}`] : [`${prefix}${a}`];
};

function handSymbols(h: HandConfiguration, sign: string): string[] {
  const id = canonicalHandshape(h.handshape);
  const shape = HANDSHAPE_SYMBOLS.find(([hs]) => hs === id)?.[1];
  if (!shape)
    throw new SigmlError('UNSUPPORTED_HANDSHAPE', `Die Handform „${h.handshape}“ hat keine HamNoSys-Form.`, { sign });
  return [...shape, ...directionSymbols('hamextfinger', h.fingers), `hampalm${palmLetters(h.palm, h.fingers)}`];
}

function locationSymbols(l: SignLocation, sign: string): string[] {
  const site =
    l.site === 'neutral' ? [HEIGHT_SYMBOLS[l.height ?? 'chest']] : SITE_SYMBOLS[l.site as keyof typeof SITE_SYMBOLS];
  if (!site) throw new SigmlError('UNSUPPORTED_LOCATION', `Der Ort „${l.site}“ hat keine HamNoSys-Form.`, { sign });
  const distance = l.distance && l.distance !== 'medium' ? [DISTANCE_SYMBOLS[l.distance]] : [];
  // A bar before the location is its left (our non-dominant) side, after it the right (dominant) side.
  if (l.side === 'nondominant') return ['hamlrat', ...site, ...distance];
  if (l.side === 'dominant') return [...site, 'hamlrat', ...distance];
  return [...site, ...distance];
}

const repeatSymbols = (m: SignMovement): string[] => {
  const n = m.repeat ?? 1;
  if (m.type === 'repeat') {
    return n <= 2
      ? ['hamrepeatcontinue']
      : n === 3
        ? ['hamrepeatcontinueseveral']
        : ['hamrepeatcontinueseveral', 'hamrepeatcontinue'];
  }
  if (n <= 1) return [];
  return n === 2
    ? ['hamrepeatfromstart']
    : n === 3
      ? ['hamrepeatfromstartseveral']
      : ['hamrepeatfromstartseveral', 'hamrepeatfromstart'];
};

function movementSymbols(m: SignMovement, sign: string): string[] {
  const size = m.size === 'small' ? ['hamsmallmod'] : m.size === 'large' ? ['hamlargemod'] : [];
  const path = m.direction ? directionSymbols('hammove', m.direction) : [];
  let core: string[];
  switch (m.type) {
    case 'none':
    case 'hold':
      return m.end ? locationSymbols(m.end, sign) : [];
    case 'directed':
    case 'repeat':
      core = path.length > 0 ? path : ['hammoveo'];
      break;
    case 'arc':
      core = [...(path.length > 0 ? path : ['hammoveo']), m.plane ? ARC_PLANES[m.plane] : ARC_WITHOUT_PLANE];
      break;
    case 'circle':
      core = [m.plane ? CIRCLE_PLANES[m.plane] : CIRCLE_WITHOUT_PLANE];
      break;
    default:
      core = [...path, MOVEMENT_SYMBOLS[m.type]];
  }
  return [...core, ...size, ...repeatSymbols(m), ...(m.end ? locationSymbols(m.end, sign) : [])];
}

/** One segment's manual HamNoSys. */
export function segmentSymbols(s: SignSegment, sign: string): string[] {
  const alternating = s.hands === 'two-alternating' ? ['hamalternatingmotion'] : [];
  const motion = [...movementSymbols(s.movement, sign), ...alternating];
  if (s.hands === 'one')
    return [...handSymbols(s.dominant, sign), ...locationSymbols(s.dominant.location, sign), ...motion];
  if (s.hands !== 'dominant-on-base' && mirrored(s.dominant, s.nondominant)) {
    return ['hamsymmlr', ...handSymbols(s.dominant, sign), ...locationSymbols(s.dominant.location, sign), ...motion];
  }
  const nd = s.nondominant!;
  return [
    ...(s.hands === 'dominant-on-base' ? [] : ['hamsymmpar']),
    'hamparbegin',
    ...handSymbols(s.dominant, sign),
    'hamplus',
    ...handSymbols(nd, sign),
    'hamparend',
    'hamparbegin',
    ...locationSymbols(s.dominant.location, sign),
    'hamplus',
    ...locationSymbols(nd.location, sign),
    'hamparend',
    ...motion,
  ];
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The sign's mouthing and non-manual features (of the sign and its segments) as `hamnosys_nonmanual` lines. */
function nonManualLines(entry: SignEntry, segments: readonly SignSegment[]): string[] {
  const marks = [...new Set([...entry.nonManuals, ...segments.flatMap((s) => s.nonManuals ?? [])])];
  const mouthing = entry.mouthing ?? entry.lemmas[0]?.lemma;
  return [
    ...(mouthing ? [`<hnm_mouthpicture picture="${escapeXml(mouthing)}"/>`] : []),
    ...marks.map((m) => {
      const [element, tag] = NON_MANUAL_TAGS[m];
      return `<${element} tag="${tag}"/>`;
    }),
  ];
}

/** One sign as an `hns_sign` element. Compounds need `lookup` for their parts. */
export function signToSigml(entry: SignEntry, lookup: SignLookup = () => undefined): string {
  const segments = resolveSegments(entry, lookup);
  const manual = segments.flatMap((s, i) => [...(i > 0 ? ['hamreplace'] : []), ...segmentSymbols(s, entry.id)]);
  const lines = [
    `<hns_sign gloss="${escapeXml(entry.id)}">`,
    '<hamnosys_nonmanual>',
    ...nonManualLines(entry, segments),
    '</hamnosys_nonmanual>',
    '<hamnosys_manual>',
    manual.map((s) => `<${s}/>`).join(''),
    '</hamnosys_manual>',
    '</hns_sign>',
  ];
  return lines.join('\n');
}

/** A SiGML document with the signs in order. */
export function writeSigml(entries: readonly SignEntry[], lookup: SignLookup = () => undefined): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sigml>',
    ...entries.map((e) => signToSigml(e, lookup)),
    '</sigml>',
    '',
  ].join('\n');
}

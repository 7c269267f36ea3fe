import { ownSegments, segmentForm } from '@bbs/protocol';
import type { HandConfiguration, SignEntry, SignSegment, Timeline } from '@bbs/protocol';
import { germanDate } from './labels.js';

/** A handshape held in neutral space, laid out like one fingerspelled letter, then a short pause. */
export function handshapeTimeline(id: string, hold = 2): Timeline {
  return {
    duration: hold + 0.4,
    speed: 1,
    items: [
      {
        gloss: id,
        kind: 'fingerspell',
        start: 0,
        duration: hold,
        hands: {
          dominant: {
            handshape: id,
            location: { site: 'neutral', side: 'dominant', distance: 'medium' },
            palm: 'away',
            fingers: 'up',
          },
        },
      },
      { gloss: '.', kind: 'pause', start: hold, duration: 0.4, hands: {} },
    ],
    nonManuals: [],
  };
}

/** How a review state reads in the gallery. */
export function reviewLabel(review: SignEntry['review']): string {
  return review.status === 'draft'
    ? 'Entwurf – nicht geprüft'
    : `Geprüft von ${review.reviewer} am ${germanDate(review.date)}`;
}

export type ReviewFilter = 'all' | SignEntry['review']['status'];

/** The search box matches the gloss id and the lemmas, ignoring case. */
export function matchesSign(sign: SignEntry, query: string, review: ReviewFilter): boolean {
  if (review !== 'all' && sign.review.status !== review) return false;
  const q = query.trim().toLocaleLowerCase('de');
  if (!q) return true;
  return [sign.id, ...sign.lemmas.map((l) => l.lemma)].some((s) => s.toLocaleLowerCase('de').includes(q));
}

/**
 * A corrected sign as the avatar signs it, before it is saved: the service's timeline of the sign as it
 * stands, with each segment's hands and movement taken from the corrected entry (the k-th item of the sign is
 * its k-th segment). The timing stays as compiled (the correction form changes no duration, repetition count or
 * number of segments). An unsaved correction is nobody's approved form: it carries the draft mark.
 */
export function correctedTimeline(base: Timeline, entry: SignEntry): Timeline {
  const segments = ownSegments(entry);
  let k = 0;
  return {
    ...base,
    items: base.items.map((item) => {
      if (item.kind !== 'lexical' || item.gloss.replace(/\+$/, '') !== entry.id) return item;
      const segment = segments[Math.min(k++, segments.length - 1)];
      if (!segment) return item;
      return {
        ...item,
        ...segmentForm(segment, item.movement?.repeat ?? segment.movement.repeat ?? 1),
        review: 'draft' as const,
      };
    }),
  };
}

/** The entry with one of its own segments replaced (a one-segment entry keeps its old shape). */
export function withSegment(entry: SignEntry, index: number, segment: SignSegment): SignEntry {
  if (entry.segments) return { ...entry, segments: entry.segments.map((s, i) => (i === index ? segment : s)) };
  const { nondominant: _old, ...rest } = entry;
  return {
    ...rest,
    hands: segment.hands,
    dominant: segment.dominant,
    ...(segment.nondominant ? { nondominant: segment.nondominant } : {}),
    movement: segment.movement,
  };
}

/** The parameters the gallery's correction form changes. */
export type CorrectionField = 'handshape' | 'site' | 'palm' | 'fingers' | 'movement' | 'direction' | 'size';

export const CORRECTION_LABELS: Record<CorrectionField, string> = {
  handshape: 'Handform',
  site: 'Ort',
  palm: 'Handflächenorientierung',
  fingers: 'Fingerrichtung',
  movement: 'Bewegung',
  direction: 'Bewegungsrichtung',
  size: 'Bewegungsgröße',
};

export const CORRECTION_FIELDS = Object.keys(CORRECTION_LABELS) as CorrectionField[];

/** A field's value in a segment of an entry (the first by default); `''` for a movement without direction. */
export function correctionValue(entry: SignEntry, field: CorrectionField, index = 0): string {
  const segment = ownSegments(entry)[index];
  if (!segment) return '';
  switch (field) {
    case 'handshape':
      return segment.dominant.handshape;
    case 'site':
      return segment.dominant.location.site;
    case 'palm':
      return segment.dominant.palm;
    case 'fingers':
      return segment.dominant.fingers;
    case 'movement':
      return segment.movement.type;
    case 'direction':
      return segment.movement.direction ?? '';
    case 'size':
      // The bundled copy (shown until the service answers) may leave the default out.
      return segment.movement.size ?? 'medium';
  }
}

/** Left and right swapped: the other hand of a symmetric sign. */
export function mirrorDirection(direction: string): string {
  return direction
    .split('-')
    .map((p) => (p === 'left' ? 'right' : p === 'right' ? 'left' : p))
    .join('-');
}

/**
 * The entry with one parameter of one segment changed (the first by default). The form edits the dominant
 * hand; in a symmetric or alternating two-handed segment the other hand follows where it mirrored the dominant
 * one (same handshape and site, mirrored palm and finger directions). The base hand of `dominant-on-base`
 * segments stays as it is. A compound (`sequence`) has no segments of its own: it is returned unchanged.
 */
export function correctSign(entry: SignEntry, field: CorrectionField, value: string, index = 0): SignEntry {
  const segment = ownSegments(entry)[index];
  if (!segment) return entry;
  return withSegment(entry, index, correctSegment(segment, field, value));
}

function correctSegment(segment: SignSegment, field: CorrectionField, value: string): SignSegment {
  const d = segment.dominant;
  const nd = segment.nondominant;
  const follows = segment.hands === 'two-symmetric' || segment.hands === 'two-alternating';
  const withHands = (dominant: HandConfiguration, other: (nd: HandConfiguration) => HandConfiguration | null) => {
    const next = follows && nd ? other(nd) : null;
    return { ...segment, dominant, ...(next ? { nondominant: next } : {}) };
  };
  switch (field) {
    case 'handshape':
      return withHands({ ...d, handshape: value }, (h) =>
        h.handshape === d.handshape ? { ...h, handshape: value } : null,
      );
    case 'site':
      return withHands(
        { ...d, location: { ...d.location, site: value as HandConfiguration['location']['site'] } },
        (h) =>
          h.location.site === d.location.site
            ? { ...h, location: { ...h.location, site: value as HandConfiguration['location']['site'] } }
            : null,
      );
    case 'palm':
      return withHands({ ...d, palm: value }, (h) =>
        h.palm === mirrorDirection(d.palm) ? { ...h, palm: mirrorDirection(value) } : null,
      );
    case 'fingers':
      return withHands({ ...d, fingers: value }, (h) =>
        h.fingers === mirrorDirection(d.fingers) ? { ...h, fingers: mirrorDirection(value) } : null,
      );
    case 'movement':
      return { ...segment, movement: { ...segment.movement, type: value as SignSegment['movement']['type'] } };
    case 'direction': {
      const { direction: _old, ...movement } = segment.movement;
      return { ...segment, movement: value ? { ...movement, direction: value } : movement };
    }
    case 'size':
      return { ...segment, movement: { ...segment.movement, size: value as SignSegment['movement']['size'] } };
  }
}

/** What a correction changes, segment by segment and field by field, for the summary beside the form. */
export function correctionChanges(
  before: SignEntry,
  after: SignEntry,
): { segment: number; field: CorrectionField; from: string; to: string }[] {
  const count = Math.max(ownSegments(before).length, ownSegments(after).length);
  return Array.from({ length: count }, (_, segment) =>
    CORRECTION_FIELDS.map((field) => ({
      segment,
      field,
      from: correctionValue(before, field, segment),
      to: correctionValue(after, field, segment),
    })),
  )
    .flat()
    .filter((c) => c.from !== c.to);
}

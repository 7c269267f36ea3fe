import { signForm } from '@bbs/protocol';
import type { HandConfiguration, SignEntry, Timeline } from '@bbs/protocol';
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
 * stands, with the sign's hands and movement taken from the corrected entry. The timing stays as compiled
 * (the correction form changes no duration or repetition count). An unsaved correction is nobody's
 * approved form: it carries the draft mark.
 */
export function correctedTimeline(base: Timeline, entry: SignEntry): Timeline {
  return {
    ...base,
    items: base.items.map((item) => {
      if (item.kind !== 'lexical' || item.gloss.replace(/\+$/, '') !== entry.id) return item;
      return {
        ...item,
        ...signForm(entry, item.movement?.repeat ?? entry.movement.repeat ?? 1),
        review: 'draft' as const,
      };
    }),
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

/** A field's value in an entry; `''` for a movement without direction. */
export function correctionValue(entry: SignEntry, field: CorrectionField): string {
  switch (field) {
    case 'handshape':
      return entry.dominant.handshape;
    case 'site':
      return entry.dominant.location.site;
    case 'palm':
      return entry.dominant.palm;
    case 'fingers':
      return entry.dominant.fingers;
    case 'movement':
      return entry.movement.type;
    case 'direction':
      return entry.movement.direction ?? '';
    case 'size':
      // The bundled copy (shown until the service answers) may leave the default out.
      return entry.movement.size ?? 'medium';
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
 * The entry with one parameter changed. The form edits the dominant hand; in a symmetric or alternating
 * two-handed sign the other hand follows where it mirrored the dominant one (same handshape and site,
 * mirrored palm and finger directions). The base hand of `dominant-on-base` signs stays as it is.
 */
export function correctSign(entry: SignEntry, field: CorrectionField, value: string): SignEntry {
  const d = entry.dominant;
  const nd = entry.nondominant;
  const follows = entry.hands === 'two-symmetric' || entry.hands === 'two-alternating';
  const withHands = (dominant: HandConfiguration, other: (nd: HandConfiguration) => HandConfiguration | null) => {
    const next = follows && nd ? other(nd) : null;
    return { ...entry, dominant, ...(next ? { nondominant: next } : {}) };
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
      return { ...entry, movement: { ...entry.movement, type: value as SignEntry['movement']['type'] } };
    case 'direction': {
      const { direction: _old, ...movement } = entry.movement;
      return { ...entry, movement: value ? { ...movement, direction: value } : movement };
    }
    case 'size':
      return { ...entry, movement: { ...entry.movement, size: value as SignEntry['movement']['size'] } };
  }
}

/** What a correction changes, field by field, for the summary beside the form. */
export function correctionChanges(
  before: SignEntry,
  after: SignEntry,
): { field: CorrectionField; from: string; to: string }[] {
  return CORRECTION_FIELDS.map((field) => ({
    field,
    from: correctionValue(before, field),
    to: correctionValue(after, field),
  })).filter((c) => c.from !== c.to);
}

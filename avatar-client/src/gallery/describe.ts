import { ownSegments, type Handshape, type SignEntry, type SignLocation, type SignSegment } from '@bbs/protocol';
import { directionLabel, MOVEMENT_LABELS, SITE_LABELS, SIZE_LABELS } from './labels.js';

// The new fields of a sign in words, for reviewers who read German rather than the JSON: segments, compounds,
// regional variants, agreement loci and documented homonyms.

const HANDS: Record<SignSegment['hands'], string> = {
  one: 'eine Hand',
  'two-symmetric': 'zwei Hände, symmetrisch',
  'two-alternating': 'zwei Hände, abwechselnd',
  'dominant-on-base': 'dominante Hand an der anderen Hand',
};

const HEIGHTS: Record<NonNullable<SignLocation['height']>, string> = {
  head: 'Kopfhöhe',
  shoulder: 'Schulterhöhe',
  chest: 'Brusthöhe',
  stomach: 'Bauchhöhe',
};

const DISTANCES: Record<NonNullable<SignLocation['distance']>, string> = {
  contact: 'mit Kontakt',
  close: 'nah',
  medium: '',
  far: 'weit vorn',
};

const ROLES = { subject: 'Subjekts', object: 'Objekts' } as const;

function place(l: SignLocation): string {
  const site = l.site === 'neutral' ? `Gebärdenraum, ${HEIGHTS[l.height ?? 'chest']}` : SITE_LABELS[l.site];
  const side = l.side === 'dominant' ? 'dominante Seite' : l.side === 'nondominant' ? 'andere Seite' : '';
  return [site, side, DISTANCES[l.distance ?? 'medium']].filter(Boolean).join(', ');
}

/** One segment in a sentence: hands, handshape, orientation, place and movement. */
export function segmentText(s: SignSegment, handshapes: readonly Handshape[]): string {
  const shape = (id: string) => `${handshapes.find((h) => h.id === id)?.name ?? id} (${id})`;
  const hand = `${shape(s.dominant.handshape)}, Handfläche ${directionLabel(s.dominant.palm)}, Finger ${directionLabel(
    s.dominant.fingers,
  )}, Ort: ${place(s.dominant.location)}`;
  const other = s.nondominant
    ? `; andere Hand: ${shape(s.nondominant.handshape)}, Handfläche ${directionLabel(s.nondominant.palm)}, Ort: ${place(
        s.nondominant.location,
      )}`
    : '';
  const m = s.movement;
  const movement = [
    MOVEMENT_LABELS[m.type],
    m.direction ? `Richtung: ${directionLabel(m.direction)}` : '',
    m.size && m.size !== 'medium' ? SIZE_LABELS[m.size] : '',
    (m.repeat ?? 1) > 1 ? `${m.repeat}-mal` : '',
    m.end ? `bis ${place(m.end)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const extra = [
    s.mouthing ? `Mundbild „${s.mouthing}“` : '',
    s.nonManuals?.length ? `Mimik: ${s.nonManuals.join(', ')}` : '',
  ].filter(Boolean);
  return `${HANDS[s.hands]}: ${hand}${other}. Bewegung: ${movement}.${extra.length ? ` ${extra.join('; ')}.` : ''}`;
}

export interface FormDescription {
  /** How the form is given, e.g. „2 Segmente (Handformwechsel oder Folge)“. */
  kind: string;
  segments: string[];
  sequence?: string;
  variants: string[];
  agreement?: string;
  homonyms: string[];
}

/** Everything the gallery says about a sign's form. */
export function describeForm(sign: SignEntry, handshapes: readonly Handshape[]): FormDescription {
  const segments = ownSegments(sign);
  return {
    kind: sign.sequence
      ? 'Zusammensetzung aus anderen Gebärden'
      : segments.length > 1
        ? `${segments.length} Segmente nacheinander`
        : 'ein Segment',
    segments: segments.map((s) => segmentText(s, handshapes)),
    ...(sign.sequence ? { sequence: sign.sequence.join(' + ') } : {}),
    variants: (sign.variants ?? []).map(
      (v) =>
        `${v.region}: ${v.sequence ? `aus ${v.sequence.join(' + ')}` : `${v.segments!.length} Segment${v.segments!.length > 1 ? 'e' : ''}`}${
          v.notes ? ` (${v.notes})` : ''
        }`,
    ),
    ...(sign.agreement
      ? {
          agreement: `Richtungsverb: beginnt am Ort des ${ROLES[sign.agreement.start]}, endet am Ort des ${ROLES[sign.agreement.end]}.`,
        }
      : {}),
    homonyms: (sign.homonyms ?? []).map((h) => `${h.sign}: ${h.reason}`),
  };
}

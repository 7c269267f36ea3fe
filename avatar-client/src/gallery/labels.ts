import { BODY_SITES, DIRECTIONS, MovementTypeSchema, type SignMovement } from '@bbs/protocol';

// German names of the lexicon's parameter values (protocol: SignEntry). The code stays beside the name in
// the options, so reviewers who know the notation find it again.

export type BodySite = (typeof BODY_SITES)[number];
export type MovementType = SignMovement['type'];
export type MovementSize = SignMovement['size'];

export const SITE_LABELS: Record<BodySite, string> = {
  neutral: 'Gebärdenraum vor dem Körper',
  'head-top': 'Scheitel',
  forehead: 'Stirn',
  eyebrows: 'Augenbrauen',
  eyes: 'Augen',
  nose: 'Nase',
  cheek: 'Wange',
  ear: 'Ohr',
  mouth: 'Mund',
  lips: 'Lippen',
  chin: 'Kinn',
  neck: 'Hals',
  shoulder: 'Schulter',
  chest: 'Brust',
  stomach: 'Oberbauch',
  belly: 'Bauch',
  hip: 'Hüfte',
  'upper-arm': 'Oberarm',
  elbow: 'Ellbogen',
  forearm: 'Unterarm',
  wrist: 'Handgelenk',
  palm: 'Handfläche der anderen Hand',
  'back-of-hand': 'Handrücken der anderen Hand',
  fingers: 'Finger der anderen Hand',
};

const DIRECTION_PARTS: Record<string, string> = {
  up: 'oben',
  down: 'unten',
  left: 'links',
  right: 'rechts',
  away: 'vom Körper weg',
  towards: 'zum Körper',
};

/** `up-left-away` → „oben, links, vom Körper weg“ (left and right as the signer sees them). */
export function directionLabel(direction: string): string {
  return direction
    .split('-')
    .map((p) => DIRECTION_PARTS[p] ?? p)
    .join(', ');
}

export const MOVEMENT_LABELS: Record<MovementType, string> = {
  none: 'keine Bewegung',
  hold: 'halten',
  directed: 'gerade Bewegung',
  arc: 'Bogen',
  circle: 'Kreis',
  repeat: 'wiederholte kurze Bewegung',
  wiggle: 'Finger spielen',
  twist: 'Hand dreht (Unterarm)',
  nod: 'Hand nickt (Handgelenk)',
};

export const SIZE_LABELS: Record<MovementSize, string> = { small: 'klein', medium: 'mittel', large: 'groß' };

export const SITES: readonly BodySite[] = BODY_SITES;
export const MOVEMENT_TYPES: readonly MovementType[] = MovementTypeSchema.options;
export const SIZES: readonly MovementSize[] = ['small', 'medium', 'large'];
export { DIRECTIONS };

/** An ISO date (2025-03-07) as Germans write it (07.03.2025); anything else as it is. */
export function germanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

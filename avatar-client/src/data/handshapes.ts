import type { Handshape } from '@bbs/protocol';
import type { HandJoints } from '../player/handshape.js';

// The handshape inventory, bundled at build time from gloss-dictionary/handshapes (63 small JSON files).
const files = import.meta.glob<Handshape>('../../../gloss-dictionary/handshapes/*.json', { eager: true, import: 'default' });

export const HANDSHAPES: ReadonlyMap<string, HandJoints> = new Map(
  Object.values(files).map((shape) => [shape.id, shape.joints] as const),
);

/** The inventory as a list for the gallery, sorted by id. */
export const HANDSHAPE_LIST: readonly Handshape[] = Object.values(files).sort((a, b) => a.id.localeCompare(b.id));

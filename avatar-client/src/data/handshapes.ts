import type { Handshape } from '@bbs/protocol';
import type { HandJoints } from '../player/handshape.js';

// The handshape inventory, bundled at build time from gloss-dictionary/handshapes (63 small JSON files).
const files = import.meta.glob<Handshape>('../../../gloss-dictionary/handshapes/*.json', { eager: true, import: 'default' });

export const HANDSHAPES: ReadonlyMap<string, HandJoints> = new Map(
  Object.values(files).map((shape) => [shape.id, shape.joints] as const),
);

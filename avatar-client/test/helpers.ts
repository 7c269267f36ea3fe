import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HandshapeSchema, type Timeline, type TimelineItem } from '@bbs/protocol';
import type { HandJoints } from '../src/player/handshape.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const handshapeDir = join(repoRoot, 'gloss-dictionary', 'handshapes');

/** The real handshape inventory, validated with the protocol's schema. */
export function loadHandshapes(): Map<string, HandJoints> {
  const map = new Map<string, HandJoints>();
  for (const file of readdirSync(handshapeDir).filter((f) => f.endsWith('.json'))) {
    const shape = HandshapeSchema.parse(JSON.parse(readFileSync(join(handshapeDir, file), 'utf8')));
    map.set(shape.id, shape.joints);
  }
  return map;
}

/** Two fingerspelled letters as the service's compiler lays them out (location and orientation from
 * gloss-dictionary/fingerspelling.json), then a sentence-final pause. */
export function letterTimeline(speed = 1, hold = 0.6): Timeline {
  const letter = (gloss: string, handshape: string, palm: string, fingers: string, start: number): TimelineItem => ({
    gloss,
    kind: 'fingerspell',
    start,
    duration: hold / speed,
    hands: {
      dominant: { handshape, location: { site: 'neutral', side: 'dominant', distance: 'medium' }, palm, fingers },
    },
    part: { of: 'AB', index: gloss === 'A' ? 0 : 1, count: 2 },
  });
  const a = letter('A', 'fs-a', 'left-away', 'up-left', 0);
  const b = letter('B', 'fs-b', 'away', 'up', a.duration);
  const pause: TimelineItem = { gloss: '.', kind: 'pause', start: 2 * a.duration, duration: 0.5 / speed, hands: {} };
  return {
    duration: pause.start + pause.duration,
    speed,
    items: [a, b, pause],
    nonManuals: [{ type: 'brows-raised', start: 0, end: 2 * a.duration }],
    sentence: { text: 'AB.', start: 0, end: 3 },
  };
}

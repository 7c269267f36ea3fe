import type { LexiconFile } from '../src/index.js';

/** A handshape document for lexicon fixtures: every joint straight, made by "Test". */
export const handshapeFile = (id: string): LexiconFile => ({
  file: `handshapes/${id}.json`,
  data: {
    id,
    name: id,
    kind: 'base',
    joints: {
      thumb: { cmcFlex: 0, cmcSpread: 0, mcp: 0, ip: 0 },
      index: { mcp: 0, pip: 0, dip: 0 },
      middle: { mcp: 0, pip: 0, dip: 0 },
      ring: { mcp: 0, pip: 0, dip: 0 },
      pinky: { mcp: 0, pip: 0, dip: 0 },
    },
    source: { kind: 'project', by: 'Test' },
  },
});

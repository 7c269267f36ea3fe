// The committed JSON Schemas in gloss-dictionary/schema/ must match the zod schemas of the contract
// (services/protocol/src/lexicon.ts). When this fails, run:
//   node --conditions=source --import tsx gloss-dictionary/scripts/write-json-schema.ts
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../scripts/lib/json-schemas.js';

const here = dirname(fileURLToPath(import.meta.url));

const packageDir = join(here, '..');

describe('JSON Schemas', () => {
  const files = Object.entries(jsonSchemaFiles());

  it('covers signs, handshapes and the manual systems', () => {
    expect(files.map(([name]) => name).sort()).toEqual([
      'schema/handshape.schema.json',
      'schema/manual-system.schema.json',
      'schema/sign.schema.json',
    ]);
  });

  it.each(files)('%s is up to date', (relative, content) => {
    const file = join(packageDir, relative);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('describes the sign file format with its required fields', () => {
    const schema = JSON.parse(jsonSchemaFiles()['schema/sign.schema.json']!) as {
      $defs: {
        SignEntry: { required: string[]; properties: Record<string, unknown> };
        SignSegment: { required: string[] };
      };
    };
    expect(schema.$defs.SignEntry.required).toEqual(
      expect.arrayContaining(['id', 'lemmas', 'duration', 'source', 'review']),
    );
    // The form: one segment in today's shape, segments in a row, or a sequence of other signs.
    expect(Object.keys(schema.$defs.SignEntry.properties)).toEqual(
      expect.arrayContaining([
        'hands',
        'dominant',
        'movement',
        'segments',
        'sequence',
        'variants',
        'agreement',
        'homonyms',
      ]),
    );
    expect(schema.$defs.SignSegment.required).toEqual(expect.arrayContaining(['hands', 'dominant', 'movement']));
  });
});

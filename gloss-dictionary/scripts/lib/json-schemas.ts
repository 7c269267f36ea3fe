// The JSON Schemas of the lexicon files, generated from the zod schemas in services/protocol/src/lexicon.ts
// (input side: defaults are optional). scripts/write-json-schema.ts writes them to schema/; a test compares.
import { z } from 'zod';
import { HandshapeSchema, ManualSystemSchema, SignEntrySchema } from '@bbs/protocol';

export function jsonSchemaFiles(): Record<string, string> {
  const file = (schema: z.ZodType, title: string): string =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2)}\n`;
  return {
    'schema/sign.schema.json': file(SignEntrySchema, 'DGS sign entry (gloss-dictionary/signs/<ID>.json)'),
    'schema/handshape.schema.json': file(HandshapeSchema, 'Handshape (gloss-dictionary/handshapes/<id>.json)'),
    'schema/manual-system.schema.json': file(
      ManualSystemSchema,
      'Manual alphabet or numbers (gloss-dictionary/fingerspelling.json, numbers.json)',
    ),
  };
}

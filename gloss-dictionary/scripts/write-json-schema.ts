// Writes the JSON Schemas of the lexicon files to gloss-dictionary/schema/. A test fails when the committed
// copies are stale: run this after a change to services/protocol/src/lexicon.ts.
//
//   node --conditions=source --import tsx gloss-dictionary/scripts/write-json-schema.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './lib/json-schemas.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [relative, content] of Object.entries(jsonSchemaFiles())) {
  const file = join(packageDir, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote gloss-dictionary/${relative}`);
}

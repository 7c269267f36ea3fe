// Writes the committed copies of the API description: docs/api/openapi.json and
// docs/api/stream-messages.json. A test fails when they are stale; run `npm run openapi` after a change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiDescriptionFiles } from '../src/api-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
for (const [relative, content] of Object.entries(apiDescriptionFiles())) {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${relative}`);
}

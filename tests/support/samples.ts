// The municipal sample texts (samples/texts/*.md), without their front matter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/texts', import.meta.url));

export interface SampleText {
  id: string;
  text: string;
}

export function loadSamples(): SampleText[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.md$/, ''),
      text: readFileSync(join(SAMPLES_DIR, f), 'utf8')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .trim(),
    }));
}

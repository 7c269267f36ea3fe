// Regression fixtures: hand-made expected glosses for sample sentences (samples/gold/glosses.jsonl).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDgsEngine, loadLanguageResources } from '../src/index.js';

interface Fixture {
  sample: string;
  text: string;
  glosses: string;
  nonManuals: string[];
  knownGap?: string;
}

const fixtures: Fixture[] = readFileSync(
  fileURLToPath(new URL('../../../samples/gold/glosses.jsonl', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Fixture);
const dgs = loadDgsEngine(loadLanguageResources().analyzer);

function glossed(text: string): { glosses: string; nonManuals: string[] } {
  const [sentence] = dgs.gloss(text);
  const kept = sentence!.glosses.map((g, i) => ({ g, i })).filter(({ g }) => g.kind !== 'pause');
  // Non-manual indexes count glosses without pauses, as the fixtures are written.
  const position = new Map(kept.map(({ i }, k) => [i, k]));
  return {
    glosses: kept.map(({ g }) => g.gloss).join(' '),
    nonManuals: sentence!.nonManuals.map((n) => `${n.type}:${position.get(n.from)}-${position.get(n.to)}`),
  };
}

test('there are fixtures, most of them without a known gap', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(12);
  expect(fixtures.filter((f) => !f.knownGap).length).toBeGreaterThanOrEqual(fixtures.length / 2);
});

test.each(fixtures.filter((f) => !f.knownGap).map((f) => [f.text, f] as const))('%s', (_text, f) => {
  expect(glossed(f.text)).toEqual({ glosses: f.glosses, nonManuals: f.nonManuals });
});

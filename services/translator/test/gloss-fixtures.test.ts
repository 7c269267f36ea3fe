// Regression fixtures: hand-made expected glosses for sample sentences (samples/gold/glosses.jsonl), and the DGS
// number expressions of tests/fixtures/dgs-numbers.json with the number signs the avatar is to make.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signLine } from '@bbs/language';
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
const dgs = loadDgsEngine((await loadLanguageResources()).analyzer);

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

interface NumberCase {
  category: string;
  text: string;
  glosses: string;
  signs: string;
  knownGap?: string;
}

const numberCases = (
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../tests/fixtures/dgs-numbers.json', import.meta.url)), 'utf8'),
  ) as { cases: NumberCase[] }
).cases;

describe('DGS number expressions (tests/fixtures/dgs-numbers.json)', () => {
  test('at least 60, of every kind, nearly all without a known gap', () => {
    expect(numberCases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(numberCases.map((c) => c.category))).toEqual(
      new Set(['time', 'range', 'date', 'year', 'money', 'ordinal', 'phone', 'case', 'duration', 'count', 'percent']),
    );
    expect(numberCases.filter((c) => !c.knownGap).length).toBeGreaterThanOrEqual(60);
  });

  test.each(numberCases.filter((c) => !c.knownGap).map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const [sentence] = dgs.gloss(c.text);
    const glosses = sentence!.glosses.filter((g) => g.kind !== 'pause').map((g) => g.gloss);
    expect({ glosses: glosses.join(' '), signs: signLine(sentence!, dgs.signData) }).toEqual({
      glosses: c.glosses,
      signs: c.signs,
    });
    // 6–10 are two-handed wherever they are signed; 1–5 one-handed.
    for (const item of dgs.timeline(sentence!, 1, true).items.filter((i) => i.kind === 'number')) {
      const digit = /^\d+$/.test(item.gloss) ? Number(item.gloss) : undefined;
      if (digit !== undefined && digit >= 1 && digit <= 10) {
        expect([item.gloss, item.hands.nondominant?.handshape]).toEqual([item.gloss, digit >= 6 ? 'num-5' : undefined]);
      }
    }
  });
});

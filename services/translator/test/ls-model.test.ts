// The Leichte Sprache model the repository ships (models/de-ls-simplify, int8), served from a manifest entry: it
// answers the project's reference sentences as PyTorch decoded them at export, and through /v1/translate every
// sentence names the engine that made it, the model's lines are laid out one sentence per line, and what the
// reader gets has no hard-rule error and keeps every number, date and amount, whichever engine wrote it. The
// package is not in the default manifest (see its MODEL_CARD.md), so this test lists it itself.
import { fileURLToPath } from 'node:url';
import { checkLeichteSprache, LINE_BREAK, lostFacts } from '@bbs/language';
import { loadLanguageResources } from '@bbs/translator';
import { packageGraphs, sameAsReference, useServedPackage } from '../../../tests/support/models-dir.js';
import { splitOf } from '../../../tests/support/municipal-glosses.js';
import { loadSamples } from '../../../tests/support/samples.js';

const PACKAGE = fileURLToPath(new URL('../../../models/de-ls-simplify', import.meta.url));
const ID = 'de-ls-simplify';

const { reference, server } = useServedPackage(PACKAGE, {
  id: ID,
  task: 'simplification',
  targets: ['de-x-ls'],
  dtype: 'q8',
});

test('the package ships only the int8 graphs the service loads, with its model card', () => {
  expect(packageGraphs(PACKAGE)).toEqual({ int8: true, fp32: false, card: true });
});

test('the reference sentences come out as PyTorch decoded them (int8 may change one)', async () => {
  const { same, of } = await sameAsReference(server(), ID, 'de-x-ls', reference);
  expect(same).toBeGreaterThanOrEqual(of - 1);
});

test('a sample text through /v1/translate: engines named, one sentence per line, no hard error, every number kept', async () => {
  const { analyzer } = await loadLanguageResources();
  // two sample texts the model never saw in training (held out as in tests/support/municipal-glosses.ts)
  const held = loadSamples().filter((_s, n) => splitOf(n) === 'heldout');
  const engines = new Set<string>();
  for (const sample of held.slice(0, 2)) {
    const res = await fetch(`${server().url}/v1/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: sample.text, targets: ['de-x-ls'] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      results: { 'de-x-ls': { text: string; sentences: { output: string; engine: string }[] } };
    };
    const result = body.results['de-x-ls'];
    for (const s of result.sentences) engines.add(s.engine);
    expect(result.text).not.toContain(LINE_BREAK);
    expect({ sample: sample.id, lost: lostFacts(sample.text, result.text) }).toEqual({ sample: sample.id, lost: [] });
    const errors = checkLeichteSprache(analyzer, result.text).findings.filter((f) => f.severity === 'error');
    expect({ sample: sample.id, errors: errors.map((f) => f.rule) }).toEqual({ sample: sample.id, errors: [] });
  }
  expect([...engines].sort()).toEqual([`model:${ID}`, 'rules']);
});

// A package in the layout Hugging Face Optimum exports (a merged decoder with the `use_cache_branch` input),
// made by our own exporter from a tiny random model, is served from a folder plus a manifest entry, with no
// code change, and decodes exactly what PyTorch decoded (reference_decode.json, written at export).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_MODELS } from '../../../tests/support/server.js';
import { useServedPackage } from '../../../tests/support/models-dir.js';

const PACKAGE = join(FIXTURE_MODELS, 'tiny-marian-de-en-optimum');

// Random weights decode nonsense, which the guard for spoken targets would replace by the German source: this test
// is about the decode, so the guard is off.
const { reference, server } = useServedPackage(
  PACKAGE,
  { id: 'opus-style-de-en', task: 'translation', targets: ['en'], dtype: 'fp32' },
  { TRANSLATION_GUARD: 'off' },
);

test('the graph is the optimum variant: its merged decoder takes use_cache_branch', () => {
  const graph = readFileSync(join(PACKAGE, 'onnx', 'decoder_model_merged.onnx'));
  expect(graph.includes('use_cache_branch')).toBe(true);
});

test('is ready and listed, and translates as PyTorch decoded', async () => {
  const ready = (await (await fetch(`${server().url}/readyz`)).json()) as { status: string };
  expect(ready.status).toBe('ready');
  const { languages } = (await (await fetch(`${server().url}/v1/languages`)).json()) as {
    languages: { code: string; engines: string[] }[];
  };
  expect(languages.find((l) => l.code === 'en')?.engines).toEqual(['model:opus-style-de-en']);
  const samples = [reference, ...reference.extra_samples].filter((s) => s.output_text !== '');
  expect(samples.length).toBeGreaterThanOrEqual(2);
  for (const sample of samples) {
    const res = await fetch(`${server().url}/v1/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: sample.input, targets: ['en'] }),
    });
    const body = (await res.json()) as { results: { en: { sentences: { output: string; engine: string }[] } } };
    expect(body.results.en.sentences).toHaveLength(1);
    expect(body.results.en.sentences[0]).toMatchObject({
      output: sample.output_text,
      engine: 'model:opus-style-de-en',
    });
  }
});

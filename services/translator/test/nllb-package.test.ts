// NLLB-200 and M2M100 packages: one model serves many targets. The service passes German as the source language
// and forces the target's language token as the first generated token; with random weights every forced
// token decodes differently, so each target's answer equals PyTorch's decode forced with exactly that token
// (reference_decode.json, written at export by models/training/make_tiny_m2m100_fixture.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_MODELS } from '../../../tests/support/server.js';
import { servePackages, type PackageServer } from '../../../tests/support/models-dir.js';

interface Reference {
  max_length: number;
  samples: {
    input: string;
    decodes: Record<string, { output_text: string }>;
    without_source_language: { target: string; output_text: string };
  }[];
}

const NLLB = join(FIXTURE_MODELS, 'tiny-nllb-de-x');
const M2M100 = join(FIXTURE_MODELS, 'tiny-m2m100-de-x');
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'reference_decode.json'), 'utf8')) as Reference;
const nllbRef = read(NLLB);
const m2mRef = read(M2M100);

const NLLB_CODES = { de: 'deu_Latn', en: 'eng_Latn', uk: 'ukr_Cyrl', ar: 'arb_Arab', arz: 'arz_Arab', fa: 'pes_Arab' };

let served: PackageServer;
beforeAll(async () => {
  // The decodes are random-weight nonsense, which the guard for spoken targets would replace by the German source:
  // these tests are about the forced language tokens, so the guard is off.
  served = await servePackages(
    [
      {
        dir: NLLB,
        entry: {
          id: 'nllb-tiny',
          task: 'translation',
          targets: ['en', 'uk', 'ar', 'arz', 'fa'],
          languageCodes: NLLB_CODES,
          dtype: 'fp32',
          maxNewTokens: nllbRef.max_length - 1,
        },
      },
      {
        dir: M2M100,
        entry: {
          id: 'm2m100-tiny',
          task: 'translation',
          targets: ['tr', 'he'],
          languageCodes: { de: 'de', tr: 'tr', he: 'he' },
          dtype: 'fp32',
          maxNewTokens: m2mRef.max_length - 1,
        },
      },
      {
        // A manifest that names a language the tokenizer does not have.
        dir: NLLB,
        entry: {
          id: 'nllb-wrong-code',
          task: 'translation',
          targets: ['it'],
          languageCodes: { de: 'deu_Latn', it: 'ita_Latn' },
          dtype: 'fp32',
        },
      },
    ],
    { TRANSLATION_GUARD: 'off' },
  );
}, 60_000);
afterAll(async () => {
  await served?.close();
});

async function translate(text: string, targets: string[]) {
  const res = await fetch(`${served.srv.url}/v1/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, targets }),
  });
  expect(res.status).toBe(200);
  return (
    (await res.json()) as { results: Record<string, { dir: string; sentences: { output: string; engine: string }[] }> }
  ).results;
}

test('every target of the packages is listed once, with its engine and direction', async () => {
  const { languages } = (await (await fetch(`${served.srv.url}/v1/languages`)).json()) as {
    languages: { code: string; engines: string[]; dir: string; nativeName: string }[];
  };
  const codes = languages.map((l) => l.code);
  expect(codes.filter((c) => c === 'uk')).toHaveLength(1);
  for (const code of ['en', 'uk', 'ar', 'arz', 'fa']) {
    expect(languages.find((l) => l.code === code)?.engines).toEqual(['model:nllb-tiny']);
  }
  for (const code of ['tr', 'he'])
    expect(languages.find((l) => l.code === code)?.engines).toEqual(['model:m2m100-tiny']);
  expect(languages.find((l) => l.code === 'he')).toMatchObject({ dir: 'rtl', nativeName: 'עברית' });
  expect(languages.find((l) => l.code === 'arz')?.dir).toBe('rtl');
  expect(codes).not.toContain('it');
});

test('a language code the tokenizer lacks keeps the package out, and readiness says why', async () => {
  const res = await fetch(`${served.srv.url}/readyz`);
  expect(res.status).toBe(503);
  expect(JSON.stringify(await res.json())).toContain('ita_Latn');
});

test('uk and en each decode with their own forced token, as PyTorch did', async () => {
  const [sample] = nllbRef.samples;
  const results = await translate(sample!.input, ['uk', 'en', 'ar', 'fa']);
  const expected = {
    uk: sample!.decodes.ukr_Cyrl!.output_text,
    en: sample!.decodes.eng_Latn!.output_text,
    ar: sample!.decodes.arb_Arab!.output_text,
    fa: sample!.decodes.pes_Arab!.output_text,
  };
  for (const [target, output] of Object.entries(expected)) {
    expect({ target, sentences: results[target]!.sentences }).toEqual({
      target,
      sentences: [expect.objectContaining({ output, engine: 'model:nllb-tiny' })],
    });
  }
  expect(new Set(Object.values(expected)).size).toBe(4);
  expect(results.ar!.dir).toBe('rtl');
  // Decoded from an input that began with the template's English token, it would read otherwise.
  expect(results.uk!.sentences[0]!.output).not.toBe(sample!.without_source_language.output_text);
});

test('sentences of different lengths batched together each read as alone', async () => {
  const [a, b] = nllbRef.samples;
  const results = await translate(`${a!.input}\n${b!.input}`, ['uk']);
  expect(results.uk!.sentences.map((s) => s.output)).toEqual([
    a!.decodes.ukr_Cyrl!.output_text,
    b!.decodes.ukr_Cyrl!.output_text,
  ]);
});

test('an M2M100 package forces its __xx__ tokens the same way', async () => {
  for (const sample of m2mRef.samples) {
    const results = await translate(sample.input, ['tr', 'he']);
    expect(results.tr!.sentences[0]!.output).toBe(sample.decodes.__tr__!.output_text);
    expect(results.he!.sentences[0]!.output).toBe(sample.decodes.__he__!.output_text);
  }
});

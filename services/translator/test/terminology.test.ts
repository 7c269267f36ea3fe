// Model translations carry the municipal terminology check: the sentence with „Bürgerbüro“ says which English
// term the city uses and whether the output has it. The package is the tiny random-weight fixture, so its
// output never has the term: what the test shows is the check and its effect on confidence. The guard for spoken
// targets would show the German source instead (guard.test.ts); it is off here to see the term check alone.
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

let srv: TestServer;

beforeAll(async () => {
  srv = await startTestServer({ TRANSLATION_GUARD: 'off' });
}, 60_000);

afterAll(async () => {
  await srv?.close();
});

interface Sentence {
  source: string;
  output: string;
  engine: string;
  confidence: number;
  terms?: { source: string; expected: string; found: boolean }[];
}

test('a sentence with a municipal term says which rendering the city uses and whether it is there', async () => {
  const res = await fetch(`${srv.url}/v1/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: 'Gehen Sie zum Bürgerbüro. Guten Tag.', targets: ['en'] }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: { en: { sentences: Sentence[] } } };
  const [withTerm, without] = body.results.en.sentences;
  expect(withTerm!.engine).toBe('model:tiny-marian-de-en');
  expect(withTerm!.terms).toEqual([{ source: 'Bürgerbüro', expected: "Citizens' Office", found: false }]);
  // a missing term halves the model's confidence, so editors see the sentence early
  const [raw] = await srv.runtime.translate('tiny-marian-de-en', 'en', ['Gehen Sie zum Bürgerbüro.']);
  expect(withTerm!.output).toBe(raw!.output);
  expect(withTerm!.confidence).toBeCloseTo(raw!.confidence / 2, 6);
  expect(without!.terms).toBeUndefined();
});

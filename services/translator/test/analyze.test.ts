import { AnalyzeResponseSchema } from '@bbs/protocol';
import request from 'supertest';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

let srv: TestServer;
// A minute for the service to start on a busy machine, like the other server tests.
beforeAll(async () => {
  srv = await startTestServer();
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

test('POST /v1/analyze returns sentences, tokens with offsets into the input, and clauses', async () => {
  const text = '  Bitte rufen Sie uns am 3. März an.\n\nDer Antrag, den Sie gestellt haben, wird bearbeitet.';
  const res = await request(srv.url).post('/v1/analyze').send({ text }).expect(200);
  expect(AnalyzeResponseSchema.safeParse(res.body).success).toBe(true);
  const [first, second] = res.body.sentences;
  expect(first.text).toBe('Bitte rufen Sie uns am 3. März an.');
  expect(text.slice(first.start, first.end)).toBe(first.text);
  for (const s of res.body.sentences) {
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
  const rufen = first.tokens.find((t: { text: string }) => t.text === 'rufen');
  expect(rufen).toMatchObject({ lemma: 'anrufen', pos: 'VERB' });
  expect(first.imperative).toBe(true);
  expect(first.clauses[0].verbLemma).toBe('anrufen');
  expect(second.clauses.map((c: { kind: string }) => c.kind)).toEqual(['relative', 'main']);
  expect(second.clauses[1].voice).toBe('passive');
  // the main clause's fields: „Der Antrag“ before „wird“, „bearbeitet“ closing it
  const words = (ix: number[]) => ix.map((i) => second.tokens[i].text).join(' ');
  const { prefield, leftBracket, rightBracket } = second.clauses[1].fields;
  expect([words(prefield), words(leftBracket), words(rightBracket)]).toEqual(['Der Antrag', 'wird', 'bearbeitet']);
});

test('bad input to /v1/analyze gets the usual errors', async () => {
  expect((await request(srv.url).post('/v1/analyze').send({ text: '' }).expect(400)).body.error.code).toBe(
    'VALIDATION_FAILED',
  );
  expect((await request(srv.url).get('/v1/analyze').expect(405)).body.error.code).toBe('METHOD_NOT_ALLOWED');
});

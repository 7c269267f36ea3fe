import { GlossResponseSchema, ServerMessageSchema, SignResponseSchema } from '@bbs/protocol';
import type { Timeline } from '@bbs/protocol';
import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import request from 'supertest';
import { loadSamples } from '../../../tests/support/samples.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.close();
});

const TERMIN = 'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.';
const handshapes = new Set(loadGlossDictionary().handshapes.map((h) => h.id));

/** What the avatar needs to play a timeline: items in order, each sign with a known handshape. */
function expectPlayable(tl: Timeline): void {
  expect(tl.items.length).toBeGreaterThan(0);
  expect(tl.duration).toBeGreaterThan(0);
  let t = 0;
  for (const item of tl.items) {
    expect(item.start).toBeCloseTo(t, 6);
    expect(item.duration).toBeGreaterThan(0);
    t = item.start + item.duration;
    if (item.kind === 'pause') continue;
    expect(item.hands.dominant).toBeDefined();
    expect(handshapes.has(item.hands.dominant!.handshape)).toBe(true);
    if (item.hands.nondominant) expect(handshapes.has(item.hands.nondominant.handshape)).toBe(true);
  }
  expect(tl.duration).toBeCloseTo(t, 6);
}

test('POST /v1/gloss: glosses with DGS order, source spans and the machine label', async () => {
  const res = await request(srv.url).post('/v1/gloss').send({ text: TERMIN }).expect(200);
  expect(GlossResponseSchema.safeParse(res.body).success).toBe(true);
  expect(res.body.review.status).toBe('machine');
  const [sentence] = res.body.sentences;
  const glosses = sentence.glosses.map((g: { gloss: string }) => g.gloss);
  // Time comes first in DGS.
  expect(glosses.indexOf('MONTAG')).toBeLessThan(glosses.indexOf('TERMIN'));
  for (const g of sentence.glosses) {
    if (g.kind === 'pause') continue;
    expect(g.end).toBeGreaterThan(g.start);
    expect(TERMIN.slice(g.start, g.end).length).toBeGreaterThan(0);
  }
});

test('POST /v1/sign: a playable timeline for text and for glosses, faster at higher speed', async () => {
  const res = await request(srv.url).post('/v1/sign').send({ text: TERMIN }).expect(200);
  expect(SignResponseSchema.safeParse(res.body).success).toBe(true);
  expectPlayable(res.body.timeline);
  const fast = await request(srv.url).post('/v1/sign').send({ text: TERMIN, speed: 1.5 }).expect(200);
  expect(fast.body.timeline.duration).toBeCloseTo(res.body.timeline.duration / 1.5, 3);
  const typed = await request(srv.url)
    .post('/v1/sign')
    .send({ glosses: ['MONTAG', 'IX-2', 'TERMIN', '9', 'FS-MÜLLER'] })
    .expect(200);
  expectPlayable(typed.body.timeline);
  expect(typed.body.timeline.items.map((i: { gloss: string }) => i.gloss).slice(0, 4)).toEqual([
    'MONTAG',
    'IX-2',
    'TERMIN',
    '9',
  ]);
});

test('every sample text yields a playable timeline', async () => {
  const samples = loadSamples();
  expect(samples.length).toBeGreaterThanOrEqual(40);
  for (const sample of samples) {
    const res = await request(srv.url).post('/v1/sign').send({ text: sample.text });
    expect({ id: sample.id, status: res.status }).toEqual({ id: sample.id, status: 200 });
    expectPlayable(res.body.timeline);
    expect(res.body.sentences.length).toBeGreaterThan(1);
  }
}, 60_000);

test('gsg is a target of /v1/translate and /v1/languages, produced by the rules', async () => {
  const langs = await request(srv.url).get('/v1/languages').expect(200);
  expect(langs.body.languages.find((l: { code: string }) => l.code === 'gsg')).toMatchObject({ engines: ['rules'] });
  const res = await request(srv.url)
    .post('/v1/translate')
    .send({ text: TERMIN, targets: ['gsg'] })
    .expect(200);
  const [s] = res.body.results.gsg.sentences;
  expect(s.engine).toBe('rules');
  expect(s.output).toMatch(/MONTAG/);
  expect(res.body.results.gsg.review.status).toBe('machine');
});

test('bad input to the DGS routes gets clear errors', async () => {
  const speed = await request(srv.url).post('/v1/sign').send({ text: 'Hallo.', speed: 3 }).expect(400);
  expect(speed.body.error.code).toBe('VALIDATION_FAILED');
  const neither = await request(srv.url).post('/v1/sign').send({ speed: 1 }).expect(400);
  expect(neither.body.error.code).toBe('VALIDATION_FAILED');
  const gloss = await request(srv.url).post('/v1/gloss').send({ text: '' }).expect(400);
  expect(gloss.body.error.code).toBe('VALIDATION_FAILED');
  await request(srv.url).get('/v1/sign').expect(405);
});

test('the WebSocket streams one timeline per sentence, in order, then done', async () => {
  const c = await connect(srv.wsUrl);
  c.send({
    type: 'sign',
    id: 's1',
    text: `${TERMIN} Bitte bringen Sie Ihren Ausweis mit. Brauchen Sie Hilfe?`,
    speed: 1,
  });
  const done = await c.next((m) => m.type === 'done' && m.id === 's1');
  expect(done).toEqual({ type: 'done', id: 's1' });
  const timelines = c.messages.filter((m) => m.type === 'timeline');
  expect(timelines.map((m) => m.sentence)).toEqual([0, 1, 2]);
  for (const m of timelines) {
    expect(ServerMessageSchema.safeParse(m).success).toBe(true);
    expectPlayable(m.timeline as Timeline);
  }
  // The question gets its non-manual marker.
  const question = timelines[2]!.timeline as Timeline;
  expect(question.nonManuals.some((n) => n.type === 'brows-raised')).toBe(true);
  c.send({ type: 'sign', id: 's2' });
  expect(((await c.next((m) => m.type === 'error' && m.id === 's2')).error as { code: string }).code).toBe(
    'VALIDATION_FAILED',
  );
  c.ws.close();
});

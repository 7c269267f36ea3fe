import { GlossResponseSchema, ServerMessageSchema, SignResponseSchema } from '@bbs/protocol';
import type { Timeline, TimelineItem } from '@bbs/protocol';
import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import request from 'supertest';
import { loadSamples } from '../../../tests/support/samples.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

let srv: TestServer;
// A minute for the service to start on a busy machine, like the other server tests.
beforeAll(async () => {
  srv = await startTestServer();
}, 60_000);
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

test('POST /v1/sign: „von 8 bis 16 Uhr“ is one time phrase with one sign for 8 and one for 16', async () => {
  const res = await request(srv.url)
    .post('/v1/sign')
    .send({ text: 'Wir haben von 8 bis 16 Uhr geöffnet.' })
    .expect(200);
  const tl = res.body.timeline as Timeline;
  expectPlayable(tl);
  expect(tl.items.filter((i) => i.kind === 'number').map((i) => i.gloss)).toEqual(['8', '16']);
  expect(tl.items.slice(0, 4).map((i) => i.gloss)).toEqual(['UHR', '8', 'BIS', '16']);
  const [eight, sixteen] = tl.items.filter((i) => i.kind === 'number');
  // 8 = the 3 on the dominant hand beside the non-dominant five; 16 = the 6 with the teen movement.
  expect(eight!.hands).toMatchObject({ dominant: { handshape: 'num-3' }, nondominant: { handshape: 'num-5' } });
  expect(eight!.movement).toBeUndefined();
  expect(sixteen!.hands).toMatchObject({ dominant: { handshape: 'num-1' }, nondominant: { handshape: 'num-5' } });
  expect(sixteen!.movement?.type).toBeDefined();
  expect(sixteen!.part).toEqual({ of: '16', index: 0, count: 1 });
});

test('POST /v1/sign: the digits 6–9 of a phone number differ in form from 1–4', async () => {
  const res = await request(srv.url).post('/v1/sign').send({ text: 'Rufen Sie 01234 6789 an.' }).expect(200);
  const tl = res.body.timeline as Timeline;
  expectPlayable(tl);
  const digit = (d: string): TimelineItem => tl.items.find((i) => i.kind === 'number' && i.gloss === d)!;
  const form = (i: TimelineItem) => JSON.stringify({ hands: i.hands, movement: i.movement });
  for (let n = 1; n <= 4; n++) {
    const low = digit(String(n));
    const high = digit(String(n + 5));
    expect(form(high)).not.toBe(form(low));
    expect([n, low.hands.nondominant, high.hands.nondominant?.handshape]).toEqual([n, undefined, 'num-5']);
  }
  // The digit groups are kept apart: the last digit of the first group is held longer.
  expect(digit('4').duration).toBeGreaterThan(digit('3').duration);
});

test('POST /v1/sign: an agreement verb moves from its subject to its object (SCHICKEN 1→2, 2→1)', async () => {
  const schicken = async (text: string) => {
    const res = await request(srv.url).post('/v1/sign').send({ text }).expect(200);
    return (res.body as { timeline: Timeline }).timeline.items.find((i) => i.gloss === 'SCHICKEN')!;
  };
  const toYou = await schicken('Wir schicken Ihnen den Bescheid.');
  const toUs = await schicken('Sie schicken uns den Antrag.');
  // From the signer's chest out to the reader, and the other way round.
  expect([toYou.movement?.type, toYou.movement?.direction]).toEqual(['directed', 'away']);
  expect(toYou.hands.dominant!.location.site).toBe('chest');
  expect([toUs.movement?.type, toUs.movement?.direction]).toEqual(['directed', 'towards']);
  expect(toUs.hands.dominant!.location.site).toBe('neutral');
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

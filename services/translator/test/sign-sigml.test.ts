// The avatar plays SiGML, and signing reviewers correct signs in the new format (real service over HTTP):
// `POST /v1/sign` with `{ sigml }` answers a playable timeline or a 400 that says what is wrong and where;
// `PUT /v1/lexicon/signs/:id` takes segments and compounds and refuses a form another sign has.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignResponseSchema, SIGML_MAX_CHARS } from '@bbs/protocol';
import type { SignEntry, Timeline } from '@bbs/protocol';
import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import { canonicalHandshape, writeSigml } from '@bbs/gloss-dictionary/sigml';
import request from 'supertest';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const TEAM = readFileSync(
  join(here, '..', '..', '..', 'gloss-dictionary', 'test', 'fixtures', 'projektteam.sigml'),
  'utf8',
);
const ADMIN_TOKEN = 'test-admin-token-0123456789';
const dictionary = loadGlossDictionary();
const handshapes = new Set(dictionary.handshapes.map((h) => h.id));
const byId = new Map(dictionary.signs.map((s) => [s.id, s] as const));

let srv: TestServer;
let reviewer = '';
beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' });
  const made = await request(srv.url)
    .post('/v1/admin/keys')
    .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
    .send({ name: 'gebaerden-test', role: 'reviewer' })
    .expect(201);
  reviewer = made.body.token as string;
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

const sign = (body: object) => request(srv.url).post('/v1/sign').send(body);

describe('POST /v1/sign with SiGML', () => {
  it('plays every sign of the document in order, as drafts, multi-segment signs as one gloss', async () => {
    const res = await sign({ sigml: TEAM }).expect(200);
    expect(SignResponseSchema.safeParse(res.body).success).toBe(true);
    const tl = res.body.timeline as Timeline;
    const glosses = [...new Set(tl.items.map((i) => i.gloss))];
    expect(glosses).toEqual([
      'PROBE-EINS', 'PROBE-ZWEI', 'PROBE-DREI', 'PROBE-VIER', 'PROBE-FUENF', 'PROBE-SECHS', 'PROBE-SIEBEN',
      'PROBE-ACHT', 'PROBE-NEUN',
    ]); // prettier-ignore
    for (const item of tl.items) {
      expect([item.gloss, item.review, handshapes.has(item.hands.dominant!.handshape)]).toEqual([
        item.gloss,
        'draft',
        true,
      ]);
    }
    const zwei = tl.items.filter((i) => i.gloss === 'PROBE-ZWEI');
    expect(zwei.map((i) => [i.hands.dominant!.handshape, i.part])).toEqual([
      ['finger-2345', { of: 'PROBE-ZWEI', index: 0, count: 2 }],
      ['pinch', { of: 'PROBE-ZWEI', index: 1, count: 2 }],
    ]);
    expect(zwei[0]!.mouthing?.text).toBe('Probe');
    expect(tl.items.find((i) => i.gloss === 'PROBE-DREI')!.hands.nondominant?.handshape).toBe('flat');
  });

  it('signs an exported lexicon sign with the same postures as the sign itself', async () => {
    for (const id of ['VERSTEHEN', 'AUSLÄNDERBEHÖRDE', 'HELFEN']) {
      const sigml = writeSigml([byId.get(id)!], (x) => byId.get(x));
      const fromSigml = (await sign({ sigml }).expect(200)).body.timeline as Timeline;
      const fromGloss = (await sign({ glosses: [id] }).expect(200)).body.timeline as Timeline;
      const hands = (tl: Timeline) =>
        tl.items
          .filter((i) => i.kind === 'lexical')
          .map((i) => ({
            dominant: { ...i.hands.dominant!, handshape: canonicalHandshape(i.hands.dominant!.handshape) },
            nondominant: i.hands.nondominant && {
              ...i.hands.nondominant,
              handshape: canonicalHandshape(i.hands.nondominant.handshape),
            },
            movement: { ...i.movement, plane: undefined },
          }));
      expect([id, hands(fromSigml)]).toEqual([id, hands(fromGloss)]);
    }
  });

  it('answers 400 INVALID_SIGML naming the symbol and its place, or the line of broken XML', async () => {
    const unknown = await sign({
      sigml:
        '<sigml><hns_sign gloss="haus"><hamnosys_manual><hamflathand/><hamextfingero/><hamquatsch/></hamnosys_manual></hns_sign></sigml>',
    }).expect(400);
    expect(unknown.body.error).toMatchObject({
      code: 'INVALID_SIGML',
      message: expect.stringContaining('SiGML'),
      details: { reason: 'UNKNOWN_SYMBOL', sign: 'haus', symbol: 'hamquatsch', position: 3 },
    });
    const malformed = await sign({ sigml: '<sigml>\n<hns_sign>\n</sigml>' }).expect(400);
    expect(malformed.body.error.details).toMatchObject({ reason: 'MALFORMED_XML', line: 3 });
    const entity = await sign({ sigml: '<!DOCTYPE x [<!ENTITY e "e">]><sigml>&e;</sigml>' }).expect(400);
    expect(entity.body.error.details.reason).toBe('ENTITIES_REFUSED');
    const english = await request(srv.url).post('/v1/sign').set('Accept-Language', 'en').send({ sigml: '<sigml/>' });
    expect([english.status, english.body.error.code, english.body.error.message]).toEqual([
      400,
      'INVALID_SIGML',
      expect.stringMatching(/SiGML/),
    ]);
  });

  it('refuses a document over the size limit before reading it', async () => {
    const res = await sign({ sigml: `<sigml>${' '.repeat(SIGML_MAX_CHARS)}</sigml>` }).expect(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('reviewers correct signs in the new format', () => {
  const put = (id: string, entry: unknown) =>
    request(srv.url)
      .put(`/v1/lexicon/signs/${encodeURIComponent(id)}`)
      .set('Authorization', `Bearer ${reviewer}`)
      .send({ entry });

  it('turns a sign into two segments, which the service then signs', async () => {
    const current = (await request(srv.url).get('/v1/lexicon/signs/HAUS').expect(200)).body as SignEntry;
    const { hands, dominant, nondominant, movement, ...rest } = current;
    const first = { hands: hands!, dominant: dominant!, ...(nondominant ? { nondominant } : {}), movement: movement! };
    const second = {
      ...first,
      dominant: { ...first.dominant, handshape: 'fist' },
      movement: { type: 'hold' as const },
    };
    const saved = await put('HAUS', { ...rest, segments: [first, second] }).expect(200);
    expect((saved.body as SignEntry).segments).toHaveLength(2);
    const tl = (await sign({ glosses: ['HAUS'] }).expect(200)).body.timeline as Timeline;
    expect(tl.items.map((i) => [i.gloss, i.hands.dominant!.handshape])).toEqual([
      ['HAUS', dominant!.handshape],
      ['HAUS', 'fist'],
    ]);
  });

  it('refuses a form another sign has, a compound with a missing part, an unknown handshape and an impossible palm', async () => {
    const geld = (await request(srv.url).get('/v1/lexicon/signs/GELD').expect(200)).body as SignEntry;
    const kind = (await request(srv.url).get('/v1/lexicon/signs/KIND').expect(200)).body as SignEntry;
    const copy = await put('KIND', {
      ...kind,
      hands: geld.hands,
      dominant: geld.dominant,
      movement: geld.movement,
    }).expect(400);
    expect(copy.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'entry', message: expect.stringContaining('GELD') }],
    });

    const { hands: _h, dominant: _d, nondominant: _n, movement: _m, ...rest } = kind;
    const missing = await put('KIND', { ...rest, sequence: ['GELD', 'GIBT-ES-NICHT'] }).expect(400);
    expect(missing.body.error.details[0]).toMatchObject({
      path: 'entry.sequence',
      message: expect.stringContaining('GIBT-ES-NICHT'),
    });
    const cycle = await put('KIND', { ...rest, sequence: ['GELD', 'KIND'] }).expect(400);
    expect(cycle.body.error.details[0].message).toContain('contains itself');

    const segment = {
      hands: 'one',
      dominant: { ...kind.dominant!, handshape: 'gibt-es-nicht' },
      movement: { type: 'hold' },
    };
    const shape = await put('KIND', { ...rest, segments: [{ ...segment, dominant: kind.dominant }, segment] }).expect(
      400,
    );
    expect(shape.body.error.details).toEqual([
      { path: 'entry.segments.1.dominant.handshape', message: 'unknown handshape' },
    ]);
    // A palm facing along the fingers is no orientation a hand can take.
    const twisted = await put('KIND', { ...kind, dominant: { ...kind.dominant!, palm: 'away', fingers: 'away' } });
    expect([twisted.status, twisted.body.error.details]).toEqual([
      400,
      [{ path: 'entry.dominant.palm', message: 'the palm must face at right angles to the fingers' }],
    ]);
    expect(((await request(srv.url).get('/v1/lexicon/signs/KIND')).body as SignEntry).dominant).toEqual(kind.dominant);
  });
});

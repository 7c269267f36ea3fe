import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

let srv: TestServer;
beforeAll(async () => {
  // No avatar client here, whether or not a build lies in avatar-client/dist: `/` is then the German
  // landing page (with a build it leads to the preview; the avatar's browser test checks that).
  // The random-weight fixture's raw decodes are compared here (batching); the guard, which would replace them
  // all with the German source, has its own test (translation-guard.test.ts).
  srv = await startTestServer({ CLIENT_DIR: join(tmpdir(), 'bbs-no-client-built'), TRANSLATION_GUARD: 'off' });
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

const CITIZEN_TEXT = 'Frau Erika Mustermann beantragt einen neuen Personalausweis. Sie wohnt in der Hafenstraße 7.';

describe('operations', () => {
  test('without a built client, the landing page says how to build the preview and links to the API', async () => {
    const res = await request(srv.url).get('/').expect(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<html lang="de">');
    expect(res.text).toContain('npm run build');
    expect(res.text).toContain('href="/v1/openapi.json"');
    expect(res.text).toContain('href="/healthz"');
  });

  test('healthz and readyz report a ready service with store and model checks', async () => {
    await request(srv.url).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(srv.url).get('/readyz').expect(200);
    expect(ready.body.status).toBe('ready');
    expect(ready.body.checks.store).toEqual({ status: 'ready' });
    expect(ready.body.checks['model:tiny-marian-de-en']).toEqual({ status: 'ready' });
  });

  test('metrics expose request and inference figures in Prometheus format', async () => {
    await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Guten Tag.', targets: ['en'] })
      .expect(200);
    const res = await request(srv.url).get('/metrics').expect(200);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toMatch(/inference_duration_seconds_count\{model="tiny-marian-de-en"\} [1-9]/);
    expect(res.text).toContain('ws_connections');
    expect(res.text).toContain('inference_queue_depth');
  });

  test('every response carries a request id, and a sane incoming one is kept', async () => {
    const res = await request(srv.url).get('/healthz').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    const other = await request(srv.url).get('/healthz').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(other.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('security headers are set', async () => {
    const res = await request(srv.url).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('languages and translation', () => {
  test('/v1/languages lists only targets with a working engine', async () => {
    const res = await request(srv.url).get('/v1/languages').expect(200);
    expect(res.body.source).toBe('de');
    expect(res.body.languages).toEqual([
      {
        code: 'de-x-einfach',
        name: 'Einfache Sprache',
        nativeName: 'Einfache Sprache',
        dir: 'ltr',
        engines: ['rules'],
      },
      { code: 'de-x-ls', name: 'Leichte Sprache', nativeName: 'Leichte Sprache', dir: 'ltr', engines: ['rules'] },
      { code: 'en', name: 'Englisch', nativeName: 'English', dir: 'ltr', engines: ['model:tiny-marian-de-en'] },
      { code: 'gsg', name: 'Deutsche Gebärdensprache (Glossen)', nativeName: 'DGS', dir: 'ltr', engines: ['rules'] },
    ]);
  });

  test('/v1/translate answers per target, sentence by sentence, labelled as machine-made', async () => {
    const res = await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Guten Tag. Wie geht es Ihnen?\n\nDas Bürgerbüro ist heute geöffnet.', targets: ['en'] })
      .expect(200);
    const en = res.body.results.en;
    expect(en.sentences.map((s: { source: string }) => s.source)).toEqual([
      'Guten Tag.',
      'Wie geht es Ihnen?',
      'Das Bürgerbüro ist heute geöffnet.',
    ]);
    for (const s of en.sentences) {
      expect(s.engine).toBe('model:tiny-marian-de-en');
      expect(typeof s.output).toBe('string');
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(en.review).toEqual({ status: 'machine', label: 'maschinell erstellt, nicht geprüft' });
    expect(en.dir).toBe('ltr');
    // The paragraph break between the second and third sentence survives in the joined text.
    expect(en.text).toContain('\n\n');
  });

  test('the same sentence gives the same output alone and inside a batch', async () => {
    const alone = await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Guten Tag.', targets: ['en'] });
    const many = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        request(srv.url)
          .post('/v1/translate')
          .send({ text: i % 2 ? 'Guten Tag.' : 'Der Antrag ist da.', targets: ['en'] }),
      ),
    );
    for (const [i, res] of many.entries()) {
      expect(res.status).toBe(200);
      if (i % 2) expect(res.body.results.en.sentences[0].output).toBe(alone.body.results.en.sentences[0].output);
    }
    const metrics = await request(srv.url).get('/metrics');
    // Concurrent requests were batched: some batch held more than one sentence.
    const one = /inference_batch_size_bucket\{le="1",model="tiny-marian-de-en"\} (\d+)/.exec(metrics.text);
    const count = /inference_batch_size_count\{model="tiny-marian-de-en"\} (\d+)/.exec(metrics.text);
    expect(Number(count?.[1])).toBeGreaterThan(Number(one?.[1]));
  });
});

describe('bad input gets a clear error', () => {
  test('an unknown target is 400 UNSUPPORTED_TARGET naming what is available', async () => {
    const res = await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Hallo.', targets: ['en', 'xx'] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('UNSUPPORTED_TARGET');
    expect(res.body.error.details).toEqual({
      unsupported: ['xx'],
      available: ['de-x-einfach', 'de-x-ls', 'en', 'gsg'],
    });
    expect(res.body.error.message).toMatch(/Zielsprache/);
  });

  test('malformed JSON is 400 MALFORMED_JSON and does not echo the body', async () => {
    const res = await request(srv.url)
      .post('/v1/translate')
      .set('Content-Type', 'application/json')
      .send('{"text": "Mein Name ist Erika", targets: ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'MALFORMED_JSON', message: 'Die Anfrage ist kein gültiges JSON.' } });
  });

  test('wrong types are 400 VALIDATION_FAILED with the failing fields, not their values', async () => {
    const res = await request(srv.url).post('/v1/translate').send({ text: 42, targets: 'en', extra: CITIZEN_TEXT });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['targets', 'text']);
    expect(JSON.stringify(res.body)).not.toContain('Erika');
  });

  test('empty text and too many targets are refused', async () => {
    const empty = await request(srv.url)
      .post('/v1/translate')
      .send({ text: '', targets: ['en'] });
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
    const many = await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Hallo.', targets: Array.from({ length: 21 }, () => 'en') });
    expect(many.body.error.code).toBe('VALIDATION_FAILED');
  });

  test('a 10 MB body is 413 PAYLOAD_TOO_LARGE and the server keeps serving', async () => {
    const huge = JSON.stringify({ text: 'a'.repeat(10 * 1024 * 1024), targets: ['en'] });
    const res = await request(srv.url).post('/v1/translate').set('Content-Type', 'application/json').send(huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    await request(srv.url).get('/healthz').expect(200);
  });

  test('a body that is not JSON is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await request(srv.url).post('/v1/translate').set('Content-Type', 'text/plain').send('Hallo');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  test('unknown paths are 404 and wrong methods 405, both in the error model', async () => {
    const missing = await request(srv.url).get('/v1/nothing-here').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const wrong = await request(srv.url).delete('/v1/translate').expect(405);
    expect(wrong.body.error.code).toBe('METHOD_NOT_ALLOWED');
  });

  test('messages follow Accept-Language (German by default, English on request)', async () => {
    const en = await request(srv.url).get('/nope').set('Accept-Language', 'en-GB,en;q=0.9');
    expect(en.body.error.message).toBe('Not found.');
    const de = await request(srv.url).get('/nope');
    expect(de.body.error.message).toBe('Diese Adresse gibt es nicht.');
  });

  test('a hostile mix of requests in parallel leaves the service serving', async () => {
    const bad = [
      request(srv.url).post('/v1/translate').set('Content-Type', 'application/json').send('{'),
      request(srv.url)
        .post('/v1/translate')
        .send({ text: ['x'], targets: [{}] }),
      request(srv.url)
        .post('/v1/translate')
        .send({ text: 'x', targets: ['../../etc/passwd'] }),
      request(srv.url)
        .post('/v1/translate')
        .send({ text: '\u0000\uFFFF\uD800', targets: ['en'] }),
      request(srv.url)
        .post('/v1/translate')
        .send({ __proto__: { polluted: true }, text: 'x', targets: ['en'] }),
    ];
    const results = await Promise.all(bad);
    for (const r of results) {
      expect(r.status).toBeLessThan(500);
      expect(r.text).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await request(srv.url).get('/healthz').expect(200);
  });
});

describe('privacy', () => {
  test('citizen text never reaches the log', async () => {
    await request(srv.url)
      .post('/v1/translate')
      .send({ text: CITIZEN_TEXT, targets: ['en'] })
      .expect(200);
    await request(srv.url)
      .post('/v1/translate')
      .set('Content-Type', 'application/json')
      .send(`{"text": "${CITIZEN_TEXT}`);
    await request(srv.url)
      .post(`/translate?q=${encodeURIComponent(CITIZEN_TEXT)}`)
      .send({ q: CITIZEN_TEXT, source: 'de', target: 'en' });
    const log = srv.logs.join('');
    expect(log).toContain('"path":"/v1/translate"');
    expect(log).not.toContain('Mustermann');
    expect(log).not.toContain('Hafenstra');
  });
});

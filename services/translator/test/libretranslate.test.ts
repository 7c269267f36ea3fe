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

test('GET /languages lists German with the targets that work', async () => {
  const res = await request(srv.url).get('/languages').expect(200);
  expect(res.body[0]).toEqual({ code: 'de', name: 'Deutsch', targets: ['de-x-einfach', 'de-x-ls', 'en', 'gsg'] });
  expect(res.body.map((l: { code: string }) => l.code)).toEqual(['de', 'de-x-einfach', 'de-x-ls', 'en', 'gsg']);
});

test('POST /translate with JSON returns translatedText from the same engine as /v1', async () => {
  const lt = await request(srv.url)
    .post('/translate')
    .send({ q: 'Guten Tag.', source: 'de', target: 'en' })
    .expect(200);
  const v1 = await request(srv.url)
    .post('/v1/translate')
    .send({ text: 'Guten Tag.', targets: ['en'] })
    .expect(200);
  expect(lt.body).toEqual({ translatedText: v1.body.results.en.text });
});

test('POST /translate accepts form data and a list of texts, as LibreTranslate plugins send them', async () => {
  const form = await request(srv.url)
    .post('/translate')
    .type('form')
    .send({ q: 'Guten Tag.', source: 'de', target: 'en', format: 'text' })
    .expect(200);
  expect(typeof form.body.translatedText).toBe('string');
  const list = await request(srv.url)
    .post('/translate')
    .send({ q: ['Guten Tag.', 'Das Amt ist offen.'], source: 'de', target: 'en' })
    .expect(200);
  expect(list.body.translatedText).toHaveLength(2);
});

test('source auto detects German and reports it', async () => {
  const res = await request(srv.url)
    .post('/translate')
    .send({
      q: 'Bitte bringen Sie Ihren Personalausweis und die Meldebescheinigung mit.',
      source: 'auto',
      target: 'en',
    })
    .expect(200);
  expect(res.body.detectedLanguage.language).toBe('de');
  expect(res.body.detectedLanguage.confidence).toBeGreaterThan(50);
});

test('POST /detect ranks languages with confidences', async () => {
  const de = await request(srv.url)
    .post('/detect')
    .send({ q: 'Die Stadtverwaltung ist am Montag wegen einer Betriebsversammlung geschlossen.' })
    .expect(200);
  expect(de.body[0].language).toBe('de');
  const en = await request(srv.url)
    .post('/detect')
    .send({ q: 'The city office is closed on Monday because of a staff meeting.' })
    .expect(200);
  expect(en.body[0].language).toBe('en');
});

test('errors use the LibreTranslate shape, with our code beside it', async () => {
  const target = await request(srv.url)
    .post('/translate')
    .send({ q: 'Hallo.', source: 'de', target: 'xx' })
    .expect(400);
  expect(target.body).toEqual({
    error: 'Für diese Zielsprache gibt es hier keine Übersetzung.',
    code: 'UNSUPPORTED_TARGET',
  });
  const source = await request(srv.url)
    .post('/translate')
    .send({ q: 'Hello there.', source: 'en', target: 'en' })
    .expect(400);
  expect(source.body.code).toBe('UNSUPPORTED_SOURCE');
  const missing = await request(srv.url).post('/translate').send({ source: 'de', target: 'en' }).expect(400);
  expect(typeof missing.body.error).toBe('string');
  expect(missing.body.code).toBe('VALIDATION_FAILED');
  const broken = await request(srv.url)
    .post('/translate')
    .set('Content-Type', 'application/json')
    .send('{"q":')
    .expect(400);
  expect(broken.body.code).toBe('MALFORMED_JSON');
});

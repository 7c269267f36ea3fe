import request from 'supertest';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

let srv: TestServer;
// A minute for the service to start on a busy machine, like the other server tests.
beforeAll(async () => {
  srv = await startTestServer({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

test('public routes are rate limited with RATE_LIMITED and standard headers; health is not', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await request(srv.url).get('/v1/languages')).status);
  expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
  const limited = await request(srv.url).get('/v1/languages').expect(429);
  expect(limited.body.error.code).toBe('RATE_LIMITED');
  expect(limited.headers['ratelimit-policy'] ?? limited.headers['ratelimit']).toBeDefined();
  for (let i = 0; i < 10; i++) await request(srv.url).get('/healthz').expect(200);
});

test('the LibreTranslate face answers its own error shape when limited', async () => {
  for (let i = 0; i < 5; i++) await request(srv.url).get('/languages');
  const res = await request(srv.url).get('/languages').expect(429);
  expect(res.body).toEqual({ error: 'Zu viele Anfragen. Bitte warten Sie kurz.', code: 'RATE_LIMITED' });
});

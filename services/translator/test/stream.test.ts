import { ServerMessageSchema } from '@bbs/protocol';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({
    ADMIN_TOKEN,
    WS_MAX_PAYLOAD: '16kb',
    WS_MAX_BUFFERED: '256kb',
    WS_RATE_PER_SECOND: '20',
    WS_RATE_BURST: '40',
  });
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

const byType = (type: string, id?: string) => (m: Record<string, unknown>) =>
  m.type === type && (id === undefined || m.id === id);

test('greets, answers ping with pong and echoes the id', async () => {
  const c = await connect(srv.wsUrl);
  const hello = await c.next(byType('hello'));
  expect(hello).toEqual({ type: 'hello', protocol: 1, maxPayload: 16 * 1024 });
  c.send({ type: 'ping', id: 'p-1' });
  expect(await c.next(byType('pong'))).toEqual({ type: 'pong', id: 'p-1' });
  c.ws.close();
});

test('translate streams one result per target, then done; every message matches the schema', async () => {
  const c = await connect(srv.wsUrl);
  c.send({ type: 'translate', id: 't-1', text: 'Guten Tag. Das Amt ist offen.', targets: ['en'] });
  const result = await c.next(byType('result', 't-1'));
  expect(result.target).toBe('en');
  const sentences = (result.result as { sentences: { engine: string }[] }).sentences;
  expect(sentences).toHaveLength(2);
  expect(sentences[0]!.engine).toBe('model:tiny-marian-de-en');
  expect(await c.next(byType('done', 't-1'))).toEqual({ type: 'done', id: 't-1' });
  for (const m of c.messages) expect(ServerMessageSchema.safeParse(m).success).toBe(true);
  c.ws.close();
});

test('unknown types, malformed JSON, bad shapes and unsupported targets get errors; the socket stays open', async () => {
  const c = await connect(srv.wsUrl);
  c.send({ type: 'dance', id: 'x-1' });
  const unknown = await c.next(byType('error', 'x-1'));
  expect((unknown.error as { code: string }).code).toBe('UNKNOWN_MESSAGE_TYPE');
  expect((unknown.error as { details: { supported: string[] } }).details.supported).toContain('translate');

  c.send('{not json');
  const malformed = await c.next((m) => m.type === 'error' && (m.error as { code: string }).code === 'MALFORMED_JSON');
  expect(malformed.id).toBeUndefined();

  c.send({ type: 'translate', id: 'x-2', text: 17, targets: [] });
  const invalid = await c.next(byType('error', 'x-2'));
  expect((invalid.error as { code: string }).code).toBe('VALIDATION_FAILED');

  c.send({ type: 'translate', id: 'x-3', text: 'Hallo.', targets: ['xx'] });
  expect(((await c.next(byType('error', 'x-3'))).error as { code: string }).code).toBe('UNSUPPORTED_TARGET');

  c.send({ type: 'ping', id: 'still-here' });
  await c.next(byType('pong', 'still-here'));
  c.ws.close();
});

test('a frame over maxPayload closes that socket with 1009 and others are unaffected', async () => {
  const big = await connect(srv.wsUrl);
  const other = await connect(srv.wsUrl);
  big.send({ type: 'translate', id: 'big', text: 'a'.repeat(20 * 1024), targets: ['en'] });
  expect((await big.closed).code).toBe(1009);
  other.send({ type: 'ping', id: 'o' });
  await other.next(byType('pong', 'o'));
  other.ws.close();
});

test('a flood gets RATE_LIMITED, then the socket is closed with 4429, while others are served', async () => {
  const flood = await connect(srv.wsUrl);
  const calm = await connect(srv.wsUrl);
  for (let i = 0; i < 500; i++) flood.send({ type: 'ping', id: `f${i}` });
  const limited = await flood.next((m) => m.type === 'error' && (m.error as { code: string }).code === 'RATE_LIMITED');
  expect(limited).toBeDefined();
  expect((await flood.closed).code).toBe(4429);
  const pongs = flood.messages.filter((m) => m.type === 'pong').length;
  expect(pongs).toBeGreaterThanOrEqual(40);
  expect(pongs).toBeLessThan(100);
  calm.send({ type: 'ping', id: 'calm' });
  await calm.next(byType('pong', 'calm'));
  calm.ws.close();
});

test('counter channels: only counter staff publish; a subscriber needs a key for the channel', async () => {
  const keyFor = async (role: string, channel?: string): Promise<string> => {
    const res = await fetch(`${srv.url}/v1/admin/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `stream-${role}`, role, ...(channel ? { channel } : {}) }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  const screen = await connect(srv.wsUrl, {
    headers: { Authorization: `Bearer ${await keyFor('screen', 'schalter-1')}` },
  });
  screen.send({ type: 'subscribe', id: 'sub', channel: 'schalter-1' });
  await screen.next(byType('subscribed', 'sub'));

  const anonymous = await connect(srv.wsUrl);
  anonymous.send({ type: 'publish', id: 'p', channel: 'schalter-1', payload: { text: 'Hallo' } });
  expect(((await anonymous.next(byType('error', 'p'))).error as { code: string }).code).toBe('UNAUTHORIZED');

  const staff = await connect(srv.wsUrl, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  staff.send({ type: 'publish', id: 'p2', channel: 'schalter-1', payload: { text: 'Ihre Nummer: 42' } });
  expect((await staff.next(byType('published', 'p2'))).receivers).toBe(1);
  const shown = await screen.next(byType('message'));
  expect(shown).toMatchObject({ channel: 'schalter-1', payload: { text: 'Ihre Nummer: 42' } });

  // A counter key may publish (a browser console connects with a ticket); an editor key may not.
  const ticket = await fetch(`${srv.url}/v1/stream/ticket`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await keyFor('counter')}` },
  });
  expect(ticket.status).toBe(201);
  const counter = await connect(`${srv.wsUrl}?ticket=${((await ticket.json()) as { ticket: string }).ticket}`);
  counter.send({ type: 'publish', id: 'p3', channel: 'schalter-1', payload: { text: 'Bitte zu Platz 3' } });
  expect((await counter.next(byType('published', 'p3'))).receivers).toBe(1);
  expect(
    await screen.next((m) => m.type === 'message' && (m.payload as { text: string }).text === 'Bitte zu Platz 3'),
  ).toBeTruthy();
  const editor = await connect(srv.wsUrl, { headers: { Authorization: `Bearer ${await keyFor('editor')}` } });
  editor.send({ type: 'publish', id: 'p4', channel: 'schalter-1', payload: { text: 'Nein' } });
  expect(((await editor.next(byType('error', 'p4'))).error as { code: string }).code).toBe('FORBIDDEN');
  for (const c of [screen, anonymous, staff, counter, editor]) c.ws.close();
});

test('cancel stops a request and answers done with cancelled', async () => {
  const c = await connect(srv.wsUrl);
  c.send({ type: 'translate', id: 'long', text: 'Satz eins. Satz zwei. Satz drei. Satz vier.', targets: ['en'] });
  c.send({ type: 'cancel', id: 'long' });
  expect(await c.next(byType('done', 'long'))).toEqual({ type: 'done', id: 'long', cancelled: true });
  c.send({ type: 'ping', id: 'after' });
  await c.next(byType('pong', 'after'));
  expect(c.messages.filter((m) => m.type === 'result' && m.id === 'long')).toHaveLength(0);
  c.ws.close();
});

test('upgrades elsewhere than /v1/stream and from foreign origins are refused', async () => {
  await expect(connect(srv.wsUrl.replace('/v1/stream', '/v1/other'))).rejects.toThrow(/404/);
  await expect(connect(srv.wsUrl, { origin: 'https://evil.example' })).rejects.toThrow(/403/);
});

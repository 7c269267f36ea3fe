// Threat: anyone who can reach the service reads what counter screens show (names, case numbers,
// appointment times). Subscribing needs a key for the channel: a `screen` key that counter staff pair with a
// one-time code, or a counter/admin key. Messages are delivered and forgotten; the audit log records
// publishes without their text.
import { apiClient } from '../../../tests/support/api-client.js';
import type { ApiCall, ErrorReply } from '../../../tests/support/api-client.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';
import type { TestSocket } from '../../../tests/support/ws-client.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const PAIRING_RATE_MAX = 6;
let srv: TestServer;
let api: ApiCall;
const keys: Record<'counter' | 'editor', string> = { counter: '', editor: '' };
const open: TestSocket[] = [];

beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN, PAIRING_RATE_MAX: String(PAIRING_RATE_MAX) });
  api = apiClient(srv.url);
  for (const role of ['counter', 'editor'] as const) {
    keys[role] = (
      await api<{ token: string }>('POST', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
        body: { name: `sec-${role}`, role },
      })
    ).body.token;
  }
}, 60_000);
afterAll(async () => {
  for (const s of open) s.ws.close();
  await srv?.close();
});

const byType = (type: string, id?: string) => (m: Record<string, unknown>) =>
  m.type === type && (id === undefined || m.id === id);
const codeOf = (m: Record<string, unknown>) => (m.error as { code: string }).code;

async function socket(token?: string): Promise<TestSocket> {
  const s = await connect(srv.wsUrl, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  open.push(s);
  return s;
}

async function pairingCode(channel: string, token = keys.counter): Promise<string> {
  const made = await api<{ code: string; channel: string; expiresAt: string }>('POST', '/v1/screens', {
    token,
    body: { channel },
  });
  expect(made.status).toBe(201);
  expect(made.headers.get('cache-control')).toBe('no-store');
  expect(made.body.channel).toBe(channel);
  return made.body.code;
}

async function publish(channel: string, text: string): Promise<number> {
  const staff = await socket(keys.counter);
  const id = `pub-${Math.random()}`;
  staff.send({ type: 'publish', id, channel, payload: { text } });
  return (await staff.next(byType('published', id))).receivers as number;
}

test('an anonymous or wrong-role subscriber gets an error and never a message', async () => {
  const anonymous = await socket();
  anonymous.send({ type: 'subscribe', id: 'a', channel: 'schalter-1' });
  expect(codeOf(await anonymous.next(byType('error', 'a')))).toBe('UNAUTHORIZED');
  const editor = await socket(keys.editor);
  editor.send({ type: 'subscribe', id: 'e', channel: 'schalter-1' });
  expect(codeOf(await editor.next(byType('error', 'e')))).toBe('FORBIDDEN');

  expect(await publish('schalter-1', 'Frau Mustermann, bitte zu Platz 4.')).toBe(0);
  await new Promise((r) => setTimeout(r, 200));
  for (const s of [anonymous, editor]) expect(s.messages.some((m) => m.type === 'message')).toBe(false);
});

test('counter staff pair a screen; its key sees only its own channel and can do nothing else', async () => {
  // Only counter staff (and admins) hand out pairing codes.
  expect((await api('POST', '/v1/screens', { body: { channel: 'schalter-7' } })).status).toBe(401);
  expect((await api('POST', '/v1/screens', { token: keys.editor, body: { channel: 'schalter-7' } })).status).toBe(403);
  const code = await pairingCode('schalter-7');
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  // Typed on the screen as a person would: lower case, without the dash.
  const paired = await api<{ token: string; channel: string }>('POST', '/v1/screens/pair', {
    body: { code: code.toLowerCase().replace('-', '') },
  });
  expect(paired.status).toBe(201);
  expect(paired.body.channel).toBe('schalter-7');
  const screenKey = paired.body.token;
  // A code works once.
  const again = await api<ErrorReply>('POST', '/v1/screens/pair', { body: { code } });
  expect([again.status, again.body.error.code]).toEqual([400, 'PAIRING_CODE_INVALID']);
  // Only hashes of the code and the key are stored.
  const stored = await srv.store.sql.query<Record<string, unknown>>('SELECT * FROM screen_pairings');
  expect(JSON.stringify(stored.rows)).not.toContain(code.replace('-', ''));
  expect(JSON.stringify((await srv.store.sql.query('SELECT * FROM api_keys')).rows)).not.toContain(screenKey);

  const screen = await socket(screenKey);
  screen.send({ type: 'subscribe', id: 'own', channel: 'schalter-7' });
  await screen.next(byType('subscribed', 'own'));
  screen.send({ type: 'subscribe', id: 'other', channel: 'schalter-8' });
  expect(codeOf(await screen.next(byType('error', 'other')))).toBe('FORBIDDEN');
  screen.send({ type: 'publish', id: 'pub', channel: 'schalter-7', payload: { text: 'Falsch' } });
  expect(codeOf(await screen.next(byType('error', 'pub')))).toBe('FORBIDDEN');
  expect((await api('GET', '/v1/documents', { token: screenKey })).status).toBe(403);
  expect((await api('POST', '/v1/screens', { token: screenKey, body: { channel: 'schalter-7' } })).status).toBe(403);

  expect(await publish('schalter-7', 'Nummer 118 bitte zu Schalter 7.')).toBe(1);
  expect((await screen.next(byType('message'))).payload).toEqual({ text: 'Nummer 118 bitte zu Schalter 7.' });
  expect(await publish('schalter-8', 'Nummer 119 bitte zu Schalter 8.')).toBe(0);

  // Revoking the screen's key ends its access to new connections.
  const list = await api<{ keys: { id: string; role: string; channel?: string }[] }>('GET', '/v1/admin/keys', {
    token: ADMIN_TOKEN,
  });
  const key = list.body.keys.find((k) => k.role === 'screen' && k.channel === 'schalter-7')!;
  expect((await api('DELETE', `/v1/admin/keys/${key.id}`, { token: ADMIN_TOKEN })).status).toBe(200);
  expect((await api('POST', '/v1/stream/ticket', { token: screenKey })).status).toBe(401);
  const revoked = await socket(screenKey);
  revoked.send({ type: 'subscribe', id: 'r', channel: 'schalter-7' });
  expect(codeOf(await revoked.next(byType('error', 'r')))).toBe('UNAUTHORIZED');
});

test('an expired code is refused', async () => {
  const code = await pairingCode('schalter-9');
  await srv.store.sql.query(
    `UPDATE screen_pairings SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
  );
  const res = await api<ErrorReply>('POST', '/v1/screens/pair', { body: { code } });
  expect([res.status, res.body.error.code]).toEqual([400, 'PAIRING_CODE_INVALID']);
});

test('messages are not kept: a screen that subscribes later gets nothing of earlier messages, and the audit log has no text', async () => {
  const secret = 'Herr Beispielmann, Aktenzeichen 2026-4711, bitte zu Platz 2.';
  expect(await publish('schalter-5', secret)).toBe(0);
  const late = await socket(ADMIN_TOKEN);
  late.send({ type: 'subscribe', id: 'late', channel: 'schalter-5' });
  await late.next(byType('subscribed', 'late'));
  await new Promise((r) => setTimeout(r, 200));
  expect(late.messages.some((m) => m.type === 'message')).toBe(false);

  const audit = await srv.store.audit.list({ entity: 'channel', entityId: 'schalter-5' });
  expect(audit.length).toBeGreaterThanOrEqual(1);
  expect(audit.at(-1)).toMatchObject({ actor: 'sec-counter', action: 'channel.publish', details: { receivers: 0 } });
  const everything = JSON.stringify((await srv.store.sql.query('SELECT * FROM audit_log')).rows);
  expect(everything).not.toContain('Beispielmann');
  expect(srv.logs.join('')).not.toContain('Beispielmann');
});

test('pairing codes cannot be guessed: the pairing route is rate-limited far below the others', async () => {
  let limited = 0;
  for (let i = 0; i < PAIRING_RATE_MAX + 2; i++) {
    const res = await api<ErrorReply>('POST', '/v1/screens/pair', {
      body: { code: `ZZZZ-ZZZ${i % 8 === 0 ? 'Z' : 'Y'}` },
    });
    if (res.status === 429) limited++;
    else expect(res.body.error.code).toBe('PAIRING_CODE_INVALID');
  }
  expect(limited).toBeGreaterThanOrEqual(1);
});

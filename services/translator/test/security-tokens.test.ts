// Threat: keys leak where they are written down — in URLs, which proxies and servers log — or are refused
// for a spelling the standard allows. Browsers open the WebSocket with a single-use ticket; a key in the
// URL is refused; the bearer scheme is matched case-insensitively (RFC 9110 §11.1).
import WebSocket from 'ws';
import { apiClient } from '../../../tests/support/api-client.js';
import type { ApiCall } from '../../../tests/support/api-client.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';
import { StreamTickets, TICKET_TTL_MS } from '../src/ws/stream-tickets.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
let srv: TestServer;
let api: ApiCall;
let counterKey = '';
let editorKey = '';

beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN });
  api = apiClient(srv.url);
  const make = async (role: string) =>
    (
      await api<{ token: string }>('POST', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
        body: { name: `tok-${role}`, role },
      })
    ).body.token;
  counterKey = await make('counter');
  editorKey = await make('editor');
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

/** The HTTP answer to a WebSocket upgrade the server refuses. */
function refusedUpgrade(url: string): Promise<{ status: number; body: { error: { code: string } } }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.close();
      reject(new Error('the upgrade was accepted'));
    });
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    ws.on('error', () => undefined);
  });
}

async function ticketFor(token: string): Promise<string> {
  const res = await api<{ ticket: string; expiresAt: string }>('POST', '/v1/stream/ticket', { token });
  expect(res.status).toBe(201);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(Date.parse(res.body.expiresAt) - Date.now()).toBeLessThanOrEqual(TICKET_TTL_MS);
  return res.body.ticket;
}

test('a key in the WebSocket URL is refused with a clear error', async () => {
  for (const param of ['access_token', 'token']) {
    const refused = await refusedUpgrade(`${srv.wsUrl}?${param}=${counterKey}`);
    expect([refused.status, refused.body.error.code]).toEqual([400, 'TOKEN_IN_URL']);
  }
});

test('a ticket opens one connection as its holder, once', async () => {
  const ticket = await ticketFor(counterKey);
  const staff = await connect(`${srv.wsUrl}?ticket=${ticket}`);
  staff.send({ type: 'publish', id: 'p', channel: 'schalter-1', payload: { text: 'Hallo' } });
  expect((await staff.next((m) => m.type === 'published')).receivers).toBe(0);
  staff.ws.close();

  const reused = await refusedUpgrade(`${srv.wsUrl}?ticket=${ticket}`);
  expect([reused.status, reused.body.error.code]).toEqual([401, 'UNAUTHORIZED']);
  const made = await refusedUpgrade(`${srv.wsUrl}?ticket=${'A'.repeat(43)}`);
  expect(made.status).toBe(401);
  expect((await api('POST', '/v1/stream/ticket')).status).toBe(401);

  // Neither the key nor the ticket is written to the log.
  const logs = srv.logs.join('');
  expect(logs).not.toContain(ticket);
  expect(logs).not.toContain(counterKey);
});

test('a ticket expires', () => {
  let now = 1_000_000;
  const tickets = new StreamTickets(() => now);
  const { ticket } = tickets.issue({ name: 'x', role: 'counter' });
  const { ticket: second } = tickets.issue({ name: 'y', role: 'counter' });
  now += TICKET_TTL_MS - 1;
  expect(tickets.redeem(second)).toEqual({ name: 'y', role: 'counter' });
  now += 2;
  expect(tickets.redeem(ticket)).toBeUndefined();
});

test('the bearer scheme is case-insensitive, over HTTP and on the WebSocket', async () => {
  for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
    const res = await api('GET', '/v1/documents', { headers: { authorization: `${scheme} ${editorKey}` } });
    expect([scheme, res.status]).toEqual([scheme, 200]);
    const ws = await connect(srv.wsUrl, { headers: { authorization: `${scheme} ${counterKey}` } });
    ws.send({ type: 'publish', id: 'p', channel: 'schalter-2', payload: { text: 'x' } });
    expect((await ws.next((m) => m.id === 'p')).type).toBe('published');
    ws.ws.close();
  }
});

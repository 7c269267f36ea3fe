import request from 'supertest';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
let srv: TestServer;
beforeAll(async () => {
  // A generous rate limit so that the console can outpace a screen that never reads.
  srv = await startTestServer({
    ADMIN_TOKEN,
    WS_MAX_PAYLOAD: '64kb',
    WS_MAX_BUFFERED: '512kb',
    WS_RATE_PER_SECOND: '100000',
    WS_RATE_BURST: '100000',
  });
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

const slowClosed = async () => {
  const metrics = await request(srv.url).get('/metrics');
  return /ws_closed_total\{reason="slow-consumer"\} [1-9]/.test(metrics.text);
};

test('a subscriber that never reads is closed as a slow consumer; memory stays bounded', async () => {
  const auth = { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } };
  const screen = await connect(srv.wsUrl, auth);
  screen.send({ type: 'subscribe', id: 's', channel: 'schalter-3' });
  await screen.next((m) => m.type === 'subscribed');
  // Stop reading at the TCP level: the kernel buffers fill, then the server's unsent data grows.
  const socket = (screen.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  socket.pause();

  const staff = await connect(srv.wsUrl, auth);
  const text = 'Bitte gehen Sie zu Schalter 3. '.repeat(320); // ~10 KB, near the payload limit
  const heapBefore = process.memoryUsage().heapUsed;
  let sent = 0;
  while (sent < 4000 && !(await slowClosed())) {
    for (let i = 0; i < 50; i++)
      staff.send({ type: 'publish', id: `m${sent + i}`, channel: 'schalter-3', payload: { text } });
    sent += 50;
    await staff.next((m) => m.type === 'published' && m.id === `m${sent - 1}`);
  }
  expect(await slowClosed()).toBe(true);
  // Far below what would pile up for the screen without backpressure (~40 MB for 4000 messages).
  expect(sent).toBeLessThan(4000);
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);

  socket.resume();
  const { code } = await screen.closed;
  expect([4503, 1006]).toContain(code);

  staff.send({ type: 'publish', id: 'after', channel: 'schalter-3', payload: { text: 'x' } });
  expect((await staff.next((m) => m.type === 'published' && m.id === 'after')).receivers).toBe(0);
  await request(srv.url).get('/healthz').expect(200);
  staff.ws.close();
}, 60_000);

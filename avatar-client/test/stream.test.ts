// The stream client's pure parts (backoff, parsing, routing, queueing) with a fake socket, then the real
// service over a real WebSocket (Node's `ws` injected as the constructor).
import { jest } from '@jest/globals';
import WebSocket from 'ws';
import type { Timeline } from '@bbs/protocol';
import {
  BACKOFF_MAX_MS,
  BACKOFF_MIN_MS,
  CONNECTION_LABELS,
  StreamClient,
  StreamError,
  UNREACHABLE_AFTER,
  backoffDelay,
  parseServerMessage,
  type ConnectionState,
  type StreamUrl,
  type WebSocketConstructor,
  type WebSocketLike,
} from '../src/net/stream.js';
import { SentenceQueue } from '../src/player/queue.js';
import { startTestServer, type TestServer } from '../../tests/support/server.js';
import { letterTimeline } from './helpers.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';

describe('backoffDelay', () => {
  test('doubles from 0.5 s up to 10 s', () => {
    const top = (n: number) => backoffDelay(n, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(top)).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  });

  test('jitter takes up to a fifth off but never goes below 0.5 s or above 10 s', () => {
    expect(backoffDelay(3, () => 0)).toBe(3200);
    expect(backoffDelay(0, () => 0)).toBe(BACKOFF_MIN_MS);
    for (let attempt = 0; attempt < 12; attempt++) {
      for (const r of [0, 0.3, 0.7, 0.999]) {
        const d = backoffDelay(attempt, () => r);
        expect(d).toBeGreaterThanOrEqual(BACKOFF_MIN_MS);
        expect(d).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      }
    }
    expect(new Set([0, 0.5, 0.99].map((r) => backoffDelay(8, () => r))).size).toBe(3);
  });
});

describe('parseServerMessage', () => {
  test('accepts valid server messages and rejects everything else', () => {
    expect(parseServerMessage('{"type":"pong","id":"a"}')).toEqual({ type: 'pong', id: 'a' });
    expect(parseServerMessage('not json')).toBeNull();
    expect(parseServerMessage('{"type":"pong"}')).toBeNull();
    expect(parseServerMessage('{"type":"nonsense","id":"a"}')).toBeNull();
    expect(parseServerMessage(Buffer.from('{"type":"done","id":"x"}'))).toEqual({ type: 'done', id: 'x' });
  });
});

/** A socket driven by the test. */
class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(msg: unknown) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
}

describe('StreamClient with a fake socket', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  const make = () => {
    const states: ConnectionState[] = [];
    const client = new StreamClient('ws://x/v1/stream', {
      WebSocket: FakeSocket as unknown as WebSocketConstructor,
      random: () => 1,
    });
    client.onState((s) => states.push(s));
    return { client, states, socket: () => FakeSocket.all.at(-1)! };
  };

  test('queues requests until open and routes timelines by id, in order, then done', async () => {
    const { client, socket } = make();
    const got: number[] = [];
    const done = client.sign('Hallo. Tschüss.', 1.2, (_tl, i) => got.push(i));
    expect(socket().sent).toEqual([]);
    socket().open();
    expect(socket().sent).toEqual([{ type: 'sign', id: 'sign-1', text: 'Hallo. Tschüss.', speed: 1.2 }]);
    const tl = letterTimeline();
    socket().receive({ type: 'hello', protocol: 1, maxPayload: 65536 });
    socket().receive({ type: 'timeline', id: 'other', sentence: 0, timeline: tl });
    socket().receive({ type: 'timeline', id: 'sign-1', sentence: 0, timeline: tl });
    socket().receive({ type: 'timeline', id: 'sign-1', sentence: 1, timeline: tl });
    socket().receive({ type: 'timeline', id: 'sign-1', sentence: 'bad', timeline: tl });
    expect(got).toEqual([0, 1]);
    socket().receive({ type: 'done', id: 'sign-1' });
    await expect(done).resolves.toHaveLength(2);
  });

  test('routes channel messages to subscribers and turns error replies into rejections', async () => {
    const { client, socket } = make();
    socket().open();
    const a: string[] = [];
    const off = client.subscribe('schalter-1', (m) => a.push(m.payload.text));
    expect(socket().sent.at(-1)).toMatchObject({ type: 'subscribe', channel: 'schalter-1' });
    socket().receive({ type: 'message', channel: 'schalter-1', payload: { text: 'Eins' }, at: 'now' });
    socket().receive({ type: 'message', channel: 'schalter-2', payload: { text: 'Zwei' }, at: 'now' });
    off();
    expect(socket().sent.at(-1)).toMatchObject({ type: 'unsubscribe', channel: 'schalter-1' });
    socket().receive({ type: 'message', channel: 'schalter-1', payload: { text: 'Drei' }, at: 'now' });
    expect(a).toEqual(['Eins']);
    const pub = client.publish('schalter-1', { text: 'x' });
    socket().receive({ type: 'error', id: 'pub-3', error: { code: 'FORBIDDEN', message: 'nein' } });
    await expect(pub).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  test('reconnects with backoff, resubscribes, and reports unreachable after repeated failures', async () => {
    const { client, states, socket } = make();
    client.subscribe('schalter-1', () => {});
    socket().open();
    const pending = client.sign('Hallo.');
    socket().drop();
    await expect(pending).rejects.toMatchObject({ code: 'DISCONNECTED' });
    expect(states).toEqual(['connecting', 'open', 'reconnecting']);
    jest.advanceTimersByTime(499);
    expect(FakeSocket.all).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
    socket().open();
    expect(states.at(-1)).toBe('open');
    expect(socket().sent).toEqual([{ type: 'subscribe', id: expect.any(String), channel: 'schalter-1' }]);
    // The service stays away: delays grow, the state turns to unreachable.
    for (let i = 0; i <= UNREACHABLE_AFTER; i++) {
      socket().drop();
      jest.advanceTimersByTime(BACKOFF_MAX_MS);
    }
    expect(states.at(-1)).toBe('unreachable');
    expect(CONNECTION_LABELS[states.at(-1)!]).toBe('Dienst nicht erreichbar');
    client.close();
    const count = FakeSocket.all.length;
    jest.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(count);
  });
});

describe('SentenceQueue', () => {
  test('plays the first sentence at once and the next ones when the previous ended', () => {
    const loaded: Timeline[] = [];
    let idle = 0;
    const q = new SentenceQueue(
      { load: (tl) => loaded.push(tl) },
      () => {},
      () => idle++,
    );
    const a = letterTimeline(1);
    const b = letterTimeline(1.5);
    const c = letterTimeline(0.5);
    q.push(a);
    q.push(b);
    expect(loaded).toEqual([a]);
    q.ended();
    expect(loaded).toEqual([a, b]);
    q.push(c);
    q.clear();
    q.ended();
    expect(idle).toBe(1);
    expect(q.playing).toBe(false);
    q.ended();
    expect(idle).toBe(1);
  });
});

describe('StreamClient against the real service', () => {
  let srv: TestServer;
  const clients: StreamClient[] = [];
  const connect = (url: StreamUrl = srv.wsUrl) => {
    const c = new StreamClient(url, { WebSocket: WebSocket as unknown as WebSocketConstructor });
    clients.push(c);
    return c;
  };
  /** As the browser pages connect with a key: a fresh single-use ticket for every attempt. */
  const withTicket = (token: string) => async () => {
    const res = await fetch(`${srv.url}/v1/stream/ticket`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status === 401) throw new StreamError('UNAUTHORIZED', 'refused');
    return `${srv.wsUrl}?ticket=${((await res.json()) as { ticket: string }).ticket}`;
  };
  const waitFor = (c: StreamClient, state: ConnectionState) =>
    new Promise<void>((resolve) => {
      const off = c.onState((s) => {
        if (s === state) {
          queueMicrotask(() => off());
          resolve();
        }
      });
    });

  // A minute for the service to start on a busy machine, like the other server tests.
  beforeAll(async () => {
    srv = await startTestServer({ ADMIN_TOKEN });
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    await srv?.close();
  });

  test('sign: one timeline per sentence, in order, then done', async () => {
    const c = connect();
    const order: number[] = [];
    const texts: string[] = [];
    const timelines = await c.sign('Ihr Termin ist am Montag. Bitte bringen Sie den Ausweis mit.', 1, (tl, i) => {
      order.push(i);
      texts.push(tl.sentence?.text ?? '');
    });
    expect(order).toEqual([0, 1]);
    expect(timelines).toHaveLength(2);
    expect(texts[0]).toContain('Montag');
    expect(texts[1]).toContain('Ausweis');
    expect(timelines[0]!.items.map((i) => i.gloss)).toContain('MONTAG');
  });

  test('subscribe, then a publish from a staff connection with the admin token arrives', async () => {
    const screen = connect(withTicket(ADMIN_TOKEN));
    const got = new Promise<string>((resolve) => screen.subscribe('schalter-1', (m) => resolve(m.payload.text)));
    await waitFor(screen, 'open');
    // The subscribe goes out on open; publishing again until one receiver counts waits for the server to have it.
    const staff = connect(withTicket(ADMIN_TOKEN));
    let receivers = 0;
    for (let i = 0; i < 20 && receivers === 0; i++) {
      receivers = await staff.publish('schalter-1', { text: 'Nummer 17 bitte zu Schalter 1.' });
      if (receivers === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(receivers).toBe(1);
    await expect(got).resolves.toBe('Nummer 17 bitte zu Schalter 1.');
    // Without a key, publishing is refused; with a refused key the client stops trying and says so.
    await expect(connect().publish('schalter-1', { text: 'x' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const revoked = connect(withTicket('bbs_' + 'x'.repeat(43)));
    await expect(revoked.publish('schalter-1', { text: 'x' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(revoked.state).toBe('unauthorized');
  });

  test('when the service goes away the state turns to reconnecting', async () => {
    const own = await startTestServer();
    const c = new StreamClient(own.wsUrl, { WebSocket: WebSocket as unknown as WebSocketConstructor });
    clients.push(c);
    await waitFor(c, 'open');
    const reconnecting = waitFor(c, 'reconnecting');
    await own.close();
    await reconnecting;
    expect(c.state).toBe('reconnecting');
    c.close();
  });
});

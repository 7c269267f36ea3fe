import { ServerMessageSchema } from '@bbs/protocol';
import type { ClientMessage, ServerMessage, Timeline } from '@bbs/protocol';

/**
 * Client of the service's WebSocket `/v1/stream` (protocol: services/protocol/src/stream.ts). Every incoming
 * message is validated with `ServerMessageSchema`; requests are matched by the `id` the server echoes; channel
 * subscriptions survive reconnects; reconnects back off exponentially (0.5 s … 10 s, with jitter).
 *
 * The WebSocket constructor is injectable so that Node tests can pass the `ws` package.
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'unreachable' | 'unauthorized';

/** What the UI shows for each state (German, for citizens and staff). */
export const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Verbinde …',
  open: 'Verbunden',
  reconnecting: 'Verbindung unterbrochen – neuer Versuch …',
  unreachable: 'Dienst nicht erreichbar',
  unauthorized: 'Zugang abgelehnt: der Schlüssel gilt nicht (mehr)',
};

/** The part of the WebSocket API the client uses (the browser's WebSocket and `ws` both have it). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;
/**
 * Where to connect, asked anew for every attempt: a single-use ticket URL cannot be reused on reconnect. A
 * provider that throws a StreamError `UNAUTHORIZED` ends the attempts (the key was revoked).
 */
export type StreamUrl = string | (() => Promise<string>);

const OPEN = 1;
export const BACKOFF_MIN_MS = 500;
export const BACKOFF_MAX_MS = 10_000;
/** After this many failed attempts in a row the state turns from `reconnecting` to `unreachable`. */
export const UNREACHABLE_AFTER = 5;

/**
 * Delay before reconnect attempt `attempt` (0 = first retry): doubles from 0.5 s up to 10 s; the jitter
 * takes up to a fifth off, so that many screens restarted together do not reconnect in lock-step; never
 * below 0.5 s.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, attempt));
  return Math.max(BACKOFF_MIN_MS, Math.round(cap * (0.8 + 0.2 * random())));
}

/** Parses and validates one incoming frame; `null` for anything that is not a valid server message. */
export function parseServerMessage(data: unknown): ServerMessage | null {
  const text = typeof data === 'string' ? data : String(data);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ServerMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export class StreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StreamError';
  }
}

export type ChannelPayload = Extract<ServerMessage, { type: 'message' }>['payload'];
export type ChannelMessage = Extract<ServerMessage, { type: 'message' }>;

interface Pending {
  onMessage(msg: ServerMessage): void;
  fail(err: Error): void;
}

export interface StreamClientOptions {
  WebSocket?: WebSocketConstructor;
  random?: () => number;
  /** Called for every validated message (tests, logging). */
  onAny?: (msg: ServerMessage) => void;
}

type Outgoing = ClientMessage | { type: string; id: string; [k: string]: unknown };

export class StreamClient {
  state: ConnectionState = 'connecting';
  private ws: WebSocketLike | null = null;
  private readonly Ctor: WebSocketConstructor;
  private readonly random: () => number;
  private readonly stateListeners = new Set<(s: ConnectionState) => void>();
  private readonly channels = new Map<string, Set<(m: ChannelMessage) => void>>();
  private readonly pending = new Map<string, Pending>();
  private readonly outbox: string[] = [];
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private seq = 0;

  constructor(
    readonly url: StreamUrl,
    private readonly options: StreamClientOptions = {},
  ) {
    const Ctor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!Ctor) throw new Error('no WebSocket implementation');
    this.Ctor = Ctor;
    this.random = options.random ?? Math.random;
    this.open();
  }

  onState(fn: (s: ConnectionState) => void): () => void {
    this.stateListeners.add(fn);
    fn(this.state);
    return () => this.stateListeners.delete(fn);
  }

  /** Signs `text`; `onTimeline` gets each sentence's timeline as it arrives; resolves with all of them. */
  sign(text: string, speed = 1, onTimeline?: (timeline: Timeline, sentence: number) => void): Promise<Timeline[]> {
    const timelines: Timeline[] = [];
    return this.request({ type: 'sign', id: this.nextId('sign'), text, speed }, (msg) => {
      if (msg.type === 'timeline') {
        timelines[msg.sentence] = msg.timeline;
        onTimeline?.(msg.timeline, msg.sentence);
        return undefined;
      }
      if (msg.type === 'done') return { value: timelines };
      return undefined;
    });
  }

  /** Receives the messages published to `channel` (also after reconnects); returns the unsubscribe. */
  subscribe(channel: string, fn: (m: ChannelMessage) => void): () => void {
    let set = this.channels.get(channel);
    if (!set) {
      set = new Set();
      this.channels.set(channel, set);
      if (this.ws?.readyState === OPEN) this.sendRaw({ type: 'subscribe', id: this.nextId('sub'), channel });
    }
    set.add(fn);
    return () => {
      const s = this.channels.get(channel);
      if (!s) return;
      s.delete(fn);
      if (s.size === 0) {
        this.channels.delete(channel);
        if (this.ws?.readyState === OPEN) this.sendRaw({ type: 'unsubscribe', id: this.nextId('sub'), channel });
      }
    };
  }

  /** Publishes to a channel (needs a connection opened with the admin token); resolves with the receivers. */
  publish(channel: string, payload: ChannelPayload): Promise<number> {
    return this.request({ type: 'publish', id: this.nextId('pub'), channel, payload }, (msg) =>
      msg.type === 'published' ? { value: msg.receivers } : undefined,
    );
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      ws.onclose = ws.onmessage = ws.onerror = ws.onopen = null;
      ws.close(1000, 'bye');
    }
    this.failAll(new StreamError('CLOSED', 'Verbindung geschlossen'));
  }

  /** Routes one validated message to its request or channel (public for tests). */
  route(msg: ServerMessage): void {
    this.options.onAny?.(msg);
    if (msg.type === 'message') {
      for (const fn of this.channels.get(msg.channel) ?? []) fn(msg);
      return;
    }
    if (msg.type === 'hello') return;
    const id = 'id' in msg ? msg.id : undefined;
    if (id === undefined) return;
    this.pending.get(id)?.onMessage(msg);
  }

  private request<T>(msg: Outgoing, handle: (msg: ServerMessage) => { value: T } | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const id = msg.id;
      this.pending.set(id, {
        onMessage: (m) => {
          if (m.type === 'error') {
            this.pending.delete(id);
            reject(new StreamError(m.error.code, m.error.message));
            return;
          }
          const done = handle(m);
          if (done) {
            this.pending.delete(id);
            resolve(done.value);
          }
        },
        fail: reject,
      });
      this.sendRaw(msg);
    });
  }

  private nextId(prefix: string): string {
    return `${prefix}-${++this.seq}`;
  }

  private sendRaw(msg: Outgoing): void {
    const data = JSON.stringify(msg);
    if (this.ws?.readyState === OPEN) this.ws.send(data);
    else this.outbox.push(data);
  }

  private setState(s: ConnectionState): void {
    if (this.state === s) return;
    this.state = s;
    for (const fn of this.stateListeners) fn(s);
  }

  private failAll(err: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.fail(err);
  }

  private open(): void {
    if (this.closed) return;
    if (typeof this.url === 'string') return this.connect(this.url);
    this.url().then(
      (url) => this.connect(url),
      (err: unknown) => {
        if (this.closed) return;
        if (err instanceof StreamError && err.code === 'UNAUTHORIZED') {
          this.setState('unauthorized');
          this.failAll(err);
          return;
        }
        this.scheduleReconnect();
      },
    );
  }

  private connect(url: string): void {
    if (this.closed) return;
    let ws: WebSocketLike;
    try {
      ws = new this.Ctor(url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.failures = 0;
      this.setState('open');
      for (const channel of this.channels.keys()) {
        ws.send(JSON.stringify({ type: 'subscribe', id: this.nextId('sub'), channel }));
      }
      for (const data of this.outbox.splice(0)) ws.send(data);
    };
    ws.onmessage = (ev) => {
      const msg = parseServerMessage(ev.data);
      if (msg) this.route(msg);
    };
    ws.onerror = () => {
      // A close event always follows.
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      // Requests in flight are lost with the connection; the caller decides whether to ask again.
      this.outbox.length = 0;
      this.failAll(new StreamError('DISCONNECTED', 'Verbindung unterbrochen'));
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    this.failures++;
    this.setState(this.failures > UNREACHABLE_AFTER ? 'unreachable' : 'reconnecting');
    const delay = backoffDelay(this.failures - 1, this.random);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.open();
    }, delay);
  }
}

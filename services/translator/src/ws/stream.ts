import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  ClientMessageSchema,
  DGS,
  STREAM_PATH,
  STREAM_TICKET_PARAM,
  clientMessageTypes,
  closeCodeFor,
  errorBody,
  errorStatus,
} from '@bbs/protocol';
import type { ClientMessage, ErrorCode, ServerMessage } from '@bbs/protocol';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import type { Config } from '../config.js';
import type { DgsEngine } from '../engines/dgs.js';
import type { TranslationService } from '../engines/translation-service.js';
import type { Authenticator, Principal } from '../http/auth.js';
import { bearerToken } from '../http/auth.js';
import { ApiError } from '../http/errors.js';
import { issuesOf } from '../http/validate.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { AuditRepository } from '../store/index.js';
import type { ChannelHub, ChannelSubscriber } from './channels.js';
import type { StreamTickets } from './stream-tickets.js';
import { TokenBucket } from './token-bucket.js';

export interface StreamDeps {
  server: Server;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  translation: TranslationService;
  dgs: DgsEngine;
  hub: ChannelHub;
  /** Publishing needs a `counter` or `admin` key; subscribing a `screen` key of the channel, or those two. */
  auth: Authenticator;
  /** Browsers open the stream with a single-use ticket, never with a key in the URL. */
  tickets: StreamTickets;
  /** Publishes are recorded (channel, who, how many screens), never their text. */
  audit: Pick<AuditRepository, 'append'>;
  isShuttingDown: () => boolean;
}

const MAX_SUBSCRIPTIONS = 8;
/** A connection that keeps flooding after this many refused messages is closed. */
const MAX_RATE_VIOLATIONS = 50;

function rejectUpgrade(socket: Duplex, code: ErrorCode): void {
  const body = JSON.stringify(errorBody(code));
  socket.end(
    `HTTP/1.1 ${errorStatus(code)} ${code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function sameHostOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Query parameters that would put a key into logs; refused rather than silently ignored. */
const KEY_PARAMS = ['access_token', 'token', 'key', 'api_key'];

/** May this caller see what counter screen `channel` shows? */
function maySubscribe(principal: Principal, channel: string): boolean {
  if (principal.role === 'screen') return principal.channel === channel;
  return principal.role === 'counter' || principal.role === 'admin';
}

/**
 * The WebSocket `/v1/stream` (DESIGN §4): schema-checked messages with echoed ids, heartbeat, small
 * maxPayload, a token bucket per connection, a cap on requests in flight, and backpressure: a connection
 * whose unsent data passes WS_MAX_BUFFERED is closed (4503), so a client that never reads cannot grow
 * server memory.
 */
export function attachStream(deps: StreamDeps) {
  const { config, logger, metrics } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.WS_MAX_PAYLOAD, perMessageDeflate: false });

  deps.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== STREAM_PATH) return rejectUpgrade(socket, 'NOT_FOUND');
    if (deps.isShuttingDown()) return rejectUpgrade(socket, 'SHUTTING_DOWN');
    const origin = req.headers.origin;
    if (origin !== undefined && !config.CORS_ORIGINS.includes(origin)) {
      if (!sameHostOrigin(origin, req.headers.host)) return rejectUpgrade(socket, 'FORBIDDEN');
    }
    if (KEY_PARAMS.some((p) => url.searchParams.has(p))) return rejectUpgrade(socket, 'TOKEN_IN_URL');
    const ticket = url.searchParams.get(STREAM_TICKET_PARAM);
    let principal: Promise<Principal | undefined>;
    if (ticket !== null) {
      const holder = deps.tickets.redeem(ticket);
      if (!holder) return rejectUpgrade(socket, 'UNAUTHORIZED');
      principal = Promise.resolve(holder);
    } else {
      // Resolved once per connection, awaited only by publish and subscribe: a viewer never waits for the store.
      principal = deps.auth.authenticate(bearerToken(req)).catch(() => undefined);
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, principal));
  });

  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        metrics.wsClosed.labels('heartbeat').inc();
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, config.WS_HEARTBEAT_MS);
  heartbeat.unref();

  function onConnection(ws: WebSocket, principal: Promise<Principal | undefined>): void {
    metrics.wsConnections.inc();
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    const bucket = new TokenBucket(config.WS_RATE_PER_SECOND, config.WS_RATE_BURST);
    const inFlight = new Map<string, AbortController>();
    const channels = new Set<string>();
    let violations = 0;
    let closing = false;

    const closeFor = (code: ErrorCode, reason: string): void => {
      if (closing) return;
      closing = true;
      metrics.wsClosed.labels(reason).inc();
      ws.close(closeCodeFor(code), code);
      // The close frame waits behind unsent data; a peer that does not read never gets it.
      setTimeout(() => ws.terminate(), 1000).unref();
    };

    const send = (msg: ServerMessage): void => {
      if (closing || ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > config.WS_MAX_BUFFERED) {
        logger.warn({ buffered: ws.bufferedAmount }, 'closing slow WebSocket consumer');
        closeFor('SLOW_CONSUMER', 'slow-consumer');
        return;
      }
      ws.send(JSON.stringify(msg));
    };
    const sendError = (code: ErrorCode, id?: string, details?: unknown): void => {
      send({ type: 'error', ...(id ? { id } : {}), ...errorBody(code, details) });
    };
    const subscriber: ChannelSubscriber = {
      deliver: (_channel, message) => {
        if (closing || ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > config.WS_MAX_BUFFERED) {
          closeFor('SLOW_CONSUMER', 'slow-consumer');
          return;
        }
        ws.send(message);
      },
    };

    send({ type: 'hello', protocol: 1, maxPayload: config.WS_MAX_PAYLOAD });

    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (closing) return;
      if (!bucket.take()) {
        violations++;
        metrics.wsMessages.labels('unknown', 'rate-limited').inc();
        if (violations === 1) sendError('RATE_LIMITED');
        if (violations > MAX_RATE_VIOLATIONS) closeFor('RATE_LIMITED', 'flood');
        return;
      }
      violations = 0;
      const msg = parseMessage(data, isBinary);
      if (!msg) return;
      metrics.wsMessages.labels(msg.type, 'accepted').inc();
      handle(msg);
    });

    ws.on('error', (err) => {
      // e.g. a frame over maxPayload: ws closes with 1009 itself.
      logger.info({ err: { message: err.message } }, 'WebSocket protocol error');
    });

    ws.on('close', () => {
      metrics.wsConnections.dec();
      closing = true;
      for (const controller of inFlight.values()) controller.abort();
      inFlight.clear();
      deps.hub.unsubscribeAll(subscriber);
    });

    function parseMessage(data: RawData, isBinary: boolean): ClientMessage | undefined {
      if (isBinary) {
        sendError('VALIDATION_FAILED', undefined, [{ path: '', message: 'binary frames are not accepted' }]);
        return undefined;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(data.toString());
      } catch {
        metrics.wsMessages.labels('unknown', 'malformed').inc();
        sendError('MALFORMED_JSON');
        return undefined;
      }
      const parsed = ClientMessageSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as { type?: unknown; id?: unknown };
      const id = typeof obj.id === 'string' && obj.id.length <= 64 ? obj.id : undefined;
      if (typeof obj.type !== 'string' || !clientMessageTypes.includes(obj.type as ClientMessage['type'])) {
        metrics.wsMessages.labels('unknown', 'unknown-type').inc();
        sendError('UNKNOWN_MESSAGE_TYPE', id, { supported: clientMessageTypes });
      } else {
        metrics.wsMessages.labels(obj.type, 'invalid').inc();
        sendError('VALIDATION_FAILED', id, issuesOf(parsed.error));
      }
      return undefined;
    }

    function handle(msg: ClientMessage): void {
      switch (msg.type) {
        case 'ping':
          return send({ type: 'pong', id: msg.id });
        case 'translate':
          return runRequest(msg.id, msg.targets, async (signal) => {
            await Promise.all(
              [...new Set(msg.targets)].map(async (target) => {
                const result = await deps.translation.translate(msg.text, target, signal, msg.format);
                if (!signal.aborted) send({ type: 'result', id: msg.id, target, result });
              }),
            );
          });
        case 'sign': {
          if (msg.text === undefined && msg.glosses === undefined) {
            return sendError('VALIDATION_FAILED', msg.id, [{ path: 'text', message: 'text or glosses is required' }]);
          }
          // One timeline per sentence, each sent as soon as it is compiled, so the avatar starts on the
          // first sentence while the rest is still being prepared.
          return runRequest(msg.id, [DGS], async (signal) => {
            const sentences = msg.text !== undefined ? deps.dgs.gloss(msg.text) : [deps.dgs.fromGlosses(msg.glosses!)];
            for (const [i, sentence] of sentences.entries()) {
              if (signal.aborted) return;
              const timeline = deps.dgs.timeline(sentence, msg.speed, i === sentences.length - 1);
              send({ type: 'timeline', id: msg.id, sentence: i, timeline });
              await new Promise((resolve) => setImmediate(resolve));
            }
          });
        }
        case 'subscribe': {
          void principal.then((p) => {
            if (!p) return sendError('UNAUTHORIZED', msg.id);
            if (!maySubscribe(p, msg.channel)) return sendError('FORBIDDEN', msg.id, { channel: msg.channel });
            if (closing) return;
            if (!channels.has(msg.channel) && channels.size >= MAX_SUBSCRIPTIONS) {
              return sendError('VALIDATION_FAILED', msg.id, [{ path: 'channel', message: 'too many subscriptions' }]);
            }
            channels.add(msg.channel);
            deps.hub.subscribe(msg.channel, subscriber);
            send({ type: 'subscribed', id: msg.id, channel: msg.channel });
          });
          return;
        }
        case 'unsubscribe':
          channels.delete(msg.channel);
          deps.hub.unsubscribe(msg.channel, subscriber);
          return send({ type: 'unsubscribed', id: msg.id, channel: msg.channel });
        case 'publish': {
          void principal.then(async (p) => {
            if (!p) return sendError('UNAUTHORIZED', msg.id);
            if (p.role !== 'counter' && p.role !== 'admin') return sendError('FORBIDDEN', msg.id);
            const message: ServerMessage = {
              type: 'message',
              channel: msg.channel,
              payload: msg.payload,
              at: new Date().toISOString(),
            };
            // Delivered, then forgotten: no copy of what a screen showed is kept, only that it was sent.
            const receivers = deps.hub.publish(msg.channel, JSON.stringify(message));
            send({ type: 'published', id: msg.id, channel: msg.channel, receivers });
            await deps.audit
              .append({
                actor: p.name,
                action: 'channel.publish',
                entity: 'channel',
                entityId: msg.channel,
                details: { receivers, ...(msg.payload.target ? { target: msg.payload.target } : {}) },
              })
              .catch((err: unknown) =>
                logger.error({ err: { name: (err as Error)?.name } }, 'channel publish not audited'),
              );
          });
          return;
        }
        case 'cancel': {
          const controller = inFlight.get(msg.id);
          if (controller) {
            controller.abort();
            inFlight.delete(msg.id);
          }
          return send({ type: 'done', id: msg.id, cancelled: true });
        }
      }
    }

    function runRequest(id: string, targets: string[], work: (signal: AbortSignal) => Promise<void>): void {
      if (inFlight.has(id)) {
        return sendError('VALIDATION_FAILED', id, [{ path: 'id', message: 'a request with this id is running' }]);
      }
      if (inFlight.size >= config.WS_MAX_IN_FLIGHT) return sendError('RATE_LIMITED', id);
      try {
        deps.translation.assertTargets(targets);
      } catch (err) {
        const e = err as ApiError;
        return sendError(e.code, id, e.details);
      }
      const controller = new AbortController();
      inFlight.set(id, controller);
      work(controller.signal)
        .then(() => {
          if (!controller.signal.aborted) send({ type: 'done', id });
        })
        .catch((err: unknown) => {
          if (controller.signal.aborted) return;
          if (err instanceof ApiError) sendError(err.code, id, err.details);
          else {
            logger.error({ err: { message: (err as Error)?.message } }, 'stream request failed');
            sendError('INTERNAL', id);
          }
        })
        .finally(() => {
          if (inFlight.get(id) === controller) inFlight.delete(id);
        });
    }
  }

  return {
    wss,
    async close(): Promise<void> {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(1001, 'SHUTTING_DOWN');
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          for (const ws of wss.clients) ws.terminate();
          resolve();
        }, 1000);
        force.unref();
        wss.close(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { buildOpenApiDocument } from '@bbs/protocol';
import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { oneSentencePerLine, type Analyzer, type GlossaryEntry } from '@bbs/language';
import type { Config } from './config.js';
import type { DgsEngine } from './engines/dgs.js';
import { EinfacheSpracheEngine } from './engines/einfache-sprache.js';
import { LiveGlossary } from './glossary/live-glossary.js';
import { glossaryRoutes } from './http/routes-glossary.js';
import { acceptLeichteSprache, LeichteSpracheEngine } from './engines/leichte-sprache.js';
import { ModelEngine } from './engines/model-engine.js';
import { ModelWithRules } from './engines/model-with-rules.js';
import { WithGuard } from './engines/guard.js';
import { WithTerminology } from './engines/terminology.js';
import { EngineRegistry } from './engines/registry.js';
import { TranslationService } from './engines/translation-service.js';
import { createAuthenticator } from './http/auth.js';
import { errorHandler, sendError } from './http/errors.js';
import { adminRoutes } from './http/routes-admin.js';
import { counterRoutes } from './http/routes-counter.js';
import { analyzeRoutes } from './http/routes-analyze.js';
import { documentRoutes } from './http/routes-documents.js';
import { dgsRoutes } from './http/routes-dgs.js';
import { leichteSpracheRoutes } from './http/routes-leichte-sprache.js';
import { landingPage } from './http/landing.js';
import { lexiconRoutes } from './http/routes-lexicon.js';
import { libreTranslateRoutes, ltErrorBody } from './http/routes-libretranslate.js';
import { opsRoutes } from './http/routes-ops.js';
import { publicRoutes } from './http/routes-public.js';
import { speechRoutes } from './http/routes-speech.js';
import { SpeechService } from './speech/speech-service.js';
import { v1Routes } from './http/routes-v1.js';
import { videoRoutes } from './http/routes-videos.js';
import { VideoService } from './video/video-service.js';
import type { Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import type { Metrics } from './metrics.js';
import type { ModelRuntime } from './models/runtime.js';
import { ReviewService } from './review/review-service.js';
import type { Store } from './store/index.js';
import { VERSION } from './version.js';
import { attachStream } from './ws/stream.js';
import { ChannelHub } from './ws/channels.js';
import { StreamTickets } from './ws/stream-tickets.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  store: Store;
  runtime: ModelRuntime;
  /** The German analysis (see language-resources.ts); built once per process. */
  analyzer: Analyzer;
  /** Hard words and their explanations for Leichte Sprache (see language-resources.ts). */
  glossary: readonly GlossaryEntry[];
  /** German → DGS glosses and timelines (see engines/dgs.ts). */
  dgs: DgsEngine;
  metrics?: Metrics;
}

export interface App {
  /** Not listening yet: the caller listens (tests on port 0). */
  server: Server;
  registry: EngineRegistry;
  metrics: Metrics;
  /** Stops taking work, lets what runs finish within the grace time, closes sockets. Not the store. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createApp(deps: AppDeps): App {
  const { config, logger } = deps;
  const metrics = deps.metrics ?? createMetrics(config.METRICS_DEFAULT);
  const registry = new EngineRegistry();
  const translation = new TranslationService(registry, deps.analyzer, async (target, sentences) => {
    try {
      const recalled = await deps.store.memory.recall(target, sentences, { sourceLang: 'de', limit: 1 });
      return recalled.map(({ exact, similar }) => ({
        ...(exact ? { output: exact.targetText } : {}),
        ...(similar
          ? {
              suggestion: {
                source: similar.sourceText,
                output: similar.targetText,
                score: Math.round(similar.score * 100) / 100,
              },
            }
          : {}),
      }));
    } catch (err) {
      // Without the memory the engines still translate; the sentence is then machine-made, and says so.
      logger.warn({ err: { name: (err as Error).name } }, 'translation memory lookup failed');
      return [];
    }
  });
  const auth = createAuthenticator(deps.store.apiKeys, config.ADMIN_TOKEN);
  // This instance's lexicon: the shipped signs with the reviewers' decisions from the store laid over.
  const dgs = deps.dgs.fork();
  void deps.store.signReviews
    .current()
    .then((entries) => dgs.applyReviewedSigns(entries))
    .catch((err: unknown) => logger.error({ err: { name: (err as Error).name } }, 'reviewed signs not loaded'));
  const review = new ReviewService(deps.store, translation, dgs, () => registry.available().map((l) => l.code));
  const speech = new SpeechService({
    enabled: config.SPEECH === 'on',
    binary: config.ESPEAK_BINARY,
    concurrency: config.SPEECH_CONCURRENCY,
    cacheBytes: config.SPEECH_CACHE,
  });
  let shuttingDown = false;

  // The shipped glossary with editors' changes laid over it, as soon as the store answers.
  const glossary = new LiveGlossary(deps.glossary);
  void deps.store.glossaryTerms
    .current()
    .then((changes) => glossary.apply(changes.map((c) => ({ key: c.key, entry: c.entry ?? null }))))
    .catch((err: unknown) => logger.error({ err: { name: (err as Error).name } }, 'glossary changes not loaded'));

  // Engines appear as their models finish loading; /v1/languages lists only what works.
  const lsRules = new LeichteSpracheEngine(glossary);
  registry.register(lsRules);
  registry.register(new EinfacheSpracheEngine(glossary));
  registry.register(dgs);
  deps.runtime.onModelReady((entry) => {
    const model = new ModelEngine(entry, deps.runtime);
    // Spoken targets: the city's terms first, then the guard, which shows the German source for what fails.
    if (entry.task === 'translation') {
      const withTerms = new WithTerminology(model);
      registry.register(config.TRANSLATION_GUARD === 'on' ? new WithGuard(withTerms) : withTerms);
    }
    // Trained Leichte Sprache and gloss models go in front of the rules, which guard them sentence by sentence.
    if (entry.task === 'simplification') {
      registry.prefer(new ModelWithRules(model, lsRules, acceptLeichteSprache(glossary), oneSentencePerLine));
    }
    if (entry.task === 'gloss')
      registry.prefer(new ModelWithRules(model, dgs, (_s, out, rules) => dgs.acceptsModelGlosses(out, rules)));
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const openApi = buildOpenApiDocument(VERSION);

  app.use(
    pinoHttp({
      logger,
      genReqId: (req: IncomingMessage, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Method, path and status only: query strings and bodies can carry citizen text.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use((req, res, next) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      end({ route, status: String(res.statusCode) });
    });
    next();
  });
  app.use(helmet());
  app.use(
    cors({
      // Only the city sites that embed the avatar may call from a browser; others get no CORS headers.
      origin: (origin, cb) => cb(null, origin !== undefined && config.CORS_ORIGINS.includes(origin)),
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      // Range and its answers: players and the embed fetch interpreter videos by byte range.
      allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id', 'Range', 'If-Range'],
      exposedHeaders: ['X-Request-Id', 'Content-Range', 'Accept-Ranges', 'Content-Length', 'ETag'],
      maxAge: 600,
    }),
  );

  const clientBuilt = existsSync(join(config.CLIENT_DIR, 'index.html'));
  app.get('/', (_req, res) => {
    // The preview is the landing page; without a built client, a German page says how to build it.
    if (clientBuilt) res.redirect(302, '/app/');
    else res.type('html').send(landingPage(VERSION));
  });
  if (clientBuilt) {
    // The embed script and its chunks load on the city's own pages (other origins): they may be read
    // cross-origin; CORS above still answers only the sites in CORS_ORIGINS.
    app.use(
      '/app',
      express.static(config.CLIENT_DIR, {
        index: 'index.html',
        maxAge: '1h',
        setHeaders: (res) => res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin'),
      }),
    );
  }
  app.use(opsRoutes({ store: deps.store, runtime: deps.runtime, metrics, isShuttingDown: () => shuttingDown }));

  const limiter = (shape: 'v1' | 'lt', limit = config.RATE_LIMIT_MAX) =>
    rateLimit({
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (req, res) => {
        if (shape === 'v1') return sendError(req, res, 'RATE_LIMITED');
        const { status, body } = ltErrorBody(req, 'RATE_LIMITED');
        res.status(status).json(body);
      },
    });
  app.use(
    [
      '/v1/translate',
      '/v1/languages',
      '/v1/analyze',
      '/v1/gloss',
      '/v1/sign',
      '/v1/leichte-sprache',
      '/v1/documents',
      '/v1/public',
      '/v1/admin',
      '/v1/lexicon',
      '/v1/stream/ticket',
      '/v1/screens',
      '/v1/speech',
    ],
    limiter('v1'),
  );
  app.use('/v1/screens/pair', limiter('v1', config.PAIRING_RATE_MAX));
  app.use(['/translate', '/detect', '/languages'], limiter('lt'));

  // The LibreTranslate face parses its own bodies, so that even malformed JSON gets its error shape.
  app.use(libreTranslateRoutes({ registry, translation, bodyLimit: config.BODY_LIMIT, logger }));
  app.use(express.json({ limit: config.BODY_LIMIT, strict: true }));
  app.use(v1Routes({ registry, translation, openApi: () => openApi }));
  app.use(analyzeRoutes({ analyzer: deps.analyzer }));
  app.use(dgsRoutes({ dgs }));
  app.use(lexiconRoutes({ dgs, reviews: deps.store.signReviews, auth }));
  app.use(leichteSpracheRoutes({ analyzer: deps.analyzer, glossary }));
  app.use(glossaryRoutes({ glossary, changes: deps.store.glossaryTerms, analyzer: deps.analyzer, auth }));
  app.use(documentRoutes({ review, auth }));
  app.use(videoRoutes({ videos: new VideoService(deps.store), auth, maxBytes: config.VIDEO_MAX_BYTES }));
  app.use(publicRoutes({ review }));
  app.use(adminRoutes({ keys: deps.store.apiKeys, auth }));
  const tickets = new StreamTickets();
  app.use(counterRoutes({ auth, pairings: deps.store.screenPairings, tickets }));
  app.use(speechRoutes({ speech }));

  app.use((req, res) => sendError(req, res, 'NOT_FOUND'));
  app.use(errorHandler(logger));

  const server = createServer(app);
  const hub = new ChannelHub();
  const stream = attachStream({
    server,
    config,
    logger,
    metrics,
    translation,
    dgs,
    hub,
    auth,
    tickets,
    audit: deps.store.audit,
    isShuttingDown: () => shuttingDown,
  });

  return {
    server,
    registry,
    metrics,
    async close() {
      shuttingDown = true;
      await stream.close();
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      await deps.runtime.close();
    },
  };
}

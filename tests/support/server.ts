// Starts the real service in the test process on port 0: real HTTP, real WebSocket, real store, and real
// model inference in worker threads (never in Jest's realm).
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createApp,
  createLogger,
  createMetrics,
  loadConfig,
  loadDgsEngine,
  loadLanguageResources,
  ModelRuntime,
} from '@bbs/translator';
import type { DgsEngine, LanguageResources } from '@bbs/translator';
import type { App, Config } from '@bbs/translator';
import type { Store } from '../../services/translator/src/store/store.js';
import { openTestPostgresStore, openTestStore } from './test-store.js';

export const FIXTURE_MODELS = join(fileURLToPath(new URL('../fixtures/models', import.meta.url)));

export interface TestServer {
  app: App;
  config: Config;
  url: string;
  wsUrl: string;
  runtime: ModelRuntime;
  /** The service's store, to check what it keeps (e.g. that tokens are stored hashed). */
  store: Store;
  /** Every log line the service wrote, to check what it logs (and that citizen text is not in it). */
  logs: string[];
  close(): Promise<void>;
}

let language: LanguageResources | undefined;
let dgs: DgsEngine | undefined;

export interface TestServerOptions {
  /** The store backend: in-memory PGlite (default) or a fresh database on the run's PostgreSQL. */
  store?: 'pglite' | 'postgres';
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const config = loadConfig({ MODELS_DIR: FIXTURE_MODELS, METRICS_DEFAULT: '0', LOG_LEVEL: 'info', ...env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString());
      cb();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const store = options.store === 'postgres' ? await openTestPostgresStore() : await openTestStore();
  const metrics = createMetrics(false);
  const runtime = new ModelRuntime({
    modelsDir: config.MODELS_DIR,
    workers: config.MODEL_WORKERS,
    maxBatch: config.MODEL_MAX_BATCH,
    maxQueue: config.MODEL_MAX_QUEUE,
    timeoutMs: config.MODEL_TIMEOUT_MS,
    logger,
    metrics,
  });
  // Built once per test file: the dictionaries take about a second to load.
  language ??= await loadLanguageResources();
  dgs ??= loadDgsEngine(language.analyzer);
  const app = createApp({
    config,
    logger,
    store,
    runtime,
    metrics,
    analyzer: language.analyzer,
    glossary: language.glossary,
    dgs,
  });
  try {
    runtime.start();
  } catch (err) {
    await app.close();
    await store.close();
    throw err;
  }
  await runtime.settled();
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    config,
    runtime,
    store,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/v1/stream`,
    logs,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

// `npm start`: load the configuration, open the store, load models, serve, and drain on SIGTERM.
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { loadDgsEngine } from './engines/dgs.js';
import { loadLanguageResources } from './language-resources.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';
import { ManifestError } from './models/packages.js';
import { ModelRuntime } from './models/runtime.js';
import { StoreLockedError, openStore } from './store/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const metrics = createMetrics(config.METRICS_DEFAULT);
  const store = await openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
  logger.info({ store: store.kind }, 'store open');
  const runtime = new ModelRuntime({
    modelsDir: config.MODELS_DIR,
    workers: config.MODEL_WORKERS,
    maxBatch: config.MODEL_MAX_BATCH,
    maxQueue: config.MODEL_MAX_QUEUE,
    timeoutMs: config.MODEL_TIMEOUT_MS,
    logger,
    metrics,
  });
  runtime.start();
  const language = await loadLanguageResources();
  logger.info({ ms: Math.round(language.loadMs) }, 'German analysis ready');
  const dgs = loadDgsEngine(language.analyzer);
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

  await new Promise<void>((resolve) => app.server.listen(config.PORT, config.HOST, resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ port }, `listening on http://localhost:${port}/`);
  void runtime.settled().then(() => {
    const models = runtime.models();
    logger.info(
      {
        ready: models.filter((m) => m.status === 'ready').map((m) => m.entry.id),
        failed: models.filter((m) => m.status === 'failed').length,
      },
      'models settled',
    );
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      logger.warn('second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'draining');
    app
      .close()
      .then(() => store.close())
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err: { message: (err as Error).message } }, 'unclean shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  // Configuration, manifest and store-lock errors explain themselves; anything else shows its stack.
  const known = err instanceof ConfigError || err instanceof ManifestError || err instanceof StoreLockedError;
  console.error(known ? `Start abgebrochen: ${(err as Error).message}` : err);
  process.exit(1);
});

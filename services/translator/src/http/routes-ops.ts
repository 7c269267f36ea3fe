import type { ReadinessResponse } from '@bbs/protocol';
import { Router } from 'express';
import type { Metrics } from '../metrics.js';
import type { ModelRuntime, PartStatus } from '../models/runtime.js';

export interface StorePing {
  ping(): Promise<void>;
}

/** Liveness, readiness (store reachable, every model package loaded) and Prometheus metrics. */
export function opsRoutes(deps: {
  store: StorePing;
  runtime: ModelRuntime;
  metrics: Metrics;
  isShuttingDown: () => boolean;
}): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const checks: ReadinessResponse['checks'] = {};
    try {
      await deps.store.ping();
      checks.store = { status: 'ready' };
    } catch {
      checks.store = { status: 'failed', message: 'Datenbank nicht erreichbar' };
    }
    for (const model of deps.runtime.models()) {
      checks[`model:${model.entry.id}`] = {
        status: model.status,
        ...(model.message ? { message: model.message } : {}),
      };
    }
    if (deps.isShuttingDown()) checks.shutdown = { status: 'failed', message: 'Der Dienst wird beendet' };
    const states = Object.values(checks).map((c) => c.status);
    const status: PartStatus = states.includes('failed')
      ? 'failed'
      : states.includes('starting')
        ? 'starting'
        : 'ready';
    const body: ReadinessResponse = { status, checks };
    res.status(status === 'ready' ? 200 : 503).json(body);
  });

  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  return router;
}

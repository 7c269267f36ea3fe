import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per app, so that several apps in one process (tests) never collide. */
export function createMetrics(withDefaults: boolean) {
  const registry = new Registry();
  if (withDefaults) collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    inferenceDuration: new Histogram({
      name: 'inference_duration_seconds',
      help: 'Model inference duration per batch',
      labelNames: ['model'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    inferenceBatchSize: new Histogram({
      name: 'inference_batch_size',
      help: 'Sentences per inference batch',
      labelNames: ['model'] as const,
      buckets: [1, 2, 4, 8, 16, 32, 64],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'inference_queue_depth',
      help: 'Sentences waiting for a model worker',
      registers: [registry],
    }),
    wsConnections: new Gauge({
      name: 'ws_connections',
      help: 'Open WebSocket connections',
      registers: [registry],
    }),
    wsMessages: new Counter({
      name: 'ws_messages_total',
      help: 'WebSocket messages received by type and outcome',
      labelNames: ['type', 'outcome'] as const,
      registers: [registry],
    }),
    wsClosed: new Counter({
      name: 'ws_closed_total',
      help: 'WebSocket connections the server closed, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

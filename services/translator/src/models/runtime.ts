import { Worker } from 'node:worker_threads';
import type { EngineOutput } from '../engines/engine.js';
import { ApiError } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { missingFiles, readManifest } from './packages.js';
import type { ManifestEntry } from './packages.js';

export type PartStatus = 'starting' | 'ready' | 'failed';

export interface ModelStatus {
  entry: ManifestEntry;
  status: PartStatus;
  message?: string;
}

export interface RuntimeOptions {
  modelsDir: string;
  workers: number;
  maxBatch: number;
  maxQueue: number;
  timeoutMs: number;
  logger: Logger;
  metrics: Metrics;
}

interface QueueItem {
  modelId: string;
  prefix: string | undefined;
  /** The model's code for the target (NLLB, M2M100); sentences are batched only with the same one. */
  targetCode: string | undefined;
  text: string;
  signal: AbortSignal | undefined;
  resolve(output: EngineOutput): void;
  reject(err: unknown): void;
}

interface Job {
  id: number;
  modelId: string;
  items: QueueItem[];
  started: number;
  timer: NodeJS.Timeout;
}

interface PoolWorker {
  worker: Worker;
  /** Models this worker has loaded; a job only goes to a worker that holds its model. */
  loadedModels: Set<string>;
  job: Job | undefined;
}

type WorkerMessage =
  | { type: 'loaded'; id: string; ms: number }
  | { type: 'load-error'; id: string; message: string }
  | { type: 'result'; jobId: number; outputs: EngineOutput[]; ms: number }
  | { type: 'error'; jobId: number; message: string };

const WORKER_URL = new URL('./model-worker.mjs', import.meta.url);

/**
 * Loads the model packages listed in the manifest into a pool of worker threads and runs inference there,
 * never on the event loop. Sentences from concurrent requests that go to the same model and target are
 * batched together; the queue is bounded so that overload is answered with OVERLOADED, not memory growth.
 */
export class ModelRuntime {
  private readonly statuses = new Map<string, ModelStatus>();
  private readonly pool: PoolWorker[] = [];
  private readonly queue: QueueItem[] = [];
  private nextJobId = 1;
  private closed = false;
  private readyWaiters: (() => void)[] = [];
  private readonly readyListeners: ((entry: ManifestEntry) => void)[] = [];

  constructor(private readonly options: RuntimeOptions) {}

  /** Reads the manifest and starts loading every complete package; returns before loading ends. */
  start(): void {
    const entries = readManifest(this.options.modelsDir);
    for (const entry of entries) {
      const missing = missingFiles(this.options.modelsDir, entry);
      if (missing.length > 0) {
        const message = `Modellpaket ${entry.id} ist unvollständig, es fehlt: ${missing.join(', ')}`;
        this.statuses.set(entry.id, { entry, status: 'failed', message });
        this.options.logger.error({ model: entry.id, missing }, 'model package incomplete');
      } else {
        this.statuses.set(entry.id, { entry, status: 'starting' });
      }
    }
    if (this.loadable().length === 0) {
      this.notifyIfSettled();
      return;
    }
    for (let i = 0; i < this.options.workers; i++) this.pool.push(this.spawn());
  }

  /** Every package and its state, for /readyz. */
  models(): ModelStatus[] {
    return [...this.statuses.values()];
  }

  readyModels(): ManifestEntry[] {
    return this.models()
      .filter((m) => m.status === 'ready')
      .map((m) => m.entry);
  }

  /** Calls `listener` for every package that is or becomes ready. */
  onModelReady(listener: (entry: ManifestEntry) => void): void {
    this.readyListeners.push(listener);
    for (const entry of this.readyModels()) listener(entry);
  }

  /** Resolves once no package is still loading. */
  settled(): Promise<void> {
    if (this.models().every((m) => m.status !== 'starting')) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  translate(modelId: string, target: string, texts: readonly string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    const status = this.statuses.get(modelId);
    if (!status || status.status !== 'ready') return Promise.reject(new ApiError('NOT_READY', { model: modelId }));
    if (this.closed) return Promise.reject(new ApiError('SHUTTING_DOWN'));
    if (this.queue.length + texts.length > this.options.maxQueue) {
      return Promise.reject(new ApiError('OVERLOADED'));
    }
    const prefix = status.entry.targetPrefix[target];
    const targetCode = status.entry.languageCodes[target];
    const promises = texts.map(
      (text) =>
        new Promise<EngineOutput>((resolve, reject) => {
          this.queue.push({ modelId, prefix, targetCode, text, signal, resolve, reject });
        }),
    );
    this.options.metrics.queueDepth.set(this.queue.length);
    this.dispatch();
    return Promise.all(promises);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const item of this.queue.splice(0)) item.reject(new ApiError('SHUTTING_DOWN'));
    this.options.metrics.queueDepth.set(0);
    // Terminating a thread in the middle of an onnxruntime call can abort the whole process (a native
    // exception nobody catches), so running batches and loads finish first, within the inference timeout.
    const deadline = Date.now() + this.options.timeoutMs;
    const busy = () => this.pool.some((pw) => pw.job) || this.models().some((m) => m.status === 'starting');
    while (this.pool.length > 0 && busy() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(
      this.pool.splice(0).map(async (pw) => {
        if (pw.job) this.failJob(pw, new ApiError('SHUTTING_DOWN'));
        await pw.worker.terminate();
      }),
    );
  }

  private loadable(): ManifestEntry[] {
    return this.models()
      .filter((m) => m.status !== 'failed')
      .map((m) => m.entry);
  }

  private spawn(): PoolWorker {
    // The library's console output (e.g. "MarianTokenizer is not yet supported") goes to the log, not stdout.
    const worker = new Worker(WORKER_URL, { stdout: true, stderr: true });
    for (const stream of [worker.stdout, worker.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (line: string) => this.options.logger.debug({ worker: line.trim() }, 'model worker output'));
    }
    const pw: PoolWorker = { worker, loadedModels: new Set(), job: undefined };
    worker.on('message', (msg: WorkerMessage) => this.onMessage(pw, msg));
    worker.on('error', (err) => {
      this.options.logger.error({ err: { message: err.message } }, 'model worker crashed');
    });
    worker.on('exit', (code) => this.onExit(pw, code));
    for (const entry of this.loadable()) {
      worker.postMessage({
        type: 'load',
        id: entry.id,
        modelsDir: this.options.modelsDir,
        dtype: entry.dtype,
        languageCodes: Object.values(entry.languageCodes),
      });
    }
    return pw;
  }

  private onMessage(pw: PoolWorker, msg: WorkerMessage): void {
    switch (msg.type) {
      case 'loaded': {
        pw.loadedModels.add(msg.id);
        const status = this.statuses.get(msg.id);
        if (status && status.status === 'starting') {
          status.status = 'ready';
          this.options.logger.info({ model: msg.id, ms: Math.round(msg.ms) }, 'model loaded');
          for (const listener of this.readyListeners) listener(status.entry);
        }
        this.notifyIfSettled();
        this.dispatch();
        break;
      }
      case 'load-error': {
        const status = this.statuses.get(msg.id);
        if (status) {
          status.status = 'failed';
          status.message = `Modellpaket ${msg.id} konnte nicht geladen werden: ${msg.message}`;
        }
        this.options.logger.error({ model: msg.id, error: msg.message }, 'model failed to load');
        this.notifyIfSettled();
        break;
      }
      case 'result':
      case 'error': {
        const job = pw.job;
        if (!job || job.id !== msg.jobId) return;
        clearTimeout(job.timer);
        pw.job = undefined;
        const seconds = (performance.now() - job.started) / 1000;
        this.options.metrics.inferenceDuration.labels(job.modelId).observe(seconds);
        this.options.metrics.inferenceBatchSize.labels(job.modelId).observe(job.items.length);
        if (msg.type === 'result') {
          job.items.forEach((item, i) => item.resolve(msg.outputs[i] ?? { output: '', confidence: 0 }));
        } else {
          this.options.logger.error({ model: job.modelId, error: msg.message }, 'inference failed');
          for (const item of job.items) item.reject(new ApiError('ENGINE_FAILED', { model: job.modelId }));
        }
        this.dispatch();
        break;
      }
    }
  }

  private onExit(pw: PoolWorker, code: number): void {
    const index = this.pool.indexOf(pw);
    if (index === -1) return; // terminated by close()
    this.pool.splice(index, 1);
    if (pw.job) this.failJob(pw, new ApiError('ENGINE_FAILED', { model: pw.job.modelId }));
    if (this.closed) return;
    this.options.logger.warn({ code }, 'model worker exited; starting a new one');
    this.pool.push(this.spawn());
  }

  private failJob(pw: PoolWorker, err: ApiError): void {
    const job = pw.job;
    if (!job) return;
    clearTimeout(job.timer);
    pw.job = undefined;
    for (const item of job.items) item.reject(err);
  }

  private notifyIfSettled(): void {
    if (this.models().some((m) => m.status === 'starting')) return;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  /** Gives each idle worker the oldest waiting sentence plus up to maxBatch-1 more for the same model and target. */
  private dispatch(): void {
    for (const pw of this.pool) {
      if (pw.job) continue;
      const first = this.takeNext(pw);
      if (!first) continue;
      const items = [first];
      for (let i = 0; i < this.queue.length && items.length < this.options.maxBatch; ) {
        const item = this.queue[i]!;
        const same = item.modelId === first.modelId && item.prefix === first.prefix;
        if (same && item.targetCode === first.targetCode && !item.signal?.aborted) {
          items.push(item);
          this.queue.splice(i, 1);
        } else i++;
      }
      this.options.metrics.queueDepth.set(this.queue.length);
      this.runJob(pw, items);
    }
  }

  private takeNext(pw: PoolWorker): QueueItem | undefined {
    for (let i = 0; i < this.queue.length; ) {
      const item = this.queue[i]!;
      if (item.signal?.aborted) {
        this.queue.splice(i, 1);
        item.reject(new ApiError('TIMEOUT', { cancelled: true }));
        continue;
      }
      if (pw.loadedModels.has(item.modelId)) {
        this.queue.splice(i, 1);
        return item;
      }
      i++;
    }
    return undefined;
  }

  private runJob(pw: PoolWorker, items: QueueItem[]): void {
    const modelId = items[0]!.modelId;
    const entry = this.statuses.get(modelId)!.entry;
    const id = this.nextJobId++;
    const timer = setTimeout(() => {
      // A stuck inference cannot be interrupted inside the thread: replace the worker.
      this.options.logger.error({ model: modelId }, 'inference timed out; restarting the worker');
      this.failJob(pw, new ApiError('TIMEOUT'));
      void pw.worker.terminate();
    }, this.options.timeoutMs);
    pw.job = { id, modelId, items, started: performance.now(), timer };
    pw.worker.postMessage({
      type: 'translate',
      jobId: id,
      modelId,
      texts: items.map((i) => i.text),
      prefix: items[0]!.prefix,
      sourceCode: entry.languageCodes[entry.source],
      targetCode: items[0]!.targetCode,
      maxNewTokens: entry.maxNewTokens,
    });
  }
}

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so that `npm start` from a fresh clone finds `models/` and `data/` without settings. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const bytes = z
  .string()
  .regex(/^\d+(b|kb|mb)?$/i, 'a size such as 256kb or 1mb')
  .transform((s) => {
    const m = /^(\d+)(b|kb|mb)?$/i.exec(s)!;
    const unit = (m[2] ?? 'b').toLowerCase();
    return Number(m[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
  });
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);
const bool = z.enum(['0', '1', 'true', 'false']).transform((s) => s === '1' || s === 'true');

/** Every setting comes from the environment, with defaults that let `npm start` run bare. */
export const ConfigSchema = z.object({
  PORT: int(0, 65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default(join(REPO_ROOT, 'data')),
  DATABASE_URL: z.string().url().optional(),
  MODELS_DIR: z.string().default(join(REPO_ROOT, 'models')),
  /** The built avatar client (`npm run build`), served at /app/. */
  CLIENT_DIR: z.string().default(join(REPO_ROOT, 'avatar-client', 'dist')),
  MODEL_WORKERS: int(1, 16).default(1),
  MODEL_MAX_BATCH: int(1, 64).default(8),
  MODEL_MAX_QUEUE: int(1, 100_000).default(256),
  MODEL_TIMEOUT_MS: int(100, 600_000).default(30_000),
  BODY_LIMIT: bytes.default(256 * 1024),
  CORS_ORIGINS: list.default([]),
  RATE_LIMIT_WINDOW_MS: int(1000, 3_600_000).default(60_000),
  RATE_LIMIT_MAX: int(1, 1_000_000).default(300),
  /** Pairing codes are short enough to type, so guesses are limited far below other routes. */
  PAIRING_RATE_MAX: int(1, 10_000).default(10),
  TRUST_PROXY: z.string().default('loopback'),
  WS_MAX_PAYLOAD: bytes.default(64 * 1024),
  WS_MAX_BUFFERED: bytes.default(1024 * 1024),
  WS_RATE_PER_SECOND: int(1, 100_000).default(20),
  WS_RATE_BURST: int(1, 100_000).default(40),
  WS_MAX_IN_FLIGHT: int(1, 1000).default(4),
  WS_HEARTBEAT_MS: int(1000, 600_000).default(30_000),
  SHUTDOWN_GRACE_MS: int(0, 600_000).default(10_000),
  /**
   * Largest interpreter video upload. The bytes live in the database (bytea) and an upload is held in memory
   * while it is checked and stored, so the default stays well below what PGlite handles comfortably.
   */
  VIDEO_MAX_BYTES: bytes.default(50 * 1024 * 1024),
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN needs at least 16 characters').optional(),
  METRICS_DEFAULT: bool.default(true),
  /**
   * The guard for spoken targets (numbers, dates, addresses, terms, no looping output; a sentence that fails shows
   * the German source). `off` serves model sentences unchecked: only for tests of random-weight fixtures and for
   * looking at a package's raw output, never for the public.
   */
  TRANSLATION_GUARD: z.enum(['on', 'off']).default('on'),
  /** Read-aloud with espeak-ng on this server; `off` leaves it to the browser's own speech synthesis. */
  SPEECH: z.enum(['on', 'off']).default('on'),
  ESPEAK_BINARY: z.string().default('espeak-ng'),
  SPEECH_CONCURRENCY: int(1, 32).default(2),
  SPEECH_CACHE: bytes.default(64 * 1024 * 1024),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; unknown variables are ignored, wrong ones name themselves in the error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

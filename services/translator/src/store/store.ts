// The service's store: one entry point over PGlite (a folder on this machine, the default) or a
// PostgreSQL server (when a database URL is configured), with the schema migrated on open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiKeyRepository } from './api-keys.js';
import { apiKeyRepository } from './api-keys.js';
import type { AuditRepository } from './audit.js';
import { auditRepository } from './audit.js';
import type { DocumentRepository } from './documents.js';
import { documentRepository } from './documents.js';
import type { DataDirLock } from './lock.js';
import { acquireDataDirLock } from './lock.js';
import type { TranslationMemoryRepository } from './memory.js';
import { memoryRepository } from './memory.js';
import { migrate } from './migrate.js';
import { openPgliteClient } from './pglite-client.js';
import { openPostgresClient } from './postgres-client.js';
import type { ReviewRepository } from './review.js';
import { reviewRepository } from './review.js';
import type { ScreenPairingRepository } from './screen-pairings.js';
import { screenPairingRepository } from './screen-pairings.js';
import type { SignReviewRepository } from './sign-reviews.js';
import { glossaryTermRepository, type GlossaryTermRepository } from './glossary-terms.js';
import { signReviewRepository } from './sign-reviews.js';
import type { SqlClient, StoreKind } from './sql-client.js';
import type { VideoRepository } from './videos.js';
import { videoRepository } from './videos.js';

export interface StoreOptions {
  /**
   * The service's data folder. PGlite keeps its database in DATA_DIR/pglite and locks the folder
   * with DATA_DIR/store.lock. Not used with `databaseUrl` or `inMemory`.
   */
  dataDir: string;
  /** postgres://… : use this PostgreSQL server instead of PGlite. */
  databaseUrl?: string;
  /** PGlite in memory, lost on close (tests, demos). */
  inMemory?: boolean;
  /** For PGlite: a `dumpDataDir` tarball to start a new database from (tests use it to skip initdb). */
  template?: Blob;
}

export interface Store {
  readonly kind: StoreKind;
  /** The raw client, for queries no repository offers yet. */
  readonly sql: SqlClient;
  readonly documents: DocumentRepository;
  readonly audit: AuditRepository;
  readonly memory: TranslationMemoryRepository;
  readonly review: ReviewRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly screenPairings: ScreenPairingRepository;
  readonly signReviews: SignReviewRepository;
  readonly glossaryTerms: GlossaryTermRepository;
  readonly videos: VideoRepository;
  /** Resolves when the database answers a query (health checks). */
  ping(): Promise<void>;
  /** Closes the database and frees the data folder. Safe to call more than once. */
  close(): Promise<void>;
}

/** The folder inside DATA_DIR that holds PGlite's database files. */
export const PGLITE_SUBDIR = 'pglite';

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const sql = openPostgresClient({ connectionString: options.databaseUrl });
    return migratedStore(sql);
  }
  if (options.inMemory) {
    const sql = await openPgliteClient(options.template ? { template: options.template } : {});
    return migratedStore(sql);
  }
  mkdirSync(options.dataDir, { recursive: true });
  // The lock comes first: opening the folder while another process has it open already loses writes.
  const lock = await acquireDataDirLock(options.dataDir);
  let sql: SqlClient;
  try {
    sql = await openPgliteClient({
      dataDir: join(options.dataDir, PGLITE_SUBDIR),
      ...(options.template ? { template: options.template } : {}),
    });
  } catch (err) {
    lock.release();
    throw err;
  }
  return migratedStore(sql, lock);
}

async function migratedStore(sql: SqlClient, lock?: DataDirLock): Promise<Store> {
  try {
    await migrate(sql);
    // pairs stored before fuzzy matching existed get their words (none after the first start)
    await memoryRepository(sql).indexMissingWords();
  } catch (err) {
    await sql.close().catch(() => undefined);
    lock?.release();
    throw err;
  }
  return createStore(sql, lock ? () => lock.release() : undefined);
}

/**
 * A store over a client that is open and migrated already. `afterClose` runs once the client is
 * closed (openStore frees the folder lock there; tests drop their database).
 */
export function createStore(sql: SqlClient, afterClose?: () => void | Promise<void>): Store {
  let closing: Promise<void> | undefined;
  return {
    kind: sql.kind,
    sql,
    documents: documentRepository(sql),
    audit: auditRepository(sql),
    memory: memoryRepository(sql),
    review: reviewRepository(sql),
    apiKeys: apiKeyRepository(sql),
    screenPairings: screenPairingRepository(sql),
    signReviews: signReviewRepository(sql),
    glossaryTerms: glossaryTermRepository(sql),
    videos: videoRepository(sql),
    async ping() {
      await sql.query('SELECT 1');
    },
    close() {
      closing ??= (async () => {
        try {
          await sql.close();
        } finally {
          await afterClose?.();
        }
      })();
      return closing;
    },
  };
}

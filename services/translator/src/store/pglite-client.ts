// PGlite backend: PostgreSQL compiled to WASM, running inside this process. With a data folder it
// persists there; without one it lives in memory. It must never be opened by two processes at once
// (PGlite takes no lock and one side's writes are silently lost), so `openStore` locks the folder
// before it calls this.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { QueryResult, SqlClient, SqlExecutor } from './sql-client.js';

export interface PgliteClientOptions {
  /** Folder for the database files; left out, the database lives in memory and is lost on close. */
  dataDir?: string;
  /**
   * A tarball from `dumpDataDir` to start from when the database is new (in memory, or a data folder
   * without a database yet). Ignored for a folder that already holds one. Tests use it to skip initdb.
   */
  template?: Blob;
}

export interface PgliteClient extends SqlClient {
  readonly kind: 'pglite';
  /** The whole database as an uncompressed tarball, to pass back as `template` later. */
  dumpDataDir(): Promise<Blob>;
}

export async function openPgliteClient(options: PgliteClientOptions = {}): Promise<PgliteClient> {
  const { dataDir, template } = options;
  const isNew = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
  const db = await PGlite.create({
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...(template && isNew ? { loadDataDir: template } : {}),
  });
  return wrap(db);
}

function executor(target: Pick<PGlite, 'query' | 'exec'>): SqlExecutor {
  return {
    async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(text, [...params]);
      return { rows: result.rows };
    },
    async exec(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

function wrap(db: PGlite): PgliteClient {
  const base = executor(db);
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    // PGlite's own transaction() holds its transaction mutex throughout, so no other query of this
    // process can slip into the open transaction; it issues ROLLBACK when the callback throws.
    transaction: <R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R> => db.transaction((tx) => fn(executor(tx))),
    async dumpDataDir(): Promise<Blob> {
      return db.dumpDataDir('none');
    },
    close(): Promise<void> {
      closing ??= db.close();
      return closing;
    },
  };
}

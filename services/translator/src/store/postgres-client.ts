// PostgreSQL backend through a `pg` connection pool, running the same SQL as the PGlite backend.
import pg from 'pg';
import type { QueryResult, SqlClient, SqlExecutor } from './sql-client.js';

export interface PostgresClientOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Largest number of pooled connections (default 10). */
  maxConnections?: number;
  /**
   * Errors on idle pooled connections (the server restarted, the network dropped). `pg` drops such
   * a connection by itself and the next query opens a new one; without a listener the error would
   * end the process. Default: one line on stderr with the error message only.
   */
  onIdleError?: (err: Error) => void;
}

const INT8_OID = 20;

// PGlite returns int8 (bigserial ids, count(*)) as a number, or a BigInt beyond 2^53; `pg` returns
// a string. Parse the same way here so both backends hand the repositories the same values.
const types = new pg.TypeOverrides();
types.setTypeParser(INT8_OID, (value: string) => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : BigInt(value);
});

export function openPostgresClient(options: PostgresClientOptions): SqlClient {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types,
  });
  const onIdleError =
    options.onIdleError ?? ((err: Error) => console.error(`store: idle PostgreSQL connection failed: ${err.message}`));
  pool.on('error', onIdleError);
  const base = executor(pool);
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R> {
      // A transaction lives on one connection, so the whole of it uses one pooled client.
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        try {
          const result = await fn(executor(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackErr) {
            // The connection is unusable; release(err) below destroys it instead of pooling it.
            broken = rollbackErr as Error;
          }
          throw err;
        }
      } finally {
        client.release(broken);
      }
    },
    close(): Promise<void> {
      closing ??= pool.end();
      return closing;
    },
  };
}

function executor(target: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query(text, [...params]);
      return { rows: result.rows as T[] };
    },
    async exec(script: string): Promise<void> {
      // Without parameters `pg` uses the simple query protocol, which runs several statements.
      await target.query(script);
    },
  };
}

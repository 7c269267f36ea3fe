// The one database interface the store's repositories use. Two backends implement it: PGlite (an
// embedded PostgreSQL in WASM, persisted to a folder) and a real PostgreSQL server through `pg`. Both
// run the same SQL, so anything written here must work on PostgreSQL 15 as well as PGlite's 18.

export type StoreKind = 'pglite' | 'postgres';

export interface QueryResult<T> {
  rows: T[];
}

/** Runs statements: the whole client, or one open transaction inside `SqlClient.transaction`. */
export interface SqlExecutor {
  /**
   * One statement with `$1`-style parameters. Pass JSON as a string and cast it in SQL
   * (`$1::text::jsonb`, see `jsonParam`): the two drivers encode JS arrays and objects differently.
   */
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migration scripts). */
  exec(script: string): Promise<void>;
}

export interface SqlClient extends SqlExecutor {
  readonly kind: StoreKind;
  /**
   * Runs `fn` between BEGIN and COMMIT, or ROLLBACK when it throws (the error is rethrown).
   * Inside `fn` use only the `tx` it is given: on PGlite the client is busy until the transaction ends,
   * so a query on the outer client from inside `fn` would wait forever.
   */
  transaction<R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** A JSON value as a query parameter; the SQL must read it as `$n::text::jsonb`. */
export function jsonParam(value: unknown): string {
  return JSON.stringify(value);
}

/** The SQLSTATE of a database error from either driver, if it is one. */
export function sqlState(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const code = (err as { code: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';

/** The name of the constraint a database error is about, where the driver reports it. */
export function violatedConstraint(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('constraint' in err)) return undefined;
  const name = (err as { constraint: unknown }).constraint;
  return typeof name === 'string' ? name : undefined;
}

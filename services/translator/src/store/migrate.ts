// Schema migrations: numbered .sql files in ./migrations (0001_initial.sql, 0002_….sql, …), read at
// run time and applied in order, each in its own transaction, and recorded in schema_migrations.
// Running it again applies nothing. On PostgreSQL several service instances may start at once, so
// every migration transaction first takes a transaction-scoped advisory lock and looks again at
// what is applied; PGlite has one connection, where the lock costs nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqlClient, SqlExecutor } from './sql-client.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** An arbitrary constant that names "the store's migrator" among advisory locks. */
const MIGRATION_LOCK_KEY = 7_316_020_001;

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

export interface Migration {
  /** '0001' */
  version: string;
  /** '0001_initial.sql' */
  name: string;
  sql: string;
  /** sha256 of the file with line ends normalised, to notice an applied file that was edited. */
  checksum: string;
}

export interface MigrateResult {
  /** Names of the migrations this run applied, in order. */
  applied: string[];
  /** The version the database is at afterwards. */
  version: string | undefined;
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const match = FILE_NAME.exec(name);
    if (!match?.[1]) throw new Error(`migration file name ${name} is not NNNN_name.sql (lower case)`);
    const version = match[1];
    if (migrations.some((m) => m.version === version)) throw new Error(`two migrations with version ${version}`);
    const sql = readFileSync(`${dir}/${name}`, 'utf8').replace(/\r\n/g, '\n');
    migrations.push({ version, name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

interface AppliedRow {
  version: string;
  name: string;
  checksum: string;
}

async function lockAndReadApplied(tx: SqlExecutor): Promise<Map<string, AppliedRow>> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await tx.query<AppliedRow>('SELECT version, name, checksum FROM schema_migrations');
  return new Map(rows.map((row) => [row.version, row]));
}

function checkUnchanged(migration: Migration, applied: AppliedRow | undefined): void {
  if (applied && applied.checksum !== migration.checksum) {
    throw new Error(
      `migration ${migration.name} was changed after it was applied (checksum differs); ` +
        'add a new migration instead of editing an applied one',
    );
  }
}

export async function migrate(sql: SqlClient, migrations: Migration[] = loadMigrations()): Promise<MigrateResult> {
  const before = await sql.transaction(lockAndReadApplied);
  for (const migration of migrations) checkUnchanged(migration, before.get(migration.version));

  const applied: string[] = [];
  for (const migration of migrations) {
    if (before.has(migration.version)) continue;
    const didApply = await sql.transaction(async (tx) => {
      // Another instance may have applied it while this one waited for the lock.
      const now = await lockAndReadApplied(tx);
      if (now.has(migration.version)) {
        checkUnchanged(migration, now.get(migration.version));
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (didApply) applied.push(migration.name);
  }
  const all = [...before.keys(), ...migrations.map((m) => m.version)].sort();
  return { applied, version: all.at(-1) };
}

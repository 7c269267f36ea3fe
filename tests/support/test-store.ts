// Stores for tests. openTestStore(): a fresh in-memory PGlite with every migration applied, started
// from a template tarball (about 0.5 s instead of several seconds for initdb). The template is built
// once and cached in the OS temp folder under a hash of the migration files and the PGlite version,
// so a schema change builds a new one. openTestPostgresStore(): the same store on a fresh database
// of the throwaway PostgreSQL server (TEST_DATABASE_URL), dropped again on close.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { loadMigrations, migrate } from '../../services/translator/src/store/migrate.js';
import { openPgliteClient } from '../../services/translator/src/store/pglite-client.js';
import { openPostgresClient } from '../../services/translator/src/store/postgres-client.js';
import type { Store } from '../../services/translator/src/store/store.js';
import { createStore } from '../../services/translator/src/store/store.js';

const TEMPLATE_PREFIX = 'bbs-store-template-';

function pgliteVersion(): string {
  // Resolved from the translator package, which is the one that depends on PGlite.
  const require = createRequire(new URL('../../services/translator/package.json', import.meta.url));
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    } catch {
      // not here; look one folder up
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

function templateKey(): string {
  const hash = createHash('sha256').update(`pglite ${pgliteVersion()}\n`);
  for (const m of loadMigrations()) hash.update(`${m.name}\n${m.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}

async function buildTemplate(path: string): Promise<Buffer> {
  const client = await openPgliteClient();
  try {
    await migrate(client);
    const tarball = Buffer.from(await (await client.dumpDataDir()).arrayBuffer());
    // Written under a unique name and renamed into place: workers that build at the same time never
    // see a half-written file.
    const partial = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, tarball);
    renameSync(partial, path);
    return tarball;
  } finally {
    await client.close();
  }
}

/** Removes templates of other schemas unused for a day (another checkout may still use a recent one). */
function removeOldTemplates(keep: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(TEMPLATE_PREFIX) || name === keep) continue;
    const path = join(tmpdir(), name);
    try {
      if (statSync(path).atimeMs < dayAgo && statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
    } catch {
      // removed by someone else meanwhile
    }
  }
}

let template: Promise<Blob> | undefined;

/** The tarball of a migrated empty database; built on first use, then read from the temp folder. */
export function storeTemplate(): Promise<Blob> {
  template ??= (async () => {
    const name = `${TEMPLATE_PREFIX}${templateKey()}.tar`;
    const path = join(tmpdir(), name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      bytes = await buildTemplate(path);
      removeOldTemplates(name);
    }
    return new Blob([new Uint8Array(bytes)]);
  })();
  return template;
}

/** A fresh in-memory PGlite store with every migration applied. Close it in afterEach/afterAll. */
export async function openTestStore(): Promise<Store> {
  const client = await openPgliteClient({ template: await storeTemplate() });
  try {
    await migrate(client); // a no-op unless the cached template is behind
  } catch (err) {
    await client.close();
    throw err;
  }
  return createStore(client);
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database, ending any connections still open to it. */
  drop(): Promise<void>;
}

/** A new empty database on the TEST_DATABASE_URL server, named t_<random>. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: no PostgreSQL for this test run');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The store on a fresh, migrated PostgreSQL database that is dropped when the store is closed. */
export async function openTestPostgresStore(): Promise<Store> {
  const db = await createTestDatabase();
  const client = openPostgresClient({ connectionString: db.url });
  try {
    await migrate(client);
  } catch (err) {
    await client.close();
    await db.drop();
    throw err;
  }
  return createStore(client, () => db.drop());
}

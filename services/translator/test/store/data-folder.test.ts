// PGlite in a data folder: durability across close and reopen, and the folder lock that keeps a
// second process out (PGlite itself would let it in and lose one side's writes).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storeTemplate } from '../../../../tests/support/test-store.js';
import { LOCK_FILE, StoreLockedError } from '../../src/store/lock.js';
import { loadMigrations, migrate } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/store.js';
import type { Store } from '../../src/store/store.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const HOLD_STORE = fileURLToPath(new URL('./fixtures/hold-store.ts', import.meta.url));

let root: string;
const open: Store[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bbs-store-test-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let folders = 0;
const newFolder = (): string => join(root, `data-${++folders}`);

async function openTracked(dataDir: string, fromTemplate = true): Promise<Store> {
  const store = await openStore({ dataDir, ...(fromTemplate ? { template: await storeTemplate() } : {}) });
  open.push(store);
  return store;
}

function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_FILE);
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('store in a PGlite data folder', () => {
  it('creates and migrates a new folder, and a committed write survives close and reopen', async () => {
    const dataDir = newFolder();
    const first = await openTracked(dataDir, false); // the production path: initdb, then migrations
    const doc = await first.documents.create({ slug: 'bleibt', source: 'Dauerhaft.', format: 'text', actor: 'a' });
    await first.close();
    expect(existsSync(lockPath(dataDir))).toBe(false);

    const second = await openTracked(dataDir);
    expect(await second.documents.get(doc.id)).toEqual(doc);
    expect((await migrate(second.sql)).applied).toEqual([]);
    const { rows } = await second.sql.query<{ version: string }>('SELECT version FROM schema_migrations');
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    // A new PGlite folder runs initdb (several seconds, far more on a busy 2-core machine).
  }, 120_000);

  it('refuses a second open of the folder while the first is open, and allows it after close', async () => {
    const dataDir = newFolder();
    const first = await openTracked(dataDir);
    const lock = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as { pid: number; startedAt: string };
    expect(lock.pid).toBe(process.pid);
    expect(Date.parse(lock.startedAt)).not.toBeNaN();

    const second = openStore({ dataDir });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(openStore({ dataDir })).rejects.toThrow(
      `the store in ${dataDir} is already open: this process (${process.pid}) has it open already`,
    );
    await first.ping(); // the refused open did not disturb the first

    await first.close();
    const third = await openTracked(dataDir);
    await third.ping();
  });

  it('takes over a stale lock whose process is gone', async () => {
    const dataDir = newFolder();
    mkdirSync(dataDir);
    const pid = deadPid();
    writeFileSync(
      lockPath(dataDir),
      JSON.stringify({ pid, hostname: hostname(), startedAt: new Date().toISOString(), token: 'old' }),
    );

    const store = await openTracked(dataDir);
    await store.ping();
    expect(JSON.parse(readFileSync(lockPath(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
    expect(existsSync(lockPath(dataDir))).toBe(false);
  });

  it('takes over a lock whose pid now belongs to another process (pid reused)', async () => {
    if (!existsSync('/proc/self/stat')) return; // the start-time check needs Linux /proc
    const dataDir = newFolder();
    mkdirSync(dataDir);
    // A live pid (our own) but another process start time: the holder was an earlier process.
    const lock = { pid: process.pid, hostname: hostname(), startedAt: '2020-01-01T00:00:00.000Z', processStart: 1 };
    writeFileSync(lockPath(dataDir), JSON.stringify({ ...lock, token: 'old' }));
    const store = await openTracked(dataDir);
    await store.ping();
    expect(JSON.parse(readFileSync(lockPath(dataDir), 'utf8')).token).not.toBe('old');
  });

  it('keeps another process out, and after that process is killed takes over with its writes intact', async () => {
    const dataDir = newFolder();
    await (await openStore({ dataDir, template: await storeTemplate() })).close(); // a quick start for the child

    const child = spawn(process.execPath, ['--import', 'tsx', HOLD_STORE, dataDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await firstLine(child);
      expect(line).toMatch(/^ready /);
      const childDocId = line.slice('ready '.length);

      const refused = openStore({ dataDir });
      await expect(refused).rejects.toMatchObject({ name: 'StoreLockedError', pid: child.pid });
      await expect(openStore({ dataDir })).rejects.toThrow(`process ${child.pid} holds it`);

      // No close, no exit handlers: the child dies as in a crash.
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const store = await openTracked(dataDir);
      expect(await store.documents.get(childDocId)).toMatchObject({ source: 'Geschrieben vom Kindprozess.' });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('takes no lock for an in-memory store', async () => {
    const dataDir = newFolder();
    const a = await openStore({ dataDir, inMemory: true, template: await storeTemplate() });
    open.push(a);
    expect(existsSync(lockPath(dataDir))).toBe(false);
  });
});

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('utf8');
      const end = buffer.indexOf('\n');
      if (end >= 0) {
        child.stdout?.off('data', onData);
        resolve(buffer.slice(0, end));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before it was ready: ${buffer}`)));
    child.once('error', reject);
  });
}

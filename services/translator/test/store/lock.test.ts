// The data-folder lock on its own, with short heartbeat timings (no database involved).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataDirLock } from '../../src/store/lock.js';
import { acquireDataDirLock, LOCK_FILE, StoreLockedError } from '../../src/store/lock.js';

const fast = { heartbeatMs: 20, foreignWatchMs: 300 };
let dir: string;
const held: DataDirLock[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbs-lock-test-'));
});

afterEach(() => {
  held.splice(0).forEach((lock) => lock.release());
  rmSync(dir, { recursive: true, force: true });
});

const lockFile = (): string => join(dir, LOCK_FILE);
const readLockFile = (): { pid: number; token: string } => JSON.parse(readFileSync(lockFile(), 'utf8'));
const writeLockFile = (fields: Record<string, unknown>): void =>
  writeFileSync(lockFile(), JSON.stringify({ startedAt: '2024-01-01T00:00:00.000Z', token: 'theirs', ...fields }));

async function acquire(): Promise<DataDirLock> {
  const lock = await acquireDataDirLock(dir, fast);
  held.push(lock);
  return lock;
}

describe('data folder lock', () => {
  it('writes pid and start time, keeps the file fresh, and removes it on release', async () => {
    const lock = await acquire();
    expect(readLockFile()).toMatchObject({ pid: process.pid, hostname: hostname() });
    const before = readFileSync(lockFile(), 'utf8');
    utimesSync(lockFile(), new Date(0), new Date(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statSync(lockFile()).mtimeMs).toBeGreaterThan(0); // touched by the heartbeat
    expect(readFileSync(lockFile(), 'utf8')).toBe(before);
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
    lock.release(); // twice is fine
  });

  it('does not remove a lock that is no longer its own', async () => {
    const lock = await acquire();
    writeLockFile({ pid: 1, hostname: 'elsewhere' });
    lock.release();
    expect(readLockFile().token).toBe('theirs');
  });

  it('lets exactly one of several concurrent openers take over a stale lock', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeLockFile({ pid: Number(dead.stdout), hostname: hostname() });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => acquireDataDirLock(dir, fast)));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    held.push(...won.map((r) => (r as PromiseFulfilledResult<DataDirLock>).value));
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreLockedError);
    }
  });

  it('refuses a lock from another host whose holder keeps it fresh, naming host and pid', async () => {
    writeLockFile({ pid: 4242, hostname: 'rathaus-app-2' });
    const beat = setInterval(() => {
      const now = new Date();
      utimesSync(lockFile(), now, now);
    }, 20);
    try {
      const attempt = acquireDataDirLock(dir, fast);
      await expect(attempt).rejects.toBeInstanceOf(StoreLockedError);
      await expect(acquireDataDirLock(dir, fast)).rejects.toThrow(
        `the store in ${dir} is already open: process 4242 on host rathaus-app-2 holds it`,
      );
    } finally {
      clearInterval(beat);
    }
  });

  it('takes over a lock from another host or container once no heartbeat comes', async () => {
    writeLockFile({ pid: 1, hostname: 'old-container-id' });
    await acquire();
    expect(readLockFile().pid).toBe(process.pid);
  });

  it('treats a lock from another pid namespace on this host as foreign (a restarted container)', async () => {
    if (!existsSync('/proc/self/ns/pid')) return;
    // Our own pid, so a plain pid check would call it alive; the namespace says the pid is not ours.
    writeLockFile({ pid: process.pid, hostname: hostname(), pidNamespace: 'pid:[1]' });
    const started = Date.now();
    await acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(fast.foreignWatchMs - 50);
  });

  it('waits for a lock file being written, but takes over an old unreadable one', async () => {
    writeFileSync(lockFile(), '');
    await expect(acquireDataDirLock(dir, fast)).rejects.toThrow(/writing its lock file right now/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile(), old, old);
    await acquire();
    expect(readLockFile().pid).toBe(process.pid);
  });
});

// An exclusive lock on a PGlite data folder. PGlite takes none itself: two processes that open the
// same folder both start, and one side's committed writes are silently lost. So the store creates
// DATA_DIR/store.lock exclusively (the `wx` flag) before it opens the database, refuses to start
// while a live process holds it, takes over a lock whose process is gone, and removes it on close.
//
// Telling "gone" from "alive":
// - Holder on this host, in this pid namespace: the pid must exist and have the start time the lock
//   recorded (Linux /proc), else the pid was reused and the lock is stale. Decided at once.
// - Holder elsewhere (another host on a shared folder, or another container: a container restarted
//   after a crash has a new hostname and pid namespace, and its old pid may be ours now): the pid
//   means nothing here. The holder touches the lock file every few seconds instead, and the opener
//   watches it for `foreignWatchMs`: if it is touched, the holder is alive and the open is refused;
//   if not, it is taken over. Only mtime changes are compared, so clocks need not agree.
//   Weakness: a holder whose event loop is blocked for longer than the watch (PGlite runs queries
//   synchronously) looks dead to such an opener.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE = 'store.lock';

export interface LockTimings {
  /** How often the holder touches the lock file (default 2 s). */
  heartbeatMs?: number;
  /** How long an opener watches a lock from another host or container for a touch (default 15 s). */
  foreignWatchMs?: number;
}

const DEFAULT_HEARTBEAT_MS = 2_000;
const DEFAULT_FOREIGN_WATCH_MS = 15_000;
/** An unreadable lock file younger than this may be one that another process is writing right now. */
const UNREADABLE_GRACE_MS = 10_000;

interface LockInfo {
  pid: number;
  hostname: string;
  /** Identifies the pid namespace (Linux, e.g. 'pid:[4026531836]'): pids compare only within one. */
  pidNamespace?: string;
  /** The holder's start time in clock ticks after boot (Linux), to tell a reused pid from the holder. */
  processStart?: number;
  /** When the lock was taken (ISO 8601). */
  startedAt: string;
  token: string;
}

export class StoreLockedError extends Error {
  readonly dataDir: string;
  /** The holder's pid, as its lock file names it. */
  readonly pid: number | undefined;
  constructor(dataDir: string, message: string, pid?: number) {
    super(message);
    this.name = 'StoreLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call more than once. */
  release(): void;
}

type Verdict = { alive: true; reason: string } | { alive: false } | { foreign: true } | { changed: true };

export async function acquireDataDirLock(dataDir: string, timings: LockTimings = {}): Promise<DataDirLock> {
  const heartbeatMs = timings.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const foreignWatchMs = timings.foreignWatchMs ?? DEFAULT_FOREIGN_WATCH_MS;
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  const pidNamespace = pidNamespaceOf('self');
  if (pidNamespace !== undefined) info.pidNamespace = pidNamespace;
  const processStart = processStartTicks(process.pid);
  if (processStart !== undefined) info.processStart = processStart;

  // A few rounds: each lost race against another starting process ends in a fresh look at the file.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, info)) return heldLock(path, info.token, heartbeatMs);
    const seen = readLock(path);
    if (seen === 'missing') continue;
    let verdict = judge(seen, path, info);
    if ('foreign' in verdict && typeof seen === 'object') {
      verdict = await watchHeartbeat(path, seen, foreignWatchMs);
    }
    if ('changed' in verdict) continue;
    if ('reason' in verdict) {
      throw lockedError(dataDir, path, verdict.reason, seen === 'unreadable' ? undefined : seen);
    }
    takeOverStale(path, seen);
  }
  throw new StoreLockedError(dataDir, `could not lock the store folder ${dataDir}: ${path} keeps changing`);
}

function heldLock(path: string, token: string, heartbeatMs: number): DataDirLock {
  let released = false;
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // The file is gone (removed by hand): nothing to keep fresh.
    }
  }, heartbeatMs);
  heartbeat.unref();
  const release = (): void => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.off('exit', release);
    const current = readLock(path);
    if (typeof current === 'object' && current.token === token) rmSync(path, { force: true });
  };
  // A normal exit without close() still frees the folder; a crash leaves a stale lock that the next
  // start takes over.
  process.on('exit', release);
  return { path, release };
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${JSON.stringify(info)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(path: string): LockInfo | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string' && typeof parsed.token === 'string') {
      return parsed as LockInfo;
    }
  } catch {
    // fall through
  }
  return 'unreadable';
}

function judge(seen: LockInfo | 'unreadable', path: string, self: LockInfo): Verdict {
  if (seen === 'unreadable') {
    const age = Date.now() - (mtimeOf(path) ?? 0);
    return age < UNREADABLE_GRACE_MS
      ? { alive: true, reason: 'another process is writing its lock file right now' }
      : { alive: false };
  }
  const sameHost = seen.hostname === self.hostname;
  const sameNamespace = seen.pidNamespace === undefined || seen.pidNamespace === self.pidNamespace;
  if (!sameHost || !sameNamespace) return { foreign: true };
  if (!pidExists(seen.pid)) return { alive: false };
  if (seen.processStart !== undefined) {
    const start = processStartTicks(seen.pid);
    if (start !== undefined && start !== seen.processStart) return { alive: false }; // pid reused
  }
  const who =
    seen.pid === process.pid ? `this process (${seen.pid}) has it open already` : `process ${seen.pid} holds it`;
  return { alive: true, reason: `${who} since ${seen.startedAt}` };
}

/** Watches a lock from another host or container for the holder's heartbeat. */
async function watchHeartbeat(path: string, seen: LockInfo, watchMs: number): Promise<Verdict> {
  const where = seen.hostname === hostname() ? `in another container on ${seen.hostname}` : `on host ${seen.hostname}`;
  const alive: Verdict = { alive: true, reason: `process ${seen.pid} ${where} holds it and keeps it fresh` };
  const first = mtimeOf(path);
  const step = Math.max(10, Math.min(500, watchMs / 10));
  for (let waited = 0; waited < watchMs; waited += step) {
    await sleep(step);
    const now = readLock(path);
    // Replaced or removed meanwhile: the caller's next round looks at whatever is there now.
    if (typeof now !== 'object' || now.token !== seen.token) return { changed: true };
    if (mtimeOf(path) !== first) return alive;
  }
  return { alive: false };
}

function lockedError(dataDir: string, path: string, reason: string, seen?: LockInfo): StoreLockedError {
  return new StoreLockedError(
    dataDir,
    `the store in ${dataDir} is already open: ${reason}. Two processes on one PGlite folder lose writes, ` +
      `so this one will not start. Stop the other process, or delete ${path} if you are sure it is not running.`,
    seen?.pid,
  );
}

/**
 * Moves the stale lock aside (atomic, so of several processes doing this at once only one wins),
 * then checks that what it moved is the lock it judged stale and not a fresh one that a faster
 * process wrote in between; such a lock is put back.
 */
function takeOverStale(path: string, seen: LockInfo | 'unreadable'): void {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = readLock(aside);
  const same = seen === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === seen.token;
  if (!same) {
    // link, not rename: it must not replace a lock that yet another process created meanwhile.
    try {
      linkSync(aside, path);
    } catch {
      // someone holds the folder now; the next round sees their lock
    }
  }
  unlinkSync(aside);
}

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pidNamespaceOf(pid: 'self' | number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat (start time after boot); undefined where there is no /proc. */
function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const value = Number(fields[19]);
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

// A throwaway PostgreSQL cluster for one test run, from Debian's binaries when they are installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Cluster {
  url: string;
  stop(): void;
}

function findPgBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a cluster, or returns undefined when PostgreSQL is not installed. */
async function startCluster(): Promise<Cluster | undefined> {
  const bin = findPgBin();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bbs-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const log = join(dir, 'log');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root, so the cluster belongs to the postgres user there.
  const run = (cmd: string): void => {
    if (asRoot) {
      execFileSync('chown', ['postgres', dir]);
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], { stdio: 'pipe' });
    } else {
      execFileSync('/bin/sh', ['-c', cmd], { stdio: 'pipe' });
    }
  };
  run(`${bin}/initdb -D ${dataDir} -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8`);
  run(
    `${bin}/pg_ctl -D ${dataDir} -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off" -l ${log} -w start`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      const cmd = `${bin}/pg_ctl -D ${dataDir} -m immediate -w stop`;
      if (asRoot) spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], { stdio: 'pipe' });
      else spawnSync('/bin/sh', ['-c', cmd], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

declare global {
  var __bbsPostgresStop: (() => void) | undefined;
}

// Jest loads this file on its own (no module mapping), so it carries the cluster code itself.
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  try {
    const cluster = await startCluster();
    if (cluster) {
      // Test workers are started after this and inherit the environment.
      process.env.TEST_DATABASE_URL = cluster.url;
      globalThis.__bbsPostgresStop = cluster.stop;
    }
  } catch (err) {
    console.warn(`could not start a throwaway PostgreSQL: ${(err as Error).message}`);
  }
}

// The service as `npm start` runs it: its own process, its own data folder, real signals.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_MODELS } from '../support/server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'services/translator/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('starts with a data folder, serves, refuses a second instance on the same folder, drains on SIGTERM', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bbs-e2e-'));
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MODELS_DIR: FIXTURE_MODELS, LOG_LEVEL: 'info' };
  const first = start(env);
  try {
    // A new data folder takes PGlite several seconds to create; on a busy machine (CI runs browser tests beside
    // this) the whole start has taken over 30 s.
    await waitFor(() => /listening on http:\/\/localhost:\d+/.test(first.output()), 90_000, 'the service to listen');
    const port = /listening on http:\/\/localhost:(\d+)/.exec(first.output())![1];
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await waitFor(() => /models settled/.test(first.output()), 30_000, 'models to load');
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const res = await fetch(`${base}/v1/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Guten Tag.', targets: ['en'] }),
    });
    expect(res.status).toBe(200);

    const second = start(env);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Start abgebrochen: the store in .* is already open: process \d+/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');
  } finally {
    first.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);

test('a wrong setting stops the start with a message naming it', async () => {
  const bad = start({ PORT: 'achtzig' });
  expect(await bad.exited).toBe(1);
  expect(bad.output()).toMatch(/Start abgebrochen: invalid configuration:\s+PORT/);
}, 60_000);

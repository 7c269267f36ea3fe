// What every browser test needs: the client built by Vite into a temporary folder, the real service serving
// it at /app/, and Debian's Chromium with software WebGL.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { startTestServer, type TestServer } from '../../tests/support/server.js';
import { repoRoot } from './helpers.js';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserEnv {
  srv: TestServer;
  /** The client's base address, `…/app/`. */
  appUrl: string;
  browser: Browser;
  buildMs: number;
  close(): Promise<void>;
}

export async function startBrowserEnv(env: Record<string, string> = {}): Promise<BrowserEnv> {
  const outDir = mkdtempSync(join(tmpdir(), 'avatar-dist-'));
  // Vite's JS API cannot run inside Jest's VM context (Rolldown's native binding rejects objects from
  // another realm), so the build runs in a child Node process, as `npm run build` would.
  const t0 = performance.now();
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite')), '..', '..', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'warn'],
    { cwd: join(repoRoot, 'avatar-client'), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr || result.stdout}`);
  const buildMs = performance.now() - t0;
  const srv = await startTestServer({ CLIENT_DIR: outDir, ...env });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  return {
    srv,
    appUrl: `${srv.url}/app/`,
    browser,
    buildMs,
    async close() {
      await browser.close();
      await srv.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The token of a new API key, made with the admin token the environment was started with. */
export async function createKey(env: BrowserEnv, adminToken: string, name: string, role: string): Promise<string> {
  const res = await fetch(`${env.srv.url}/v1/admin/keys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, role }),
  });
  if (res.status !== 201) throw new Error(`key ${name} not made: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Waits up to 10 s until the element's text contains `text` (a locator that is not there yet reads as empty). */
export async function expectText(locator: Locator, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = (await locator.textContent().catch(() => '')) ?? '';
    if (seen.includes(text)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected "${text}" in "${seen}"`);
}

// What every browser test needs: the client built by Vite into a temporary folder (once per version of its
// sources), the real service serving it at /app/, and Debian's Chromium with software WebGL.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** Everything the client bundle is built from: its own sources and pages and the workspace packages it imports. */
const BUILD_INPUTS = [
  'avatar-client/src',
  'avatar-client/demo',
  'avatar-client/index.html',
  'avatar-client/counter.html',
  'avatar-client/console.html',
  'avatar-client/editor.html',
  'avatar-client/gallery.html',
  'avatar-client/embed-demo.html',
  'avatar-client/vite.config.ts',
  'avatar-client/package.json',
  'services/protocol/src',
  'services/language/src',
  'services/language/data',
  'gloss-dictionary/src',
  // The build tools' versions.
  'package-lock.json',
];

function hashInputs(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(repoRoot, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
      return;
    }
    hash.update(path).update('\0').update(readFileSync(full));
  };
  for (const input of BUILD_INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The client built once per version of its sources, shared by every browser test file of a run (each used to
 * build its own: a dozen Vite builds per run). Parallel workers may both build; the first finished build is kept.
 */
function clientBuild(): { dir: string; buildMs: number } {
  const dir = join(tmpdir(), `bbs-avatar-client-${hashInputs()}`);
  if (existsSync(join(dir, 'index.html'))) return { dir, buildMs: 0 };
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
  try {
    renameSync(outDir, dir);
  } catch {
    // Another worker's build of the same sources got there first.
    rmSync(outDir, { recursive: true, force: true });
  }
  return { dir, buildMs };
}

export async function startBrowserEnv(env: Record<string, string> = {}): Promise<BrowserEnv> {
  const { dir: outDir, buildMs } = clientBuild();
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

/**
 * Starts recording, in the page itself, every text the elements matching `selector` show (in the document or in
 * the shadow root of a `<dgs-avatar>`). Captions change every few hundred milliseconds; polling them from the test
 * over the protocol misses short ones on a busy machine, an observer in the page does not.
 */
export async function recordTexts(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const seen: string[] = [];
    const store = window as unknown as { __recorded?: Record<string, string[]> };
    store.__recorded = { ...store.__recorded, [sel]: seen };
    const observed = new WeakSet<Node>();
    const record = () => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const host of document.querySelectorAll('dgs-avatar')) if (host.shadowRoot) roots.push(host.shadowRoot);
      for (const root of roots) {
        if (!observed.has(root)) {
          observed.add(root);
          new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true });
        }
        const text = root.querySelector(sel)?.textContent?.trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
    };
    record();
  }, selector);
}

/** The texts recorded for `selector` so far, in the order they appeared. */
export async function recordedTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) => (window as unknown as { __recorded?: Record<string, string[]> }).__recorded?.[sel] ?? [],
    selector,
  );
}

/** Waits (up to `timeout` ms) until what was recorded for `selector` passes `test`; returns what was recorded. */
export async function waitForRecorded(
  page: Page,
  selector: string,
  test: (seen: string[]) => boolean,
  timeout = 30_000,
): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await recordedTexts(page, selector);
    if (test(seen)) return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}

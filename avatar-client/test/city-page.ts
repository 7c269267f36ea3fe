// A city's web site for the browser tests: another origin (localhost, its own port) whose pages embed the
// avatar from the service, as a CMS page would. Pages get a strict Content-Security-Policy unless a test asks
// for none: nothing inline, scripts, connections and media only from the service.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_MODELS } from '../../tests/support/server.js';
import { startBrowserEnv, type BrowserEnv } from './browser-env.js';

export interface CityPageOptions {
  /** `<html lang>`; German by default. */
  lang?: string;
  title?: string;
  /** Without the strict policy, as many city pages still are. */
  csp?: false;
}

export interface CitySite {
  env: BrowserEnv;
  origin: string;
  /** Serves a page whose body is `body`, with the embed's script in its head; returns its address. */
  page(path: string, body: string, options?: CityPageOptions): string;
  /** Opens a page in a new tab that records page errors and Content-Security-Policy violations. */
  open(url: string, options?: Parameters<BrowserEnv['browser']['newPage']>[0]): Promise<CityTab>;
  close(): Promise<void>;
}

export interface CityTab {
  page: Page;
  /** Uncaught errors in the page. */
  errors: string[];
  /** What the page's policy blocked (`securitypolicyviolation` events), as "directive URL". */
  violations(): Promise<string[]>;
}

/** The policy a careful city sets: nothing inline, nothing from elsewhere but the service. */
export function strictCsp(service: string): string {
  return (
    `default-src 'none'; script-src ${service}; connect-src ${service}; media-src ${service}; ` +
    `style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
  );
}

/** The service (built client, real store) and a city site allowed to call it (CORS_ORIGINS). */
export async function startCitySite(serviceEnv: Record<string, string> = {}): Promise<CitySite> {
  const pages = new Map<string, { html: string; csp: string | null }>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://city').pathname;
    // The browser asks for one by itself; a 404 would show up as a console error.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('');
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}),
      })
      .end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  let env: BrowserEnv;
  try {
    env = await startBrowserEnv({ CORS_ORIGINS: origin, RATE_LIMIT_MAX: '100000', ...serviceEnv });
  } catch (err) {
    await new Promise((resolve) => server.close(resolve));
    throw err;
  }
  const service = new URL(env.appUrl).origin;
  return {
    env,
    origin,
    page(path, body, options = {}) {
      const html =
        `<!doctype html><html lang="${options.lang ?? 'de'}"><head><meta charset="utf-8">` +
        `<title>${options.title ?? 'Stadt Musterstadt'}</title>` +
        `<script type="module" src="${env.appUrl}embed.js"></script></head><body>${body}</body></html>`;
      pages.set(path, { html, csp: options.csp === false ? null : strictCsp(service) });
      return origin + path;
    },
    async open(url, options) {
      const page = await env.browser.newPage({ viewport: { width: 900, height: 1000 }, ...options });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // Before any of the page's scripts: the recorder itself is no inline script the policy would block.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(url);
      return {
        page,
        errors,
        violations: () => page.evaluate(() => [...(window as unknown as { __violations: string[] }).__violations]),
      };
    },
    async close() {
      await env.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A models folder (for `MODELS_DIR`) in which the tiny random-weight NLLB fixture serves Arabic and Ukrainian,
 * installed by manifest entry only: languages to offer, one of them right to left. Its output is nonsense.
 */
export function tinyLanguageModels(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bbs-city-models-'));
  symlinkSync(join(FIXTURE_MODELS, 'tiny-nllb-de-x'), join(dir, 'nllb-tiny'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      models: [
        {
          id: 'nllb-tiny',
          task: 'translation',
          targets: ['ar', 'uk'],
          languageCodes: { de: 'deu_Latn', ar: 'arb_Arab', uk: 'ukr_Cyrl' },
          dtype: 'fp32',
          maxNewTokens: 11,
        },
      ],
    }),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// „Vorlesen“ in the embed, on a city page of another origin with a strict Content-Security-Policy (no inline
// script or style, connections only to the service): the server's voice reads the article, and the word being
// spoken is highlighted in the page itself, word after word in reading order; pause, continue and stop work.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { chromiumPart, describeWithPart, espeakPart } from '../../tests/support/system-parts.js';
import { startBrowserEnv, type BrowserEnv } from './browser-env.js';

const ARTICLE =
  '<h2>Ihr Termin</h2><p>Bitte bringen Sie Ihren Ausweis mit.</p>' +
  '<p>Am 15.04.2026 ist das Bürgerbüro geschlossen.</p>';

/** The text under the read-aloud highlight now, or null. */
const highlighted = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const h = CSS.highlights.get('bbs-vorlesen');
    const range = h ? ([...h][0] as Range | undefined) : undefined;
    return range ? range.toString() : null;
  });

/**
 * Records in the page, every 15 ms, each new word under the highlight: sampling from the page itself keeps
 * up on a busy machine, where a round trip from the test per sample would miss words.
 */
const recordHighlights = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const w = window as unknown as { __lit: string[] };
    w.__lit = [];
    setInterval(() => {
      const h = CSS.highlights.get('bbs-vorlesen');
      const range = h ? ([...h][0] as Range | undefined) : undefined;
      const text = range?.toString();
      if (text && w.__lit.at(-1) !== text) w.__lit.push(text);
    }, 15);
  });

const litUp = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __lit: string[] }).__lit);

const untilLit = (page: Page, count: number): Promise<unknown> =>
  page.waitForFunction((n) => (window as unknown as { __lit: string[] }).__lit.length >= n, count, {
    timeout: 20_000,
  });

describeWithPart(espeakPart())('read aloud in the browser', () => {
  describeWithPart(chromiumPart())('in Chromium, on a city page with a strict CSP', () => {
    let env: BrowserEnv;
    let city: Server;
    let cityOrigin: string;
    const errors: string[] = [];

    beforeAll(async () => {
      city = createServer((_req, res) => {
        const service = new URL(env.appUrl).origin;
        res
          .writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy':
              `default-src 'none'; script-src ${service}; connect-src ${service}; ` +
              `style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`,
          })
          .end(
            `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Termin</title>
            <script type="module" src="${env.appUrl}embed.js"></script></head><body>
            <article id="article">${ARTICLE}</article>
            <dgs-avatar for="#article"></dgs-avatar></body></html>`,
          );
      });
      await new Promise<void>((resolve) => city.listen(0, '127.0.0.1', resolve));
      cityOrigin = `http://localhost:${(city.address() as AddressInfo).port}`;
      env = await startBrowserEnv({ CORS_ORIGINS: cityOrigin, RATE_LIMIT_MAX: '100000' });
    }, 120_000);

    afterAll(async () => {
      await env?.close();
      await new Promise((resolve) => city?.close(resolve));
    });

    test('the article is read with the spoken word highlighted in the page; pause, continue, stop', async () => {
      const page = await env.browser.newPage({ viewport: { width: 900, height: 1000 } });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      try {
        await page.goto(`${cityOrigin}/termin.html`);
        await recordHighlights(page);
        await page.getByRole('button', { name: 'Vorlesen' }).click();
        await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 15_000 });
        await untilLit(page, 4);
        const words = await litUp(page);
        // Several words, each a word of the article, in the order they stand there.
        expect(words.length).toBeGreaterThanOrEqual(4);
        const text = 'Ihr Termin Bitte bringen Sie Ihren Ausweis mit Am 15.04.2026 ist das Bürgerbüro geschlossen';
        let at = -1;
        for (const w of words) {
          const i = text.indexOf(w, at + 1);
          expect(i).toBeGreaterThan(at);
          at = i;
        }

        await page.getByRole('button', { name: 'Pause' }).click();
        await page.getByRole('button', { name: 'Weiter' }).waitFor();
        const paused = await highlighted(page);
        await page.waitForTimeout(800);
        expect(await highlighted(page)).toBe(paused);
        const before = (await litUp(page)).length;
        await page.getByRole('button', { name: 'Weiter' }).click();
        await untilLit(page, before + 1);

        await page.getByRole('button', { name: 'Stopp' }).click();
        await page.getByRole('button', { name: 'Vorlesen' }).waitFor();
        expect(await highlighted(page)).toBeNull();
        // The strict policy blocked nothing the embed needs.
        expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    test('the preview reads the typed text, highlighting it in the „Mitlesen“ paragraph', async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(env.appUrl);
        const text = 'Sie brauchen einen Ausweis.\nDer Ausweis muss gültig sein.';
        await page.getByLabel('Text auf Deutsch').fill(text);
        await recordHighlights(page);
        await page.getByRole('button', { name: 'Vorlesen' }).click();
        await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 15_000 });
        await untilLit(page, 3);
        const words = await litUp(page);
        expect(words.length).toBeGreaterThanOrEqual(3);
        for (const w of words) expect(text).toContain(w);
        expect(await page.locator('.read-along').textContent()).toBe(text);
        await page.getByRole('button', { name: 'Stopp' }).click();
        await expect(page.locator('.read-along').isHidden()).resolves.toBe(true);
      } finally {
        await page.close();
      }
    }, 60_000);
  });
});

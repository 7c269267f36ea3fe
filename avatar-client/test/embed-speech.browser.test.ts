// „Vorlesen“ in the embed, on a city page of another origin with a strict Content-Security-Policy (no inline
// script or style, connections only to the service): the server's voice reads the article, and the word being
// spoken is highlighted in the page itself, word after word in reading order; pause, continue and stop work.
import type { Page } from 'playwright-core';
import { chromiumPart, describeWithPart, espeakPart } from '../../tests/support/system-parts.js';
import type { BrowserEnv } from './browser-env.js';
import { startCitySite, type CitySite } from './city-page.js';

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
    let city: CitySite;
    let pageUrl: string;

    beforeAll(async () => {
      city = await startCitySite();
      env = city.env;
      pageUrl = city.page(
        '/termin.html',
        `<article id="article">${ARTICLE}</article><dgs-avatar for="#article"></dgs-avatar>`,
        { title: 'Termin' },
      );
    }, 120_000);

    afterAll(async () => {
      await city?.close();
    });

    test('the article is read with the spoken word highlighted in the page; pause, continue, stop', async () => {
      const { page, errors, violations } = await city.open(pageUrl);
      try {
        await page.getByRole('tab', { name: 'Vorlesen' }).click();
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
        expect(await violations()).toEqual([]);
        expect(errors).toEqual([]);
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

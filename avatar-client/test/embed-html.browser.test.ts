// The embed on a city page (another origin, no Content-Security-Policy, as many city pages are) shows the
// approved HTML version of a page. With the real service the markup comes sanitised and readable; with a
// crafted answer, as an old or compromised service might send, every XSS case of tests/fixtures/xss-cases.json
// goes in through the embed's DOMPurify and nothing runs: the payloads' flag stays unset, while the same
// markup put in with innerHTML does set it, so the cases are live.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  SAFE_HTML_GLOBAL_ATTRIBUTES,
  SAFE_HTML_TAG_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_HTML_URL_ATTRIBUTES,
} from '@bbs/protocol';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, type BrowserEnv } from './browser-env.js';
import { startCitySite, type CitySite, type CityTab } from './city-page.js';
import { repoRoot } from './helpers.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const CASES = (
  JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'xss-cases.json'), 'utf8')) as {
    cases: { id: string; html: string }[];
  }
).cases;

const SOURCE =
  '<h2>Wohngeld</h2>\n' +
  '<p>Den Antrag stellen Sie im <a href="https://www.stadt-muenster.de/wohngeld">Bürgerbüro</a>. ' +
  'Bringen Sie <strong>Ihren Ausweis</strong> mit.</p>\n' +
  '<img src="x" onerror="window.__xss=1" alt="Bild">\n' +
  '<p onclick="window.__xss=1">Fragen? <a href="javascript:window.__xss=1">Hier klicken</a>.</p>';

interface Policy {
  tags: string[];
  globals: string[];
  perTag: Record<string, readonly string[]>;
  urls: string[];
}
const POLICY: Policy = {
  tags: [...SAFE_HTML_TAGS],
  globals: [...SAFE_HTML_GLOBAL_ATTRIBUTES],
  perTag: SAFE_HTML_TAG_ATTRIBUTES,
  urls: [...SAFE_HTML_URL_ATTRIBUTES],
};

/** What in the embed's text panel breaks the policy, checked in the page's own DOM. */
async function panelFindings(page: Page): Promise<string[]> {
  return page.evaluate((policy: Policy) => {
    const panel = document.querySelector('dgs-avatar')!.shadowRoot!.querySelector('.text-body')!;
    const found: string[] = [];
    for (const el of panel.querySelectorAll('*')) {
      const tag = el.localName;
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !policy.tags.includes(tag))
        found.push(`element ${tag}`);
      for (const attr of el.attributes) {
        if (!policy.globals.includes(attr.name) && !(policy.perTag[tag] ?? []).includes(attr.name)) {
          found.push(`attribute ${attr.name} on ${tag}`);
        }
        if (policy.urls.includes(attr.name)) {
          const protocol = new URL(attr.value, location.href).protocol;
          if (!['http:', 'https:', 'mailto:', 'tel:'].includes(protocol)) found.push(`${attr.name}=${attr.value}`);
        }
      }
    }
    return found;
  }, POLICY);
}

describeWithPart(chromiumPart())('the embed shows approved HTML in Chromium without running script', () => {
  let env: BrowserEnv;
  let city: CitySite;
  let pageUrl: string;
  let slug: string;

  beforeAll(async () => {
    city = await startCitySite({ ADMIN_TOKEN });
    env = city.env;
    const editor = await createKey(env, ADMIN_TOKEN, 'html-editor', 'editor');
    const call = async (path: string, body: unknown) => {
      const res = await fetch(env.srv.url + path, {
        method: 'POST',
        headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{
        id: string;
        targets: Record<string, { proposal: { id: string; contentHash: string; revision: number } }>;
      }>;
    };
    slug = `wohngeld-${Date.now().toString(36)}`;
    const doc = await call('/v1/documents', { slug, source: SOURCE, format: 'html', targets: ['de-x-ls'] });
    const { id, contentHash, revision } = doc.targets['de-x-ls']!.proposal;
    await call(`/v1/documents/${doc.id}/targets/de-x-ls/approve`, { proposalId: id, contentHash, revision });
    // No Content-Security-Policy, as many city pages still have none: only the sanitising stands between a
    // crafted answer and the page.
    pageUrl = city.page(
      '/wohngeld.html',
      `<article id="article"><p>Wohngeld beantragen.</p></article>
      <dgs-avatar for="#article" document="${slug}" approved-only></dgs-avatar>`,
      { title: 'Wohngeld', csp: false },
    );
  }, 120_000);

  afterAll(async () => {
    await city?.close();
  });

  async function cityPage(): Promise<CityTab> {
    const tab = await city.open(pageUrl);
    await tab.page.getByRole('tab', { name: 'Leichte Sprache' }).waitFor({ timeout: 10_000 });
    return tab;
  }

  /** Opens the Leichte Sprache tab again (from another tab): an approved version is fetched anew each time. */
  async function openLeichteSprache(page: Page): Promise<void> {
    await page.getByRole('tab', { name: 'Vorlesen' }).click();
    await page.getByRole('tab', { name: 'Leichte Sprache' }).click();
  }

  const flag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

  test('the real service: the approved HTML version shows with its markup, sanitised', async () => {
    const { page, errors } = await cityPage();
    try {
      await page.getByRole('tab', { name: 'Leichte Sprache' }).click();
      const panel = page.getByRole('tabpanel', { name: 'Leichte Sprache' }).locator('.text-body');
      await expectText(panel, 'Ausweis');
      const label = page.getByRole('tabpanel', { name: 'Leichte Sprache' }).locator('.label');
      await expectText(label, 'Von Menschen geprüft');
      expect(await panel.locator('h2').count()).toBe(1);
      expect(await panel.locator('strong').count()).toBe(1);
      expect(await panel.locator('a[href="https://www.stadt-muenster.de/wohngeld"]').count()).toBe(1);
      expect(await panelFindings(page)).toEqual([]);
      await page.waitForTimeout(300);
      expect(await flag(page)).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  test('a crafted answer: every XSS case goes through DOMPurify and none runs', async () => {
    const { page, errors } = await cityPage();
    let answer = '';
    await page.route(
      (url) => url.pathname === `/v1/public/documents/${slug}/de-x-ls`,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': city.origin },
          body: answer,
        }),
    );
    try {
      const panel = page.getByRole('tabpanel', { name: 'Leichte Sprache' }).locator('.text-body');
      const failures: [string, string[]][] = [];
      for (const c of CASES) {
        // The marker comes first, so that no unclosed element of the case can swallow it.
        const html = `<p>Fall ${c.id}</p>${c.html}`;
        answer = JSON.stringify({ text: 'Fall', dir: 'ltr', format: 'html', html, sentences: [] });
        await openLeichteSprache(page);
        await expectText(panel, `Fall ${c.id}`);
        const found = await panelFindings(page);
        if (found.length > 0) failures.push([c.id, found]);
      }
      expect(failures).toEqual([]);
      // A text version's markup is text.
      answer = JSON.stringify({ text: 'Text <img src=x onerror="window.__xss=1">', dir: 'ltr', format: 'text' });
      await openLeichteSprache(page);
      await expectText(panel, 'Text <img src=x onerror="window.__xss=1">');
      expect(await panel.locator('img').count()).toBe(0);

      // Handlers of error events and srcdoc frames run soon after insertion; give them time to.
      await page.waitForTimeout(500);
      expect(await flag(page)).toBeUndefined();
      expect(errors).toEqual([]);

      // The cases are live: inserted without DOMPurify, they do run.
      await page.evaluate(
        (cases) => {
          const div = document.createElement('div');
          div.innerHTML = cases.join('');
          document.body.append(div);
        },
        CASES.map((c) => c.html).filter((h) => /onerror|srcdoc/.test(h)),
      );
      await page.waitForFunction(() => (window as unknown as { __xss?: unknown }).__xss !== undefined, null, {
        timeout: 5000,
      });
    } finally {
      await page.close();
    }
  }, 120_000);
});

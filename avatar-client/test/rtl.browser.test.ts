// Arabic is written right to left. With a model package that serves it (the tiny NLLB fixture, installed by
// manifest entry only), the editor shows the Arabic proposal right to left and marked as Arabic, and a city page's
// embed offers the approved Arabic version under its own name, „العربية“, and shows it right to left.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_MODELS } from '../../tests/support/server.js';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, startBrowserEnv, type BrowserEnv } from './browser-env.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const ARABIC = 'موعدك في مكتب المواطنين يوم الاثنين.';

describeWithPart(chromiumPart())('right-to-left languages in the editor and the embed', () => {
  let env: BrowserEnv;
  let city: Server;
  let cityOrigin: string;
  let modelsDir: string;
  let editorKey: string;
  let docId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    modelsDir = mkdtempSync(join(tmpdir(), 'bbs-rtl-models-'));
    symlinkSync(join(FIXTURE_MODELS, 'tiny-nllb-de-x'), join(modelsDir, 'nllb-tiny'));
    writeFileSync(
      join(modelsDir, 'manifest.json'),
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
    city = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Termin</title>
        <script type="module" src="${env.appUrl}embed.js"></script></head><body>
        <article id="article"><p>Ihr Termin im Bürgerbüro ist am Montag.</p></article>
        <dgs-avatar for="#article" document="termin-arabisch" approved-only></dgs-avatar></body></html>`,
      );
    });
    await new Promise<void>((resolve) => city.listen(0, '127.0.0.1', resolve));
    cityOrigin = `http://localhost:${(city.address() as AddressInfo).port}`;
    env = await startBrowserEnv({ ADMIN_TOKEN, CORS_ORIGINS: cityOrigin, MODELS_DIR: modelsDir });
    editorKey = await createKey(env, ADMIN_TOKEN, 'rtl-editor', 'editor');
  }, 120_000);

  afterAll(async () => {
    await env?.close();
    await new Promise((resolve) => city?.close(resolve));
    rmSync(modelsDir, { recursive: true, force: true });
  });

  async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${env.srv.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${editorKey}`, 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as T;
  }

  test('the editor lists Arabic in its own name and shows its proposal right to left', async () => {
    const page = await env.browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.appUrl}editor.html`);
    await page.getByLabel('Zugangsschlüssel').fill(editorKey);
    await page.keyboard.press('Enter');
    const arabic = page.getByRole('checkbox', { name: /^Arabisch/ });
    await arabic.waitFor({ timeout: 15_000 });
    const ownName = page.locator('label', { has: arabic }).locator('span[lang="ar"][dir="rtl"]');
    expect(await ownName.textContent()).toBe('العربية');
    expect(await page.locator('label', { has: arabic }).textContent()).toBe('Arabisch (العربية)');

    const doc = await api<{ id: string; targets: Record<string, { proposal: { id: string } }> }>(
      'POST',
      '/v1/documents',
      {
        slug: 'termin-arabisch',
        source: 'Ihr Termin im Bürgerbüro ist am Montag.',
        targets: ['ar', 'uk'],
      },
    );
    docId = doc.id;
    await page.goto(`${env.appUrl}editor.html?doc=${docId}`);
    const sentence = page.getByLabel('Satz 1 (Arabisch)');
    await sentence.waitFor({ timeout: 15_000 });
    expect(await sentence.getAttribute('dir')).toBe('rtl');
    expect(await sentence.getAttribute('lang')).toBe('ar');
    const ukrainian = page.getByLabel('Satz 1 (Ukrainisch)');
    expect(await ukrainian.getAttribute('dir')).toBe('ltr');
    expect(await ukrainian.getAttribute('lang')).toBe('uk');
    // Typed Arabic runs right to left in the field.
    await sentence.fill(ARABIC);
    expect(await sentence.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);

  test('the embed offers the approved Arabic version as „العربية“ and shows it right to left', async () => {
    const doc = await api<{ targets: Record<string, { proposal: { id: string; contentHash: string } }> }>(
      'GET',
      `/v1/documents/${docId}`,
    );
    const edited = await api<{ proposal: { id: string; contentHash: string } }>(
      'PUT',
      `/v1/documents/${docId}/targets/ar`,
      {
        proposalId: doc.targets.ar!.proposal.id,
        contentHash: doc.targets.ar!.proposal.contentHash,
        sentences: [{ index: 0, output: ARABIC }],
      },
    );
    await api('POST', `/v1/documents/${docId}/targets/ar/approve`, {
      proposalId: edited.proposal.id,
      contentHash: edited.proposal.contentHash,
    });

    const page = await env.browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${cityOrigin}/`);
    await page.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
    const button = page.getByRole('button', { name: 'العربية' });
    await button.waitFor({ timeout: 15_000 });
    expect(await button.evaluate((b: HTMLElement) => [b.lang, b.dir])).toEqual(['ar', 'rtl']);
    // Only approved versions are offered: the Ukrainian proposal is not.
    expect(await page.getByRole('button', { name: 'Українська' }).count()).toBe(0);
    await button.click();
    const panel = page.locator('dgs-avatar .text-panel');
    await expectText(panel, ARABIC);
    expect(await panel.evaluate((p: HTMLElement) => [p.lang, p.dir, getComputedStyle(p).direction])).toEqual([
      'ar',
      'rtl',
      'rtl',
    ]);
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);
});

// Arabic is written right to left. With a model package that serves it (the tiny NLLB fixture, installed by
// manifest entry only), the editor shows the Arabic proposal right to left and marked as Arabic, and a city page's
// embed offers the approved Arabic version under its own name, „العربية“, and shows it right to left.
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, type BrowserEnv } from './browser-env.js';
import { startCitySite, tinyLanguageModels, type CitySite } from './city-page.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const ARABIC = 'موعدك في مكتب المواطنين يوم الاثنين.';

describeWithPart(chromiumPart())('right-to-left languages in the editor and the embed', () => {
  let env: BrowserEnv;
  let city: CitySite;
  let models: ReturnType<typeof tinyLanguageModels>;
  let editorKey: string;
  let docId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    models = tinyLanguageModels();
    // The fixture's raw (random) Arabic is what is laid out here; with the guard on it would be German fallbacks.
    city = await startCitySite({ ADMIN_TOKEN, MODELS_DIR: models.dir, TRANSLATION_GUARD: 'off' });
    env = city.env;
    editorKey = await createKey(env, ADMIN_TOKEN, 'rtl-editor', 'editor');
  }, 120_000);

  afterAll(async () => {
    await city?.close();
    models?.remove();
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

    const url = city.page(
      '/termin.html',
      `<article id="article"><p>Ihr Termin im Bürgerbüro ist am Montag.</p></article>
      <dgs-avatar for="#article" document="termin-arabisch" approved-only></dgs-avatar>`,
      { title: 'Termin' },
    );
    const { page, violations } = await city.open(url);
    page.on('pageerror', (e) => errors.push(String(e)));
    const tab = page.getByRole('tab', { name: 'العربية' });
    await tab.waitFor({ timeout: 15_000 });
    expect(await tab.evaluate((b: HTMLElement) => [b.lang, b.dir])).toEqual(['ar', 'rtl']);
    // Only approved versions are offered: the Ukrainian proposal is not.
    expect(await page.getByRole('tab', { name: 'Українська' }).count()).toBe(0);
    await tab.click();
    const panel = page.getByRole('tabpanel', { name: 'العربية' }).locator('.text-body');
    await expectText(panel, ARABIC);
    expect(await panel.evaluate((p: HTMLElement) => [p.lang, p.dir, getComputedStyle(p).direction])).toEqual([
      'ar',
      'rtl',
      'rtl',
    ]);
    expect(await violations()).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);
});

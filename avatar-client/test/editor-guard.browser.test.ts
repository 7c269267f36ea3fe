// A model sentence the guard for spoken targets refused, as an editor meets it in the editor page (real service,
// real store, real Chromium): the English field holds the German source, marked as German, and next to it the
// note says why (the amount is missing), linked to the field for screen readers. The model is the tiny
// random-weight fixture, whose sentences never keep the amount.
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, startBrowserEnv, type BrowserEnv } from './browser-env.js';

const ADMIN_TOKEN = 'test-admin-token-guard-browser-0123';
const SOURCE = 'Die Gebühr beträgt 37 Euro.';

describeWithPart(chromiumPart())('the guard in the editor', () => {
  let env: BrowserEnv;
  let editorKey: string;
  let docId: string;

  beforeAll(async () => {
    env = await startBrowserEnv({ ADMIN_TOKEN });
    editorKey = await createKey(env, ADMIN_TOKEN, 'guard-editor', 'editor');
    const res = await fetch(`${env.srv.url}/v1/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editorKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: 'gebuehr', source: SOURCE, targets: ['en'] }),
    });
    expect(res.status).toBe(201);
    docId = ((await res.json()) as { id: string }).id;
  }, 120_000);

  afterAll(async () => {
    await env?.close();
  });

  test('the refused sentence shows the German source with the reason next to it', async () => {
    const errors: string[] = [];
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 1000 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.appUrl}editor.html?doc=${docId}`);
    await page.getByLabel('Zugangsschlüssel').fill(editorKey);
    await page.keyboard.press('Enter');

    const english = page.getByRole('region', { name: /^Englisch/ });
    const field = english.getByLabel('Satz 1 (Englisch)');
    await field.waitFor({ timeout: 15_000 });
    expect(await field.inputValue()).toBe(SOURCE);
    expect(await field.evaluate((el: HTMLTextAreaElement) => [el.lang, el.dir])).toEqual(['de', 'ltr']);

    const note = english.locator('.guard-note');
    await expectText(note, 'Nicht übersetzt');
    await expectText(note, 'Betrag fehlt');
    await expectText(note, '37 Euro');
    // The field names the note as its description, so a screen reader reads why the text is German.
    const described = await field.getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    expect(await page.locator(`[id="${described}"]`).textContent()).toContain('Betrag fehlt');
    // The sentence stays an unreviewed machine draft, with the lowest confidence.
    await expectText(english.getByRole('heading', { level: 2 }).first(), 'Maschinell, nicht geprüft');
    const meta = english.locator('ol.sentences li .meta').first();
    await expectText(meta, 'Sicherheit');
    expect(Number(/Sicherheit (\d+) %/.exec((await meta.textContent()) ?? '')?.[1])).toBeLessThanOrEqual(1);

    // Once the editor writes a translation, the field is English again.
    await field.fill('The fee is 37 euros.');
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.lang)).toBe('en');
    await page.close();
    expect(errors).toEqual([]);
  }, 120_000);
});

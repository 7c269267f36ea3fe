// An editor and a signing reviewer approve one document in the editor page (real service, real store, real
// Chromium); then a city page on another origin embeds it and shows the approved versions, labelled as
// checked, while an unapproved page is labelled machine-made or, with approved-only, not signed at all.
import type { Page } from 'playwright-core';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, recordTexts, waitForRecorded, type BrowserEnv } from './browser-env.js';
import { startCitySite, type CitySite } from './city-page.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';

describeWithPart(chromiumPart())('editor and embed in Chromium', () => {
  let env: BrowserEnv;
  /** The city's web site: another origin whose pages embed the avatar. */
  let city: CitySite;
  let cityPages = 0;
  const keys: Record<string, string> = {};
  const errors: string[] = [];

  beforeAll(async () => {
    city = await startCitySite({ ADMIN_TOKEN });
    env = city.env;
    for (const role of ['editor', 'reviewer']) keys[role] = await createKey(env, ADMIN_TOKEN, `browser-${role}`, role);
  }, 120_000);

  afterAll(async () => {
    await city?.close();
  });

  async function signedIn(token: string, query = ''): Promise<Page> {
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 1000 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.appUrl}editor.html${query}`);
    await page.getByLabel('Zugangsschlüssel').fill(token);
    await page.keyboard.press('Enter');
    return page;
  }

  /** A page of the city's website that embeds the avatar from the service (another origin). */
  async function cityPage(attributes: string): Promise<Page> {
    const url = city.page(
      `/seite-${cityPages++}.html`,
      `<article id="article"><p>Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.</p></article>
      <dgs-avatar for="#article" ${attributes}></dgs-avatar>`,
      { title: 'Termin' },
    );
    const { page } = await city.open(url);
    page.on('pageerror', (e) => errors.push(String(e)));
    return page;
  }

  test('an editor approves Leichte Sprache, a reviewer approves DGS, and the embed shows both as checked', async () => {
    const editor = await signedIn(keys.editor!);
    await editor.getByRole('heading', { name: 'Dokumente' }).waitFor({ timeout: 15_000 });
    await editor.getByLabel('Seite (Kurzname, z. B. personalausweis-beantragen)').fill('termin-montag');
    await editor.getByLabel('Text in Deutsch').fill('Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.');
    const englisch = editor.getByRole('checkbox', { name: 'Englisch' });
    if (await englisch.count()) await englisch.uncheck();
    await editor.getByRole('button', { name: 'Anlegen und Vorschläge erstellen' }).click();
    await editor.getByRole('heading', { name: 'Seite termin-montag' }).waitFor({ timeout: 15_000 });

    const ls = editor.getByRole('region', { name: /^Leichte Sprache/ });
    await expectText(ls.getByRole('heading', { level: 2 }).first(), 'Maschinell, nicht geprüft');
    const sentence = ls.getByLabel('Satz 1 (Leichte Sprache)');
    await sentence.fill('Ihr Termin ist am Montag.\nDer Termin ist um 9 Uhr.');
    // The live checker answers for the edited text.
    await ls.locator('.checker-summary', { hasText: /^Leichte Sprache: / }).waitFor({ timeout: 20_000 });
    await ls.getByRole('button', { name: 'Freigeben' }).click();
    await ls.getByText('Freigegeben. Die Seite zeigt jetzt diese Fassung.').waitFor({ timeout: 10_000 });
    await expectText(ls.getByRole('heading', { level: 2 }).first(), 'Geprüft und freigegeben');

    // DGS needs a signing reviewer: the editor is refused with the service's message.
    const dgs = editor.getByRole('region', { name: /Gebärdensprache/ });
    await dgs.getByRole('button', { name: 'Freigeben' }).click();
    await dgs.getByText('Dafür fehlt die Berechtigung.').waitFor({ timeout: 10_000 });
    const docId = new URL(editor.url()).searchParams.get('doc');
    expect(docId).toMatch(/^[0-9a-f-]{36}$/);

    // The history shows the edit as a word diff.
    const history = editor.getByRole('region', { name: 'Verlauf' });
    await history.getByText('Satz bearbeitet').first().waitFor();
    expect(await history.locator('ins').count()).toBeGreaterThan(0);
    await editor.close();

    const reviewer = await signedIn(keys.reviewer!, `?doc=${docId}`);
    const review = reviewer.getByRole('region', { name: /Gebärdensprache/ });
    await review.getByText('MONTAG').first().waitFor({ timeout: 15_000 });
    await review.getByRole('button', { name: 'Freigeben' }).click();
    await review.getByText('Freigegeben. Die Seite zeigt jetzt diese Fassung.').waitFor({ timeout: 10_000 });
    await reviewer.close();

    const cityTab = await cityPage('document="termin-montag" approved-only');
    await cityTab.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
    await recordTexts(cityTab, '.caption');
    await cityTab.locator('dgs-avatar canvas').waitFor({ timeout: 15_000 });
    await expectText(cityTab.locator('dgs-avatar .sign .label'), 'Von Menschen geprüft');
    const glosses = new Set(await waitForRecorded(cityTab, '.caption', (g) => g.includes('MONTAG')));
    expect(glosses).toContain('MONTAG');
    await cityTab.getByRole('tab', { name: 'Leichte Sprache' }).click();
    const lsPanel = cityTab.getByRole('tabpanel', { name: 'Leichte Sprache' });
    await expectText(lsPanel.locator('.text-body'), 'Der Termin ist um 9 Uhr.');
    await expectText(lsPanel.locator('.label'), 'Von Menschen geprüft');
    await cityTab.close();
    expect(errors).toEqual([]);
  }, 120_000);

  test('an unapproved page: approved-only signs nothing; otherwise the machine signing is labelled', async () => {
    const strict = await cityPage('document="gibt-es-nicht" approved-only');
    await strict.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
    await strict
      .getByText('Für diese Seite gibt es noch keine geprüfte Fassung in Gebärdensprache.')
      .waitFor({ timeout: 10_000 });
    expect(await strict.locator('dgs-avatar canvas').count()).toBe(0);
    await strict.close();

    const open = await cityPage('');
    await open.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
    await open.locator('dgs-avatar canvas').waitFor({ timeout: 15_000 });
    await expectText(open.locator('dgs-avatar .sign .label'), 'Maschinell erstellt, nicht geprüft');
    await open.close();
  }, 60_000);

  test('an editor sees a similar approved sentence beside the proposal and takes it over', async () => {
    // An approved Leichte Sprache sentence in the memory, made through the API.
    const call = async (path: string, body: unknown) => {
      const res = await fetch(`${env.srv.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${keys.editor}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { id: string; targets: Record<string, { proposal: { id: string } }> };
    };
    const first = await call('/v1/documents', {
      slug: 'fundbuero-stadthaus-1',
      source: 'Das Fundbüro ist im Stadthaus 1 im Erdgeschoss.',
      targets: ['de-x-ls'],
    });
    const edited = await fetch(`${env.srv.url}/v1/documents/${first.id}/targets/de-x-ls`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${keys.editor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        proposalId: first.targets['de-x-ls']!.proposal.id,
        sentences: [{ index: 0, output: 'Das Fund-Büro ist unten im Stadt-Haus 1.' }],
      }),
    });
    const { proposal } = (await edited.json()) as { proposal: { id: string; contentHash: string } };
    await call(`/v1/documents/${first.id}/targets/de-x-ls/approve`, {
      proposalId: proposal.id,
      contentHash: proposal.contentHash,
    });

    const editor = await signedIn(keys.editor!);
    await editor.getByRole('heading', { name: 'Dokumente' }).waitFor({ timeout: 15_000 });
    await editor.getByLabel('Seite (Kurzname, z. B. personalausweis-beantragen)').fill('fundbuero-stadthaus-2');
    await editor.getByLabel('Text in Deutsch').fill('Das Fundbüro ist im Stadthaus 2 im Erdgeschoss.');
    await editor.getByRole('checkbox', { name: 'Deutsche Gebärdensprache (Glossen)' }).uncheck();
    await editor.getByRole('button', { name: 'Anlegen und Vorschläge erstellen' }).click();
    const ls = editor.getByRole('region', { name: /^Leichte Sprache/ });
    await ls.getByText('Ähnlicher geprüfter Satz (89 % gleich):').waitFor({ timeout: 15_000 });
    const sentence = ls.getByLabel('Satz 1 (Leichte Sprache)');
    expect(await sentence.inputValue()).not.toBe('Das Fund-Büro ist unten im Stadt-Haus 1.');
    await ls.getByRole('button', { name: 'Übersetzung übernehmen' }).click();
    expect(await sentence.inputValue()).toBe('Das Fund-Büro ist unten im Stadt-Haus 1.');
    await ls.getByRole('button', { name: 'Änderungen speichern' }).waitFor({ state: 'visible' });
    expect(await ls.getByRole('button', { name: 'Änderungen speichern' }).isEnabled()).toBe(true);
    await editor.close();
    expect(errors).toEqual([]);
  }, 60_000);

  test('a reviewer whose proposal changed meanwhile is told so, sees the change, and nothing is approved', async () => {
    const api = async (method: string, path: string, token: string, body?: unknown) => {
      const res = await fetch(`${env.srv.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const { body: doc } = await api('POST', '/v1/documents', keys.editor!, {
      slug: 'ausweis-mitbringen',
      source: 'Bitte bringen Sie Ihren Ausweis mit.',
      targets: ['gsg'],
    });
    const docId = (doc as { id: string }).id;
    const proposal = (doc as { targets: { gsg: { proposal: { id: string } } } }).targets.gsg.proposal;

    const reviewer = await signedIn(keys.reviewer!, `?doc=${docId}`);
    const region = reviewer.getByRole('region', { name: /Gebärdensprache/ });
    await region.getByText('AUSWEIS').first().waitFor({ timeout: 15_000 });
    // While the page is open, another signing reviewer changes the glosses.
    const second = await createKey(env, ADMIN_TOKEN, 'browser-reviewer-2', 'reviewer');
    const changed = await api('PUT', `/v1/documents/${docId}/targets/gsg`, second, {
      proposalId: proposal.id,
      sentences: [{ index: 0, output: 'AUSWEIS NICHT BRINGEN' }],
    });
    expect(changed.status).toBe(200);

    await region.getByRole('button', { name: 'Freigeben' }).click();
    const alert = region.getByRole('alert');
    await alert.getByText(/Nichts wurde freigegeben/).waitFor({ timeout: 10_000 });
    expect(await alert.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('NICHT')]),
    );
    // The page now shows the stored glosses; approving again approves what is now on screen.
    expect(await region.getByLabel('Satz 1 (Deutsche Gebärdensprache (Glossen))').inputValue()).toBe(
      'AUSWEIS NICHT BRINGEN',
    );
    const pub = await fetch(`${env.srv.url}/v1/public/documents/ausweis-mitbringen/gsg`);
    expect(pub.status).toBe(404);
    await region.getByRole('button', { name: 'Freigeben' }).click();
    await region.getByText('Freigegeben. Die Seite zeigt jetzt diese Fassung.').waitFor({ timeout: 10_000 });
    expect(await region.getByRole('alert').count()).toBe(0);
    await reviewer.close();
    expect(errors).toEqual([]);
  }, 60_000);

  test('an editor adds a hard word to the glossary; an explanation that is no Leichte Sprache is refused', async () => {
    const editor = await signedIn(keys.editor!);
    const section = editor.getByRole('region', { name: 'Wörterliste für Leichte Sprache' });
    await section.getByLabel('Begriff suchen').fill('anmeldung', { timeout: 15_000 });
    await section.getByText(/Begriffe gefunden/).waitFor({ timeout: 10_000 });
    expect(await section.getByRole('button', { name: 'Bearbeiten Anmeldung', exact: true }).count()).toBe(1);

    await section.getByLabel('Begriff', { exact: true }).fill('Zeltlager');
    await section
      .getByLabel('Erklärung in Leichter Sprache')
      .fill(
        'Ein Zeltlager ist eine Reise, bei der Kinder, die sich vorher angemeldet haben, mit Betreuern in Zelten auf einer Wiese schlafen.',
      );
    await section.getByRole('button', { name: 'Speichern' }).click();
    const alert = section.getByRole('alert');
    await alert.getByText(/Erklärung 1:/).waitFor({ timeout: 10_000 });

    await section.getByLabel('Erklärung in Leichter Sprache').fill('Ein Zeltlager ist ein Ferien-Ort mit Zelten.');
    await section.getByRole('button', { name: 'Speichern' }).click();
    await section.getByText('„Zeltlager“ ist gespeichert. Der nächste Text verwendet die Erklärung.').waitFor({
      timeout: 10_000,
    });
    expect(await section.getByRole('alert').count()).toBe(0);
    const res = await fetch(`${env.srv.url}/v1/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Im Sommer gibt es ein Zeltlager.', targets: ['de-x-ls'] }),
    });
    const body = (await res.json()) as { results: Record<string, { text: string }> };
    expect(body.results['de-x-ls']!.text).toContain('Ein Zeltlager ist ein Ferien-Ort mit Zelten.');
    await editor.close();
    expect(errors).toEqual([]);
  }, 60_000);
});

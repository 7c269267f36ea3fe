// Signing reviewers in the gallery (real service, real store, real Chromium): a reviewer signs in with a key,
// approves a draft sign, and corrects another one while watching the avatar sign the correction before it is
// saved; an editor's key is refused with the service's message. Its own file: the approvals change the
// service's lexicon, which the other browser tests expect as shipped.
import type { Locator, Page } from 'playwright-core';
import type { SignEntry } from '@bbs/protocol';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, startBrowserEnv, type BrowserEnv } from './browser-env.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const REVIEWER = 'gebaerden-maria';
const EDITOR = 'redaktion-tom';

describeWithPart(chromiumPart())('gallery review in Chromium', () => {
  let env: BrowserEnv;
  const keys: Record<string, string> = {};
  const errors: string[] = [];

  beforeAll(async () => {
    env = await startBrowserEnv({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' });
    keys.reviewer = await createKey(env, ADMIN_TOKEN, REVIEWER, 'reviewer');
    keys.editor = await createKey(env, ADMIN_TOKEN, EDITOR, 'editor');
  }, 120_000);

  afterAll(async () => {
    await env?.close();
  });

  const lexiconSign = async (id: string): Promise<SignEntry> =>
    (await (await fetch(`${env.srv.url}/v1/lexicon/signs/${id}`)).json()) as SignEntry;

  async function gallery(): Promise<Page> {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      // The browser logs every refused request; the refusals asked for here are no errors of the page.
      if (m.type() === 'error' && !/^Failed to load resource: .* status of 40[13] /.test(m.text())) {
        errors.push(m.text());
      }
    });
    await page.goto(`${env.appUrl}gallery.html?test=1`);
    await page.waitForFunction(() => window.__avatar !== undefined && window.__avatar.state.frames > 3, null, {
      timeout: 30_000,
    });
    return page;
  }

  async function signIn(page: Page, token: string): Promise<Locator> {
    const review = page.getByRole('region', { name: 'Prüfen' });
    await review.getByLabel('Zugangsschlüssel').fill(token);
    await page.keyboard.press('Enter');
    await review.getByText('Sie sind angemeldet.').waitFor({ timeout: 10_000 });
    return review;
  }

  async function select(page: Page, id: string): Promise<void> {
    await page.getByLabel('Suchen').fill(id);
    const button = page
      .getByRole('list', { name: 'Gebärden' })
      .getByRole('button')
      .filter({ has: page.locator('.id', { hasText: new RegExp(`^${id}$`) }) });
    await button.click();
    await page.locator('.captions .gloss', { hasText: new RegExp(`^${id}$`) }).waitFor({ timeout: 10_000 });
  }

  /** The dominant hand's finger rotations in the middle of the sign (the clock pauses there). */
  const fingersAt = (page: Page, t: number) =>
    page.evaluate(async (at) => {
      window.__avatar!.seek(at);
      await window.__avatar!.frames(2);
      return { rot: window.__avatar!.fingerRotations('dominant'), gloss: window.__avatar!.state.currentGloss };
    }, t);

  /** The middle of the loaded timeline's item `index` (a sign's segment), in seconds. */
  const middleOf = (page: Page, index: number) =>
    page.evaluate((i) => {
      const item = window.__avatar!.timeline!.items[i]!;
      return item.start + item.duration / 2;
    }, index);

  const angle = (p: number[], q: number[]) =>
    2 * Math.acos(Math.min(1, Math.abs(p[0]! * q[0]! + p[1]! * q[1]! + p[2]! * q[2]! + p[3]! * q[3]!)));

  test('a signing reviewer approves ANTRAG and corrects the handshape of another sign while watching it', async () => {
    const page = await gallery();
    const review = page.getByRole('region', { name: 'Prüfen' });
    // Without a key the gallery is a public view: the review part only offers the sign-in.
    expect(await review.getByLabel('Zugangsschlüssel').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Als geprüft freigeben' }).count()).toBe(0);

    await signIn(page, keys.reviewer!);
    await select(page, 'ANTRAG');
    await expectText(review.locator('.review-state'), 'Entwurf – nicht geprüft');
    expect(await page.getByLabel('Handform', { exact: true }).inputValue()).toBe('flat');

    await review.getByRole('button', { name: 'Als geprüft freigeben' }).click();
    const today = new Date().toISOString().slice(0, 10).split('-').reverse().join('.');
    const approved = `Geprüft von ${REVIEWER} am ${today}`;
    await expectText(review.locator('.review-state'), approved);
    await expectText(review.getByRole('status'), `ANTRAG ist freigegeben: ${approved}.`);
    // The list shows the service's new state, and the filter finds it among the approved signs.
    const antrag = page
      .getByRole('list', { name: 'Gebärden' })
      .getByRole('button')
      .filter({ has: page.locator('.id', { hasText: /^ANTRAG$/ }) });
    await expectText(antrag, approved);
    await page.getByLabel('Prüfstatus').selectOption('approved');
    expect(await antrag.count()).toBe(1);
    await page.getByLabel('Prüfstatus').selectOption('all');
    expect(await review.getByRole('button', { name: 'Als geprüft freigeben' }).count()).toBe(0);
    const saved = await lexiconSign('ANTRAG');
    expect(saved.review).toEqual({
      status: 'approved',
      reviewer: REVIEWER,
      date: new Date().toISOString().slice(0, 10),
    });

    // A one-handed draft sign with the flat hand and no finger movement of its own.
    const { signs } = (await (await fetch(`${env.srv.url}/v1/lexicon/signs`)).json()) as { signs: SignEntry[] };
    const target = signs.find(
      (s) =>
        s.hands === 'one' &&
        s.dominant!.handshape === 'flat' &&
        s.review.status === 'draft' &&
        !['wiggle', 'nod'].includes(s.movement!.type),
    )!;
    expect(target).toBeDefined();
    await select(page, target.id);
    const before = await fingersAt(page, await middleOf(page, 0));
    expect(before.gloss).toBe(target.id);

    // Changing the handshape plays the corrected form at once, before anything is saved.
    await page.getByLabel('Handform', { exact: true }).selectOption('fist');
    await expectText(page.locator('.stage-sticky [role="status"]'), `Korrektur von ${target.id}`);
    await expectText(review.locator('.changes'), 'Handform: Flache Hand (flat) → Faust (fist)');
    const after = await fingersAt(page, await middleOf(page, 0));
    expect(after.gloss).toBe(target.id);
    expect(angle(before.rot.RightHandRing2!, after.rot.RightHandRing2!)).toBeGreaterThan((30 * Math.PI) / 180);
    const diffs = Object.keys(before.rot).map((k) => angle(before.rot[k]!, after.rot[k]!));
    expect(diffs.filter((d) => d > 0.2).length).toBeGreaterThanOrEqual(6);
    expect((await lexiconSign(target.id)).dominant!.handshape).toBe('flat');

    await review.getByRole('button', { name: 'Korrektur speichern', exact: true }).click();
    await expectText(review.getByRole('status'), 'Korrektur gespeichert.');
    const corrected = await lexiconSign(target.id);
    expect(corrected.dominant!.handshape).toBe('fist');
    expect(corrected.review).toEqual({ status: 'draft' });
    await expectText(review.locator('.sign-history'), `korrigiert von ${REVIEWER}`);
    await expectText(review.locator('.changes'), 'Noch keine Änderung.');
    expect(await page.getByLabel('Handform', { exact: true }).inputValue()).toBe('fist');
    // The service now signs the corrected form.
    await page.getByRole('button', { name: 'Wiederholen' }).click();
    const replayed = await fingersAt(page, await middleOf(page, 0));
    expect(angle(replayed.rot.RightHandRing2!, after.rot.RightHandRing2!)).toBeLessThan(0.05);

    await page.close();
    expect(errors).toEqual([]);
  }, 90_000);

  test('an editor key signs in but may not approve or correct signs: the service says why', async () => {
    const page = await gallery();
    const review = page.getByRole('region', { name: 'Prüfen' });
    await review.getByLabel('Zugangsschlüssel').fill('kein-gueltiger-schluessel');
    await page.keyboard.press('Enter');
    await expectText(review.getByRole('status'), 'Der Zugangsschlüssel gilt nicht.');

    await signIn(page, keys.editor!);
    await select(page, 'ARZT');
    await review.getByRole('button', { name: 'Als geprüft freigeben' }).click();
    await expectText(review.getByRole('status'), 'Dafür fehlt die Berechtigung.');
    await page.getByLabel('Ort', { exact: true }).selectOption('chin');
    await review.getByRole('button', { name: 'Korrektur speichern und freigeben' }).click();
    await expectText(review.getByRole('status'), 'Dafür fehlt die Berechtigung.');
    const arzt = await lexiconSign('ARZT');
    expect(arzt.review.status).toBe('draft');
    expect(arzt.dominant!.location.site).not.toBe('chin');
    await expectText(review.locator('.review-state'), 'Entwurf – nicht geprüft');

    // Signing out forgets the key in this tab.
    await review.getByRole('button', { name: 'Abmelden' }).click();
    expect(await page.evaluate(() => sessionStorage.getItem('bbs.editor.token'))).toBeNull();
    expect(await review.getByLabel('Zugangsschlüssel').count()).toBe(1);
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);

  test('a reviewer reads segments, compounds and agreement in words and corrects the second segment of a sign', async () => {
    const page = await gallery();
    const review = await signIn(page, keys.reviewer!);
    const details = page.getByRole('region', { name: 'Auswahl' });

    // A compound is described by its parts, and corrected there.
    await select(page, 'AUSLÄNDERBEHÖRDE');
    await expectText(details, 'Zusammensetzung aus anderen Gebärden');
    await expectText(details, 'AUSLÄNDER + BEHÖRDE');
    await expectText(review, 'AUSLÄNDERBEHÖRDE ist aus AUSLÄNDER + BEHÖRDE zusammengesetzt');
    expect(await page.getByLabel('Handform', { exact: true }).count()).toBe(0);
    // The captions show the compound once while both parts are signed.
    const glosses = await page.evaluate(async () => {
      const seen: string[] = [];
      for (let t = 0.1; t < 1.6; t += 0.1) {
        window.__avatar!.seek(t);
        await window.__avatar!.frames(1);
        seen.push((document.querySelector('.captions .gloss')?.textContent ?? '').trim());
      }
      return [...new Set(seen.filter(Boolean))];
    });
    expect(glosses).toEqual(['AUSLÄNDERBEHÖRDE']);

    await select(page, 'GEBEN');
    await expectText(details, 'Richtungsverb: beginnt am Ort des Subjekts, endet am Ort des Objekts.');

    await select(page, 'VERSTEHEN');
    await expectText(details, '2 Segmente nacheinander');
    const steps = details.getByRole('list', { name: 'Segmente' }).getByRole('listitem');
    expect(await steps.count()).toBe(2);
    await expectText(steps.nth(0), 'finger-2345');
    await expectText(steps.nth(1), 'pinch');

    // The form edits the segment chosen; the avatar signs the correction in that segment at once.
    expect(await page.getByLabel('Handform', { exact: true }).inputValue()).toBe('finger-2345');
    await page.getByLabel('Segment', { exact: true }).selectOption('1');
    expect(await page.getByLabel('Handform', { exact: true }).inputValue()).toBe('pinch');
    const second = await middleOf(page, 1);
    const before = await fingersAt(page, second);
    await page.getByLabel('Handform', { exact: true }).selectOption('fist');
    await expectText(page.locator('.stage-sticky [role="status"]'), 'Korrektur von VERSTEHEN');
    await expectText(review.locator('.changes'), 'Segment 2, Handform:');
    const after = await fingersAt(page, await middleOf(page, 1));
    expect(after.gloss).toBe('VERSTEHEN');
    const diffs = Object.keys(before.rot).map((k) => angle(before.rot[k]!, after.rot[k]!));
    expect(diffs.filter((d) => d > 0.2).length).toBeGreaterThanOrEqual(3);
    // The first segment is signed as before.
    const first = await fingersAt(page, await middleOf(page, 0));
    await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    const firstBefore = await fingersAt(page, await middleOf(page, 0));
    expect(Object.keys(first.rot).every((k) => angle(first.rot[k]!, firstBefore.rot[k]!) < 0.05)).toBe(true);

    await page.getByLabel('Segment', { exact: true }).selectOption('1');
    await page.getByLabel('Handform', { exact: true }).selectOption('fist');
    await review.getByRole('button', { name: 'Korrektur speichern', exact: true }).click();
    await expectText(review.getByRole('status'), 'Korrektur gespeichert.');
    const saved = await lexiconSign('VERSTEHEN');
    expect(saved.segments?.map((x) => x.dominant.handshape)).toEqual(['finger-2345', 'fist']);
    await expectText(steps.nth(1), 'fist');
    await page.close();
    expect(errors).toEqual([]);
  }, 90_000);
});

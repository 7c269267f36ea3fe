// The built preview page in headless Chromium (SwiftShader WebGL): the avatar renders, stays in frame,
// plays a timeline made from real handshape data to the end, and two letters bend the fingers differently.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '@bbs/protocol';
import type { TestServer } from '../../tests/support/server.js';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { recordedTexts, recordTexts, startBrowserEnv, waitForRecorded, type BrowserEnv } from './browser-env.js';
import { letterTimeline } from './helpers.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';

describeWithPart(chromiumPart())('avatar preview in Chromium', () => {
  let env: BrowserEnv;
  let srv: TestServer;
  let url: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The real service serves the build at /app/, with its security headers, next to the real /v1/sign.
    env = await startBrowserEnv({ ADMIN_TOKEN });
    ({ srv, appUrl: url, browser } = env);
    page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(`${url}?test=1`);
    await page.waitForFunction(() => window.__avatar !== undefined && window.__avatar.state.frames > 3, null, {
      timeout: 30000,
    });
  }, 120000);

  afterAll(async () => {
    await env?.close();
    if (env) console.log(`avatar-client build ${env.buildMs.toFixed(0)} ms`);
  });

  test('the page is German and has the labelled controls', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.getByLabel('Text auf Deutsch').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Gebärden' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Wiederholen' }).count()).toBe(1);
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('1.1');
  });

  test('renders a figure that is not blank and stays in frame', async () => {
    await page.evaluate(() => window.__avatar!.frames(3));
    const shot = await page.evaluate(() => window.__avatar!.snapshot());
    expect(shot).not.toBeNull();
    const total = shot!.width * shot!.height;
    expect(shot!.count / total).toBeGreaterThan(0.04);
    // The head is below the top edge and the figure is roughly centred.
    expect(shot!.bbox.minY).toBeGreaterThan(2);
    expect(shot!.bbox.minX).toBeGreaterThan(2);
    expect(shot!.bbox.maxX).toBeLessThan(shot!.width - 3);
    const centre = (shot!.bbox.minX + shot!.bbox.maxX) / 2 / shot!.width;
    expect(Math.abs(centre - 0.5)).toBeLessThan(0.1);
    const ndc = await page.evaluate(() => window.__avatar!.inFrame());
    for (const name of ['Head', 'RightHand', 'LeftHand']) {
      const [x, y] = ndc![name]!;
      expect(Math.abs(x)).toBeLessThan(0.95);
      expect(Math.abs(y)).toBeLessThan(0.95);
    }
    expect(pageErrors).toEqual([]);
  });

  test('plays a two-letter timeline to the end with the expected gloss events and captions', async () => {
    const timeline = letterTimeline();
    await page.evaluate((tl) => window.__avatar!.play(tl), timeline);
    const captions = new Set<string>();
    const deadline = Date.now() + 20000;
    for (;;) {
      const state = await page.evaluate(() => window.__avatar!.state);
      const caption = (await page.locator('.captions .gloss').textContent())?.trim();
      if (caption) captions.add(caption);
      if (state.ended || Date.now() > deadline) break;
      await page.waitForTimeout(30);
    }
    const state = await page.evaluate(() => window.__avatar!.state);
    expect(state.ended).toBe(true);
    expect(state.glossLog).toEqual(['A', 'B']);
    expect(await page.locator('.captions .sentence').textContent()).toBe('AB.');
    const ms = [...state.frameMs].sort((a, b) => a - b);
    console.log(
      `avatar frame JS (poseAt + applyPose): median ${ms[ms.length >> 1]!.toFixed(3)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(3)} ms over ${ms.length} frames`,
    );
    expect(ms[ms.length >> 1]!).toBeLessThan(4);
    // Back at rest once ended.
    expect(await page.evaluate(() => window.__avatar!.pose()?.currentGloss ?? null)).toBeNull();
    expect(captions.size).toBeGreaterThanOrEqual(1);
  }, 30000);

  test('the letters A and B give measurably different finger rotations on the rig', async () => {
    const timeline = letterTimeline();
    const sample = async (t: number) =>
      page.evaluate(async (at) => {
        window.__avatar!.seek(at);
        await window.__avatar!.frames(2);
        return { rot: window.__avatar!.fingerRotations('dominant'), gloss: window.__avatar!.state.currentGloss };
      }, t);
    await page.evaluate((tl) => window.__avatar!.play(tl), timeline);
    const a = await sample(0.5);
    const b = await sample(1.1);
    // AVATAR_SCREENSHOTS=/some/dir saves the two letters for a human look.
    if (process.env.AVATAR_SCREENSHOTS) {
      await sample(0.5);
      await page.screenshot({ path: join(process.env.AVATAR_SCREENSHOTS, 'letter-a.png') });
      await sample(1.1);
      await page.screenshot({ path: join(process.env.AVATAR_SCREENSHOTS, 'letter-b.png') });
    }
    expect(a.gloss).toBe('A');
    expect(b.gloss).toBe('B');
    expect(Object.keys(a.rot)).toHaveLength(15);
    const angle = (p: number[], q: number[]) =>
      2 * Math.acos(Math.min(1, Math.abs(p[0]! * q[0]! + p[1]! * q[1]! + p[2]! * q[2]! + p[3]! * q[3]!)));
    const diffs = Object.keys(a.rot).map((k) => angle(a.rot[k]!, b.rot[k]!));
    // A (fist) vs B (flat hand): the fingers' middle joints differ by far more than 30°.
    expect(angle(a.rot.RightHandRing2!, b.rot.RightHandRing2!)).toBeGreaterThan((30 * Math.PI) / 180);
    expect(diffs.filter((d) => d > 0.2).length).toBeGreaterThanOrEqual(8);
    expect(pageErrors).toEqual([]);
  }, 30000);

  test('a newcomer types a sentence, presses Gebärden and watches the service sign it with captions', async () => {
    await page.getByLabel('Text auf Deutsch').fill('Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.');
    await recordTexts(page, '.captions .gloss');
    await recordTexts(page, '.captions .sentence');
    await page.getByRole('button', { name: 'Gebärden' }).click();
    const seen = await waitForRecorded(page, '.captions .gloss', (g) => g.includes('TERMIN') && g.includes('MONTAG'));
    const sentences = await recordedTexts(page, '.captions .sentence');
    // DGS order from the real /v1/sign: time (MONTAG) before the topic (TERMIN).
    expect(seen).toContain('MONTAG');
    expect(seen).toContain('TERMIN');
    expect(seen.indexOf('MONTAG')).toBeLessThan(seen.indexOf('TERMIN'));
    expect(sentences.some((t) => t.includes('Bürgerbüro'))).toBe(true);
    // Served with the service's security headers (CSP), without console errors.
    expect(pageErrors).toEqual([]);
  }, 60000);

  test('the skinned avatar blinks while idle: the eyelid morphs close and open again', async () => {
    const idle = await browser.newPage({ viewport: { width: 900, height: 800 } });
    try {
      await idle.goto(`${url}?test=1`);
      await idle.waitForFunction(() => window.__avatar !== undefined && window.__avatar.state.frames > 3);
      // Nothing plays: the eyes still blink (every 3–6 s). Sample every rendered frame for up to 8 s.
      const trace = await idle.evaluate(async () => {
        const a = window.__avatar!;
        const out: { l: number; r: number; playing: boolean }[] = [];
        const start = a.idleT;
        while (a.idleT - start < 8) {
          await a.frames(1);
          const m = a.morphs();
          out.push({ l: m.blinkLeft, r: m.blinkRight, playing: a.state.playing });
          if (out.some((o) => o.l > 0.3) && out.at(-1)!.l === 0 && out.length > 5) break;
        }
        return out;
      });
      expect(trace.every((o) => !o.playing)).toBe(true);
      const closed = trace.findIndex((o) => o.l > 0.3 && o.r > 0.3);
      expect(closed).toBeGreaterThanOrEqual(0);
      // Open before and after the blink.
      expect(trace.slice(0, closed).some((o) => o.l === 0)).toBe(true);
      expect(trace.slice(closed).some((o) => o.l === 0 && o.r === 0)).toBe(true);
    } finally {
      await idle.close();
    }
  }, 30000);

  test('the brows morph follows the non-manuals: raised over a yes/no question, furrowed over a W-question', async () => {
    const sign = (text: string) =>
      page.evaluate(async (t) => {
        const res = await fetch('/v1/sign', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: t }),
        });
        return ((await res.json()) as { timeline: Timeline }).timeline;
      }, text);
    const at = (t: number) =>
      page.evaluate(async (time) => {
        window.__avatar!.seek(time);
        await window.__avatar!.frames(2);
        return window.__avatar!.morphs();
      }, t);

    const question = await sign('Brauchen Sie einen Termin?');
    const raised = question.nonManuals.find((n) => n.type === 'brows-raised')!;
    expect(raised).toBeDefined();
    await page.evaluate((tl) => window.__avatar!.play(tl), question);
    const during = await at((raised.start + raised.end) / 2);
    expect(during.browRaise).toBeGreaterThan(0.9);
    expect(during.browFurrow).toBe(0);
    const after = await at(raised.end + 0.3);
    expect(after.browRaise).toBe(0);

    const wQuestion = await sign('Wann ist das Bürgerbüro offen?');
    const furrowed = wQuestion.nonManuals.find((n) => n.type === 'brows-furrowed')!;
    expect(furrowed).toBeDefined();
    await page.evaluate((tl) => window.__avatar!.play(tl), wQuestion);
    const w = await at((furrowed.start + furrowed.end) / 2);
    expect(w.browFurrow).toBeGreaterThan(0.9);
    expect(w.browRaise).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 30000);

  test('step by sign: the buttons move the gloss caption to the next and previous sign and pause there', async () => {
    await page.getByLabel('Text auf Deutsch').fill('Frau Özdemir hat einen Termin.');
    await page.getByRole('button', { name: 'Gebärden' }).click();
    const steps = page
      .getByRole('list')
      .filter({ has: page.locator('.step') })
      .getByRole('button');
    await steps.first().waitFor({ timeout: 10000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const labels = (await steps.allTextContents()).map((t) => t.replace(/\s*\(.*\)$/, ''));
    expect(labels.slice(0, 3)).toEqual(['FRAU', 'FS-ÖZDEMIR', 'TERMIN']);
    const gloss = page.locator('.captions .gloss');
    const mark = page.locator('.captions .mark');

    // Keyboard: focus the first step and press Enter; the caption shows FRAU, a draft sign.
    await steps.first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.captions .gloss', { hasText: /^FRAU$/ }).waitFor({ timeout: 5000 });
    expect(await steps.first().getAttribute('aria-current')).toBe('step');
    expect(await mark.textContent()).toBe('Entwurf');
    expect(await mark.isVisible()).toBe(true);

    const next = page.getByRole('button', { name: 'Nächste Gebärde' });
    await next.focus();
    await page.keyboard.press('Enter');
    // The spelled name: its first letter, marked as spelled.
    await page.locator('.captions .gloss', { hasText: /^Ö$/ }).waitFor({ timeout: 5000 });
    expect(await mark.textContent()).toBe('buchstabiert');
    expect(await steps.nth(1).getAttribute('aria-current')).toBe('step');
    expect(await page.getByRole('button', { name: 'Abspielen' }).count()).toBe(1);
    // Paused: a few frames later the caption has not moved on.
    await page.evaluate(() => window.__avatar!.frames(5));
    expect(await gloss.textContent()).toBe('Ö');

    await next.click();
    await page.locator('.captions .gloss', { hasText: /^TERMIN$/ }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'Vorherige Gebärde' }).click();
    await page.locator('.captions .gloss', { hasText: /^Ö$/ }).waitFor({ timeout: 5000 });
    if (process.env.AVATAR_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.AVATAR_SCREENSHOTS, 'preview-step.png'), fullPage: true });
    }
    // Focus is visible on the control the keyboard reached.
    await page.getByRole('button', { name: 'Abspielen' }).focus();
    await page.keyboard.press('Tab');
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await next.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    expect(pageErrors).toEqual([]);
  }, 30000);

  test('several sentences: the caption shows the sentence whose sign is on screen', async () => {
    await page.getByLabel('Text auf Deutsch').fill('Ihr Termin ist am Montag. Bringen Sie den Ausweis mit.');
    await page.getByRole('button', { name: 'Gebärden' }).click();
    const steps = page
      .getByRole('list')
      .filter({ has: page.locator('.step') })
      .getByRole('button');
    await steps.filter({ hasText: 'AUSWEIS' }).waitFor({ timeout: 10000 });
    const sentence = page.locator('.captions .sentence');
    // Jump to a sign of each sentence (no waiting on real time): the caption follows.
    await steps.filter({ hasText: 'AUSWEIS' }).click();
    await page.locator('.captions .sentence', { hasText: 'Bringen Sie den Ausweis mit.' }).waitFor({ timeout: 5000 });
    expect(await sentence.textContent()).toBe('Bringen Sie den Ausweis mit.');
    await steps.filter({ hasText: 'MONTAG' }).click();
    await page.locator('.captions .sentence', { hasText: 'Ihr Termin ist am Montag.' }).waitFor({ timeout: 5000 });
    expect(await sentence.textContent()).toBe('Ihr Termin ist am Montag.');
  }, 30000);

  test('the live Leichte Sprache check shows findings for a long passive sentence, once typing pauses', async () => {
    const checks: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes('/v1/leichte-sprache/check')) checks.push(r.url());
    };
    page.on('request', onRequest);
    try {
      const box = page.getByLabel('Text auf Deutsch');
      await box.fill('');
      await box.focus();
      // When each character arrived, in the page: on a busy machine typing itself can pause longer than the check's
      // wait (300 ms), and each such pause may rightly send a check.
      await box.evaluate((el) => {
        const times: number[] = [];
        (window as unknown as { typedAt: number[] }).typedAt = times;
        el.addEventListener('input', () => times.push(performance.now()));
      });
      const text =
        'Der Antrag auf Erteilung einer Baugenehmigung wurde von der zuständigen Behörde nach eingehender Prüfung der eingereichten Unterlagen abgelehnt.';
      await page.keyboard.type(text, { delay: 5 });
      const summary = page.locator('.checker-summary');
      await page
        .locator('.checker-summary', { hasText: /Fehler/ })
        .waitFor({ timeout: 20000 })
        .catch(async (err: Error) => {
          throw new Error(`${err.message}\nsummary: ${await summary.textContent()}; requests: ${checks.length}`);
        });
      expect(await summary.getAttribute('aria-live')).toBe('polite');
      expect(await summary.textContent()).toMatch(
        /^Leichte Sprache: \d+ Fehler(, \d+ Warnung(en)?)?(, \d+ Hinweise?)?$/,
      );
      const findings = page.getByRole('list', { name: 'Gefundene Stellen' }).getByRole('listitem');
      expect(await findings.count()).toBeGreaterThanOrEqual(2);
      // On a slow machine a pause inside the typing can show the findings of the sentence so far (long, not yet
      // passive) first; the user sees the passive once the last word is checked.
      const passive = page.locator('.findings li[data-rule="passive"]');
      await passive.first().waitFor({ timeout: 20000 });
      expect(await passive.count()).toBe(1);
      expect(await passive.textContent()).toMatch(/^Warnung:/);
      // The flagged words are highlighted in the text.
      expect(await page.locator('.checker-text mark', { hasText: 'Baugenehmigung' }).count()).toBeGreaterThanOrEqual(1);
      // Not a request per keystroke: one per pause in the typing (and one at its end), not one per character.
      const typedAt = await page.evaluate(() => (window as unknown as { typedAt: number[] }).typedAt);
      const pauses = typedAt.slice(1).filter((t, i) => t - typedAt[i]! >= 300).length;
      expect(typedAt.length).toBe(text.length);
      expect(checks.length).toBeGreaterThanOrEqual(1);
      expect(checks.length).toBeLessThanOrEqual(pauses + 1);
      expect(checks.length).toBeLessThan(text.length / 4);
      expect(pageErrors).toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  }, 30000);

  test('the service leads from / to the preview', async () => {
    const landing = await browser.newPage();
    try {
      await landing.goto(`${srv.url}/`);
      expect(new URL(landing.url()).pathname).toBe('/app/');
      await landing.getByRole('heading', { name: 'Gebärdensprach-Avatar (Vorschau)' }).waitFor();
      expect(await landing.getByLabel('Text auf Deutsch').count()).toBe(1);
    } finally {
      await landing.close();
    }
  });

  test('staff pair a counter screen and send it a text; it signs it with sentence and gloss captions', async () => {
    const counter = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const staff = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors: string[] = [];
    const socketUrls: string[] = [];
    for (const p of [counter, staff]) {
      p.on('pageerror', (e) => errors.push(String(e)));
      p.on('console', (m) => {
        // The refused code below is an expected 400 the browser reports as a failed resource.
        if (m.type() === 'error' && !m.text().includes('400')) errors.push(m.text());
      });
      p.on('websocket', (ws) => socketUrls.push(ws.url()));
    }
    try {
      // An unpaired screen shows nothing of the counter, only how to pair it.
      await counter.goto(`${url}counter.html?channel=schalter-1`);
      expect(await counter.getAttribute('html', 'lang')).toBe('de');
      await counter.getByRole('heading', { name: 'Schalter-Bildschirm koppeln' }).waitFor({ timeout: 15000 });
      await counter.getByLabel('Kopplungscode').fill('AAAA-BBBB');
      await counter.getByRole('button', { name: 'Koppeln' }).click();
      await counter.getByText(/Kopplungscode ist ungültig/).waitFor({ timeout: 10000 });

      await staff.goto(`${url}console.html`);
      await staff.getByLabel('Schalter').fill('schalter-1');
      await staff.getByLabel('Zugangsschlüssel').fill(ADMIN_TOKEN);
      await staff.getByRole('button', { name: 'Kopplungscode für schalter-1 erzeugen' }).click();
      const code = (await staff.getByTestId('pairing-code').textContent({ timeout: 10000 }))!.trim();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await counter.getByLabel('Kopplungscode').fill(code.toLowerCase());
      await counter.getByRole('button', { name: 'Koppeln' }).click();
      await counter.getByText('Schalter schalter-1: Verbunden').waitFor({ timeout: 15000 });
      expect(await counter.locator('.counter-captions .sentence').textContent()).toBe(
        'Bitte warten Sie – Ihre Nummer wird aufgerufen.',
      );
      // A kiosk restarts: the pairing survives a reload.
      await counter.reload();
      await counter.getByText('Schalter schalter-1: Verbunden').waitFor({ timeout: 15000 });

      await staff.getByLabel('Text für den Bildschirm').fill('Ihr Termin ist am Montag.');
      await recordTexts(counter, '.counter-captions .gloss');
      await recordTexts(counter, '.counter-captions .sentence');
      await staff.getByRole('button', { name: 'Senden' }).click();
      await staff.getByText('Gesendet an 1 Bildschirm.').waitFor({ timeout: 10000 });
      expect(await staff.evaluate(() => sessionStorage.getItem('bbs.console.token'))).toBe(ADMIN_TOKEN);
      expect(await staff.evaluate(() => localStorage.length)).toBe(0);

      const glosses = new Set(await waitForRecorded(counter, '.counter-captions .gloss', (g) => g.includes('MONTAG')));
      const sentenceSeen = (await recordedTexts(counter, '.counter-captions .sentence')).some((t) =>
        t.includes('Ihr Termin ist am Montag.'),
      );
      expect(sentenceSeen).toBe(true);
      expect(glosses).toContain('MONTAG');
      // A wide screen: the avatar takes the full height, the large captions stand beside it, never over it.
      const stage = (await counter.locator('.counter-stage canvas').boundingBox())!;
      const captions = (await counter.locator('.counter-captions').boundingBox())!;
      expect(stage.height).toBeGreaterThan(720 * 0.85);
      expect(captions.x).toBeGreaterThanOrEqual(stage.x + stage.width - 1);
      expect(await counter.locator('.mark').count()).toBe(0);
      expect(await counter.locator('.counter-captions').textContent()).not.toMatch(/Entwurf|buchstabiert/);
      if (process.env.AVATAR_SCREENSHOTS) {
        await counter.screenshot({ path: join(process.env.AVATAR_SCREENSHOTS, 'counter.png') });
      }
      // Keys never travel in a WebSocket URL: each connection used a single-use ticket.
      const screenToken = await counter.evaluate(
        () => (JSON.parse(localStorage.getItem('bbs.counter.screen') ?? '{}') as { token?: string }).token,
      );
      expect(screenToken).toMatch(/^bbs_/);
      expect(socketUrls.length).toBeGreaterThanOrEqual(2);
      for (const u of socketUrls) {
        expect(u).toMatch(/[?&]ticket=/);
        expect(u).not.toContain(ADMIN_TOKEN);
        expect(u).not.toContain(screenToken!);
      }
      expect(errors).toEqual([]);
    } finally {
      await counter.close();
      await staff.close();
    }
  }, 60000);

  test('the console says so when the access key is wrong', async () => {
    const staff = await browser.newPage();
    try {
      await staff.goto(`${url}console.html?channel=schalter-2`);
      expect(await staff.getByLabel('Schalter').inputValue()).toBe('schalter-2');
      await staff.getByLabel('Text für den Bildschirm').fill('Hallo.');
      await staff.getByLabel('Zugangsschlüssel').fill('falsch');
      await staff.getByRole('button', { name: 'Senden' }).click();
      await staff.getByText('Der Zugangsschlüssel stimmt nicht.').waitFor({ timeout: 10000 });
    } finally {
      await staff.close();
    }
  });

  test('the embed on a plain page: reserved size, lazy avatar on first click, gloss captions', async () => {
    const demo = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    demo.on('pageerror', (e) => errors.push(String(e)));
    demo.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      await demo.goto(`${url}embed-demo.html`);
      const button = demo.getByRole('button', { name: 'Gebärdensprache anzeigen' });
      await button.waitFor();
      expect(await demo.getByRole('region', { name: 'Diese Seite barrierefrei' }).count()).toBe(1);
      // Nothing of three.js before the click.
      expect(requests.some((p) => p.includes('controller'))).toBe(false);
      // Where the text after the element sits in the page (not the viewport: the click may scroll).
      const after = () =>
        demo
          .locator('p.hint')
          .nth(1)
          .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const before = await after();
      const box = await demo.locator('dgs-avatar').boundingBox();
      expect(box!.height).toBeGreaterThan(300);
      await button.click();
      await recordTexts(demo, '.caption');
      await demo.locator('dgs-avatar canvas').waitFor({ timeout: 15000 });
      expect(requests.some((p) => p.includes('controller'))).toBe(true);
      // The article opens with „Fundbüro: Etwas verloren oder gefunden?“.
      const glosses = new Set(await waitForRecorded(demo, '.caption', (g) => g.includes('VERLIEREN')));
      expect(glosses).toContain('VERLIEREN');
      // The public view shows no reviewer marks, although every sign here is a lexicon draft.
      expect([...glosses].some((g) => /Entwurf|buchstabiert/.test(g))).toBe(false);
      expect(await demo.locator('dgs-avatar .mark').count()).toBe(0);
      // No layout shift: the text after the element stays where it was.
      expect(await after()).toBe(before);
      expect(await demo.getByRole('button', { name: 'Wiederholen' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await demo.close();
    }
  }, 90000);

  test('the gallery lists every handshape and sign, filters, and plays ANTRAG with its draft marker', async () => {
    const gallery = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    gallery.on('pageerror', (e) => errors.push(String(e)));
    gallery.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    try {
      // Reached from the preview page.
      expect(await page.getByRole('link', { name: /Galerie/ }).getAttribute('href')).toBe('gallery.html');
      await gallery.goto(`${url}gallery.html`);
      expect(await gallery.getAttribute('html', 'lang')).toBe('de');
      const shapes = gallery.getByRole('list', { name: 'Handformen' }).getByRole('button');
      const signs = gallery.getByRole('list', { name: 'Gebärden' }).getByRole('button');
      await signs.first().waitFor({ timeout: 15000 });
      expect(await shapes.count()).toBeGreaterThanOrEqual(60);
      expect(await shapes.filter({ hasText: 'fs-a' }).count()).toBeGreaterThanOrEqual(1);
      const allSigns = await signs.count();
      expect(allSigns).toBeGreaterThanOrEqual(300);
      expect(await gallery.getByLabel('Prüfstatus').count()).toBe(1);

      // A handshape is held on the avatar with its id as caption.
      await shapes.filter({ hasText: 'fs-b' }).first().click();
      await gallery.locator('.captions .gloss', { hasText: 'fs-b' }).waitFor({ timeout: 10000 });

      // Filter by keyboard, then select ANTRAG with the keyboard.
      await gallery.getByLabel('Suchen').fill('Antrag');
      const narrowed = await signs.count();
      expect(narrowed).toBeGreaterThanOrEqual(1);
      expect(narrowed).toBeLessThan(10);
      const antrag = signs.filter({ has: gallery.locator('.id', { hasText: /^ANTRAG$/ }) });
      expect(await antrag.count()).toBe(1);
      await antrag.focus();
      await gallery.keyboard.press('Enter');
      expect(await antrag.getAttribute('aria-pressed')).toBe('true');
      const details = gallery.getByRole('region', { name: 'Auswahl' });
      expect(await details.locator('dd.id').textContent()).toBe('ANTRAG');
      const marker = details.getByText('Entwurf – nicht geprüft');
      expect(await marker.isVisible()).toBe(true);
      expect(await details.textContent()).toContain('Projektteam');
      // The service's compiled timeline plays: the gloss caption shows ANTRAG.
      await gallery.locator('.captions .gloss', { hasText: /^ANTRAG$/ }).waitFor({ timeout: 10000 });

      // The review filter: no sign is approved yet, so "Geprüft" empties the list; "Alle" restores it.
      await gallery.getByLabel('Suchen').fill('');
      await gallery.getByLabel('Prüfstatus').selectOption('approved');
      expect(await signs.count()).toBeLessThan(allSigns);
      await gallery.getByLabel('Prüfstatus').selectOption('all');
      expect(await signs.count()).toBe(allSigns);
      expect(errors).toEqual([]);
    } finally {
      await gallery.close();
    }
  }, 40000);

  test('with reduced motion the embed offers the glosses as text instead of the animation', async () => {
    const demo = await browser.newPage({ reducedMotion: 'reduce' });
    try {
      await demo.goto(`${url}embed-demo.html`);
      await demo.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
      const glosses = demo.locator('dgs-avatar .glosses');
      await glosses.waitFor({ timeout: 10000 });
      expect(await glosses.textContent()).toContain('MONTAG');
      expect(await demo.locator('dgs-avatar canvas').count()).toBe(0);
      expect(await demo.getByRole('button', { name: 'Avatar trotzdem zeigen' }).count()).toBe(1);
    } finally {
      await demo.close();
    }
  });
});

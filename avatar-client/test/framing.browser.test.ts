// Framing as a Deaf viewer needs it, checked in headless Chromium from the scene itself: every lexicon sign,
// every fingerspelled letter, the number forms and pointing are posed (transition, hold, movement) with the
// page's own camera, and the projected hand points (wrist and finger tips of both hands) must stay inside the
// canvas, the face must be at least 15 % of the canvas height, and the captions must not cover the avatar:
// in the preview at 1280×800 and in the embed at 480 px width.
import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '@bbs/protocol';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { startBrowserEnv, type BrowserEnv } from './browser-env.js';
import { everyGloss } from './lexicon-timelines.js';
import type { FramingReport } from '../src/scene/probe.js';

/** `POST /v1/sign` takes at most this many glosses at once. */
const CHUNK = 400;

/** The service's timelines of every form, as the gallery and editor ask for glosses (in chunks). */
async function everyFormTimelines(env: BrowserEnv): Promise<Timeline[]> {
  const glosses = everyGloss();
  const out: Timeline[] = [];
  for (let i = 0; i < glosses.length; i += CHUNK) {
    const res = await fetch(`${env.srv.url}/v1/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ glosses: glosses.slice(i, i + CHUNK) }),
    });
    expect(res.status).toBe(200);
    out.push(((await res.json()) as { timeline: Timeline }).timeline);
  }
  return out;
}

/** One report over several timelines' reports. */
function merge(reports: (FramingReport | null)[]): FramingReport {
  expect(reports.every((r) => r !== null)).toBe(true);
  const all = reports as FramingReport[];
  const worst = all
    .map((r) => r.worst!)
    .reduce((a, b) => (Math.max(Math.abs(a.x), Math.abs(a.y)) >= Math.max(Math.abs(b.x), Math.abs(b.y)) ? a : b));
  return {
    width: all[0]!.width,
    height: all[0]!.height,
    samples: all.reduce((n, r) => n + r.samples, 0),
    worst,
    outside: all.flatMap((r) => r.outside),
    faceMin: Math.min(...all.map((r) => r.faceMin)),
    glosses: all.flatMap((r) => r.glosses),
  };
}

function expectFramed(r: FramingReport, timelines: Timeline[]): void {
  // Every sign, letter and number was posed, nothing was skipped.
  expect(r.glosses).toEqual(timelines.flatMap((tl) => tl.items.filter((i) => i.kind !== 'pause').map((i) => i.gloss)));
  expect(r.glosses.length).toBeGreaterThan(350);
  expect(r.outside).toEqual([]);
  expect(Math.abs(r.worst!.x)).toBeLessThan(1);
  expect(Math.abs(r.worst!.y)).toBeLessThan(1);
  expect(r.faceMin).toBeGreaterThanOrEqual(0.15);
  console.log(
    `framing ${r.width}×${r.height}: ${r.samples} poses, closest to the edge ${r.worst!.gloss ?? 'rest'} ` +
      `${r.worst!.bone} at (${r.worst!.x.toFixed(2)}, ${r.worst!.y.toFixed(2)}), face ≥ ${(r.faceMin * 100).toFixed(1)} %`,
  );
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describeWithPart(chromiumPart())('framing: hands in frame and a readable face', () => {
  let env: BrowserEnv;
  let browser: Browser;
  let timelines: Timeline[];
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  };

  beforeAll(async () => {
    env = await startBrowserEnv();
    browser = env.browser;
    timelines = await everyFormTimelines(env);
  }, 120000);

  afterAll(async () => {
    await env?.close();
  });

  test('preview at 1280×800: every sign in frame, face ≥ 15 %, captions below the avatar', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    watch(page);
    try {
      await page.goto(`${env.appUrl}?test=1`);
      await page.waitForFunction(() => window.__avatar !== undefined && window.__avatar.state.frames > 3, null, {
        timeout: 30000,
      });
      const reports = [];
      for (const tl of timelines) reports.push(await page.evaluate((t) => window.__avatar!.framing(t, 8), tl));
      const report = merge(reports);
      expectFramed(report, timelines);
      expect(report.width).toBeGreaterThan(800);
      // The captions are below the canvas, not over it: hands at rest and low signs stay visible.
      const canvas = (await page.locator('.stage canvas').boundingBox())!;
      const captions = (await page.locator('.stage .captions').boundingBox())!;
      expect(overlaps(canvas, captions)).toBe(false);
      expect(captions.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90000);

  test('embed at 480 px width: every sign in frame, face ≥ 15 %, caption below the stage', async () => {
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    watch(page);
    try {
      await page.addInitScript(() => {
        window.__avatarTestHooks = true;
      });
      await page.goto(`${env.appUrl}embed-demo.html`);
      await page.addStyleTag({ content: 'dgs-avatar { width: 480px; }' });
      await page.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
      const canvas = page.locator('dgs-avatar canvas');
      await canvas.waitFor({ timeout: 15000 });
      await page.waitForFunction(() =>
        window.__embedAvatar?.framing({ duration: 0, speed: 1, items: [], nonManuals: [] }),
      );
      const box = (await canvas.boundingBox())!;
      expect(box.width).toBeGreaterThan(440);
      expect(box.width).toBeLessThanOrEqual(480);
      const reports = [];
      for (const tl of timelines) reports.push(await page.evaluate((t) => window.__embedAvatar!.framing(t, 8), tl));
      expectFramed(merge(reports), timelines);
      const caption = (await page.locator('dgs-avatar .caption').boundingBox())!;
      expect(overlaps(box, caption)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90000);
});

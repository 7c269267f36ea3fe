// A human interpreter first: on a city page of another origin (strict Content-Security-Policy that lets media
// come from the service), the embed plays the document's approved interpreter video, with its German captions,
// instead of the avatar; before approval, and after the approval is revoked, the avatar signs as before. The
// video is a real WebM recorded by Chromium's own MediaRecorder, so the browser really decodes it.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { createKey, expectText, type BrowserEnv } from './browser-env.js';
import { startCitySite, type CitySite, type CityTab } from './city-page.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:05.000\nIhr Termin ist am Montag.\n';

/** About a second of 64×48 VP8 video, drawn on a canvas and recorded in the browser. */
async function recordWebm(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const g = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    for (let frame = 0; frame < 30; frame++) {
      g.fillStyle = `hsl(${frame * 12}, 70%, 50%)`;
      g.fillRect(0, 0, 64, 48);
      await new Promise((r) => setTimeout(r, 40));
    }
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

describeWithPart(chromiumPart())('the embed plays an approved interpreter video in Chromium', () => {
  let env: BrowserEnv;
  let city: CitySite;
  let pageUrl: string;
  let slug: string;
  let documentId: string;
  let reviewer: string;
  const opened: CityTab[] = [];

  beforeAll(async () => {
    city = await startCitySite({ ADMIN_TOKEN });
    env = city.env;
    const editor = await createKey(env, ADMIN_TOKEN, 'video-editor', 'editor');
    reviewer = await createKey(env, ADMIN_TOKEN, 'video-reviewer', 'reviewer');
    slug = `termin-${Date.now().toString(36)}`;
    const res = await fetch(`${env.srv.url}/v1/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug, source: 'Ihr Termin ist am Montag.', targets: ['de-x-ls'] }),
    });
    documentId = ((await res.json()) as { id: string }).id;
    pageUrl = city.page(
      '/termin.html',
      `<article id="article"><p>Ihr Termin ist am Montag.</p></article>
      <dgs-avatar for="#article" document="${slug}"></dgs-avatar>`,
      { title: 'Termin' },
    );
  }, 120_000);

  afterAll(async () => {
    await city?.close();
  });

  const call = async (method: string, path: string, body: Buffer | string, type: string) => {
    const res = await fetch(env.srv.url + path, {
      method,
      headers: { Authorization: `Bearer ${reviewer}`, 'Content-Type': type },
      // The client's DOM typings take bytes as a Uint8Array, not a Node Buffer.
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ sha256: string; captions?: { sha256: string } }>;
  };

  async function openEmbed(options: { reducedMotion?: 'reduce' } = {}): Promise<Page> {
    const tab = await city.open(pageUrl, { viewport: { width: 900, height: 900 }, ...options });
    opened.push(tab);
    await tab.page.getByRole('button', { name: 'Gebärdensprache anzeigen' }).click();
    return tab.page;
  }

  const approvedVideoUrl = () => `${env.srv.url}/v1/public/documents/${slug}/video`;

  test('without an approved video the avatar signs, labelled as machine-made', async () => {
    const page = await openEmbed();
    try {
      await page.locator('dgs-avatar canvas').waitFor({ timeout: 15_000 });
      expect(await page.locator('dgs-avatar video').count()).toBe(0);
      await expectText(page.locator('dgs-avatar .sign .label'), 'Maschinell erstellt, nicht geprüft');
    } finally {
      await page.close();
    }
  }, 60_000);

  test('an uploaded video plays only once a reviewer approved it; then instead of the avatar', async () => {
    const recorder = await env.browser.newPage();
    const video = await recordWebm(recorder);
    await recorder.close();
    expect(video.subarray(0, 4).toString('hex')).toBe('1a45dfa3');

    const uploaded = await call('PUT', `/v1/documents/${documentId}/video`, video, 'video/webm');
    expect(uploaded.sha256).toBe(createHash('sha256').update(video).digest('hex'));
    const captioned = await call('PUT', `/v1/documents/${documentId}/video/captions`, CAPTIONS, 'text/vtt');

    const unapproved = await openEmbed();
    try {
      await unapproved.locator('dgs-avatar canvas').waitFor({ timeout: 15_000 });
      expect(await unapproved.locator('dgs-avatar video').count()).toBe(0);
    } finally {
      await unapproved.close();
    }

    await call(
      'POST',
      `/v1/documents/${documentId}/video/approve`,
      JSON.stringify({ sha256: uploaded.sha256, captionsSha256: captioned.captions!.sha256, sourceVersion: 1 }),
      'application/json',
    );

    const page = await openEmbed();
    try {
      const player = page.locator('dgs-avatar video');
      await player.waitFor({ timeout: 15_000 });
      expect(await page.locator('dgs-avatar canvas').count()).toBe(0);
      expect(await player.getAttribute('src')).toBe(approvedVideoUrl());
      expect(await player.getAttribute('aria-label')).toBe('Gebärdensprach-Video (Dolmetscherin/Dolmetscher)');
      expect(await player.evaluate((v: HTMLVideoElement) => [v.controls, v.playsInline])).toEqual([true, true]);
      await expectText(page.locator('dgs-avatar .sign .label'), 'Dolmetscher');

      // The browser decodes it: metadata and the picture size arrive, and the captions track loads.
      await player.evaluate(
        (v: HTMLVideoElement) =>
          new Promise<void>((resolve, reject) => {
            if (v.readyState >= 1) resolve();
            v.addEventListener('loadedmetadata', () => resolve(), { once: true });
            v.addEventListener('error', () => reject(new Error(`media error ${v.error?.code}`)), { once: true });
          }),
      );
      expect(await player.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight])).toEqual([64, 48]);
      const track = page.locator('dgs-avatar video track');
      expect(await track.evaluate((t: HTMLTrackElement) => [t.kind, t.srclang, t.default, t.src])).toEqual([
        'captions',
        'de',
        true,
        `${approvedVideoUrl()}/captions`,
      ]);
      await page.waitForFunction(
        () => {
          const v = document.querySelector('dgs-avatar')!.shadowRoot!.querySelector('video')!;
          return v.textTracks[0]?.cues?.length === 1;
        },
        undefined,
        { timeout: 10_000 },
      );
      // Without a wish for reduced motion it starts after the click that opened it. The video is about a
      // second long, so on a busy machine it may have ended (and paused again) before this looks: `played`.
      await page.waitForFunction(
        () => {
          const v = document.querySelector('dgs-avatar')!.shadowRoot!.querySelector('video')!;
          return !v.paused || v.played.length > 0;
        },
        undefined,
        { timeout: 10_000 },
      );

      // From the city page, as a player asks: one range, 206 with Content-Range.
      const ranged = await page.evaluate(async (url) => {
        const res = await fetch(url, { headers: { Range: 'bytes=0-99' } });
        return [res.status, res.headers.get('content-range'), (await res.arrayBuffer()).byteLength];
      }, approvedVideoUrl());
      expect(ranged).toEqual([206, `bytes 0-99/${video.length}`, 100]);
      // The page's policy let the video, its captions and the byte ranges through.
      expect(await opened.at(-1)!.violations()).toEqual([]);
      expect(opened.flatMap((t) => t.errors)).toEqual([]);
    } finally {
      await page.close();
    }

    // Reduced motion: the video is there but waits for the reader.
    const calm = await openEmbed({ reducedMotion: 'reduce' });
    try {
      const player = calm.locator('dgs-avatar video');
      await player.waitFor({ timeout: 15_000 });
      await calm.waitForTimeout(1000);
      expect(await player.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
      await expectText(calm.locator('dgs-avatar .sign .status'), 'Abspielen');
    } finally {
      await calm.close();
    }

    // Revoked: the avatar is back.
    await call('POST', `/v1/documents/${documentId}/video/revoke`, '{}', 'application/json');
    const after = await openEmbed();
    try {
      await after.locator('dgs-avatar canvas').waitFor({ timeout: 15_000 });
      expect(await after.locator('dgs-avatar video').count()).toBe(0);
    } finally {
      await after.close();
    }
  }, 120_000);
});

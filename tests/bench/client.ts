// The avatar client's figures for `npm run bench`: what a city page downloads for the embed, and the
// per-frame JavaScript time while the preview signs (headless Chromium, SwiftShader WebGL).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Timeline } from '@bbs/protocol';
import { ROOT } from './service-process.js';

const DIST = join(ROOT, 'avatar-client', 'dist');
const CHROMIUM = '/usr/bin/chromium';

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** The JS files a module pulls in, transitively: static and dynamic imports of relative chunks. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/["'`](?:\.\.?\/)*(?:assets\/)?([\w.-]+\.js)["'`]/g)) {
      visit(join(DIST, 'assets', m[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

export function embedSizes(): { entryKb: number; onClickKb: number } | undefined {
  const entry = join(DIST, 'embed.js');
  if (!existsSync(entry)) return undefined;
  const all = closure(entry);
  return {
    entryKb: gz(entry) / 1024,
    onClickKb: all.filter((f) => f !== entry).reduce((sum, f) => sum + gz(f), 0) / 1024,
  };
}

export async function frameTimes(
  serviceUrl: string,
  text: string,
): Promise<{ median: number; p95: number; frames: number } | string> {
  if (!existsSync(CHROMIUM)) return `Chromium not installed (apt-get install -y chromium): per-frame time not measured`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${serviceUrl}/app/?test=1`);
    await page.waitForFunction(() => (globalThis as unknown as { __avatar?: unknown }).__avatar !== undefined);
    const res = await fetch(`${serviceUrl}/v1/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    const { timeline } = (await res.json()) as { timeline: Timeline };
    const ms = await page.evaluate(async (tl) => {
      const avatar = (globalThis as unknown as { __avatar: { play(t: unknown): void; state: { frameMs: number[] } } })
        .__avatar;
      const before = avatar.state.frameMs.length;
      avatar.play(tl);
      await new Promise((r) => setTimeout(r, tl.duration * 1000 + 300));
      return avatar.state.frameMs.slice(before);
    }, timeline);
    ms.sort((a, b) => a - b);
    return { median: ms[ms.length >> 1] ?? NaN, p95: ms[Math.floor(ms.length * 0.95)] ?? NaN, frames: ms.length };
  } finally {
    await browser.close();
  }
}

// Reference screenshots of fixed poses (rest, a two-handed sign, a letter, raised brows), rendered by the
// built preview in headless Chromium and compared with the committed images in test/reference/ within a
// tolerance (image-compare.ts). The poses are written here rather than taken from the lexicon, so a reviewed
// sign does not change a reference; idle life (blinks, breathing) is held still.
// UPDATE_AVATAR_REFERENCES=1 writes the references anew (look at them before committing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Timeline, TimelineItem } from '@bbs/protocol';
import { chromiumPart, describeWithPart } from '../../tests/support/system-parts.js';
import { startBrowserEnv, type BrowserEnv } from './browser-env.js';
import { repoRoot } from './helpers.js';
import { compare, referencePng, TILE_LIMIT } from './image-compare.js';

const REFERENCE_DIR = join(repoRoot, 'avatar-client', 'test', 'reference');
const UPDATE = process.env.UPDATE_AVATAR_REFERENCES === '1';

const centre = { site: 'neutral', side: 'centre', distance: 'medium' } as const;

/** One item held for a second after its transition, then nothing: the pose is sampled in the hold. */
function held(
  item: Omit<TimelineItem, 'start' | 'duration'> | null,
  nonManuals: Timeline['nonManuals'] = [],
): Timeline {
  const items: TimelineItem[] = item
    ? [{ ...item, start: 0, duration: 1.3 }]
    : [{ gloss: '.', kind: 'pause', start: 0, duration: 1.3, hands: {} }];
  return { duration: 1.3, speed: 1, items, nonManuals };
}

const POSES: Record<string, Timeline> = {
  rest: held(null),
  // Two index fingers pointing at each other in front of the chest, palms down (as ABER begins).
  'two-handed': held({
    gloss: 'ZWEIHÄNDIG',
    kind: 'lexical',
    hands: {
      dominant: { handshape: 'finger-2', palm: 'down', fingers: 'left', location: centre },
      nondominant: { handshape: 'finger-2', palm: 'down', fingers: 'right', location: centre },
    },
  }),
  // The letter W beside the dominant shoulder.
  letter: held({
    gloss: 'W',
    kind: 'fingerspell',
    hands: {
      dominant: {
        handshape: 'fs-w',
        palm: 'away',
        fingers: 'up',
        location: { site: 'neutral', side: 'dominant', distance: 'medium' },
      },
    },
  }),
  // Raised brows (a yes/no question) over the rest posture.
  brows: held(null, [{ type: 'brows-raised', start: 0, end: 1.3 }]),
};

async function render(page: Page, timeline: Timeline): Promise<Buffer> {
  await page.evaluate(async (tl) => {
    const avatar = window.__avatar!;
    avatar.still(true);
    avatar.play(tl);
    avatar.seek(0.9);
    await avatar.frames(3);
  }, timeline);
  return page.locator('.stage canvas').screenshot();
}

describeWithPart(chromiumPart())('reference screenshots of fixed poses', () => {
  let env: BrowserEnv;
  let page: Page;
  const shots = new Map<string, Buffer>();

  beforeAll(async () => {
    env = await startBrowserEnv();
    page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.appUrl}?test=1`);
    await page.waitForFunction(() => window.__avatar !== undefined && window.__avatar.state.frames > 3, null, {
      timeout: 30000,
    });
    for (const [name, timeline] of Object.entries(POSES)) shots.set(name, await render(page, timeline));
    if (UPDATE) {
      mkdirSync(REFERENCE_DIR, { recursive: true });
      for (const [name, png] of shots) writeFileSync(join(REFERENCE_DIR, `${name}.png`), await referencePng(png));
      console.log(`UPDATE_AVATAR_REFERENCES: wrote ${shots.size} references to ${REFERENCE_DIR}`);
    }
  }, 120000);

  afterAll(async () => {
    await env?.close();
  });

  test.each(Object.keys(POSES))('%s matches its reference within the tolerance', async (name) => {
    const file = join(REFERENCE_DIR, `${name}.png`);
    expect(existsSync(file)).toBe(true);
    const result = await compare(shots.get(name)!, readFileSync(file));
    console.log(
      `${name}: worst tile ${result.worstTile.toFixed(2)} at (${result.at.x}, ${result.at.y}), mean ${result.mean.toFixed(3)}`,
    );
    expect(result.worstTile).toBeLessThanOrEqual(TILE_LIMIT);
  });

  test('the comparison catches a wrong pose: every render fails against every other pose’s reference', async () => {
    let closest = { worstTile: Infinity, pair: '' };
    for (const [name, png] of shots) {
      for (const other of Object.keys(POSES)) {
        if (other === name) continue;
        const result = await compare(png, readFileSync(join(REFERENCE_DIR, `${other}.png`)));
        if (result.worstTile < closest.worstTile)
          closest = { worstTile: result.worstTile, pair: `${name} vs ${other}` };
      }
    }
    console.log(
      `closest wrong pose: ${closest.pair}, worst tile ${closest.worstTile.toFixed(1)} (limit ${TILE_LIMIT})`,
    );
    // Even the smallest change (brows raised over the same rest posture) is far outside the tolerance.
    expect(closest.worstTile).toBeGreaterThan(TILE_LIMIT * 1.5);
  });
});

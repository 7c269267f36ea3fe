// The pure parts of the avatar's life and reviewer aids: idle blinking and breathing, the face's morph
// mapping from non-manuals and visemes, stepping by sign, caption marks and sentence spans, and the checker's
// summary and highlighting.
import type { Timeline, TimelineItem } from '@bbs/protocol';
import {
  BLINK_INTERVAL,
  BLINK_SHAPE,
  blinkAt,
  blinkSchedule,
  breathAt,
  faceMorphs,
  idleAt,
  MORPH_NAMES,
  nextStep,
  previousStep,
  sentenceAt,
  sentenceSpans,
  signMark,
  signSteps,
  PlaybackClock,
  VISEMES,
  type NonManualPose,
} from '../src/player/index.js';
import { segments, summarize } from '../src/preview/checker.js';
import { letterTimeline } from './helpers.js';

const NEUTRAL: NonManualPose = {
  browsRaised: 0,
  browsFurrowed: 0,
  headshake: 0,
  nod: 0,
  headTilt: 0,
  eyesSquint: 0,
  cheeksPuffed: 0,
  mouthPressed: 0,
};
const silent = (): Record<string, number> => ({ ...Object.fromEntries(VISEMES.map((v) => [v, 0])), sil: 1 });

describe('idle blinking and breathing', () => {
  test('blinks come every 3 to 6 seconds, reproducibly from the seed, and differ between seeds', () => {
    const a = blinkSchedule(7).starts;
    expect(blinkSchedule(7).starts).toEqual(a);
    expect(blinkSchedule(8).starts).not.toEqual(a);
    for (let i = 1; i < a.length; i++) {
      const gap = a[i]! - a[i - 1]!;
      expect(gap).toBeGreaterThanOrEqual(BLINK_INTERVAL.min);
      expect(gap).toBeLessThan(BLINK_INTERVAL.max);
    }
    // The first blink comes early, so a viewer sees a living face within seconds.
    expect(a[0]!).toBeLessThan(3);
  });

  test('a blink closes the eyes fully and opens them again; between blinks they are open', () => {
    const { starts } = blinkSchedule(1);
    const s = starts[2]!;
    expect(blinkAt(s - 0.5)).toBe(0);
    expect(blinkAt(s + BLINK_SHAPE.close + BLINK_SHAPE.hold / 2)).toBe(1);
    expect(blinkAt(s + BLINK_SHAPE.close / 2)).toBeGreaterThan(0.3);
    expect(blinkAt(s + BLINK_SHAPE.close + BLINK_SHAPE.hold + BLINK_SHAPE.open + 0.01)).toBe(0);
    // Over a minute the eyes are closed only a small share of the time, and blink at least 10 times.
    let closed = 0;
    let blinks = 0;
    let was = 0;
    for (let t = 0; t < 60; t += 0.01) {
      const b = blinkAt(t);
      if (b > 0.5) closed++;
      if (b > 0.5 && was <= 0.5) blinks++;
      was = b;
    }
    expect(blinks).toBeGreaterThanOrEqual(10);
    expect(blinks).toBeLessThanOrEqual(21);
    expect(closed / 6000).toBeLessThan(0.06);
  });

  test('the sequence repeats seamlessly after its period, also hours later', () => {
    const { period, starts } = blinkSchedule(1);
    const last = starts[starts.length - 1]!;
    // The last blink of a period runs on across the wrap; the first blink of the next period comes on time.
    expect(blinkAt(last + 0.1)).toBeGreaterThan(0);
    expect(blinkAt(last + 0.1)).toBeCloseTo(blinkAt(last + 0.1 + period), 10);
    expect(blinkAt(period + starts[0]! + 0.1)).toBeCloseTo(blinkAt(starts[0]! + 0.1), 10);
    expect(blinkAt(starts[5]! + 0.1 + 40 * period)).toBeCloseTo(blinkAt(starts[5]! + 0.1), 10);
  });

  test('breathing is a smooth cycle in -1…1; reduced motion keeps the blink and stops the sway', () => {
    let min = Infinity;
    let max = -Infinity;
    let prev = breathAt(0);
    for (let t = 0.01; t < 10; t += 0.01) {
      const b = breathAt(t);
      expect(Math.abs(b - prev)).toBeLessThan(0.02);
      min = Math.min(min, b);
      max = Math.max(max, b);
      prev = b;
    }
    expect(min).toBeCloseTo(-1, 2);
    expect(max).toBeCloseTo(1, 2);
    const s = blinkSchedule(1).starts[0]! + BLINK_SHAPE.close + 0.01;
    expect(idleAt(s, { reducedMotion: true })).toEqual({ blink: 1, breath: 0 });
    expect(idleAt(s + 1).breath).not.toBe(0);
  });
});

describe('face morphs', () => {
  test('a neutral face at rest has every morph at 0', () => {
    const m = faceMorphs(NEUTRAL, silent());
    expect(Object.keys(m).sort()).toEqual([...MORPH_NAMES].sort());
    for (const name of MORPH_NAMES) expect(m[name]).toBe(0);
  });

  test('raised brows (yes/no question) raise the brows; furrowed brows (W-question) furrow and narrow the eyes', () => {
    const q = faceMorphs({ ...NEUTRAL, browsRaised: 1 }, silent());
    expect(q.browRaise).toBe(1);
    expect(q.browInnerUp).toBeGreaterThan(0.3);
    expect(q.browFurrow).toBe(0);
    const w = faceMorphs({ ...NEUTRAL, browsFurrowed: 1 }, silent());
    expect(w.browFurrow).toBe(1);
    expect(w.browRaise).toBe(0);
    expect(w.squint).toBeGreaterThan(0);
  });

  test('mouthing visemes open the jaw, round, spread or press the lips', () => {
    const v = (k: string) => ({ ...silent(), [k]: 1, sil: 0 });
    expect(faceMorphs(NEUTRAL, v('aa')).jawOpen).toBe(1);
    const o = faceMorphs(NEUTRAL, v('U'));
    expect(o.lipsRound).toBe(1);
    expect(o.lipsSpread).toBe(0);
    const i = faceMorphs(NEUTRAL, v('I'));
    expect(i.lipsSpread).toBe(1);
    expect(i.lipsRound).toBe(0);
    const p = faceMorphs(NEUTRAL, v('PP'));
    expect(p.lipsPress).toBe(1);
    expect(p.jawOpen).toBe(0);
    // Pressed lips (a non-manual) keep the jaw shut even while a vowel is mouthed.
    expect(faceMorphs({ ...NEUTRAL, mouthPressed: 1 }, v('aa')).jawOpen).toBe(0);
    expect(faceMorphs({ ...NEUTRAL, cheeksPuffed: 1 }, silent()).cheekPuff).toBe(1);
  });

  test('the idle blink closes both eyes', () => {
    const m = faceMorphs(NEUTRAL, silent(), { blink: 0.8, breath: 0 });
    expect(m.blinkLeft).toBe(0.8);
    expect(m.blinkRight).toBe(0.8);
  });
});

/** A sign, a spelled word of two letters, a pause, another sign. */
function mixedTimeline(): Timeline {
  const hands = {};
  const item = (gloss: string, kind: TimelineItem['kind'], start: number, extra: Partial<TimelineItem> = {}) =>
    ({ gloss, kind, start, duration: 0.6, hands, ...extra }) as TimelineItem;
  return {
    duration: 3.4,
    speed: 1,
    items: [
      item('TERMIN', 'lexical', 0, { review: 'draft' }),
      item('M', 'fingerspell', 0.6, { part: { of: 'FS-MO', index: 0, count: 2 } }),
      item('O', 'fingerspell', 1.2, { part: { of: 'FS-MO', index: 1, count: 2 } }),
      item('.', 'pause', 1.8),
      item('GUT', 'lexical', 2.4, { review: 'approved' }),
    ],
    nonManuals: [],
  };
}

describe('step by sign', () => {
  test('a spelled word is one step, pauses are none; steps land where the posture is formed', () => {
    const tl = mixedTimeline();
    const steps = signSteps(tl);
    expect(steps.map((s) => s.gloss)).toEqual(['TERMIN', 'FS-MO', 'GUT']);
    expect(steps[0]!.at).toBeGreaterThan(steps[0]!.start);
    expect(steps[1]!.start).toBe(0.6);
  });

  test('next and previous walk the signs; previous from the middle of a sign goes to its own start', () => {
    const tl = mixedTimeline();
    const [a, b, c] = signSteps(tl);
    expect(nextStep(tl, 0)).toBe(a);
    expect(nextStep(tl, a!.at)).toBe(b);
    expect(nextStep(tl, b!.at)).toBe(c);
    expect(nextStep(tl, c!.at)).toBeNull();
    expect(previousStep(tl, c!.at)).toBe(b);
    expect(previousStep(tl, b!.at + 0.3)).toBe(b);
    expect(previousStep(tl, a!.at)).toBe(a);
  });

  test('the clock steps and pauses there', () => {
    const clock = new PlaybackClock();
    const tl = letterTimeline();
    clock.load(tl);
    clock.tick(0.1);
    const first = clock.stepNext();
    expect(first?.gloss).toBe('AB');
    expect(clock.playing).toBe(false);
    expect(clock.t).toBeCloseTo(first!.at, 10);
    // The spelled word AB is a single step: there is no next one.
    expect(clock.stepNext()).toBeNull();
    clock.play();
    expect(clock.playing).toBe(true);
  });
});

describe('caption marks and sentences', () => {
  test('draft lexicon signs and spelled letters are marked; approved signs, numbers and pauses are not', () => {
    const tl = mixedTimeline();
    expect(tl.items.map((i) => signMark(i))).toEqual(['draft', 'fingerspelled', 'fingerspelled', null, null]);
    // Without a review state on the item, the bundled lexicon answers; an unknown sign counts as a draft.
    const bare = { gloss: 'HAUS', kind: 'lexical' as const };
    expect(signMark(bare, () => 'approved')).toBeNull();
    expect(signMark(bare, () => 'draft')).toBe('draft');
    expect(signMark(bare)).toBe('draft');
    expect(signMark({ gloss: '9', kind: 'number' })).toBeNull();
  });

  test('sentence spans follow the per-sentence timelines, one after the other', () => {
    const s = (text: string, duration: number): Timeline => ({
      duration,
      speed: 1,
      items: [],
      nonManuals: [],
      sentence: { text, start: 0, end: text.length },
    });
    const spans = sentenceSpans([s('Erster Satz.', 2), s('Zweiter Satz.', 3)]);
    expect(spans).toEqual([
      { text: 'Erster Satz.', start: 0, end: 2 },
      { text: 'Zweiter Satz.', start: 2, end: 5 },
    ]);
    expect(sentenceAt(spans, 0)).toBe(0);
    expect(sentenceAt(spans, 1.99)).toBe(0);
    expect(sentenceAt(spans, 2.5)).toBe(1);
    expect(sentenceAt(spans, 9)).toBe(1);
    expect(sentenceAt([], 1)).toBe(-1);
  });
});

describe('checker summary and highlighting', () => {
  test('counts by severity in German, singular and plural', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({ severity });
    expect(summarize([f('error'), f('error'), f('error'), f('info'), f('info')])).toBe('3 Fehler, 2 Hinweise');
    expect(summarize([f('warning'), f('info')])).toBe('1 Warnung, 1 Hinweis');
    expect(summarize([])).toBe('Keine Auffälligkeiten.');
  });

  test('cuts the text where findings begin and end, overlapping findings included', () => {
    const text = 'Der Antrag wurde abgelehnt.';
    const segs = segments(text, [
      { start: 11, end: 26 },
      { start: 17, end: 26 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.findings.length > 0).map((s) => s.text)).toEqual(['wurde ', 'abgelehnt']);
    expect(segs.find((s) => s.text === 'abgelehnt')!.findings).toEqual([0, 1]);
    // Offsets past the end are clamped, not thrown on.
    expect(segments('kurz', [{ start: 2, end: 99 }]).map((s) => s.text)).toEqual(['ku', 'rz']);
  });
});

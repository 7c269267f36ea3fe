/**
 * Idle life: blinking and breathing as pure functions of time, so the avatar never looks frozen (also
 * while paused or between messages) and tests can predict every frame. Added on top of the signing pose.
 */

export interface IdlePose {
  /** Eyelid closure 0…1 (both eyes blink together). */
  blink: number;
  /** Breathing phase -1…1 (1 = lungs full); the rig turns it into a small chest and shoulder motion. */
  breath: number;
}

export interface IdleOptions {
  /** Seed of the blink sequence; the same seed gives the same blinks. */
  seed?: number;
  /** prefers-reduced-motion: no breathing sway; blinking stays, it is not a motion across the screen. */
  reducedMotion?: boolean;
}

/** Seconds between blinks, drawn from [MIN, MAX). */
export const BLINK_INTERVAL = { min: 3, max: 6 } as const;
/** A blink: eyelids close fast, stay shut briefly, open more slowly (about a quarter second in all). */
export const BLINK_SHAPE = { close: 0.08, hold: 0.04, open: 0.12 } as const;
/** Seconds per breath at rest (about 14 breaths a minute). */
export const BREATH_PERIOD = 4.3;

const SEQUENCE_LENGTH = 64;

/** mulberry32: a tiny seeded PRNG, enough for a natural-looking, reproducible blink rhythm. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Schedule {
  /** Blink start times within one period, ascending. */
  starts: number[];
  period: number;
}
const schedules = new Map<number, Schedule>();

/**
 * The blink times for a seed: a fixed sequence of intervals that repeats after `period` seconds (over four
 * minutes, too long for anyone to notice), so looking up time t costs the same at minute 1 and hour 5.
 */
export function blinkSchedule(seed = 1): Schedule {
  const hit = schedules.get(seed);
  if (hit) return hit;
  const rnd = random(seed);
  const starts: number[] = [];
  // The first blink comes soon after the avatar appears, so a viewer sees it is alive.
  let t = 1 + rnd() * 1.5;
  for (let i = 0; i < SEQUENCE_LENGTH; i++) {
    starts.push(t);
    t += BLINK_INTERVAL.min + rnd() * (BLINK_INTERVAL.max - BLINK_INTERVAL.min);
  }
  const schedule = { starts, period: t };
  schedules.set(seed, schedule);
  return schedule;
}

/** Eyelid closure of one blink, `local` seconds after it began. */
export function blinkShape(local: number): number {
  const { close, hold, open } = BLINK_SHAPE;
  if (local < 0 || local >= close + hold + open) return 0;
  if (local < close) return Math.sin(((local / close) * Math.PI) / 2);
  if (local < close + hold) return 1;
  const u = (local - close - hold) / open;
  return 1 - u * u * (3 - 2 * u);
}

/** Eyelid closure at time `t` (seconds since the avatar appeared). */
export function blinkAt(t: number, seed = 1): number {
  if (!(t >= 0)) return 0;
  const { starts, period } = blinkSchedule(seed);
  const local = t % period;
  // The last blink that started at or before `local` (64 entries: a linear scan is cheaper than it looks).
  let last = -1;
  for (let i = 0; i < starts.length && starts[i]! <= local; i++) last = i;
  if (last < 0) return t >= period ? blinkShape(local + period - starts[starts.length - 1]!) : 0;
  return blinkShape(local - starts[last]!);
}

/** Breathing phase at time `t`: a smooth cycle with a slightly longer exhale than inhale. */
export function breathAt(t: number): number {
  const phase = (((t / BREATH_PERIOD) % 1) + 1) % 1;
  // Warp the phase so the inhale takes 40 % of the cycle and the exhale 60 %.
  const warped = phase < 0.4 ? (phase / 0.4) * 0.5 : 0.5 + ((phase - 0.4) / 0.6) * 0.5;
  return -Math.cos(2 * Math.PI * warped);
}

export function idleAt(t: number, options: IdleOptions = {}): IdlePose {
  return { blink: blinkAt(t, options.seed ?? 1), breath: options.reducedMotion ? 0 : breathAt(t) };
}

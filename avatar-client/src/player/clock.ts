import type { Timeline } from '@bbs/protocol';
import { REST_TAIL } from './pose.js';
import { nextStep, previousStep, type SignStep } from './steps.js';

export interface GlossEvent {
  index: number;
  gloss: string;
  /** Timeline time at which the item starts. */
  start: number;
}

export interface TickResult {
  t: number;
  /** Items entered since the previous tick, in order, even those shorter than a frame. Pauses are left out. */
  events: GlossEvent[];
  ended: boolean;
}

/** Playback state of one timeline: real time advances `t`; no three.js, no DOM. */
export class PlaybackClock {
  timeline: Timeline | null = null;
  t = 0;
  playing = false;
  ended = false;

  /** Where playback stops: after the last item plus time for the hands to return to rest. */
  get end(): number {
    const tl = this.timeline;
    if (!tl) return 0;
    const last = tl.items.reduce((m, it) => Math.max(m, it.start + it.duration), 0);
    return Math.max(tl.duration, last) + REST_TAIL / (tl.speed || 1);
  }

  load(timeline: Timeline, autoplay = true): void {
    this.timeline = timeline;
    this.t = 0;
    this.ended = false;
    this.playing = autoplay;
    this.pendingFrom = -Infinity;
  }

  play(): void {
    if (!this.timeline) return;
    if (this.ended) this.replay();
    else this.playing = true;
  }

  pause(): void {
    this.playing = false;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  replay(): void {
    if (!this.timeline) return;
    this.t = 0;
    this.ended = false;
    this.playing = true;
    this.pendingFrom = -Infinity;
  }

  /** Jumps to `t` and pauses (tests, scrubbing). */
  seek(t: number): void {
    this.t = Math.max(0, Math.min(t, this.end));
    this.playing = false;
    this.ended = false;
    this.pendingFrom = this.t;
  }

  /** Jumps to the next sign (see `signSteps`) and pauses there; returns it, or null at the last sign. */
  stepNext(): SignStep | null {
    const tl = this.timeline;
    const step = tl ? nextStep(tl, this.t) : null;
    if (step) this.seek(step.at);
    else this.pause();
    return step;
  }

  /** Jumps back to the sign before (or to the start of the one playing) and pauses there. */
  stepPrevious(): SignStep | null {
    const tl = this.timeline;
    const step = tl ? previousStep(tl, this.t) : null;
    if (step) this.seek(step.at);
    else this.pause();
    return step;
  }

  /** Items whose start lies in (from, to]; the very first tick also reports items starting at 0. */
  private pendingFrom = -Infinity;

  tick(dt: number): TickResult {
    const tl = this.timeline;
    if (!tl) return { t: 0, events: [], ended: false };
    const from = this.pendingFrom;
    if (this.playing) {
      this.t = Math.min(this.end, this.t + Math.max(0, Math.min(dt, 0.25)));
      if (this.t >= this.end) {
        this.playing = false;
        this.ended = true;
      }
    }
    this.pendingFrom = this.t;
    const events: GlossEvent[] = [];
    if (this.t > from || from === -Infinity) {
      tl.items.forEach((item, index) => {
        if (item.kind === 'pause') return;
        if (item.start > from && item.start <= this.t) events.push({ index, gloss: item.gloss, start: item.start });
      });
      events.sort((a, b) => a.start - b.start || a.index - b.index);
    }
    return { t: this.t, events, ended: this.ended };
  }
}

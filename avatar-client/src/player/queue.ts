import type { Timeline } from '@bbs/protocol';

/** What the queue needs from a player: start a timeline now. */
export interface QueuePlayer {
  load(timeline: Timeline): void;
}

/**
 * Plays sentences one after the other as they arrive: the first starts at once, later ones wait until the
 * one playing has ended (`ended()` is called by the frame loop when the clock reaches the end).
 */
export class SentenceQueue {
  private readonly waiting: Timeline[] = [];
  private busy = false;

  constructor(
    private readonly player: QueuePlayer,
    private readonly onStart: (timeline: Timeline) => void = () => {},
    private readonly onIdle: () => void = () => {},
  ) {}

  get playing(): boolean {
    return this.busy;
  }

  get length(): number {
    return this.waiting.length;
  }

  push(timeline: Timeline): void {
    if (this.busy) this.waiting.push(timeline);
    else this.start(timeline);
  }

  /** Drops whatever waits (a new announcement replaces the old one); the sentence playing ends normally. */
  clear(): void {
    this.waiting.length = 0;
  }

  ended(): void {
    if (!this.busy) return;
    const next = this.waiting.shift();
    if (next) this.start(next);
    else {
      this.busy = false;
      this.onIdle();
    }
  }

  private start(timeline: Timeline): void {
    this.busy = true;
    this.player.load(timeline);
    this.onStart(timeline);
  }
}

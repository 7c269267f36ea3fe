import type { Timeline } from '@bbs/protocol';
import { PlaybackClock, type GlossEvent } from '../player/clock.js';
import type { HandshapeLookup, Handedness, Pose } from '../player/pose.js';
import { poseAt } from '../player/pose.js';
import { applyPose, readFingerRotations } from '../rig/applyPose.js';
import { buildRig, type Rig } from '../rig/buildRig.js';

export interface FrameInfo {
  pose: Pose;
  events: GlossEvent[];
  ended: boolean;
}

/** Owns the rig and the playback clock; `frame(dt)` is called once per rendered frame. */
export class AvatarController {
  readonly rig: Rig = buildRig();
  readonly clock = new PlaybackClock();
  readonly glossLog: string[] = [];
  pose: Pose | null = null;
  frames = 0;
  /** JS time spent in `frame` (pose + apply), ms, over the last frames. */
  readonly frameMs: number[] = [];
  private listeners = new Set<(info: FrameInfo) => void>();

  constructor(
    readonly handshapes: HandshapeLookup,
    readonly handedness: Handedness = 'right',
  ) {
    this.frame(0);
  }

  load(timeline: Timeline, autoplay = true): void {
    this.glossLog.length = 0;
    this.clock.load(timeline, autoplay);
  }

  subscribe(fn: (info: FrameInfo) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  frame(dt: number): void {
    const t0 = performance.now();
    const tick = this.clock.tick(dt);
    const tl = this.clock.timeline;
    const pose = tl
      ? poseAt(tl, tick.t, this.handshapes, { handedness: this.handedness })
      : poseAt({ duration: 0, speed: 1, items: [], nonManuals: [] }, 0, this.handshapes);
    applyPose(this.rig, pose, this.handedness);
    this.pose = pose;
    this.frames++;
    for (const e of tick.events) this.glossLog.push(e.gloss);
    this.frameMs.push(performance.now() - t0);
    if (this.frameMs.length > 240) this.frameMs.shift();
    for (const fn of this.listeners) fn({ pose, events: tick.events, ended: tick.ended });
  }

  fingerRotations(hand: 'dominant' | 'nondominant' | 'left' | 'right') {
    const side =
      hand === 'left' || hand === 'right'
        ? hand === 'left'
          ? 'Left'
          : 'Right'
        : (hand === 'dominant') === (this.handedness === 'right')
          ? 'Right'
          : 'Left';
    return readFingerRotations(this.rig, side);
  }
}

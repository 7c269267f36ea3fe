import type { Timeline } from '@bbs/protocol';
import { PlaybackClock, type GlossEvent } from '../player/clock.js';
import type { HandshapeLookup, Handedness, Pose } from '../player/pose.js';
import { poseAt } from '../player/pose.js';
import { idleAt, type IdlePose } from '../player/idle.js';
import type { FaceMorphs } from '../player/face.js';
import { applyPose, readFingerRotations, readMorphs } from '../rig/applyPose.js';
import { buildRig, type Rig } from '../rig/buildRig.js';

export interface FrameInfo {
  pose: Pose;
  idle: IdlePose;
  events: GlossEvent[];
  ended: boolean;
}

const EMPTY: Timeline = { duration: 0, speed: 1, items: [], nonManuals: [] };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Owns the rig and the playback clock; `frame(dt)` is called once per rendered frame. */
export class AvatarController {
  readonly rig: Rig = buildRig();
  readonly clock = new PlaybackClock();
  readonly glossLog: string[] = [];
  pose: Pose | null = null;
  frames = 0;
  /**
   * Seconds the avatar has been on screen: drives blinking and breathing, which go on while paused and
   * between messages (the playback clock stands still then).
   */
  idleT = 0;
  idle: IdlePose = { blink: 0, breath: 0 };
  /** JS time spent in `frame` (pose + apply), ms, over the last frames. */
  readonly frameMs: number[] = [];
  private listeners = new Set<(info: FrameInfo) => void>();

  constructor(
    readonly handshapes: HandshapeLookup,
    readonly handedness: Handedness = 'right',
    /** Without breathing sway; blinking stays. Defaults to the viewer's prefers-reduced-motion setting. */
    readonly reducedMotion: boolean = prefersReducedMotion(),
    /** Blink sequence seed: several avatars on one page should not blink in unison. */
    readonly seed: number = 1,
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

  /**
   * Idle life stands still (eyes open, no breathing): for reference screenshots, which must show the same
   * pixels whenever they are taken.
   */
  still = false;

  frame(dt: number): void {
    const t0 = performance.now();
    const tick = this.clock.tick(dt);
    const tl = this.clock.timeline ?? EMPTY;
    const pose = poseAt(tl, tick.t, this.handshapes, { handedness: this.handedness });
    this.idleT += Math.max(0, Math.min(dt, 0.25));
    const idle = this.still
      ? { blink: 0, breath: 0 }
      : idleAt(this.idleT, { seed: this.seed, reducedMotion: this.reducedMotion });
    applyPose(this.rig, pose, this.handedness, idle);
    this.pose = pose;
    this.idle = idle;
    this.frames++;
    for (const e of tick.events) this.glossLog.push(e.gloss);
    this.frameMs.push(performance.now() - t0);
    if (this.frameMs.length > 240) this.frameMs.shift();
    for (const fn of this.listeners) fn({ pose, idle, events: tick.events, ended: tick.ended });
  }

  /** Puts the rig in the pose of `timeline` at `t`, outside playback (framing checks); idle life held. */
  poseAtTime(timeline: Timeline, t: number): Pose {
    const pose = poseAt(timeline, t, this.handshapes, { handedness: this.handedness });
    applyPose(this.rig, pose, this.handedness, this.idle);
    return pose;
  }

  /** The face's morph influences as drawn. */
  morphs(): FaceMorphs {
    return readMorphs(this.rig);
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

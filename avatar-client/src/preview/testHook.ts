import type { Camera, WebGLRenderer } from 'three';
import { Vector3 } from 'three';
import type { Timeline } from '@bbs/protocol';
import type { AvatarController } from '../scene/controller.js';
import { probeFraming } from '../scene/probe.js';

declare global {
  interface Window {
    __avatar?: ReturnType<typeof makeHook>;
  }
}

function makeHook(
  controller: AvatarController,
  renderer: () => { gl: WebGLRenderer; camera: Camera } | null,
  background: string,
  onPlay: (tl: Timeline) => void,
) {
  const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  return {
    pose: () => controller.pose,
    /** The face's morph influences as drawn, by name (browRaise, blinkLeft, jawOpen, …). */
    morphs: () => controller.morphs(),
    /** The idle clock (blinking, breathing): seconds since the avatar appeared. */
    get idleT() {
      return controller.idleT;
    },
    fingerRotations: (hand: 'dominant' | 'nondominant' | 'left' | 'right') => controller.fingerRotations(hand),
    get state() {
      const c = controller.clock;
      return {
        playing: c.playing,
        ended: c.ended,
        t: c.t,
        end: c.end,
        frames: controller.frames,
        currentGloss: controller.pose?.currentGloss ?? null,
        glossLog: [...controller.glossLog],
        frameMs: [...controller.frameMs],
      };
    },
    /** The timeline loaded, so tests can find a sign's moments instead of assuming the timing. */
    get timeline(): Timeline | null {
      return controller.clock.timeline ?? null;
    },
    play(timeline: Timeline) {
      controller.load(timeline);
      onPlay(timeline);
    },
    seek: (t: number) => controller.clock.seek(t),
    /** Resolves after `n` more frames have been rendered. */
    frames(n = 2): Promise<void> {
      const target = controller.frames + n;
      return new Promise((resolve) => {
        const check = () => (controller.frames >= target ? resolve() : requestAnimationFrame(check));
        check();
      });
    },
    /** Counts pixels that differ from the background, with their bounding box (canvas pixels). */
    snapshot() {
      const r = renderer();
      if (!r) return null;
      const src = r.gl.domElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let count = 0;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -1;
      let maxY = -1;
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          const d = Math.max(
            Math.abs(data[i]! - bg[0]!),
            Math.abs(data[i + 1]! - bg[1]!),
            Math.abs(data[i + 2]! - bg[2]!),
          );
          if (d > 24) {
            count++;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
        }
      }
      return { width: c.width, height: c.height, count, bbox: { minX, minY, maxX, maxY } };
    },
    /**
     * Poses every item of `timeline` (default: the one loaded) at `samples` moments with the canvas's own
     * camera and reports hand points outside the frame and the smallest face height (scene/probe.ts).
     */
    framing(timeline?: Timeline, samples = 8) {
      const r = renderer();
      const tl = timeline ?? controller.clock.timeline;
      if (!r || !tl) return null;
      const rect = r.gl.domElement.getBoundingClientRect();
      return probeFraming(controller, r.camera, rect, tl, samples);
    },
    /** Holds idle life (blinks, breathing) for screenshots that must be the same every time. */
    still(on: boolean) {
      controller.still = on;
    },
    /** Normalised device coordinates of head and hands (inside the frame when all lie within ±1). */
    inFrame() {
      const r = renderer();
      if (!r) return null;
      const out: Record<string, [number, number]> = {};
      for (const name of ['Head', 'RightHand', 'LeftHand', 'Hips']) {
        const p = controller.rig.bones[name]!.getWorldPosition(new Vector3()).project(r.camera);
        out[name] = [p.x, p.y];
      }
      return out;
    },
  };
}

export function installTestHook(
  controller: AvatarController,
  renderer: () => { gl: WebGLRenderer; camera: Camera } | null,
  background: string,
  onPlay: (tl: Timeline) => void,
): () => void {
  window.__avatar = makeHook(controller, renderer, background, onPlay);
  return () => {
    delete window.__avatar;
  };
}

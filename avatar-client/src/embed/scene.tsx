import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Camera, WebGLRenderer } from 'three';
import type { Timeline } from '@bbs/protocol';
import { HANDSHAPES } from '../data/handshapes.js';
import { AvatarCanvas } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';
import { Grab } from '../scene/Grab.js';
import { probeFraming } from '../scene/probe.js';

declare global {
  interface Window {
    /** Set by a browser test before the page loads: the embed then exposes `__embedAvatar`. */
    __avatarTestHooks?: boolean;
    __embedAvatar?: {
      framing(timeline: Timeline, samples?: number): ReturnType<typeof probeFraming> | null;
    };
  }
}

function EmbedScene({
  controller,
  onGloss,
  onRenderer,
}: {
  controller: AvatarController;
  onGloss: (g: string | null) => void;
  onRenderer: (gl: WebGLRenderer, camera: Camera) => void;
}) {
  useEffect(() => controller.subscribe(({ pose }) => onGloss(pose.currentGloss)), [controller, onGloss]);
  return (
    <AvatarCanvas controller={controller} framing="embed">
      <Grab onReady={onRenderer} />
    </AvatarCanvas>
  );
}

export interface MountedScene {
  play(timeline: Timeline): void;
  replay(): void;
  unmount(): void;
}

/** Loaded on first use: mounts the three.js avatar into `container` (inside the element's shadow root). */
export function mountScene(container: HTMLElement, onGloss: (g: string | null) => void): MountedScene {
  const controller = new AvatarController(HANDSHAPES);
  let view: { gl: WebGLRenderer; camera: Camera } | null = null;
  // Only a test page asks for it: a city's page never gets a global from the embed.
  if (window.__avatarTestHooks) {
    window.__embedAvatar = {
      framing: (timeline, samples) =>
        view
          ? probeFraming(controller, view.camera, view.gl.domElement.getBoundingClientRect(), timeline, samples)
          : null,
    };
  }
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <EmbedScene controller={controller} onGloss={onGloss} onRenderer={(gl, camera) => (view = { gl, camera })} />
    </StrictMode>,
  );
  return {
    play: (timeline) => controller.load(timeline),
    replay: () => controller.clock.replay(),
    unmount: () => root.unmount(),
  };
}

import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Timeline } from '@bbs/protocol';
import { HANDSHAPES } from '../data/handshapes.js';
import { AvatarCanvas } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';

function EmbedScene({ controller, onGloss }: { controller: AvatarController; onGloss: (g: string | null) => void }) {
  useEffect(() => controller.subscribe(({ pose }) => onGloss(pose.currentGloss)), [controller, onGloss]);
  return <AvatarCanvas controller={controller} />;
}

export interface MountedScene {
  play(timeline: Timeline): void;
  replay(): void;
  unmount(): void;
}

/** Loaded on first use: mounts the three.js avatar into `container` (inside the element's shadow root). */
export function mountScene(container: HTMLElement, onGloss: (g: string | null) => void): MountedScene {
  const controller = new AvatarController(HANDSHAPES);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <EmbedScene controller={controller} onGloss={onGloss} />
    </StrictMode>,
  );
  return {
    play: (timeline) => controller.load(timeline),
    replay: () => controller.clock.replay(),
    unmount: () => root.unmount(),
  };
}

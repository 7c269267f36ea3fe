import { Canvas } from '@react-three/fiber';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Timeline } from '@bbs/protocol';
import { HANDSHAPES } from '../data/handshapes.js';
import { Avatar, Stage } from '../scene/Avatar.js';
import { AvatarController } from '../scene/controller.js';

const BACKGROUND = '#e8edf2';

function EmbedScene({ controller, onGloss }: { controller: AvatarController; onGloss: (g: string | null) => void }) {
  useEffect(() => controller.subscribe(({ pose }) => onGloss(pose.currentGloss)), [controller, onGloss]);
  return (
    <Canvas
      camera={{ position: [0, 1.4, 1.55], fov: 38 }}
      gl={{ antialias: true }}
      onCreated={({ camera, gl }) => {
        camera.lookAt(0, 1.3, 0);
        gl.setClearColor(BACKGROUND);
      }}
    >
      <Stage />
      <Avatar controller={controller} />
    </Canvas>
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

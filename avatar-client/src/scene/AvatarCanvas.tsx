import { Canvas, useThree } from '@react-three/fiber';
import { useLayoutEffect, type ReactNode } from 'react';
import type { PerspectiveCamera } from 'three';
import { Avatar, Stage } from './Avatar.js';
import type { AvatarController } from './controller.js';
import { FRAMINGS, placeCamera, type FramingName } from './framing.js';

/** The stage colour; the test hook counts pixels that differ from it. */
export const BACKGROUND = '#e8edf2';

/** Places the camera for the entry's framing whenever the canvas changes size (framing.ts). */
function FramedCamera({ framing }: { framing: FramingName }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  useLayoutEffect(() => {
    if (width <= 0 || height <= 0) return;
    const place = placeCamera(FRAMINGS[framing], width / height);
    camera.fov = place.fov;
    camera.aspect = width / height;
    camera.position.set(...place.position);
    camera.lookAt(...place.target);
    camera.updateProjectionMatrix();
    camera.updateMatrixWorld();
  }, [camera, framing, width, height]);
  return null;
}

/** The avatar on its stage, framed for the entry it is shown in (preview, counter, embed, editor/gallery). */
export function AvatarCanvas({
  controller,
  framing = 'editor',
  preserveDrawingBuffer = false,
  children,
}: {
  controller: AvatarController;
  framing?: FramingName;
  /** Only the test hook needs it (reading pixels after the frame). */
  preserveDrawingBuffer?: boolean;
  children?: ReactNode;
}) {
  return (
    <Canvas
      camera={{ position: [0, 1.4, 3.5], fov: FRAMINGS[framing].fov, near: 0.5, far: 20 }}
      gl={{ preserveDrawingBuffer, antialias: true }}
      onCreated={({ gl }) => gl.setClearColor(BACKGROUND)}
    >
      <FramedCamera framing={framing} />
      <Stage />
      <Avatar controller={controller} />
      {children}
    </Canvas>
  );
}

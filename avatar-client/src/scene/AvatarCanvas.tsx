import { Canvas } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { Avatar, Stage } from './Avatar.js';
import type { AvatarController } from './controller.js';

/** The stage colour; the test hook counts pixels that differ from it. */
export const BACKGROUND = '#e8edf2';

/** The avatar on its stage, framed from the waist up: the one camera set-up of preview, counter and embed. */
export function AvatarCanvas({
  controller,
  preserveDrawingBuffer = false,
  children,
}: {
  controller: AvatarController;
  /** Only the test hook needs it (reading pixels after the frame). */
  preserveDrawingBuffer?: boolean;
  children?: ReactNode;
}) {
  return (
    <Canvas
      camera={{ position: [0, 1.4, 1.55], fov: 38 }}
      gl={{ preserveDrawingBuffer, antialias: true }}
      onCreated={({ camera, gl }) => {
        camera.lookAt(0, 1.3, 0);
        gl.setClearColor(BACKGROUND);
      }}
    >
      <Stage />
      <Avatar controller={controller} />
      {children}
    </Canvas>
  );
}

import { useFrame } from '@react-three/fiber';
import type { AvatarController } from './controller.js';

/** The avatar in an r3f scene: the rig is built once by the controller; every frame applies the pose. */
export function Avatar({ controller }: { controller: AvatarController }) {
  useFrame((_state, delta) => controller.frame(delta));
  return <primitive object={controller.rig.root} />;
}

/** Lights and camera framing for a waist-up signer. */
export function Stage() {
  return (
    <>
      <hemisphereLight args={[0xffffff, 0x8a8f99, 1.6]} />
      <directionalLight position={[1.2, 2.5, 2.5]} intensity={1.8} />
      <directionalLight position={[-2, 1.5, 1]} intensity={0.6} />
    </>
  );
}

import { useFrame } from '@react-three/fiber';
import type { AvatarController } from './controller.js';

/** The avatar in an r3f scene: the rig is built once by the controller; every frame applies the pose. */
export function Avatar({ controller }: { controller: AvatarController }) {
  useFrame((_state, delta) => controller.frame(delta));
  return <primitive object={controller.rig.root} />;
}

/**
 * Soft lighting: a broad sky/ground fill so no side of the hands falls into shadow, a key light from the
 * front above, a weaker fill from the other side, and a rim light from behind that lifts the dark clothing
 * and the arms off the light stage.
 */
export function Stage() {
  return (
    <>
      <hemisphereLight args={[0xffffff, 0x9a9186, 1.35]} />
      <directionalLight position={[1.4, 2.6, 3]} intensity={1.55} />
      <directionalLight position={[-2.2, 1.6, 2]} intensity={0.65} />
      <directionalLight position={[0.3, 2.4, -2.5]} intensity={1.1} />
    </>
  );
}

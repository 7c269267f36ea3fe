import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Camera, WebGLRenderer } from 'three';

/** Hands the canvas's renderer and camera out of the r3f tree (test hooks read pixels and project bones). */
export function Grab({ onReady }: { onReady: (gl: WebGLRenderer, camera: Camera) => void }) {
  const { gl, camera } = useThree();
  useEffect(() => {
    onReady(gl, camera);
  }, [gl, camera, onReady]);
  return null;
}

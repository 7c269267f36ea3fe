// The camera per entry: whatever the canvas's shape, the signing space stays in view with its margin, and the
// camera stands no further back than it must (the face is as large as the frame allows).
import { PerspectiveCamera, Vector3 } from 'three';
import { FRAMINGS, placeCamera, type FramingName } from '../src/scene/framing.js';

function corners(name: FramingName): Vector3[] {
  const { min, max } = FRAMINGS[name];
  const out: Vector3[] = [];
  for (const x of [min[0], max[0]])
    for (const y of [min[1], max[1]]) for (const z of [min[2], max[2]]) out.push(new Vector3(x, y, z));
  return out;
}

function camera(name: FramingName, aspect: number): PerspectiveCamera {
  const place = placeCamera(FRAMINGS[name], aspect);
  const cam = new PerspectiveCamera(place.fov, aspect, 0.1, 50);
  cam.position.set(...place.position);
  cam.lookAt(...place.target);
  cam.updateMatrixWorld();
  cam.updateProjectionMatrix();
  return cam;
}

describe('placeCamera', () => {
  test.each(Object.keys(FRAMINGS) as FramingName[])('%s: the signing space fits tightly at every aspect', (name) => {
    const limit = 1 - FRAMINGS[name].margin;
    for (const aspect of [0.5, 0.75, 1, 4 / 3, 16 / 9, 2, 3]) {
      const cam = camera(name, aspect);
      const ndc = corners(name).map((c) => c.clone().project(cam));
      const extent = Math.max(...ndc.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
      expect(extent).toBeLessThanOrEqual(limit + 1e-9);
      // Tight: one corner touches the margin, so the camera is no further than needed.
      expect(extent).toBeGreaterThan(limit - 1e-6);
    }
  });

  test('a wide canvas shows the face larger than a narrow one, and never crops the space', () => {
    const faceShare = (aspect: number) => {
      const cam = camera('preview', aspect);
      const top = new Vector3(0, 1.8, 0.02).project(cam).y;
      const chin = new Vector3(0, 1.57, 0.06).project(cam).y;
      return (top - chin) / 2;
    };
    expect(faceShare(2)).toBeGreaterThan(faceShare(0.6));
    expect(faceShare(2)).toBeCloseTo(faceShare(4 / 3), 6);
    expect(faceShare(4 / 3)).toBeGreaterThan(0.15);
  });
});

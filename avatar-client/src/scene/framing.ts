import type { Vec3 } from '../player/vec.js';

/**
 * Camera framing per entry. Each framing names a box in body space (player/directions.ts) that must stay in
 * view with a margin: the signing space from the top of the head to the waist, wide enough for the hands
 * of every lexicon sign (asserted for every sign by test/framing.browser.test.ts). The camera looks straight
 * at the box from the front and stands as close as the canvas's aspect ratio allows, so the face is as
 * large as the signing space permits: a narrow canvas makes it smaller, never crops a hand.
 */
export interface Framing {
  /** Vertical field of view in degrees: long, so hands held forward are not much enlarged by perspective. */
  fov: number;
  min: Vec3;
  max: Vec3;
  /** Share of the half-frame kept free around the box on every side. */
  margin: number;
}

export type FramingName = 'preview' | 'counter' | 'embed' | 'editor';

/**
 * Hands of the lexicon reach x ±0.3 m, from the rest pose in front of the belly up to above the head and
 * 0.6 m forward (pointing to a locus). The box also keeps the elbows of signs beside the face in view.
 */
const SIGNING_SPACE = { min: [-0.4, 0.93, -0.1] as Vec3, max: [0.4, 1.93, 0.6] as Vec3 };

export const FRAMINGS: Record<FramingName, Framing> = {
  // A wide stage above the captions.
  preview: { fov: 22, ...SIGNING_SPACE, margin: 0.04 },
  // Full height on a screen across the room: a little more margin, the captions are beside or below.
  counter: { fov: 22, ...SIGNING_SPACE, margin: 0.06 },
  // A text column: every pixel counts, so the tightest margin; the caption is below the stage.
  embed: { fov: 22, ...SIGNING_SPACE, margin: 0.03 },
  // Editor and gallery: a side panel.
  editor: { fov: 22, ...SIGNING_SPACE, margin: 0.05 },
};

export interface CameraPlacement {
  position: Vec3;
  target: Vec3;
  fov: number;
}

/**
 * The camera for a framing on a canvas of the given aspect ratio (width / height): looking along -z at the
 * box's centre, at the distance where every corner of the box projects inside the margin. Exact for a
 * level camera: a point at depth z projects to (x − cx) / ((D − z) · tan(fov/2) · aspect) horizontally.
 */
export function placeCamera(framing: Framing, aspect: number): CameraPlacement {
  const tan = Math.tan(((framing.fov / 2) * Math.PI) / 180);
  const cx = (framing.min[0] + framing.max[0]) / 2;
  const cy = (framing.min[1] + framing.max[1]) / 2;
  const limit = 1 - framing.margin;
  const a = Math.max(0.1, aspect);
  let distance = 0;
  for (const x of [framing.min[0], framing.max[0]]) {
    for (const y of [framing.min[1], framing.max[1]]) {
      for (const z of [framing.min[2], framing.max[2]]) {
        distance = Math.max(distance, z + Math.abs(y - cy) / (tan * limit), z + Math.abs(x - cx) / (tan * a * limit));
      }
    }
  }
  return { position: [cx, cy, distance], target: [cx, cy, 0], fov: framing.fov };
}

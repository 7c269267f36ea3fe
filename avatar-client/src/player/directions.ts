import { normalize, type Vec3 } from './vec.js';

/**
 * Body space, used by the whole player: metres, origin on the floor between the feet, +y up, +z away from
 * the signer (towards the viewer), +x the signer's LEFT (the avatar faces +z, so its right side is -x).
 * HamNoSys directions are named from the signer's view.
 */
const AXES: Record<string, Vec3> = {
  up: [0, 1, 0],
  down: [0, -1, 0],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  away: [0, 0, 1],
  towards: [0, 0, -1],
};

/** `'down-left-away'` → unit vector in body space; throws on a name that is not one of the 26 directions. */
export function directionVector(name: string): Vec3 {
  const parts = name.split('-');
  let v: Vec3 = [0, 0, 0];
  const seen = new Set<string>();
  for (const part of parts) {
    const axis = AXES[part];
    if (!axis || seen.has(part)) throw new Error(`unknown HamNoSys direction: ${name}`);
    seen.add(part);
    v = [v[0] + axis[0], v[1] + axis[1], v[2] + axis[2]];
  }
  if (v[0] === 0 && v[1] === 0 && v[2] === 0) throw new Error(`contradictory HamNoSys direction: ${name}`);
  return normalize(v);
}

/** Like `directionVector` but falls back instead of throwing (timelines from older services, typos). */
export function directionOr(name: string | undefined, fallback: Vec3): Vec3 {
  if (!name) return fallback;
  try {
    return directionVector(name);
  } catch {
    return fallback;
  }
}

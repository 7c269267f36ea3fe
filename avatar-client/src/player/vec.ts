// Tiny immutable 3-vector helpers: the player stays free of three.js so it runs (and is tested) anywhere.
export type Vec3 = readonly [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const lerp = (a: Vec3, b: Vec3, w: number): Vec3 => [
  a[0] + (b[0] - a[0]) * w,
  a[1] + (b[1] - a[1]) * w,
  a[2] + (b[2] - a[2]) * w,
];

export function normalize(a: Vec3, fallback: Vec3 = [0, 1, 0]): Vec3 {
  const l = length(a);
  return l < 1e-9 ? fallback : scale(a, 1 / l);
}

/** The part of `a` perpendicular to the unit vector `n`, normalised; `fallback` where `a` is (nearly) parallel. */
export function perpendicular(a: Vec3, n: Vec3, fallback?: Vec3): Vec3 | undefined {
  const p = sub(a, scale(n, dot(a, n)));
  if (length(p) < 1e-6) return fallback;
  return normalize(p);
}

/** Rotates `v` about the unit axis `k` by `angle` radians (Rodrigues). */
export function rotateAbout(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
}

/** Interpolates two unit vectors along the great circle (spherical), staying unit length. */
export function slerpDir(a: Vec3, b: Vec3, w: number): Vec3 {
  const d = Math.min(1, Math.max(-1, dot(a, b)));
  const angle = Math.acos(d);
  if (angle < 1e-6) return b;
  let axis = cross(a, b);
  if (length(axis) < 1e-6) {
    // Opposite vectors: turn about any axis perpendicular to a.
    axis = perpendicular([0, 0, 1], a) ?? perpendicular([1, 0, 0], a)!;
  }
  return normalize(rotateAbout(a, normalize(axis), angle * w));
}

/** Angle between two unit vectors, radians. */
export function angleBetween(a: Vec3, b: Vec3): number {
  return Math.acos(Math.min(1, Math.max(-1, dot(a, b))));
}

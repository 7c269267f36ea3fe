export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Hermite smoothstep on [0, 1]: zero velocity at both ends, so postures are reached without a jolt. */
export function smoothstep(x: number): number {
  const u = clamp01(x);
  return u * u * (3 - 2 * u);
}

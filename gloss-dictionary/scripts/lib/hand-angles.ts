// Joint angles, palm orientation and finger direction of one RIGHT hand from the 21 MediaPipe hand landmarks
// (0 wrist · 1–4 thumb CMC, MCP, IP, tip · 5–8 index MCP, PIP, DIP, tip · 9–12 middle · 13–16 ring · 17–20 pinky).
//
// Frame: all points are in the signer's BODY frame, x = signer's right, y = up, z = backwards (from the chest
// towards the signer's back). It is right-handed; `away` (from the body) is −z, `towards` is +z.
//
// Angle conventions (degrees; the handshape files in gloss-dictionary/handshapes use the same):
// - Palm normal n = (index MCP − wrist) × (pinky MCP − wrist): out of the palm for a right hand. The palm plane
//   goes through wrist, index MCP and pinky MCP; the hand axis is wrist → middle MCP within that plane.
// - Finger flexion, 0 = straight, positive = towards the palm side: MCP = angle of the proximal phalanx out of
//   the palm plane against the finger's own metacarpal direction (wrist → MCP); PIP and DIP = angle between
//   consecutive bones. A backwards bend larger than 30° is anatomically impossible and is a landmark error, so
//   it counts as flexion of the same size.
// - Spread = angle of the proximal phalanx against the hand axis within the palm plane, positive = away from the
//   middle finger (index: towards the thumb; ring, pinky: towards the little finger; middle: towards the thumb).
//   The angle between two adjacent fingers is the difference of their spreads. Spread is 0 for a curled finger
//   (MCP flexed more than 35° or PIP more than 90°): its projection onto the palm plane is noise.
// - Thumb: cmcSpread = angle of the thumb metacarpal (CMC → MCP) against the index metacarpal within the palm
//   plane, positive = away from the index (radial abduction); cmcFlex = elevation of the thumb metacarpal out
//   of the palm plane towards the palm side (palmar abduction, opposition); mcp and ip = angle between
//   consecutive thumb bones (unsigned).

export type Vec3 = [number, number, number];

export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const unit = (a: Vec3): Vec3 => {
  const n = norm(a);
  return n === 0 ? [0, 0, 0] : scale(a, 1 / n);
};
/** The part of `a` perpendicular to the unit vector `n`. */
export const reject = (a: Vec3, n: Vec3): Vec3 => sub(a, scale(n, dot(a, n)));

const DEG = 180 / Math.PI;
/** Unsigned angle between two vectors, in degrees. */
export const angle = (a: Vec3, b: Vec3): number => Math.atan2(norm(cross(a, b)), dot(a, b)) * DEG;

export const FINGERS = ['index', 'middle', 'ring', 'pinky'] as const;
export type FingerName = (typeof FINGERS)[number];
const MCP_LANDMARK: Record<FingerName, number> = { index: 5, middle: 9, ring: 13, pinky: 17 };

export interface FingerAngles {
  mcp: number;
  pip: number;
  dip: number;
  spread: number;
}
export interface ThumbAngles {
  cmcFlex: number;
  cmcSpread: number;
  mcp: number;
  ip: number;
}
export interface HandAngles {
  thumb: ThumbAngles;
  index: FingerAngles;
  middle: FingerAngles;
  ring: FingerAngles;
  pinky: FingerAngles;
}

export interface HandFrame {
  /** Unit vector out of the palm. */
  normal: Vec3;
  /** Unit vector wrist → middle MCP within the palm plane: where extended fingers would point. */
  axis: Vec3;
  /** Unit vector within the palm plane towards the thumb side. */
  radial: Vec3;
}

export function handFrame(p: readonly Vec3[]): HandFrame {
  const wrist = p[0]!;
  const normal = unit(cross(sub(p[5]!, wrist), sub(p[17]!, wrist)));
  const axis = unit(reject(sub(p[9]!, wrist), normal));
  // axis × normal: for fingers up and palm away (a right hand) this is the signer's left, the thumb side.
  const radial = unit(cross(axis, normal));
  return { normal, axis, radial };
}

const MAX_HYPEREXTENSION = 30;
/** A curled finger (its proximal phalanx points out of the palm plane) has no meaningful spread. */
export const isCurled = (f: { mcp: number; pip: number }): boolean => f.mcp > 35 || f.pip > 90;

/** Bending angle between consecutive bones, positive when `next` turns towards the palm side. */
function bend(prev: Vec3, next: Vec3, flexAxis: Vec3): number {
  const a = angle(prev, next);
  const backwards = dot(cross(prev, next), flexAxis) < 0;
  return backwards && a <= MAX_HYPEREXTENSION ? -a : a;
}

/** Joint angles of a right hand given as 21 landmarks in the body frame. */
export function handAngles(p: readonly Vec3[]): HandAngles {
  if (p.length !== 21) throw new Error(`expected 21 hand landmarks, got ${p.length}`);
  const wrist = p[0]!;
  const { normal, axis, radial } = handFrame(p);

  const finger = (name: FingerName): FingerAngles => {
    const m = MCP_LANDMARK[name];
    const [mcp, pip, dip, tip] = [p[m]!, p[m + 1]!, p[m + 2]!, p[m + 3]!];
    // The finger's metacarpal within the palm plane; metacarpal × normal is its flexion axis (turning the
    // metacarpal about it moves it towards the palm normal).
    const metacarpal = unit(reject(sub(mcp, wrist), normal));
    const flexAxis = unit(cross(metacarpal, normal));
    const b1 = sub(pip, mcp);
    const b2 = sub(dip, pip);
    const b3 = sub(tip, dip);
    const mcpFlex = Math.atan2(dot(b1, normal), dot(b1, metacarpal)) * DEG;
    const inPlane = reject(b1, normal);
    const towardsThumb = Math.atan2(dot(inPlane, radial), dot(inPlane, axis)) * DEG;
    const pipFlex = bend(b1, b2, flexAxis);
    const spread = isCurled({ mcp: mcpFlex, pip: pipFlex })
      ? 0
      : name === 'ring' || name === 'pinky'
        ? -towardsThumb
        : towardsThumb;
    return { mcp: mcpFlex, pip: pipFlex, dip: bend(b2, b3, flexAxis), spread };
  };

  const indexMetacarpal = unit(reject(sub(p[5]!, wrist), normal));
  const indexRadial = unit(cross(indexMetacarpal, normal));
  const t1 = sub(p[2]!, p[1]!);
  const t2 = sub(p[3]!, p[2]!);
  const t3 = sub(p[4]!, p[3]!);
  const t1InPlane = reject(t1, normal);
  const thumb: ThumbAngles = {
    cmcFlex: Math.atan2(dot(t1, normal), norm(t1InPlane)) * DEG,
    cmcSpread: Math.atan2(dot(t1InPlane, indexRadial), dot(t1InPlane, indexMetacarpal)) * DEG,
    mcp: angle(t1, t2),
    ip: angle(t2, t3),
  };
  return { thumb, index: finger('index'), middle: finger('middle'), ring: finger('ring'), pinky: finger('pinky') };
}

/**
 * A point in palm coordinates, in units of the hand length (wrist → middle MCP): along the hand axis, towards
 * the thumb side, and out of the palm.
 */
export function palmCoordinates(p: readonly Vec3[], point: Vec3): { along: number; radial: number; out: number } {
  const { normal, axis, radial } = handFrame(p);
  const d = sub(point, p[0]!);
  const size = norm(sub(p[9]!, p[0]!));
  return { along: dot(d, axis) / size, radial: dot(d, radial) / size, out: dot(d, normal) / size };
}

/** Unit vector of a HamNoSys direction name (`up`, `left-away`, …) in the body frame. */
export function directionVector(name: string): Vec3 {
  const v: Vec3 = [0, 0, 0];
  for (const part of name.split('-')) {
    if (part === 'right') v[0] += 1;
    else if (part === 'left') v[0] -= 1;
    else if (part === 'up') v[1] += 1;
    else if (part === 'down') v[1] -= 1;
    else if (part === 'towards') v[2] += 1;
    else if (part === 'away') v[2] -= 1;
    else throw new Error(`unknown direction part ${part} in ${name}`);
  }
  return unit(v);
}

/** The direction name among `names` whose vector is closest to `v`. */
export function nearestDirection(v: Vec3, names: readonly string[]): string {
  const u = unit(v);
  let best = names[0]!;
  let bestDot = -Infinity;
  for (const name of names) {
    const d = dot(u, directionVector(name));
    if (d > bestDot + 1e-9) {
      bestDot = d;
      best = name;
    }
  }
  return best;
}

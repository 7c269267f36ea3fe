import type { TimelineItem } from '@bbs/protocol';
import { directionOr } from './directions.js';
import { smoothstep } from './easing.js';
import type { HandPose, HandRole } from './pose.js';
import { add, cross, normalize, perpendicular, rotateAbout, scale, type Vec3 } from './vec.js';

const MOVEMENT_SIZE: Record<string, number> = { small: 0.05, medium: 0.1, large: 0.18 };

/** How the second hand takes part in an item's movement. */
export type Arrangement = 'one' | 'symmetric' | 'base';

/** Sites on the other hand or arm: a dominant hand placed there signs on the non-dominant hand as a base. */
const BASE_SITES = new Set(['palm', 'back-of-hand', 'fingers', 'wrist', 'forearm', 'elbow', 'upper-arm']);

/**
 * Whether the non-dominant hand moves with the dominant one. The timeline does not say (the lexicon's
 * `hands` is not compiled into it), so it is read from the form, after the symmetry and dominance conditions
 * of sign languages (Battison): two hands that both move share their handshape, and a hand that differs in
 * handshape, or that the dominant hand touches, is a static base. Number signs move both hands together.
 */
export function arrangementOf(item: Pick<TimelineItem, 'kind' | 'hands'>): Arrangement {
  const { dominant, nondominant } = item.hands;
  if (!dominant || !nondominant) return 'one';
  if (item.kind === 'number' || item.kind === 'fingerspell') return 'symmetric';
  if (BASE_SITES.has(dominant.location.site) || dominant.handshape !== nondominant.handshape) return 'base';
  return 'symmetric';
}

/** Mirror image across the body's midline (the signer's left ↔ right). */
export const mirrorX = (v: Vec3): Vec3 => [-v[0], v[1], v[2]];

export interface MovementOptions {
  /** The non-dominant hand of a symmetric sign: the path is mirrored left ↔ right. */
  mirror?: boolean;
}

/**
 * The item's movement at progress `p` (0…1 of the hold phase) applied to a target posture. Paths: directed
 * (eased), arc (bulging away from the body, perpendicular to the direction), circle (in its plane, the
 * repeat count in turns), repeat (out and back, once per repetition), plus the wrist and finger movements
 * twist, nod and wiggle.
 */
export function applyMovement(
  hand: HandPose,
  movement: TimelineItem['movement'],
  p: number,
  options: MovementOptions = {},
): HandPose {
  if (!movement || movement.type === 'none' || movement.type === 'hold' || hand.handshape === null) return hand;
  const size = MOVEMENT_SIZE[movement.size ?? 'medium'] ?? 0.1;
  const reps = movement.repeat ?? 1;
  const m = (v: Vec3): Vec3 => (options.mirror ? mirrorX(v) : v);
  const dir = m(directionOr(movement.direction, [0, 0, 1]));
  switch (movement.type) {
    case 'directed':
      return { ...hand, wrist: add(hand.wrist, scale(dir, size * smoothstep(p))) };
    case 'arc': {
      // The arc bulges upwards for a sideways or forward path, forwards for a vertical one.
      const bulge = perpendicular([0, 1, 0], dir) ?? [0, 0, 1];
      const w = smoothstep(p);
      return {
        ...hand,
        wrist: add(hand.wrist, add(scale(dir, size * w), scale(bulge, size * 0.35 * Math.sin(Math.PI * w)))),
      };
    }
    case 'circle': {
      const [a, b]: [Vec3, Vec3] =
        movement.plane === 'horizontal'
          ? [
              [1, 0, 0],
              [0, 0, 1],
            ]
          : movement.plane === 'sagittal'
            ? [
                [0, 0, 1],
                [0, 1, 0],
              ]
            : [
                [1, 0, 0],
                [0, 1, 0],
              ];
      const r = size * 0.5;
      const phi = 2 * Math.PI * reps * smoothstep(p);
      return {
        ...hand,
        wrist: add(hand.wrist, add(scale(m(a), r * (Math.cos(phi) - 1)), scale(b, r * Math.sin(phi)))),
      };
    }
    case 'repeat': {
      const k = Math.sin(Math.PI * reps * p) ** 2;
      return { ...hand, wrist: add(hand.wrist, scale(dir, size * 0.6 * k)) };
    }
    case 'wiggle': {
      const phase = 2 * Math.PI * 3 * reps * p;
      const j = hand.joints;
      const w = (f: 'index' | 'middle' | 'ring' | 'pinky', k: number) => ({
        ...j[f],
        mcp: j[f].mcp + 14 * Math.sin(phase + k) * Math.sin(Math.PI * p),
      });
      return {
        ...hand,
        joints: { ...j, index: w('index', 0), middle: w('middle', 1), ring: w('ring', 2), pinky: w('pinky', 3) },
      };
    }
    case 'twist': {
      const angle = (options.mirror ? -0.7 : 0.7) * Math.sin(Math.PI * reps * p);
      return { ...hand, palm: normalize(rotateAbout(hand.palm, hand.fingers, angle)) };
    }
    case 'nod': {
      const axis = normalize(cross(hand.palm, hand.fingers));
      const angle = -0.45 * Math.sin(Math.PI * reps * p);
      return {
        ...hand,
        fingers: normalize(rotateAbout(hand.fingers, axis, angle)),
        palm: normalize(rotateAbout(hand.palm, axis, angle)),
      };
    }
    default:
      return hand;
  }
}

/** The movement one hand makes in an item: the dominant hand's, mirrored, or none for a static base. */
export function moveHand(
  hand: HandPose,
  item: Pick<TimelineItem, 'kind' | 'hands' | 'movement'>,
  role: HandRole,
  p: number,
): HandPose {
  if (role === 'dominant') return applyMovement(hand, item.movement, p);
  const arrangement = arrangementOf(item);
  if (arrangement === 'base') return hand;
  return applyMovement(hand, item.movement, p, { mirror: true });
}

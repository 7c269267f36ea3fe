import type { IdlePose } from './idle.js';
import { mouthShape, type NonManualPose } from './pose.js';

/** The face's morph targets, as the rig names them in `morphTargetDictionary`. */
export const MORPH_NAMES = [
  'browRaise',
  'browFurrow',
  'browInnerUp',
  'blinkLeft',
  'blinkRight',
  'squint',
  'jawOpen',
  'lipsRound',
  'lipsSpread',
  'lipsPress',
  'cheekPuff',
] as const;
export type MorphName = (typeof MORPH_NAMES)[number];
export type FaceMorphs = Record<MorphName, number>;

const clamp01 = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/**
 * Non-manual features, mouthing visemes and idle blinking → morph weights (0…1). Pure, so the face a
 * timeline produces can be checked without a renderer. Any rig with morph targets of these names can use it.
 */
export function faceMorphs(
  nm: NonManualPose,
  visemes: Record<string, number>,
  idle: IdlePose = { blink: 0, breath: 0 },
): FaceMorphs {
  const shape = mouthShape(visemes);
  const v = (k: string) => visemes[k] ?? 0;
  // Bilabials (p, b, m) close the lips; f/v bring the lower lip to the teeth, a half press here.
  const press = clamp01(Math.max(nm.mouthPressed, v('PP'), 0.5 * v('FF')));
  // A puffed cheek needs closed lips.
  const closed = Math.max(press, nm.cheeksPuffed);
  // Squinting narrows the eyes; a blink on top still closes them fully.
  const squint = clamp01(Math.max(nm.eyesSquint, 0.35 * nm.browsFurrowed));
  // Idle blinks and the timeline's phrase-end blinks close the same lids.
  const lid = clamp01(Math.max(idle.blink, nm.blink ?? 0));
  return {
    browRaise: clamp01(nm.browsRaised),
    browFurrow: clamp01(nm.browsFurrowed),
    // Raised brows over a yes/no question lift the inner ends most; a furrow pulls them down instead.
    browInnerUp: clamp01(0.6 * nm.browsRaised * (1 - nm.browsFurrowed)),
    blinkLeft: lid,
    blinkRight: lid,
    squint,
    jawOpen: clamp01(shape.jawOpen * (1 - closed)),
    lipsRound: clamp01(shape.round * (1 - 0.5 * closed)),
    lipsSpread: clamp01(shape.wide * (1 - 0.5 * closed)),
    lipsPress: press,
    cheekPuff: clamp01(nm.cheeksPuffed),
  };
}

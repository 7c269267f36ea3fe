// Natural motion, as pure player code: fingerspelling beside the dominant shoulder, co-articulation between
// signs, movement paths, the non-dominant hand mirroring or holding still, wrist limits, torso and shoulders,
// gaze to a locus and blinks at phrase ends. Timelines are compiled from the real lexicon.
import type { Timeline, TimelineItem } from '@bbs/protocol';
import {
  ANTICIPATION,
  angleBetween,
  applyMovement,
  arrangementOf,
  BODY,
  distance,
  faceMorphs,
  GAZE_RAMP,
  limitWrist,
  MANUAL_DRIFT,
  MANUAL_SPACE,
  PHRASE_BLINK_DELAY,
  poseAt,
  restHand,
  sub,
  TORSO_LIMITS,
  transitionTime,
  WRIST_LIMIT,
  analyticTwoBoneIk,
  naturalPole,
  normalize,
  shoulderOf,
  type HandPose,
} from '../src/player/index.js';
import { compileTimeline } from '@bbs/language';
import { loadHandshapes } from './helpers.js';
import { everyFormTimeline, signData } from './lexicon-timelines.js';

const handshapes = loadHandshapes();

/** The service's timeline for glosses given with their kinds. */
function compiled(glosses: { gloss: string; kind: TimelineItem['kind']; letters?: string[] }[]): Timeline {
  return compileTimeline({ glosses: glosses.map((g) => ({ ...g, start: 0, end: 0 })), nonManuals: [] }, signData, {
    speed: 1,
    final: true,
  });
}

const holdOf = (tl: Timeline, i: number) => {
  const item = tl.items[i]!;
  return item.start + transitionTime(item, tl.speed) + 0.01;
};

describe('fingerspelling', () => {
  const tl = compiled([{ gloss: 'FS-MÜNSTER', kind: 'fingerspell', letters: ['M', 'Ü', 'N', 'S', 'T', 'E', 'R'] }]);
  const letters = tl.items.filter((i) => i.kind === 'fingerspell');

  test('letters are made beside the dominant shoulder at shoulder height, not at the waist', () => {
    expect(letters.length).toBe(7);
    const shoulder = shoulderOf(-1);
    for (let i = 0; i < letters.length; i++) {
      const p = poseAt(tl, holdOf(tl, tl.items.indexOf(letters[i]!)), handshapes).dominant;
      // On the dominant (right, -x) side, about as far out as the shoulder, in front of it.
      expect(p.wrist[0]).toBeLessThan(shoulder[0] * 0.7);
      expect(p.wrist[0]).toBeGreaterThan(shoulder[0] - 0.15);
      expect(p.wrist[2]).toBeGreaterThan(0.15);
      // The hand (wrist plus palm) around shoulder height: above the chest, below the chin.
      const palmCentre = p.wrist[1] + p.fingers[1] * BODY.palm * 0.85;
      expect(palmCentre).toBeGreaterThan(BODY.shoulderY - 0.2);
      expect(palmCentre).toBeLessThan(1.55);
    }
  });

  test('each letter is held crisply, reached after a short transition, the word drifting a little outwards', () => {
    for (const letter of letters) {
      const i = tl.items.indexOf(letter);
      expect(transitionTime(letter, 1)).toBeLessThan(0.15);
      // Held: the handshape is exactly the letter's from the end of the transition to the end of the hold.
      const hs = handshapes.get(letter.hands.dominant!.handshape)!;
      for (const t of [holdOf(tl, i), letter.start + letter.duration - 0.01]) {
        expect(poseAt(tl, t, handshapes).dominant.joints).toEqual(hs);
      }
    }
    const first = poseAt(tl, holdOf(tl, tl.items.indexOf(letters[0]!)), handshapes).dominant.wrist;
    const last = poseAt(tl, holdOf(tl, tl.items.indexOf(letters[5]!)), handshapes).dominant.wrist;
    // Outwards: towards -x for the right hand.
    expect(first[0] - last[0]).toBeGreaterThan(0);
    expect(first[0] - last[0]).toBeLessThan(MANUAL_DRIFT * 8 + 0.2);
  });

  test('number signs share the space; a two-handed number keeps both hands at shoulder height', () => {
    const num = compiled([{ gloss: '8', kind: 'number' }]);
    const p = poseAt(num, holdOf(num, 0), handshapes);
    expect(p.dominant.wrist[0]).toBeLessThan(0);
    expect(p.nondominant.wrist[0]).toBeGreaterThan(0);
    for (const hand of [p.dominant, p.nondominant]) expect(hand.wrist[1]).toBeGreaterThan(MANUAL_SPACE.y - 0.2);
  });
});

describe('co-articulation and transitions', () => {
  const tl = compiled([
    { gloss: 'TERMIN', kind: 'lexical' },
    { gloss: 'MONTAG', kind: 'lexical' },
  ]);
  const [a, b] = tl.items as [TimelineItem, TimelineItem];
  const nextShape = handshapes.get(b.hands.dominant!.handshape)!;
  const thisShape = handshapes.get(a.hands.dominant!.handshape)!;

  test('the end of a sign prepares the next handshape; the sign itself is exact where stepping lands', () => {
    expect(a.hands.dominant!.handshape).not.toBe(b.hands.dominant!.handshape);
    // Find a joint the two handshapes differ in.
    const finger = (['index', 'middle', 'ring', 'pinky'] as const).find(
      (f) => Math.abs(thisShape[f].mcp - nextShape[f].mcp) > 20,
    )!;
    expect(finger).toBeDefined();
    const landed = poseAt(tl, holdOf(tl, 0), handshapes).dominant.joints;
    expect(landed).toEqual(thisShape);
    const end = poseAt(tl, a.start + a.duration - 1e-4, handshapes).dominant.joints[finger].mcp;
    const moved = (end - thisShape[finger].mcp) / (nextShape[finger].mcp - thisShape[finger].mcp);
    expect(moved).toBeGreaterThan(ANTICIPATION.handshape * 0.8);
    expect(moved).toBeLessThan(ANTICIPATION.handshape + 1e-6);
    // Continuous into the next sign: no jump at the boundary.
    const before = poseAt(tl, b.start - 1e-6, handshapes).dominant;
    const after = poseAt(tl, b.start + 1e-6, handshapes).dominant;
    expect(distance(before.wrist, after.wrist)).toBeLessThan(1e-3);
    expect(Math.abs(before.joints[finger].mcp - after.joints[finger].mcp)).toBeLessThan(0.5);
  });

  test('the path between two signs arcs in front of the body; the handshape is formed before arrival', () => {
    const from = poseAt(tl, b.start, handshapes).dominant.wrist;
    const T = transitionTime(b, 1);
    const to = poseAt(tl, b.start + T + 1e-4, handshapes).dominant.wrist;
    const mid = poseAt(tl, b.start + T / 2, handshapes).dominant;
    const straight = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2];
    if (distance(from, to) > 0.05) expect(mid.wrist[2]).toBeGreaterThan(straight[2]! + 0.005);
    expect(poseAt(tl, b.start + T * 0.8 + 1e-4, handshapes).dominant.joints).toEqual(nextShape);
  });
});

describe('movement paths and the second hand', () => {
  const hand: HandPose = { ...restHand('dominant'), handshape: 'flat', wrist: [-0.1, 1.3, 0.3] };

  test('circles close after whole turns; arcs bulge; repeats come back once per repetition', () => {
    const circle = { type: 'circle' as const, size: 'medium' as const, repeat: 2, plane: 'vertical' as const };
    const quarter = applyMovement(hand, circle, 0.5).wrist;
    expect(distance(applyMovement(hand, circle, 1).wrist, hand.wrist)).toBeLessThan(1e-9);
    expect(distance(quarter, hand.wrist)).toBeLessThan(1e-9 + 0.1);
    const samples = Array.from({ length: 41 }, (_, k) => applyMovement(hand, circle, k / 40).wrist);
    expect(Math.max(...samples.map((w) => distance(w, hand.wrist)))).toBeGreaterThan(0.09);
    const arc = { type: 'arc' as const, direction: 'right', size: 'medium' as const };
    const mid = applyMovement(hand, arc, 0.5).wrist;
    expect(mid[1]).toBeGreaterThan(hand.wrist[1] + 0.02);
    expect(applyMovement(hand, arc, 1).wrist[0]).toBeCloseTo(hand.wrist[0] - 0.1, 9);
    const repeat = { type: 'repeat' as const, direction: 'down', size: 'medium' as const, repeat: 3 };
    const back = [1 / 3, 2 / 3, 1].map((p) => distance(applyMovement(hand, repeat, p).wrist, hand.wrist));
    for (const d of back) expect(d).toBeLessThan(1e-9);
    expect(distance(applyMovement(hand, repeat, 1 / 6).wrist, hand.wrist)).toBeGreaterThan(0.05);
  });

  test('a symmetric sign mirrors the second hand; a base hand under the dominant one holds still', () => {
    const tl = everyFormTimeline();
    const moving = tl.items.filter((i) => i.movement?.type === 'directed' && i.hands.nondominant);
    // a sideways path of at least medium size, so the distance it covers is well above the threshold below
    const symmetric = moving.find(
      (i) =>
        arrangementOf(i) === 'symmetric' &&
        /left|right/.test(i.movement!.direction ?? '') &&
        i.movement!.size !== 'small',
    )!;
    const base = moving.find((i) => arrangementOf(i) === 'base')!;
    expect(symmetric).toBeDefined();
    expect(base).toBeDefined();
    const at = (item: TimelineItem, p: number) =>
      poseAt(
        tl,
        item.start + transitionTime(item, 1) + p * (item.duration - transitionTime(item, 1)) - 1e-4,
        handshapes,
      );
    const d0 = at(symmetric, 0);
    const d1 = at(symmetric, 1);
    const domDx = d1.dominant.wrist[0] - d0.dominant.wrist[0];
    const ndDx = d1.nondominant.wrist[0] - d0.nondominant.wrist[0];
    expect(Math.abs(domDx)).toBeGreaterThan(0.02);
    expect(Math.sign(ndDx)).toBe(-Math.sign(domDx));
    // Before the end of the hold, where the next sign is already being prepared.
    const b0 = at(base, 0.05);
    const b1 = at(base, 0.6);
    expect(distance(b0.nondominant.wrist, b1.nondominant.wrist)).toBeLessThan(1e-6);
    expect(distance(b0.dominant.wrist, b1.dominant.wrist)).toBeGreaterThan(0.01);
  });
});

describe('joint limits, torso and gaze', () => {
  const wristBend = (hand: HandPose, side: 1 | -1) => {
    const shoulder = shoulderOf(side);
    const ik = analyticTwoBoneIk(
      shoulder,
      hand.wrist,
      BODY.upperArm,
      BODY.foreArm,
      naturalPole(shoulder, side, hand.fingers),
    );
    return angleBetween(normalize(sub(ik.wrist, ik.elbow)), hand.fingers);
  };

  test('no pose of any sign, letter or number bends a wrist beyond its limit', () => {
    const tl = everyFormTimeline();
    let worst = 0;
    for (let t = 0; t < tl.duration; t += 0.1) {
      const p = poseAt(tl, t, handshapes);
      worst = Math.max(worst, wristBend(p.dominant, -1), wristBend(p.nondominant, 1));
      expect(
        Math.abs(
          p.dominant.palm[0] * p.dominant.fingers[0] +
            p.dominant.palm[1] * p.dominant.fingers[1] +
            p.dominant.palm[2] * p.dominant.fingers[2],
        ),
      ).toBeLessThan(1e-9);
    }
    expect(worst).toBeLessThanOrEqual(WRIST_LIMIT + 0.01);
  });

  test('a hand bent back past the limit is turned back to it; a natural one is left alone', () => {
    const rest = restHand('dominant');
    expect(limitWrist(rest, 'dominant', 'right')).toEqual(rest);
    // Fingers pointing straight back at the signer from a hand held in front of the chest.
    const bent: HandPose = { ...rest, wrist: [-0.12, 1.25, 0.3], fingers: [0, 0, -1], palm: [0, 1, 0] };
    expect(wristBend(bent, -1)).toBeGreaterThan(WRIST_LIMIT + 0.2);
    const limited = limitWrist(bent, 'dominant', 'right');
    expect(wristBend(limited, -1)).toBeLessThanOrEqual(WRIST_LIMIT + 0.01);
    expect(wristBend(limited, -1)).toBeGreaterThan(WRIST_LIMIT - 0.1);
    expect(limited.wrist).toEqual(bent.wrist);
  });

  test('the torso joins larger movements only: raised hands lift the shoulder, far reaches lean and turn', () => {
    const still = poseAt(compiled([{ gloss: 'TERMIN', kind: 'lexical' }]), -1, handshapes).torso;
    expect(still).toEqual({ lean: 0, turn: 0, lift: { left: 0, right: 0 } });
    const tl = everyFormTimeline();
    let maxLift = 0;
    let maxLean = 0;
    let maxTurn = 0;
    for (let t = 0; t < tl.duration; t += 0.1) {
      const torso = poseAt(tl, t, handshapes).torso;
      maxLift = Math.max(maxLift, torso.lift.right);
      maxLean = Math.max(maxLean, torso.lean);
      maxTurn = Math.max(maxTurn, Math.abs(torso.turn));
      expect(torso.lean).toBeLessThanOrEqual(TORSO_LIMITS.lean);
      expect(Math.abs(torso.turn)).toBeLessThanOrEqual(TORSO_LIMITS.turn);
    }
    expect(maxLift).toBeGreaterThan(0.05);
    expect(maxLean).toBeGreaterThan(0.01);
    expect(maxTurn).toBeGreaterThan(0.01);
  });

  test('pointing to a locus takes the eyes along; pointing to the addressee keeps eye contact', () => {
    const tl = compiled([
      { gloss: 'IX-3a', kind: 'index' },
      { gloss: 'IX-2', kind: 'index' },
    ]);
    const [ix3, ix2] = tl.items as [TimelineItem, TimelineItem];
    const during = poseAt(tl, holdOf(tl, 0), handshapes);
    expect(during.gaze.weight).toBe(1);
    // Locus a is on the dominant (right, -x) side, out along the pointing finger, beyond the hand.
    expect(during.gaze.target[0]).toBeLessThan(-0.05);
    expect(distance(during.gaze.target, during.dominant.wrist)).toBeGreaterThan(0.3);
    expect(poseAt(tl, ix3.start + GAZE_RAMP.to / 2, handshapes).gaze.weight).toBeGreaterThan(0);
    expect(poseAt(tl, ix3.start + GAZE_RAMP.to / 2, handshapes).gaze.weight).toBeLessThan(1);
    expect(poseAt(tl, ix2.start + GAZE_RAMP.back + 0.01, handshapes).gaze.weight).toBe(0);
  });

  test('the eyes blink at the end of a phrase (the pause after it), on top of the idle blinks', () => {
    const tl = compiled([
      { gloss: 'TERMIN', kind: 'lexical' },
      { gloss: 'MONTAG', kind: 'lexical' },
      { gloss: '.', kind: 'pause' },
    ]);
    const pause = tl.items.find((i) => i.kind === 'pause')!;
    expect(pause).toBeDefined();
    const closed = poseAt(tl, pause.start + PHRASE_BLINK_DELAY + 0.1, handshapes);
    expect(closed.nonManuals.blink).toBe(1);
    expect(faceMorphs(closed.nonManuals, closed.visemes).blinkLeft).toBe(1);
    expect(poseAt(tl, pause.start - 0.2, handshapes).nonManuals.blink ?? 0).toBe(0);
    expect(poseAt(tl, pause.start + 0.45, handshapes).nonManuals.blink ?? 0).toBe(0);
  });
});

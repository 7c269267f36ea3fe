import { TimelineSchema, DIRECTIONS, BODY_SITES, type Timeline } from '@bbs/protocol';
import {
  analyticTwoBoneIk,
  BODY,
  directionVector,
  distance,
  dot,
  fingerBoneNames,
  handshapeToFingerRotations,
  length,
  mouthShape,
  naturalPole,
  PlaybackClock,
  poseAt,
  RELAXED,
  restHand,
  SITES,
  sitePoint,
  smoothstep,
  sub,
  type Vec3,
} from '../src/player/index.js';
import { letterTimeline, loadHandshapes } from './helpers.js';

const handshapes = loadHandshapes();
const near = (a: Vec3, b: Vec3, eps = 1e-6) => distance(a, b) < eps;

describe('handshapeToFingerRotations', () => {
  test('gives the 15 Mixamo finger bones per hand, in radians', () => {
    const rot = handshapeToFingerRotations(handshapes.get('fs-a')!, 'right');
    expect(Object.keys(rot).sort()).toEqual(fingerBoneNames('right').sort());
    expect(Object.keys(rot)).toHaveLength(15);
    expect(rot.RightHandIndex2!.x).toBeCloseTo((80 * Math.PI) / 180, 10);
    expect(rot.RightHandRing2!.x).toBeCloseTo((124 * Math.PI) / 180, 10);
  });

  test('the left hand mirrors: flexion equal, spread and side rotations negated', () => {
    const joints = handshapes.get('finger-23-spread')!;
    const r = handshapeToFingerRotations(joints, 'right');
    const l = handshapeToFingerRotations(joints, 'left');
    expect(Object.keys(l)).toEqual(fingerBoneNames('left'));
    for (const name of fingerBoneNames('right')) {
      const left = l[name.replace('Right', 'Left')]!;
      expect(left.x).toBeCloseTo(r[name]!.x, 12);
      expect(left.z).toBeCloseTo(-r[name]!.z, 12);
    }
    expect(Math.abs(r.RightHandIndex1!.z)).toBeGreaterThan(0.05);
  });

  test('spread turns index and pinky away from the middle finger (opposite signs)', () => {
    const r = handshapeToFingerRotations(
      { ...RELAXED, index: { ...RELAXED.index, spread: 20 }, pinky: { ...RELAXED.pinky, spread: 20 } },
      'right',
    );
    expect(Math.sign(r.RightHandIndex1!.z)).toBe(-Math.sign(r.RightHandPinky1!.z));
  });

  test('every handshape in the inventory converts to finite rotations; letters differ', () => {
    expect(handshapes.size).toBe(63);
    for (const [, joints] of handshapes) {
      for (const r of Object.values(handshapeToFingerRotations(joints))) {
        expect([r.x, r.y, r.z].every(Number.isFinite)).toBe(true);
      }
    }
    const a = handshapeToFingerRotations(handshapes.get('fs-a')!);
    const b = handshapeToFingerRotations(handshapes.get('fs-b')!);
    // A is a fist, B a flat hand: the index proximal joint differs by more than 40°.
    expect(a.RightHandIndex1!.x - b.RightHandIndex1!.x).toBeGreaterThan((40 * Math.PI) / 180);
  });
});

describe('directions and sites', () => {
  test('all 26 HamNoSys directions are unit vectors in body space (+x = signer left, +z = away)', () => {
    expect(DIRECTIONS).toHaveLength(26);
    for (const d of DIRECTIONS) expect(length(directionVector(d))).toBeCloseTo(1, 12);
    expect(directionVector('left')).toEqual([1, 0, 0]);
    expect(directionVector('away')).toEqual([0, 0, 1]);
    expect(directionVector('up-left')[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(() => directionVector('up-down')).toThrow();
  });

  test('every lexicon body site has a position; the dominant right hand goes to the signer right (-x)', () => {
    for (const site of BODY_SITES) expect(SITES[site]).toBeDefined();
    const p = sitePoint({ site: 'neutral', side: 'dominant' }, 'dominant', 'right');
    expect(p[0]).toBeLessThan(0);
    expect(sitePoint({ site: 'neutral', side: 'dominant' }, 'dominant', 'left')[0]).toBeGreaterThan(0);
    const cheek = sitePoint({ site: 'cheek', distance: 'contact' }, 'dominant');
    expect(cheek[0]).toBeLessThan(0);
    expect(cheek[1]).toBeGreaterThan(1.6);
    const far = sitePoint({ site: 'chin', distance: 'far' }, 'dominant');
    const contact = sitePoint({ site: 'chin', distance: 'contact' }, 'dominant');
    expect(far[2] - contact[2]).toBeGreaterThan(0.15);
  });
});

describe('analyticTwoBoneIk', () => {
  const shoulder: Vec3 = [-BODY.shoulderX, BODY.shoulderY, 0];
  const pole = naturalPole(shoulder, -1);
  const a = BODY.upperArm;
  const b = BODY.foreArm;

  test('reaches reachable targets within 1 mm with both bone lengths kept', () => {
    const targets: Vec3[] = [
      [-0.1, 1.25, 0.3],
      [0, 1.6, 0.15],
      [-0.3, 1.0, 0.1],
      [0.1, 1.3, 0.25],
      [-0.2, 1.45, 0.5],
      [-0.22, 0.93, 0.06],
    ];
    for (const target of targets) {
      const r = analyticTwoBoneIk(shoulder, target, a, b, pole);
      expect(r.reached).toBe(true);
      expect(distance(r.wrist, target)).toBeLessThan(0.001);
      expect(distance(r.elbow, shoulder)).toBeCloseTo(a, 9);
      expect(distance(r.elbow, target)).toBeCloseTo(b, 6);
    }
  });

  test('clamps unreachable targets onto the line towards them, arm straight', () => {
    const target: Vec3 = [-0.2, 1.4, 1.5];
    const r = analyticTwoBoneIk(shoulder, target, a, b, pole);
    expect(r.reached).toBe(false);
    expect(distance(r.wrist, shoulder)).toBeCloseTo(a + b, 4);
    const dirWrist = sub(r.wrist, shoulder);
    const dirTarget = sub(target, shoulder);
    expect(dot(dirWrist, dirTarget) / (length(dirWrist) * length(dirTarget))).toBeCloseTo(1, 9);
    expect(r.elbowAngle).toBeGreaterThan(Math.PI - 0.01);
    // Too close: pushed out to the shortest reach, no NaN.
    const tooClose = analyticTwoBoneIk(shoulder, shoulder, a, b, pole);
    expect(tooClose.reached).toBe(false);
    expect([...tooClose.elbow, ...tooClose.wrist].every(Number.isFinite)).toBe(true);
  });

  test('natural elbows: below the shoulder and behind the wrist up to shoulder height, below the hand above', () => {
    for (const x of [-0.25, -0.1, 0.05]) {
      for (const z of [0.15, 0.3, 0.45]) {
        for (const y of [1.05, 1.25, 1.45]) {
          const r = analyticTwoBoneIk(shoulder, [x, y, z], a, b, pole);
          expect(r.elbow[1]).toBeLessThan(shoulder[1]);
          expect(r.elbow[2]).toBeLessThan(z);
        }
        // Face height (e.g. a hand at the chin): the elbow comes forward, as a signer's does, but stays low.
        const r = analyticTwoBoneIk(shoulder, [x, 1.6, z], a, b, pole);
        expect(r.elbow[1]).toBeLessThan(1.6 - 0.1);
      }
    }
  });
});

describe('poseAt', () => {
  const tl = letterTimeline();

  test('the test timeline satisfies the protocol schema', () => {
    expect(() => TimelineSchema.parse(tl)).not.toThrow();
  });

  test('rest posture before the first item and after the end', () => {
    for (const t of [-1, tl.duration + 1]) {
      const p = poseAt(tl, t, handshapes);
      expect(p.dominant).toEqual(restHand('dominant'));
      expect(p.nondominant).toEqual(restHand('nondominant'));
      expect(p.currentGloss).toBeNull();
    }
  });

  test('holds the letter handshape exactly after the transition and reports the gloss', () => {
    const p = poseAt(tl, 0.5, handshapes);
    expect(p.dominant.joints).toEqual(handshapes.get('fs-a'));
    expect(p.currentGloss).toBe('A');
    expect(p.currentItemIndex).toBe(0);
    const q = poseAt(tl, 1.1, handshapes);
    expect(q.dominant.joints).toEqual(handshapes.get('fs-b'));
    expect(q.currentGloss).toBe('B');
    expect(near(q.dominant.palm, [0, 0, 1])).toBe(true);
    expect(near(q.dominant.fingers, [0, 1, 0])).toBe(true);
    // The pause: no gloss, hands going back to rest.
    const r = poseAt(tl, 1.25, handshapes);
    expect(r.currentItemIndex).toBe(2);
    expect(r.currentGloss).toBeNull();
  });

  test('eases with smoothstep from the previous posture; continuous across item boundaries', () => {
    const T = 0.12; // letter transition at speed 1
    const start = poseAt(tl, 0.6, handshapes).dominant;
    const before = poseAt(tl, 0.6 - 1e-6, handshapes).dominant;
    expect(start.joints.index.mcp).toBeCloseTo(before.joints.index.mcp, 3);
    expect(distance(start.wrist, before.wrist)).toBeLessThan(1e-4);
    const mid = poseAt(tl, 0.6 + T / 2, handshapes).dominant;
    const a = handshapes.get('fs-a')!.index.mcp;
    const b = handshapes.get('fs-b')!.index.mcp;
    expect(mid.joints.index.mcp).toBeCloseTo(a + (b - a) * smoothstep(0.5), 6);
    const quarter = poseAt(tl, 0.6 + T / 4, handshapes).dominant;
    expect(quarter.joints.index.mcp).toBeCloseTo(a + (b - a) * smoothstep(0.25), 6);
    // Sampled densely, no jump anywhere.
    let prev = poseAt(tl, 0, handshapes);
    for (let t = 0.005; t < tl.duration + 0.6; t += 0.005) {
      const p = poseAt(tl, t, handshapes);
      expect(distance(p.dominant.wrist, prev.dominant.wrist)).toBeLessThan(0.03);
      expect(Math.abs(p.dominant.joints.ring.pip - prev.dominant.joints.ring.pip)).toBeLessThan(10);
      expect(Math.abs(dot(p.dominant.palm, p.dominant.fingers))).toBeLessThan(1e-9);
      prev = p;
    }
  });

  test('time axis is the timeline own: a speed-1.5 timeline reaches its postures at its own times', () => {
    const fast = letterTimeline(1.5);
    const b = fast.items[1]!;
    const p = poseAt(fast, b.start + 0.12 / 1.5 + 0.01, handshapes);
    expect(p.dominant.joints).toEqual(handshapes.get('fs-b'));
    expect(p.currentGloss).toBe('B');
  });

  test('unknown handshape ids fall back to a relaxed hand instead of failing', () => {
    const bad: Timeline = { ...tl, items: tl.items.map((it) => ({ ...it })) };
    bad.items[0] = { ...bad.items[0]!, hands: { dominant: { ...bad.items[0]!.hands.dominant!, handshape: 'nope' } } };
    expect(poseAt(bad, 0.5, handshapes).dominant.joints).toEqual(RELAXED);
  });

  test('non-manuals ramp in and out; headshake oscillates; visemes weigh in', () => {
    expect(poseAt(tl, 0.6, handshapes).nonManuals.browsRaised).toBe(1);
    expect(poseAt(tl, 0.05, handshapes).nonManuals.browsRaised).toBeGreaterThan(0);
    expect(poseAt(tl, 0.05, handshapes).nonManuals.browsRaised).toBeLessThan(1);
    expect(poseAt(tl, 1.5, handshapes).nonManuals.browsRaised).toBe(0);
    const shake: Timeline = {
      ...tl,
      nonManuals: [{ type: 'headshake', start: 0, end: 1.2 }],
      items: tl.items.map((it, i) =>
        i === 0
          ? {
              ...it,
              mouthing: {
                text: 'ab',
                visemes: [
                  { viseme: 'aa', start: 0.1, duration: 0.2 },
                  { viseme: 'PP', start: 0.3, duration: 0.2 },
                ],
              },
            }
          : it,
      ),
    };
    const angles = [0.3, 0.4, 0.55, 0.65].map((t) => poseAt(shake, t, handshapes).nonManuals.headshake);
    expect(Math.max(...angles)).toBeGreaterThan(0.1);
    expect(Math.min(...angles)).toBeLessThan(-0.1);
    const v = poseAt(shake, 0.2, handshapes).visemes;
    expect(v.aa).toBe(1);
    expect(v.sil).toBe(0);
    expect(mouthShape(v).jawOpen).toBeGreaterThan(0.9);
    expect(poseAt(shake, 0.9, handshapes).visemes.sil).toBe(1);
  });

  test('movements: directed moves the wrist along the direction during the hold', () => {
    const moving: Timeline = {
      ...tl,
      items: [
        {
          ...tl.items[1]!,
          start: 0,
          duration: 0.8,
          kind: 'lexical',
          movement: { type: 'directed', direction: 'away', size: 'large' },
        },
      ],
    };
    const early = poseAt(moving, 0.31, handshapes).dominant.wrist;
    const late = poseAt(moving, 0.79, handshapes).dominant.wrist;
    expect(late[2] - early[2]).toBeGreaterThan(0.15);
    expect(Math.abs(late[1] - early[1])).toBeLessThan(1e-6);
  });

  test('wrist targets of every body site at contact and medium distance lie within the arm reach (3 cm)', () => {
    for (const site of BODY_SITES) {
      // Known limit: at `far`, low sites (belly, hip, stomach) and head-top lie up to 10 cm beyond reach;
      // the IK then stretches the arm towards them (tested above).
      for (const dist of ['contact', 'medium'] as const) {
        const timeline: Timeline = {
          duration: 1,
          speed: 1,
          nonManuals: [],
          items: [
            {
              gloss: 'X',
              kind: 'lexical',
              start: 0,
              duration: 1,
              hands: {
                dominant: { handshape: 'flat', location: { site, distance: dist }, palm: 'towards', fingers: 'up' },
              },
            },
          ],
        };
        const w = poseAt(timeline, 0.9, handshapes).dominant.wrist;
        const shoulder: Vec3 = [-BODY.shoulderX, BODY.shoulderY, 0];
        expect(distance(w, shoulder)).toBeLessThan(BODY.upperArm + BODY.foreArm + 0.03);
      }
    }
  });
});

describe('PlaybackClock', () => {
  test('reports every item entered, even when one frame skips over it, and ends', () => {
    const tl = letterTimeline();
    const clock = new PlaybackClock();
    clock.load(tl);
    const seen: string[] = [];
    let first = clock.tick(0);
    seen.push(...first.events.map((e) => e.gloss));
    first = clock.tick(1.0); // skips most of A, into B — a slow frame is clamped to 0.25 s
    seen.push(...first.events.map((e) => e.gloss));
    for (let i = 0; i < 100 && !clock.ended; i++) seen.push(...clock.tick(0.2).events.map((e) => e.gloss));
    expect(seen).toEqual(['A', 'B']);
    expect(clock.ended).toBe(true);
    expect(clock.playing).toBe(false);
    expect(clock.t).toBeCloseTo(clock.end, 9);
    clock.play(); // play after the end replays
    expect(clock.t).toBe(0);
    expect(clock.tick(0.016).events.map((e) => e.gloss)).toEqual(['A']);
  });

  test('pause stops time; seek jumps and pauses', () => {
    const clock = new PlaybackClock();
    clock.load(letterTimeline());
    clock.tick(0.1);
    clock.pause();
    expect(clock.tick(0.1).t).toBeCloseTo(0.1, 9);
    clock.seek(0.9);
    expect(clock.playing).toBe(false);
    expect(clock.tick(0.1).t).toBe(0.9);
    clock.toggle();
    expect(clock.tick(0.1).t).toBeCloseTo(1.0, 9);
  });
});

describe('number signs with a second hand', () => {
  const hand = (handshape: string, side: 'dominant' | 'centre', palm = 'towards') => ({
    handshape,
    palm,
    fingers: 'up',
    location: { site: 'neutral', side, distance: 'medium' as const },
  });
  // 3 one-handed, then 8 (the 3 beside the non-dominant five), then 16 (the 6 with the teen movement), as the
  // service's compiler lays them out from gloss-dictionary/numbers.json.
  const tl: Timeline = {
    duration: 2.2,
    speed: 1,
    items: [
      { gloss: '3', kind: 'number', start: 0, duration: 0.6, hands: { dominant: hand('num-3', 'dominant') } },
      {
        gloss: '8',
        kind: 'number',
        start: 0.6,
        duration: 0.8,
        hands: { dominant: hand('num-3', 'dominant'), nondominant: hand('num-5', 'centre') },
      },
      {
        gloss: '16',
        kind: 'number',
        start: 1.4,
        duration: 0.8,
        hands: { dominant: hand('num-1', 'dominant', 'left'), nondominant: hand('num-5', 'centre', 'right') },
        movement: { type: 'twist', size: 'small', repeat: 2 },
      },
    ],
    nonManuals: [],
  };

  test('the timeline satisfies the protocol schema', () => {
    expect(() => TimelineSchema.parse(tl)).not.toThrow();
  });

  test('a one-handed digit leaves the other hand at rest; 8 raises it with the five', () => {
    expect(poseAt(tl, 0.5, handshapes).nondominant).toEqual(restHand('nondominant'));
    const eight = poseAt(tl, 1.3, handshapes);
    expect(eight.currentGloss).toBe('8');
    expect(eight.dominant.joints).toEqual(handshapes.get('num-3'));
    expect(eight.nondominant.joints).toEqual(handshapes.get('num-5'));
    expect(eight.nondominant.handshape).toBe('num-5');
    // Both hands in front of the body, each on its own side.
    expect(eight.dominant.wrist[0] * eight.nondominant.wrist[0]).toBeLessThan(0);
    expect(eight.nondominant.wrist[2]).toBeGreaterThan(restHand('nondominant').wrist[2]);
  });

  test('the number movement turns both hands, palms facing each other', () => {
    const start = poseAt(tl, 1.4 + 0.13, handshapes);
    const middle = poseAt(tl, 1.4 + 0.12 + 0.17, handshapes);
    expect(dot(start.dominant.palm, start.nondominant.palm)).toBeLessThan(-0.9);
    for (const role of ['dominant', 'nondominant'] as const) {
      expect(distance(start[role].palm, middle[role].palm)).toBeGreaterThan(0.1);
      expect(middle[role].joints).toEqual(handshapes.get(role === 'dominant' ? 'num-1' : 'num-5'));
    }
  });
});

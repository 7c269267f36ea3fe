import { Euler, Quaternion, Vector3 } from 'three';
import { buildRig } from '../src/rig/buildRig.js';
import { applyPose, readFingerRotations, readMorphs, rootPosition, rotationAngle } from '../src/rig/applyPose.js';
import { BODY, fingerBoneNames, handshapeToFingerRotations, MORPH_NAMES, poseAt } from '../src/player/index.js';
import { letterTimeline, loadHandshapes } from './helpers.js';

const handshapes = loadHandshapes();

describe('procedural rig', () => {
  test('has the Mixamo bone names, 15 finger bones per hand', () => {
    const rig = buildRig();
    for (const name of ['Hips', 'Spine', 'Spine1', 'Spine2', 'Neck', 'Head']) expect(rig.bones[name]).toBeDefined();
    for (const side of ['Left', 'Right']) {
      for (const part of ['Shoulder', 'Arm', 'ForeArm', 'Hand']) expect(rig.bones[`${side}${part}`]).toBeDefined();
    }
    for (const hand of ['left', 'right'] as const) {
      for (const name of fingerBoneNames(hand)) expect(rig.bones[name]?.isBone).toBe(true);
      expect(fingerBoneNames(hand)).toHaveLength(15);
    }
    expect(rig.bones.RightHandIndex1!.parent).toBe(rig.bones.RightHand);
    expect(rig.bones.LeftHandThumb3!.parent).toBe(rig.bones.LeftHandThumb2);
    rig.dispose();
  });

  test('the right hand is on the avatar right (-x), the head on top', () => {
    const rig = buildRig();
    expect(rootPosition(rig.bones.RightHand!, rig.root).x).toBeLessThan(-0.15);
    expect(rootPosition(rig.bones.LeftHand!, rig.root).x).toBeGreaterThan(0.15);
    expect(rootPosition(rig.bones.Head!, rig.root).y).toBeCloseTo(1.58, 6);
  });

  test('applyPose puts the wrist bones on the pose targets (1 mm) and orients the hands', () => {
    const rig = buildRig();
    const tl = letterTimeline();
    for (const t of [0, 0.05, 0.5, 0.65, 1.1, 1.5, 3]) {
      const pose = poseAt(tl, t, handshapes);
      const arms = applyPose(rig, pose);
      rig.root.updateMatrixWorld(true);
      for (const [role, side] of [
        ['dominant', 'RightHand'],
        ['nondominant', 'LeftHand'],
      ] as const) {
        const wrist = rig.bones[side]!.getWorldPosition(new Vector3());
        const target = new Vector3(...pose[role].wrist);
        expect(arms[role].reached).toBe(true);
        expect(wrist.distanceTo(target)).toBeLessThan(0.001);
        // The hand's +Y (fingers) and +Z (palm) axes match the pose's directions.
        const q = rig.bones[side]!.getWorldQuaternion(new Quaternion());
        const y = new Vector3(0, 1, 0).applyQuaternion(q);
        const z = new Vector3(0, 0, 1).applyQuaternion(q);
        expect(y.distanceTo(new Vector3(...pose[role].fingers))).toBeLessThan(1e-4);
        expect(z.distanceTo(new Vector3(...pose[role].palm))).toBeLessThan(1e-4);
      }
    }
  });

  test('finger bones carry the handshape rotations; A and B differ', () => {
    const rig = buildRig();
    const tl = letterTimeline();
    applyPose(rig, poseAt(tl, 0.5, handshapes));
    const a = readFingerRotations(rig, 'Right');
    const expected = handshapeToFingerRotations(handshapes.get('fs-a')!, 'right');
    for (const [name, r] of Object.entries(expected)) {
      const q = new Quaternion().setFromEuler(new Euler(r.x, r.y, r.z, 'ZXY'));
      expect(rotationAngle(a[name]!, [q.x, q.y, q.z, q.w])).toBeLessThan(1e-5);
    }
    expect(Object.keys(a)).toHaveLength(15);
    applyPose(rig, poseAt(tl, 1.1, handshapes));
    const b = readFingerRotations(rig, 'Right');
    expect(rotationAngle(a.RightHandIndex1!, b.RightHandIndex1!)).toBeGreaterThan(0.7);
  });
});

describe('skinned body and face morphs', () => {
  test('the body is one SkinnedMesh bound to every bone, weights normalised, joints blended', () => {
    const rig = buildRig();
    expect(rig.body.isSkinnedMesh).toBe(true);
    expect(rig.body.skeleton.bones).toHaveLength(Object.keys(rig.bones).length);
    const names = rig.body.skeleton.bones.map((b) => b.name);
    const skinIndex = rig.body.geometry.getAttribute('skinIndex');
    const skinWeight = rig.body.geometry.getAttribute('skinWeight');
    expect(skinIndex.count).toBeGreaterThan(500);
    const blended = new Set<string>();
    for (let v = 0; v < skinWeight.count; v++) {
      let sum = 0;
      const bones: string[] = [];
      for (let k = 0; k < 4; k++) {
        const w = skinWeight.getComponent(v, k);
        sum += w;
        if (w > 0.05) bones.push(names[skinIndex.getComponent(v, k)]!);
      }
      expect(sum).toBeCloseTo(1, 5);
      if (bones.length > 1) blended.add(bones.sort().join('+'));
    }
    // Smooth weights across the joints the brief names: elbows, wrists, neck, spine, shoulders.
    for (const pair of [
      'RightArm+RightForeArm',
      'LeftArm+LeftForeArm',
      'RightForeArm+RightHand',
      'Head+Neck',
      'Neck+Spine2',
      'Spine+Spine1',
    ]) {
      expect(blended).toContain(pair);
    }
    expect([...blended].some((b) => b.includes('RightShoulder'))).toBe(true);
    rig.dispose();
  });

  test('a bent elbow moves the sleeve with the forearm (skinning follows the bones)', () => {
    const rig = buildRig();
    const tl = letterTimeline();
    applyPose(rig, poseAt(tl, 0.5, handshapes));
    rig.root.updateMatrixWorld(true);
    const pos = rig.body.geometry.getAttribute('position');
    // The sleeve vertex nearest the bind-pose wrist of the right arm, skinned with the current pose.
    let best = -1;
    let bestD = Infinity;
    const bindWrist = new Vector3(-BODY.shoulderX, BODY.shoulderY - BODY.upperArm - BODY.foreArm + 0.02, 0);
    for (let v = 0; v < pos.count; v++) {
      const d = new Vector3().fromBufferAttribute(pos, v).distanceTo(bindWrist);
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    const skinned = rig.body.getVertexPosition(best, new Vector3()).applyMatrix4(rig.body.matrixWorld);
    const wrist = rig.bones.RightHand!.getWorldPosition(new Vector3());
    expect(bestD).toBeLessThan(0.05);
    // The wrist went up into signing space; the cuff came along (within a few cm), not left at the hip.
    expect(wrist.y).toBeGreaterThan(1.1);
    expect(skinned.distanceTo(wrist)).toBeLessThan(0.08);
  });

  test('the head has the named morph targets, and a pose drives them', () => {
    const rig = buildRig();
    const dict = rig.face.mesh.morphTargetDictionary!;
    for (const name of MORPH_NAMES) expect(dict[name]).toBeGreaterThanOrEqual(0);
    const tl = letterTimeline();
    // letterTimeline raises the brows over both letters (a yes/no question's non-manual) and ends at rest.
    applyPose(rig, poseAt(tl, 0.6, handshapes));
    expect(readMorphs(rig).browRaise).toBeCloseTo(1, 5);
    applyPose(rig, poseAt(tl, 3, handshapes), 'right', { blink: 1, breath: 0 });
    const m = readMorphs(rig);
    expect(m.browRaise).toBe(0);
    expect(m.blinkLeft).toBe(1);
    expect(m.blinkRight).toBe(1);
    // Each morph really moves vertices (a target of zeros would change nothing on screen).
    const geometry = rig.face.mesh.geometry;
    for (const name of MORPH_NAMES) {
      const attr = geometry.morphAttributes.position![dict[name]!]!;
      let max = 0;
      for (let i = 0; i < attr.array.length; i++) max = Math.max(max, Math.abs(attr.array[i]!));
      expect(max).toBeGreaterThan(0.002);
    }
  });

  test('breathing moves the chest and shoulders, and the hands stay on their targets', () => {
    const rig = buildRig();
    const tl = letterTimeline();
    const pose = poseAt(tl, 0.5, handshapes);
    applyPose(rig, pose, 'right', { blink: 0, breath: -1 });
    rig.root.updateMatrixWorld(true);
    const out = rig.bones.LeftArm!.getWorldPosition(new Vector3());
    applyPose(rig, pose, 'right', { blink: 0, breath: 1 });
    rig.root.updateMatrixWorld(true);
    const inn = rig.bones.LeftArm!.getWorldPosition(new Vector3());
    expect(inn.y - out.y).toBeGreaterThan(0.001);
    expect(inn.y - out.y).toBeLessThan(0.01);
    const wrist = rig.bones.RightHand!.getWorldPosition(new Vector3());
    expect(wrist.distanceTo(new Vector3(...pose.dominant.wrist))).toBeLessThan(0.001);
  });
});

describe('skinned hands, eyes and torso', () => {
  /** Skinned position of the body vertex nearest `bind` (body space, bind pose). */
  const skinnedNear = (rig: ReturnType<typeof buildRig>, bind: Vector3) => {
    const pos = rig.body.geometry.getAttribute('position');
    let best = -1;
    let bestD = Infinity;
    for (let v = 0; v < pos.count; v++) {
      const d = new Vector3().fromBufferAttribute(pos, v).distanceTo(bind);
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    return { d: bestD, p: rig.body.getVertexPosition(best, new Vector3()).applyMatrix4(rig.body.matrixWorld) };
  };

  test('the hands are part of the one skinned body: no rigid hand meshes, skin blended across every knuckle', () => {
    const rig = buildRig();
    // Nothing but the skinned body hangs below the wrist: no rigid segments on hand or finger bones.
    for (const [name, bone] of Object.entries(rig.bones)) {
      if (!name.includes('Hand')) continue;
      expect(bone.children.filter((c) => (c as { isMesh?: boolean }).isMesh)).toEqual([]);
    }
    const names = rig.body.skeleton.bones.map((b) => b.name);
    const skinIndex = rig.body.geometry.getAttribute('skinIndex');
    const skinWeight = rig.body.geometry.getAttribute('skinWeight');
    const blended = new Set<string>();
    const perBone = new Map<string, number>();
    for (let v = 0; v < skinWeight.count; v++) {
      const bones: string[] = [];
      for (let k = 0; k < 4; k++) {
        const name = names[skinIndex.getComponent(v, k)]!;
        if (skinWeight.getComponent(v, k) > 0.05) bones.push(name);
        if (skinWeight.getComponent(v, k) > 0.5) perBone.set(name, (perBone.get(name) ?? 0) + 1);
      }
      if (bones.length > 1) blended.add(bones.sort().join('+'));
    }
    for (const side of ['Left', 'Right']) {
      // Every finger segment carries skin of its own, and each joint blends the bones on either side.
      for (const finger of ['Thumb', 'Index', 'Middle', 'Ring', 'Pinky']) {
        for (const k of [1, 2, 3]) expect(perBone.get(`${side}Hand${finger}${k}`) ?? 0).toBeGreaterThan(20);
        expect(blended).toContain([`${side}Hand${finger}1`, `${side}Hand${finger}2`].sort().join('+'));
        expect(blended).toContain([`${side}Hand${finger}2`, `${side}Hand${finger}3`].sort().join('+'));
        expect(blended).toContain([`${side}Hand`, `${side}Hand${finger}1`].sort().join('+'));
      }
      expect(blended).toContain([`${side}ForeArm`, `${side}Hand`].sort().join('+'));
    }
    rig.dispose();
  });

  test('a curled finger carries its skin: the fingertip surface follows the tip bone into a fist', () => {
    const rig = buildRig();
    rig.root.updateMatrixWorld(true);
    const tipBind = rig.bones.RightHandIndex4!.getWorldPosition(new Vector3());
    const tl = letterTimeline();
    applyPose(rig, poseAt(tl, 0.5, handshapes)); // A: a fist
    rig.root.updateMatrixWorld(true);
    const tip = rig.bones.RightHandIndex4!.getWorldPosition(new Vector3());
    const skin = skinnedNear(rig, tipBind);
    expect(skin.d).toBeLessThan(0.012);
    expect(tip.distanceTo(tipBind)).toBeGreaterThan(0.2);
    expect(skin.p.distanceTo(tip)).toBeLessThan(0.015);
    rig.dispose();
  });

  test('gaze turns the eyes (and a little of the head) towards a locus; torso moves keep the wrists on target', () => {
    const rig = buildRig();
    const pose = poseAt(letterTimeline(), 0.5, handshapes);
    const look = (target: [number, number, number], weight: number) => {
      applyPose(rig, { ...pose, gaze: { target, weight } });
      rig.root.updateMatrixWorld(true);
      return new Vector3(0, 0, 1).applyQuaternion(rig.bones.RightEye!.getWorldQuaternion(new Quaternion()));
    };
    const ahead = look([0, 1.7, 3], 0);
    expect(ahead.z).toBeGreaterThan(0.99);
    const right = look([-0.8, 1.5, 0.6], 1);
    expect(right.x).toBeLessThan(-0.3);
    expect(right.y).toBeLessThan(0);
    const headForward = new Vector3(0, 0, 1).applyQuaternion(rig.bones.Head!.getWorldQuaternion(new Quaternion()));
    expect(headForward.x).toBeLessThan(-0.05);

    applyPose(rig, { ...pose, torso: { lean: 0.09, turn: -0.12, lift: { left: 0.1, right: 0.16 } } });
    rig.root.updateMatrixWorld(true);
    for (const [role, bone] of [
      ['dominant', 'RightHand'],
      ['nondominant', 'LeftHand'],
    ] as const) {
      expect(
        rig.bones[bone]!.getWorldPosition(new Vector3()).distanceTo(new Vector3(...pose[role].wrist)),
      ).toBeLessThan(0.001);
    }
    // The head stays facing the viewer against the torso's turn.
    const face = new Vector3(0, 0, 1).applyQuaternion(rig.bones.Head!.getWorldQuaternion(new Quaternion()));
    expect(Math.abs(face.x)).toBeLessThan(0.02);
    rig.dispose();
  });
});

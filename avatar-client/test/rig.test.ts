import { Euler, Quaternion, Vector3 } from 'three';
import { buildRig } from '../src/rig/buildRig.js';
import { applyPose, readFingerRotations, rootPosition, rotationAngle } from '../src/rig/applyPose.js';
import { fingerBoneNames, handshapeToFingerRotations, poseAt } from '../src/player/index.js';
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

import { Euler, Matrix4, Quaternion, Vector3, type Object3D } from 'three';
import { BODY } from '../player/body.js';
import { handshapeToFingerRotations, type BoneRotation } from '../player/handshape.js';
import { analyticTwoBoneIk, naturalPole } from '../player/ik.js';
import { faceMorphs, MORPH_NAMES, type FaceMorphs } from '../player/face.js';
import type { IdlePose } from '../player/idle.js';
import type { HandPose, Handedness, Pose } from '../player/pose.js';
import type { TorsoPose } from '../player/torso.js';
import type { Vec3 } from '../player/vec.js';
import type { Rig } from './buildRig.js';

const tmpQ = new Quaternion();
const tmpE = new Euler(0, 0, 0, 'ZXY');
const X_AXIS = new Vector3(1, 0, 0);
const Z_AXIS = new Vector3(0, 0, 1);

/** Quaternion of `o` relative to the rig root (body space), walking up the parents. */
function rootQuaternion(o: Object3D, root: Object3D): Quaternion {
  const q = new Quaternion();
  let cur: Object3D | null = o;
  while (cur && cur !== root) {
    q.premultiply(cur.quaternion);
    cur = cur.parent;
  }
  return q;
}

/** Position of `o` in body space. */
function rootPosition(o: Object3D, root: Object3D): Vector3 {
  const p = new Vector3();
  let cur: Object3D | null = o;
  while (cur && cur !== root) {
    p.applyQuaternion(cur.quaternion).add(cur.position);
    cur = cur.parent;
  }
  return p;
}

function basisQuat(y: Vector3, z: Vector3): Quaternion {
  const x = new Vector3().crossVectors(y, z).normalize();
  const zz = new Vector3().crossVectors(x, y).normalize();
  return new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(x, y.clone().normalize(), zz));
}

const v3 = (a: Vec3) => new Vector3(a[0], a[1], a[2]);

export interface AppliedArm {
  elbow: Vec3;
  wrist: Vec3;
  reached: boolean;
}

function applyArm(rig: Rig, side: 'Left' | 'Right', hand: HandPose): AppliedArm {
  const { root, bones } = rig;
  const clavicle = bones[`${side}Shoulder`]!;
  const arm = bones[`${side}Arm`]!;
  const fore = bones[`${side}ForeArm`]!;
  const handBone = bones[`${side}Hand`]!;
  const s = side === 'Left' ? 1 : -1;
  const shoulderP = rootPosition(arm, root);
  const shoulder: Vec3 = [shoulderP.x, shoulderP.y, shoulderP.z];
  // The pole moves with the shoulder (torso turn, shrugs), and follows the fingers as player/limits.ts assumes.
  const ik = analyticTwoBoneIk(
    shoulder,
    hand.wrist,
    BODY.upperArm,
    BODY.foreArm,
    naturalPole(shoulder, s, hand.fingers),
  );
  const elbow = v3(ik.elbow);
  const wrist = v3(ik.wrist);
  const upperDir = elbow.clone().sub(shoulderP).normalize();
  const foreDir = wrist.clone().sub(elbow).normalize();
  // The elbow hinge axis; for a straight arm, take one from the palm so the twist does not flip.
  let hinge = new Vector3().crossVectors(upperDir, foreDir);
  if (hinge.lengthSq() < 1e-8) hinge = new Vector3().crossVectors(upperDir, v3(hand.palm));
  if (hinge.lengthSq() < 1e-8) hinge = new Vector3(1, 0, 0);
  hinge.normalize();
  const upperQ = basisQuat(upperDir, new Vector3().crossVectors(hinge, upperDir));
  const foreQ = basisQuat(foreDir, new Vector3().crossVectors(hinge, foreDir));
  const handQ = basisQuat(v3(hand.fingers), v3(hand.palm));

  const clavQ = rootQuaternion(clavicle, root);
  arm.quaternion.copy(clavQ.clone().invert().multiply(upperQ));
  fore.quaternion.copy(upperQ.clone().invert().multiply(foreQ));
  handBone.quaternion.copy(foreQ.clone().invert().multiply(handQ));
  return { elbow: ik.elbow, wrist: ik.wrist, reached: ik.reached };
}

function applyFingers(rig: Rig, rotations: Record<string, BoneRotation>): void {
  for (const [name, r] of Object.entries(rotations)) {
    const bone = rig.bones[name];
    const bind = rig.bind[name];
    if (!bone || !bind) continue;
    tmpE.set(r.x, r.y, r.z, 'ZXY');
    bone.quaternion.copy(bind).multiply(tmpQ.setFromEuler(tmpE));
  }
}

/** How far breathing turns the chest (radians, extension) and lifts the shoulders, at full inhale. */
const BREATH = { chest: 0.012, shoulders: 0.02 } as const;
/** Share of a gaze shift the head takes; the eyes turn the rest, up to EYE_LIMIT. */
const GAZE_HEAD = 0.3;
const EYE_LIMIT = { yaw: 0.6, pitch: 0.4 } as const;
const STILL_TORSO: TorsoPose = { lean: 0, turn: 0, lift: { left: 0, right: 0 } };
const Y_AXIS = new Vector3(0, 1, 0);
const tmpQ2 = new Quaternion();

export interface AppliedPose {
  dominant: AppliedArm;
  nondominant: AppliedArm;
  morphs: FaceMorphs;
}

/** Yaw (towards +x) and pitch (down) from the eyes to a body-space point. */
function gazeAngles(target: Vec3): { yaw: number; pitch: number } {
  const dx = target[0];
  const dy = target[1] - (BODY.headCentre + 0.012);
  const dz = Math.max(0.05, target[2] - 0.08);
  return { yaw: Math.atan2(dx, dz), pitch: Math.atan2(-dy, Math.hypot(dx, dz)) };
}

/**
 * Applies a player pose to the rig: breathing and the torso's lean and turn on the spine, shoulder lifts on
 * the clavicles (the arm IK then starts from the moved shoulders, so the hands stay on their targets), arms
 * by IK, hands oriented, fingers from the handshape, head by bone (held towards the viewer against the
 * torso's turn and lean, and turned a little towards a gaze target), eyes by their bones, face by morphs.
 */
export function applyPose(
  rig: Rig,
  pose: Pose,
  handedness: Handedness = 'right',
  idle: IdlePose = { blink: 0, breath: 0 },
): AppliedPose {
  const inhale = (idle.breath + 1) / 2;
  const torso = pose.torso ?? STILL_TORSO;
  for (const [name, share] of [
    ['Spine1', 0.5],
    ['Spine2', 0.5],
  ] as const) {
    const bone = rig.bones[name];
    if (!bone) continue;
    const breath = name === 'Spine2' ? -BREATH.chest * inhale : 0;
    tmpE.set(breath + torso.lean * share, torso.turn * share, 0, 'YXZ');
    bone.quaternion.copy(rig.bind[name]!).multiply(tmpQ.setFromEuler(tmpE));
  }
  for (const [side, s] of [
    ['Left', 1],
    ['Right', -1],
  ] as const) {
    const clavicle = rig.bones[`${side}Shoulder`];
    // The clavicle's +Z points forward; turning about it lifts the shoulder (mirrored on the right).
    if (clavicle) {
      const lift = BREATH.shoulders * inhale + (side === 'Left' ? torso.lift.left : torso.lift.right);
      clavicle.quaternion.copy(rig.bind[`${side}Shoulder`]!).multiply(tmpQ.setFromAxisAngle(Z_AXIS, s * lift));
    }
  }

  const domSide = handedness === 'right' ? 'Right' : 'Left';
  const nonSide = handedness === 'right' ? 'Left' : 'Right';
  const dominant = applyArm(rig, domSide, pose.dominant);
  const nondominant = applyArm(rig, nonSide, pose.nondominant);
  applyFingers(rig, handshapeToFingerRotations(pose.dominant.joints, handedness));
  applyFingers(rig, handshapeToFingerRotations(pose.nondominant.joints, handedness === 'right' ? 'left' : 'right'));

  const nm = pose.nonManuals;
  const gaze = pose.gaze && pose.gaze.weight > 0 ? gazeAngles(pose.gaze.target) : { yaw: 0, pitch: 0 };
  const w = pose.gaze?.weight ?? 0;
  const headYaw = GAZE_HEAD * gaze.yaw * w;
  const headPitch = GAZE_HEAD * gaze.pitch * w;
  const head = rig.bones.Head!;
  tmpE.set(nm.nod + headPitch - torso.lean, nm.headshake + headYaw - torso.turn, nm.headTilt, 'YXZ');
  head.quaternion.copy(rig.bind.Head!).multiply(tmpQ.setFromEuler(tmpE));
  const eyeYaw = Math.max(-EYE_LIMIT.yaw, Math.min(EYE_LIMIT.yaw, gaze.yaw * w - headYaw));
  const eyePitch = Math.max(-EYE_LIMIT.pitch, Math.min(EYE_LIMIT.pitch, gaze.pitch * w - headPitch));
  for (const name of ['LeftEye', 'RightEye']) {
    const eye = rig.bones[name];
    if (!eye) continue;
    eye.quaternion
      .copy(rig.bind[name]!)
      .multiply(tmpQ.setFromAxisAngle(Y_AXIS, eyeYaw))
      .multiply(tmpQ2.setFromAxisAngle(X_AXIS, eyePitch));
  }

  const morphs = faceMorphs(nm, pose.visemes, idle);
  const influences = rig.face.mesh.morphTargetInfluences;
  if (influences) {
    for (const name of MORPH_NAMES) {
      const i = rig.face.morphIndex[name];
      if (i >= 0) influences[i] = morphs[name];
    }
  }
  return { dominant, nondominant, morphs };
}

/** Current morph influences of the face, by name (what the renderer draws). */
export function readMorphs(rig: Rig): FaceMorphs {
  const influences = rig.face.mesh.morphTargetInfluences ?? [];
  return Object.fromEntries(MORPH_NAMES.map((n) => [n, influences[rig.face.morphIndex[n]] ?? 0])) as FaceMorphs;
}

/**
 * Current finger rotations of one hand as deltas from the bind pose: quaternions [x, y, z, w] (Euler angles
 * beyond ±90° are ambiguous, so tests compare quaternions).
 */
export function readFingerRotations(
  rig: Rig,
  side: 'Left' | 'Right',
): Record<string, [number, number, number, number]> {
  const out: Record<string, [number, number, number, number]> = {};
  for (const [name, bone] of Object.entries(rig.bones)) {
    if (!name.startsWith(`${side}Hand`) || /4$/.test(name) || name === `${side}Hand`) continue;
    const d = rig.bind[name]!.clone().invert().multiply(bone.quaternion);
    out[name] = [d.x, d.y, d.z, d.w];
  }
  return out;
}

/** Angle in radians between two rotations given as [x, y, z, w]. */
export function rotationAngle(a: readonly number[], b: readonly number[]): number {
  const d = Math.abs(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]! + a[3]! * b[3]!);
  return 2 * Math.acos(Math.min(1, d));
}

export { rootPosition };

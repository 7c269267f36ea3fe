import {
  Bone,
  BoxGeometry,
  CapsuleGeometry,
  Group,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Object3D,
  Quaternion,
  SphereGeometry,
  Vector3,
  type BufferGeometry,
  type Material,
} from 'three';
import { BODY } from '../player/body.js';

/**
 * The procedural avatar: a Mixamo-named THREE.Bone hierarchy with simple segments (capsules, boxes,
 * spheres) parented to the bones. Body space (player/directions.ts): +y up, the avatar faces +z, +x is its
 * left. Every hand and finger bone has +Y along the finger, +Z out of the palm and +X = Y × Z, which is what
 * `handshapeToFingerRotations` and the hand orientation in `applyPose` assume.
 */
export interface Rig {
  root: Group;
  bones: Record<string, Bone>;
  /** Bind-pose local quaternions, to which pose rotations are applied as deltas. */
  bind: Record<string, Quaternion>;
  face: { leftBrow: Object3D; rightBrow: Object3D; jaw: Object3D; mouth: Mesh; leftEye: Object3D; rightEye: Object3D };
  dispose(): void;
}

const COLORS = { clothing: 0x27303d, skin: 0xf0cdb4, hair: 0x3b2f2a, eye: 0x20242a, lips: 0xb86b62 } as const;

const FINGERS = [
  // name, x offset on the knuckle line (towards the thumb for the right hand), segment lengths
  ['Index', 0.028, [0.044, 0.026, 0.021]],
  ['Middle', 0.009, [0.049, 0.029, 0.022]],
  ['Ring', -0.01, [0.046, 0.027, 0.021]],
  ['Pinky', -0.028, [0.036, 0.021, 0.019]],
] as const;
const THUMB_LENGTHS = [0.046, 0.034, 0.029] as const;

export function buildRig(): Rig {
  const root = new Group();
  root.name = 'Avatar';
  const bones: Record<string, Bone> = {};
  const bind: Record<string, Quaternion> = {};
  const world = new Map<Object3D, { p: Vector3; q: Quaternion }>([[root, { p: new Vector3(), q: new Quaternion() }]]);
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const mat = (color: number, roughness = 0.8) => {
    const m = new MeshStandardMaterial({ color, roughness, metalness: 0 });
    materials.push(m);
    return m;
  };
  const clothing = mat(COLORS.clothing, 0.9);
  const skin = mat(COLORS.skin, 0.6);
  const hair = mat(COLORS.hair, 0.9);
  const eyeMat = mat(COLORS.eye, 0.3);
  const lips = mat(COLORS.lips, 0.6);

  /** Adds a bone at a body-space position and orientation (bind pose). */
  const addBone = (name: string, parent: Object3D, p: Vector3, q = new Quaternion()): Bone => {
    const b = new Bone();
    b.name = name;
    const pw = world.get(parent)!;
    const inv = pw.q.clone().invert();
    b.position.copy(p.clone().sub(pw.p).applyQuaternion(inv));
    b.quaternion.copy(inv.multiply(q));
    parent.add(b);
    world.set(b, { p: p.clone(), q: q.clone() });
    bones[name] = b;
    bind[name] = b.quaternion.clone();
    return b;
  };
  const mesh = (geometry: BufferGeometry, material: Material, parent: Object3D, pos: [number, number, number]) => {
    geometries.push(geometry);
    const m = new Mesh(geometry, material);
    m.position.set(...pos);
    parent.add(m);
    return m;
  };
  /** A capsule along the bone's +Y from 0 to `len`. */
  const segment = (bone: Object3D, len: number, radius: number, material: Material) =>
    mesh(new CapsuleGeometry(radius, Math.max(0.001, len - radius), 4, 10), material, bone, [0, len / 2, 0]);
  /** Quaternion whose +Y is `dir` and whose +Z is as close as possible to `zHint`. */
  const basis = (dir: Vector3, zHint: Vector3) => {
    const y = dir.clone().normalize();
    const z = zHint
      .clone()
      .sub(y.clone().multiplyScalar(zHint.dot(y)))
      .normalize();
    const x = new Vector3().crossVectors(y, z);
    return new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(x, y, z));
  };

  // Spine and head.
  const hips = addBone('Hips', root, new Vector3(0, BODY.hips, 0));
  const spine = addBone('Spine', hips, new Vector3(0, BODY.spine, 0));
  const spine1 = addBone('Spine1', spine, new Vector3(0, BODY.spine1, 0));
  const spine2 = addBone('Spine2', spine1, new Vector3(0, BODY.spine2, 0));
  const neck = addBone('Neck', spine2, new Vector3(0, BODY.neck, 0));
  const head = addBone('Head', neck, new Vector3(0, BODY.head, 0));
  const pelvis = mesh(new BoxGeometry(0.32, 0.2, 0.2), clothing, hips, [0, -0.02, 0]);
  pelvis.scale.set(1, 1, 1);
  mesh(new CapsuleGeometry(0.14, 0.06, 4, 16), clothing, spine, [0, 0.06, 0]).scale.set(1, 1, 0.7);
  mesh(new CapsuleGeometry(0.155, 0.08, 4, 16), clothing, spine1, [0, 0.07, 0]).scale.set(1, 1, 0.72);
  mesh(new CapsuleGeometry(0.16, 0.12, 4, 16), clothing, spine2, [0, 0.06, 0]).scale.set(1.1, 1, 0.72);
  mesh(new CapsuleGeometry(0.045, 0.08, 4, 12), skin, neck, [0, 0.05, 0]);
  const skull = mesh(new SphereGeometry(BODY.headRadius, 32, 24), skin, head, [0, BODY.headCentre - BODY.head, 0]);
  skull.scale.set(0.85, 1.12, 0.95);
  const hairCap = mesh(
    new SphereGeometry(BODY.headRadius * 1.04, 32, 16, 0, Math.PI * 2, 0, Math.PI * 0.45),
    hair,
    head,
    [0, BODY.headCentre - BODY.head + 0.012, -0.008],
  );
  hairCap.scale.set(0.88, 1.12, 0.98);
  const faceY = BODY.headCentre - BODY.head;
  const leftEye = mesh(new SphereGeometry(0.011, 12, 8), eyeMat, head, [0.032, faceY + 0.012, 0.084]);
  const rightEye = mesh(new SphereGeometry(0.011, 12, 8), eyeMat, head, [-0.032, faceY + 0.012, 0.084]);
  const leftBrow = mesh(new BoxGeometry(0.03, 0.006, 0.008), hair, head, [0.033, faceY + 0.036, 0.088]);
  const rightBrow = mesh(new BoxGeometry(0.03, 0.006, 0.008), hair, head, [-0.033, faceY + 0.036, 0.088]);
  mesh(new BoxGeometry(0.012, 0.03, 0.02), skin, head, [0, faceY - 0.005, 0.097]); // nose
  // Jaw: a pivot near the ear line, carrying the lower lip and chin.
  const jaw = new Object3D();
  jaw.name = 'Jaw';
  jaw.position.set(0, faceY - 0.03, 0.02);
  head.add(jaw);
  mesh(new BoxGeometry(0.036, 0.006, 0.01), lips, head, [0, faceY - 0.052, 0.09]); // upper lip
  const mouth = mesh(new BoxGeometry(0.036, 0.007, 0.01), lips, jaw, [0, -0.03, 0.068]); // lower lip
  // Mirror the eyes' and brows' names for tests and debugging.
  leftBrow.name = 'LeftBrow';
  rightBrow.name = 'RightBrow';

  // Arms, hanging at the sides in the bind pose; fingers straight (a flat hand).
  for (const [side, s] of [
    ['Left', 1],
    ['Right', -1],
  ] as const) {
    const down = new Vector3(0, -1, 0);
    const out = new Vector3(s, 0, 0);
    const clavicle = addBone(
      `${side}Shoulder`,
      spine2,
      new Vector3(s * BODY.clavicleX, BODY.shoulderY, 0),
      basis(out, new Vector3(0, 0, 1)),
    );
    segment(clavicle, BODY.shoulderX - BODY.clavicleX, 0.05, clothing);
    const shoulderP = new Vector3(s * BODY.shoulderX, BODY.shoulderY, 0);
    const armQ = basis(down, new Vector3(0, 0, 1));
    const arm = addBone(`${side}Arm`, clavicle, shoulderP, armQ);
    segment(arm, BODY.upperArm, 0.045, clothing);
    const elbowP = shoulderP.clone().addScaledVector(down, BODY.upperArm);
    const fore = addBone(`${side}ForeArm`, arm, elbowP, armQ);
    segment(fore, BODY.foreArm, 0.037, clothing);
    const wristP = elbowP.clone().addScaledVector(down, BODY.foreArm);
    // Hand: fingers down, palm towards the thigh (-s), so +X = Y × Z points forward for the right hand.
    const handQ = basis(down, new Vector3(-s, 0, 0));
    const hand = addBone(`${side}Hand`, fore, wristP, handQ);
    mesh(new BoxGeometry(0.078, BODY.palm, 0.026), skin, hand, [0, BODY.palm / 2, 0]);
    // Finger positions in hand space: for the left hand the thumb side is -X (mirror image).
    const m = side === 'Right' ? 1 : -1;
    const toWorld = (x: number, y: number, z: number) => new Vector3(x, y, z).applyQuaternion(handQ).add(wristP);
    for (const [finger, x, lens] of FINGERS) {
      let parent: Object3D = hand;
      let y = BODY.palm;
      lens.forEach((len, k) => {
        const b = addBone(`${side}Hand${finger}${k + 1}`, parent, toWorld(m * x, y, 0), handQ);
        segment(b, len, k === 0 ? 0.0095 : 0.0085, skin);
        parent = b;
        y += len;
      });
      const tip = addBone(`${side}Hand${finger}4`, parent, toWorld(m * x, y, 0), handQ);
      void tip;
    }
    // Thumb: from the base of the palm, out towards the thumb side, up and a little to the palm side;
    // +Z (where it flexes to) points across the palm.
    const thumbDirLocal = new Vector3(m * 0.62, 0.72, 0.3).normalize();
    const thumbFlexLocal = new Vector3(-m * 0.55, 0, 1);
    const thumbQ = handQ.clone().multiply(basis(thumbDirLocal, thumbFlexLocal));
    let parent: Object3D = hand;
    let p = toWorld(m * 0.03, 0.018, 0.008);
    const dirW = new Vector3(0, 1, 0).applyQuaternion(thumbQ);
    THUMB_LENGTHS.forEach((len, k) => {
      const b = addBone(`${side}HandThumb${k + 1}`, parent, p, thumbQ);
      segment(b, len, k === 0 ? 0.013 : 0.0095, skin);
      parent = b;
      p = p.clone().addScaledVector(dirW, len);
    });
    addBone(`${side}HandThumb4`, parent, p, thumbQ);
  }

  root.traverse((o) => {
    if ((o as Mesh).isMesh) {
      o.castShadow = false;
      o.receiveShadow = false;
    }
  });

  return {
    root,
    bones,
    bind,
    face: { leftBrow, rightBrow, jaw, mouth, leftEye, rightEye },
    dispose() {
      for (const g of geometries) g.dispose();
      for (const m of materials) m.dispose();
    },
  };
}

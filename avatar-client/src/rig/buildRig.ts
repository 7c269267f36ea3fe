import {
  Bone,
  DoubleSide,
  FrontSide,
  Group,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Object3D,
  Quaternion,
  Skeleton,
  SkinnedMesh,
  SphereGeometry,
  Vector3,
  type BufferGeometry,
  type Material,
} from 'three';
import { MORPH_NAMES, type MorphName } from '../player/face.js';
import { BODY } from '../player/body.js';
import { loft, mergeParts, smoothstep01, type Influences, type Part, type Ring } from './geometry.js';
import { FINGERS, handParts, THUMB_BASE, THUMB_LENGTHS, type HandFrame } from './hand.js';
import { buildEyeGeometry, buildHeadGeometry, eyeCentre, headLandmarks } from './head.js';

/**
 * The procedural avatar: a Mixamo-named THREE.Bone hierarchy with a skinned body (one SkinnedMesh: torso,
 * neck, sleeves and both hands with palm, thumb and fingers lofted in code, weights blended across
 * hips/spine, shoulders, elbows, wrists, knuckles and finger joints; hand.ts), eyeballs on eye bones, and
 * a head mesh with morph targets made in code (player/face.ts MORPH_NAMES). Body space
 * (player/directions.ts): +y up, the avatar faces +z, +x is its left. Every hand and finger bone has +Y along
 * the finger, +Z out of the palm and +X = Y × Z, which is what `handshapeToFingerRotations` and the hand
 * orientation in `applyPose` assume. A glTF/VRM rig with the same bone names can replace this one.
 */
export interface Rig {
  root: Group;
  bones: Record<string, Bone>;
  /** Bind-pose local quaternions, to which pose rotations are applied as deltas. */
  bind: Record<string, Quaternion>;
  body: SkinnedMesh;
  /** The head mesh; its `morphTargetDictionary` has every name in MORPH_NAMES. */
  face: { mesh: Mesh; morphIndex: Record<MorphName, number> };
  /** Points on the head that framing checks project: the top of the hair and the chin (children of Head). */
  landmarks: { headTop: Object3D; chin: Object3D };
  dispose(): void;
}

const COLORS = {
  clothing: 0x262d38,
  skin: 0xf0cdb4,
  hair: 0x3b2f2a,
  eye: 0x2a2420,
  white: 0xf4f1ec,
  lips: 0xb45a55,
  brows: 0x2e231d,
} as const;

/** Weights of a point at height y on the spine chain: linear between neighbouring bones' heights. */
function spineInfluences(y: number, index: (name: string) => number): Influences {
  const chain: [string, number][] = [
    ['Hips', BODY.hips],
    ['Spine', BODY.spine],
    ['Spine1', BODY.spine1],
    ['Spine2', BODY.spine2],
  ];
  if (y <= chain[0]![1]) return [[index('Hips'), 1]];
  for (let k = 0; k + 1 < chain.length; k++) {
    const [a, ya] = chain[k]!;
    const [b, yb] = chain[k + 1]!;
    if (y <= yb) {
      const w = smoothstep01((y - ya) / (yb - ya));
      return [
        [index(a), 1 - w],
        [index(b), w],
      ];
    }
  }
  return [[index('Spine2'), 1]];
}

export function buildRig(): Rig {
  const root = new Group();
  root.name = 'Avatar';
  const bones: Record<string, Bone> = {};
  const bind: Record<string, Quaternion> = {};
  const world = new Map<Object3D, { p: Vector3; q: Quaternion }>([[root, { p: new Vector3(), q: new Quaternion() }]]);
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const mat = (color: number, roughness = 0.8, doubleSided = false) => {
    const m = new MeshStandardMaterial({ color, roughness, metalness: 0, side: doubleSided ? DoubleSide : FrontSide });
    materials.push(m);
    return m;
  };
  const clothing = mat(COLORS.clothing, 0.92);
  const skin = mat(COLORS.skin, 0.6);
  const hair = mat(COLORS.hair, 0.9);

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
  void spine;
  void neck;
  const faceY = BODY.headCentre - BODY.head;
  const HEAD_LANDMARKS = headLandmarks(faceY);

  // The head: one mesh with the face's morph targets, rigid on the Head bone (the neck blends into it).
  const headGeometry = buildHeadGeometry(faceY);
  geometries.push(headGeometry);
  const headMaterials = [
    skin,
    mat(COLORS.lips, 0.55, true),
    mat(COLORS.eye, 0.35, true),
    mat(COLORS.white, 0.4),
    mat(COLORS.brows, 0.9, true),
  ];
  const faceMesh = new Mesh(headGeometry, headMaterials);
  faceMesh.name = 'Face';
  head.add(faceMesh);
  // Eyeballs on eye bones (Mixamo names), turned for gaze; the lids stay on the face mesh.
  const eyeGeometry = buildEyeGeometry();
  geometries.push(eyeGeometry);
  for (const [side, s] of [
    ['Left', 1],
    ['Right', -1],
  ] as const) {
    const c = eyeCentre(s, faceY);
    const eye = addBone(`${side}Eye`, head, new Vector3(c.x, c.y + BODY.head, c.z));
    const eyeMesh = new Mesh(eyeGeometry, headMaterials);
    eyeMesh.name = `${side}Eyeball`;
    eye.add(eyeMesh);
  }
  const hairCap = mesh(
    new SphereGeometry(BODY.headRadius * 1.04, 32, 16, 0, Math.PI * 2, 0, Math.PI * 0.37),
    hair,
    head,
    [0, faceY + 0.012, -0.008],
  );
  hairCap.scale.set(0.88, 1.12, 0.98);
  const headTop = new Object3D();
  headTop.name = 'HeadTop';
  headTop.position.set(0, HEAD_LANDMARKS.top, 0);
  const chin = new Object3D();
  chin.name = 'Chin';
  chin.position.set(0, HEAD_LANDMARKS.chin, HEAD_LANDMARKS.chinZ);
  head.add(headTop, chin);
  const hairBack = mesh(new SphereGeometry(BODY.headRadius, 24, 16), hair, head, [0, faceY - 0.005, -0.03]);
  hairBack.scale.set(0.9, 1.05, 0.75);

  // Arms, hanging at the sides in the bind pose; fingers straight (a flat hand).
  const handFrames = {} as Record<'Left' | 'Right', HandFrame>;
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
    void clavicle;
    const shoulderP = new Vector3(s * BODY.shoulderX, BODY.shoulderY, 0);
    const armQ = basis(down, new Vector3(0, 0, 1));
    const arm = addBone(`${side}Arm`, clavicle, shoulderP, armQ);
    const elbowP = shoulderP.clone().addScaledVector(down, BODY.upperArm);
    const fore = addBone(`${side}ForeArm`, arm, elbowP, armQ);
    const wristP = elbowP.clone().addScaledVector(down, BODY.foreArm);
    // Hand: fingers down, palm towards the thigh (-s), so +X = Y × Z points forward for the right hand.
    const handQ = basis(down, new Vector3(-s, 0, 0));
    const hand = addBone(`${side}Hand`, fore, wristP, handQ);
    // Finger positions in hand space: for the left hand the thumb side is -X (mirror image).
    const m = side === 'Right' ? 1 : -1;
    const toWorld = (x: number, y: number, z: number) => new Vector3(x, y, z).applyQuaternion(handQ).add(wristP);
    for (const [finger, x, lens] of FINGERS) {
      let parent: Object3D = hand;
      let y = BODY.palm;
      lens.forEach((len, k) => {
        const b = addBone(`${side}Hand${finger}${k + 1}`, parent, toWorld(m * x, y, 0), handQ);
        parent = b;
        y += len;
      });
      const tip = addBone(`${side}Hand${finger}4`, parent, toWorld(m * x, y, 0), handQ);
      void tip;
    }
    // Thumb: from the base of the palm up along the index's side and a little to the palm side (handshape
    // spread 0 = beside the index, as in A); +Z (where it flexes to) points across the palm.
    const thumbDirLocal = new Vector3(m * 0.14, 0.94, 0.3).normalize();
    const thumbFlexLocal = new Vector3(-m * 0.25, 0, 1);
    const thumbQ = handQ.clone().multiply(basis(thumbDirLocal, thumbFlexLocal));
    let parent: Object3D = hand;
    const thumbBase = toWorld(m * THUMB_BASE[0], THUMB_BASE[1], THUMB_BASE[2]);
    let p = thumbBase;
    const dirW = new Vector3(0, 1, 0).applyQuaternion(thumbQ);
    THUMB_LENGTHS.forEach((len, k) => {
      const b = addBone(`${side}HandThumb${k + 1}`, parent, p, thumbQ);
      parent = b;
      p = p.clone().addScaledVector(dirW, len);
    });
    addBone(`${side}HandThumb4`, parent, p, thumbQ);
    handFrames[side] = { q: handQ, wrist: wristP, m: m as 1 | -1, thumbQ, thumbBase };
  }

  // The skinned body: torso, neck and sleeves, lofted in body space over the bind pose.
  root.updateMatrixWorld(true);
  const boneList = Object.values(bones);
  const boneIndex = new Map(boneList.map((b, i) => [b.name, i]));
  const index = (name: string) => boneIndex.get(name)!;
  const parts: Part[] = [];
  const up = new Vector3(0, 1, 0);
  const x = new Vector3(1, 0, 0);
  const torsoProfile: [number, number, number][] = [
    // height, half-width, half-depth
    [0.66, 0, 0],
    [0.67, 0.14, 0.1],
    [0.8, 0.163, 0.11],
    [0.95, 0.158, 0.105],
    [1.05, 0.146, 0.098],
    [1.15, 0.146, 0.1],
    [1.25, 0.156, 0.108],
    [1.33, 0.168, 0.11],
    [1.4, 0.186, 0.104],
    [1.44, 0.19, 0.094],
    [1.47, 0.17, 0.08],
    [1.49, 0.125, 0.064],
    [1.503, 0.06, 0.045],
    [1.507, 0, 0],
  ];
  const torsoRings: Ring[] = torsoProfile.map(([y, ru, rv]) => ({ c: new Vector3(0, y, 0.005), ru, rv }));
  parts.push(
    loft(torsoRings, up, x, 40, 0, (p) => {
      const inf = spineInfluences(p.y, index);
      // The top of the shoulders follows the clavicles (shrugs, breathing).
      const c = smoothstep01((Math.abs(p.x) - 0.07) / 0.08) * smoothstep01((p.y - 1.33) / 0.1);
      if (c > 0) {
        for (const pair of inf) pair[1] *= 1 - 0.85 * c;
        inf.push([index(p.x > 0 ? 'LeftShoulder' : 'RightShoulder'), 0.85 * c]);
      }
      return inf;
    }),
  );
  // The neck, open at both ends (they lie inside the torso and the head).
  const neckRings: Ring[] = [1.43, 1.47, 1.51, 1.55, 1.59, 1.63].map((y) => ({
    c: new Vector3(0, y, -0.004),
    ru: 0.052,
    rv: 0.05,
  }));
  parts.push(
    loft(neckRings, up, x, 20, 1, (p) => {
      if (p.y <= BODY.neck - 0.02) return [[index('Spine2'), 1]];
      if (p.y <= BODY.neck + 0.03) {
        const w = smoothstep01((p.y - (BODY.neck - 0.02)) / 0.05);
        return [
          [index('Spine2'), 1 - w],
          [index('Neck'), w],
        ];
      }
      const w = smoothstep01((p.y - (BODY.head - 0.03)) / 0.05);
      return [
        [index('Neck'), 1 - w],
        [index('Head'), w],
      ];
    }),
  );
  // Sleeves: a rounded cap over the shoulder joint, elbow and wrist blended between the bones.
  const sleeve: [number, number, number][] = [
    // distance from the shoulder joint along the hanging arm, half-widths across (x) and front-back (z)
    [-0.036, 0, 0],
    [-0.03, 0.03, 0.03],
    [-0.018, 0.043, 0.042],
    [0, 0.05, 0.048],
    [0.06, 0.049, 0.047],
    [0.15, 0.045, 0.044],
    [0.23, 0.041, 0.04],
    [0.29, 0.039, 0.039],
    [0.35, 0.038, 0.037],
    [0.43, 0.034, 0.033],
    [0.5, 0.031, 0.029],
    [0.535, 0.031, 0.029],
    [0.54, 0, 0],
  ];
  for (const [side, s] of [
    ['Left', 1],
    ['Right', -1],
  ] as const) {
    const shoulderP = new Vector3(s * BODY.shoulderX, BODY.shoulderY, 0);
    const rings: Ring[] = sleeve.map(([d, ru, rv]) => ({ c: shoulderP.clone().add(new Vector3(0, -d, 0)), ru, rv }));
    const [clav, arm, fore, hand] = ['Shoulder', 'Arm', 'ForeArm', 'Hand'].map((n) => index(`${side}${n}`));
    parts.push(
      loft(rings, new Vector3(0, -1, 0), x, 18, 0, (p) => {
        const d = BODY.shoulderY - p.y;
        if (d < 0.2) {
          // The top of the cap moves a little with the clavicle.
          const c = 0.25 * (1 - smoothstep01((d + 0.036) / 0.05));
          return [
            [clav!, c],
            [arm!, 1 - c],
          ];
        }
        if (d < BODY.upperArm + 0.06) {
          const w = smoothstep01((d - (BODY.upperArm - 0.05)) / 0.1);
          return [
            [arm!, 1 - w],
            [fore!, w],
          ];
        }
        // Towards the cuff a share of the hand's turn, like a forearm twisting.
        const h = 0.35 * smoothstep01((d - 0.45) / 0.09);
        return [
          [fore!, 1 - h],
          [hand!, h],
        ];
      }),
    );
  }
  for (const side of ['Left', 'Right'] as const) parts.push(...handParts(side, handFrames[side], index, 1));
  const bodyGeometry = mergeParts(parts);
  geometries.push(bodyGeometry);
  const body = new SkinnedMesh(bodyGeometry, [clothing, skin]);
  body.name = 'Body';
  // The bounding sphere is from the bind pose; raised arms would be culled wrongly at the frame's edge.
  body.frustumCulled = false;
  root.add(body);
  body.bind(new Skeleton(boneList));

  root.traverse((o) => {
    if ((o as Mesh).isMesh) {
      o.castShadow = false;
      o.receiveShadow = false;
    }
  });

  const dict = faceMesh.morphTargetDictionary ?? {};
  const morphIndex = Object.fromEntries(MORPH_NAMES.map((n) => [n, dict[n] ?? -1])) as Record<MorphName, number>;

  return {
    root,
    bones,
    bind,
    body,
    face: { mesh: faceMesh, morphIndex },
    landmarks: { headTop, chin },
    dispose() {
      for (const g of geometries) g.dispose();
      for (const m of materials) m.dispose();
    },
  };
}

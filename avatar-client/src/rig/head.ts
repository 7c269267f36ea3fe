import { SphereGeometry, Vector3 } from 'three';
import { MORPH_NAMES } from '../player/face.js';
import { mergeParts, partFrom, smoothstep01, type Part } from './geometry.js';

/**
 * The head as one mesh with morph targets made in code (names: player/face.ts MORPH_NAMES). Coordinates are
 * head-bone space: origin at the Head bone, axes as the body (+y up, face towards +z, +x the avatar's left).
 * Material groups: 0 skin, 1 lips, 2 dark (irises, mouth inside), 3 eye whites, 4 brows.
 */
export const HEAD_GROUPS = { skin: 0, lips: 1, dark: 2, white: 3, brows: 4 } as const;

type Deltas = Record<string, number[]>;
const emptyDeltas = (count: number): Deltas =>
  Object.fromEntries(MORPH_NAMES.map((n) => [n, new Array<number>(count * 3).fill(0)]));

/** Skull half-axes (an ellipsoid) and the face centre height above the Head bone. */
const SKULL = { rx: 0.085, ry: 0.112, rz: 0.095 };

/** z of the skull's front surface at (x, y) relative to the face centre (ignoring the chin taper). */
function surfaceZ(x: number, y: number): number {
  const q = 1 - (x / SKULL.rx) ** 2 - (y / SKULL.ry) ** 2;
  return SKULL.rz * Math.sqrt(Math.max(0, q));
}

/** Head-bone-space heights of the hair's top and the chin, and the chin's depth: the face's extent. */
export function headLandmarks(faceY: number) {
  // The hair cap (buildRig) stands about 16 mm above the skull.
  return { top: faceY + SKULL.ry + 0.016, chin: faceY - SKULL.ry * 0.97, chinZ: 0.03 };
}

export function buildHeadGeometry(faceY: number) {
  const parts: Part[] = [];
  const F = new Vector3(0, faceY, 0);

  // Skull, narrowing towards the chin.
  const skull = partFrom(new SphereGeometry(1, 40, 28), HEAD_GROUPS.skin, (p) => {
    p.set(p.x * SKULL.rx, p.y * SKULL.ry, p.z * SKULL.rz);
    if (p.y < 0) p.x *= 1 - 0.28 * (p.y / SKULL.ry) ** 2;
    p.add(F);
  });
  {
    const n = skull.positions.length / 3;
    const d = emptyDeltas(n);
    const pivot = new Vector3(0, faceY - 0.02, 0);
    for (let i = 0; i < n; i++) {
      const x = skull.positions[3 * i]!;
      const y = skull.positions[3 * i + 1]! - faceY;
      const z = skull.positions[3 * i + 2]!;
      // Jaw: the lower face turns about a pivot near the ears; the weight fades in below the mouth corners.
      const w = smoothstep01((-0.03 - y) / 0.025) * smoothstep01((z + 0.03) / 0.06);
      if (w > 0) {
        const a = 0.26 * w;
        const py = y + faceY - pivot.y;
        const pz = z - pivot.z;
        d.jawOpen![3 * i + 1] = py * Math.cos(a) - pz * Math.sin(a) - py;
        d.jawOpen![3 * i + 2] = py * Math.sin(a) + pz * Math.cos(a) - pz;
      }
      // Cheeks: puffed out along the surface normal, round areas beside the mouth.
      for (const s of [1, -1]) {
        const dist = Math.hypot(x - s * 0.045, y + 0.045, (z - 0.07) * 0.7);
        const c = Math.exp(-((dist / 0.022) ** 2));
        if (c > 0.01 && z > 0) {
          const nrm = new Vector3(x / SKULL.rx ** 2, y / SKULL.ry ** 2, z / SKULL.rz ** 2).normalize();
          d.cheekPuff![3 * i] = d.cheekPuff![3 * i]! + nrm.x * 0.013 * c;
          d.cheekPuff![3 * i + 1] = d.cheekPuff![3 * i + 1]! + nrm.y * 0.013 * c;
          d.cheekPuff![3 * i + 2] = d.cheekPuff![3 * i + 2]! + nrm.z * 0.013 * c;
        }
        // Squint lifts the cheek under the eye a little.
        const under = Math.exp(-((Math.hypot(x - s * 0.034, y + 0.008) / 0.014) ** 2));
        if (under > 0.01 && z > 0.05) d.squint![3 * i + 1] = d.squint![3 * i + 1]! + 0.003 * under;
      }
    }
    skull.morphs = d;
  }
  parts.push(skull);

  // Nose and ears (no morphs).
  parts.push(
    partFrom(new SphereGeometry(1, 12, 10), HEAD_GROUPS.skin, (p) =>
      p.set(p.x * 0.011, p.y * 0.02, p.z * 0.014).add(new Vector3(0, faceY - 0.012, surfaceZ(0, -0.012) - 0.002)),
    ),
  );
  for (const s of [1, -1]) {
    parts.push(
      partFrom(new SphereGeometry(1, 10, 8), HEAD_GROUPS.skin, (p) =>
        p.set(p.x * 0.01, p.y * 0.024, p.z * 0.016).add(new Vector3(s * 0.083, faceY - 0.002, -0.004)),
      ),
    );
  }

  // Lids of skin that close over the eyes (the eyeballs are their own meshes, turned by eye bones for gaze).
  const lidR = 0.0142;
  for (const s of [1, -1] as const) {
    const E = eyeCentre(s, faceY);
    const blinkName = s === 1 ? 'blinkLeft' : 'blinkRight';
    // Upper lid from the top of the eye (θ = 0) down to its edge; lower lid from the bottom up.
    parts.push(
      lid(E, lidR, { rest: 62, blink: 128, squint: 84 }, false, blinkName),
      lid(E, lidR * 0.985, { rest: 122, blink: 122, squint: 100 }, true, blinkName),
    );
  }

  // Brows: a thin arched strip above each eye, in segments so the inner end can move on its own.
  for (const s of [1, -1] as const) parts.push(brow(s, faceY));

  // Lips: an elliptical ring around a dark mouth opening.
  parts.push(...mouth(faceY));

  return mergeParts(parts, MORPH_NAMES);
}

const EYE_R = 0.0115;

/** Centre of an eyeball (s = 1 the signer's left eye) in head-bone space. */
export function eyeCentre(s: 1 | -1, faceY: number): Vector3 {
  return new Vector3(s * 0.032, faceY + 0.012, surfaceZ(0.032, 0.012) - 0.004);
}

/**
 * An eyeball centred on the origin, looking along +z: white, and a dark iris large enough to show where the
 * eyes look at the embed's size. Material groups as the head's (white 3, dark 2).
 */
export function buildEyeGeometry() {
  return mergeParts([
    partFrom(new SphereGeometry(EYE_R, 16, 12), HEAD_GROUPS.white),
    partFrom(new SphereGeometry(0.0072, 14, 10), HEAD_GROUPS.dark, (p) => p.add(new Vector3(0, 0, EYE_R - 0.0046))),
  ]);
}

/** An eyelid: a band of a sphere around the eye, from the pole to the lid edge at θ (degrees from +y). */
function lid(
  E: Vector3,
  r: number,
  edge: { rest: number; blink: number; squint: number },
  lower: boolean,
  blinkName: string,
): Part {
  const rows = 6;
  const cols = 14;
  const positions: number[] = [];
  const d = emptyDeltas((rows + 1) * (cols + 1));
  const at = (theta: number, phi: number) => {
    const th = (theta * Math.PI) / 180;
    return new Vector3(Math.sin(th) * Math.sin(phi), Math.cos(th), Math.sin(th) * Math.cos(phi))
      .multiplyScalar(r)
      .add(E);
  };
  const pole = lower ? 180 : 0;
  const put = (name: string, idx: number, from: Vector3, to: Vector3) => {
    d[name]![3 * idx] = to.x - from.x;
    d[name]![3 * idx + 1] = to.y - from.y;
    d[name]![3 * idx + 2] = to.z - from.z;
  };
  for (let i = 0; i <= rows; i++) {
    const t = i / rows;
    for (let j = 0; j <= cols; j++) {
      // The lid wraps the front of the eye, ±100° around.
      const phi = ((j / cols) * 2 - 1) * ((100 * Math.PI) / 180);
      const rest = at(pole + (edge.rest - pole) * t, phi);
      positions.push(rest.x, rest.y, rest.z);
      const idx = i * (cols + 1) + j;
      if (!lower) put(blinkName, idx, rest, at(pole + (edge.blink - pole) * t, phi));
      put('squint', idx, rest, at(pole + (edge.squint - pole) * t, phi));
    }
  }
  const indices: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const a = i * (cols + 1) + j;
      const b = a + cols + 1;
      // Facing outwards: the winding flips between the upper lid (θ grows downwards) and the lower lid.
      if (lower) indices.push(a, a + 1, b, a + 1, b + 1, b);
      else indices.push(a, b, a + 1, a + 1, b, b + 1);
    }
  }
  return { positions, indices, group: HEAD_GROUPS.skin, morphs: d };
}

function brow(s: 1 | -1, faceY: number): Part {
  const n = 8;
  const positions: number[] = [];
  const stations: { u: number; x: number }[] = [];
  // Thick and dark enough to read at the embed's size (a face of about 60 px): brows carry grammar in DGS.
  const thick = 0.0068;
  const depth = 0.005;
  for (let k = 0; k <= n; k++) {
    // u = 0 at the inner end (near the nose), 1 at the outer end.
    const u = k / n;
    const x = s * (0.013 + 0.042 * u);
    const y = faceY + 0.034 + 0.006 * Math.sin(Math.PI * (0.25 + 0.75 * u)) - 0.004 * u * u;
    const z = surfaceZ(Math.abs(x), y - faceY) + 0.0018;
    const h = thick * (1 - 0.45 * u);
    // Four corners per station: top-front, bottom-front, top-back, bottom-back.
    positions.push(x, y + h / 2, z, x, y - h / 2, z, x, y + h / 2, z - depth, x, y - h / 2, z - depth);
    stations.push({ u, x });
  }
  const count = positions.length / 3;
  const d = emptyDeltas(count);
  stations.forEach(({ u }, k) => {
    const inner = 1 - u;
    for (let c = 0; c < 4; c++) {
      const i = k * 4 + c;
      d.browRaise![3 * i + 1] = 0.0125 * (0.8 + 0.2 * Math.sin(Math.PI * u));
      d.browFurrow![3 * i] = -s * 0.0055 * inner;
      d.browFurrow![3 * i + 1] = -0.0035 - 0.0055 * inner;
      // Forward as well: lower and nearer the nose the face stands further out, and the brow must stay on it.
      d.browFurrow![3 * i + 2] = 0.002 + 0.005 * inner;
      d.browInnerUp![3 * i + 1] = 0.011 * inner ** 1.5;
      d.squint![3 * i + 1] = -0.0015;
    }
  });
  const indices: number[] = [];
  for (let k = 0; k < n; k++) {
    const a = k * 4;
    const b = a + 4;
    // Front (tf, bf), top (tb, tf), bottom (bf, bb); the winding flips with the side because x runs the other way.
    const quads: [number, number, number, number][] = [
      [a, a + 1, b + 1, b],
      [a + 2, a, b, b + 2],
      [a + 1, a + 3, b + 3, b + 1],
    ];
    for (const [p, q, r, t] of quads) {
      if (s === 1) indices.push(p, q, r, p, r, t);
      else indices.push(p, r, q, p, t, r);
    }
  }
  return { positions, indices, group: HEAD_GROUPS.brows, morphs: d };
}

/** The lips (a tube around an ellipse) and the dark inside of the mouth (a disc within it). */
function mouth(faceY: number): Part[] {
  // Lips and jaw move a little more than life: mouthing has to read at the embed's size.
  const a = 0.0225;
  const b = 0.006;
  const tube = 0.0045;
  const my = faceY - 0.052;
  const mz = surfaceZ(0, -0.052) + 0.0035;
  const ringN = 36;
  const tubeN = 8;
  const centre = (alpha: number) => {
    const x = a * Math.cos(alpha);
    // Corners turned up a little: a neutral, friendly resting face rather than a stern one.
    const smile = 0.0016 * Math.cos(alpha) ** 4;
    return new Vector3(x, my + b * Math.sin(alpha) + smile, mz - 4 * x * x);
  };
  /** Morph deltas of a point on the lip line at angle alpha (all vertices of that cross-section share them). */
  const lineDelta = (alpha: number, name: string): [number, number, number] => {
    const x0 = a * Math.cos(alpha);
    const y0 = b * Math.sin(alpha);
    const sin = Math.sin(alpha);
    switch (name) {
      case 'jawOpen':
        return [-0.1 * x0, sin < 0 ? 0.022 * sin : 0.003 * sin, sin < 0 ? -0.005 * -sin : 0];
      case 'lipsRound':
        return [-0.5 * x0, 0.0055 * sin, 0.007 - 0.002 * Math.abs(Math.cos(alpha))];
      case 'lipsSpread':
        return [0.32 * x0, -0.35 * y0, -0.001];
      case 'lipsPress':
        return [0.04 * x0, -0.95 * y0, -0.0008];
      case 'cheekPuff':
        return [-0.12 * x0, -0.5 * y0, 0.003];
      default:
        return [0, 0, 0];
    }
  };
  const lipPositions: number[] = [];
  const lipVertexAlpha: number[] = [];
  const lipTubeY: number[] = [];
  for (let i = 0; i < ringN; i++) {
    const alpha = (i / ringN) * Math.PI * 2;
    const c = centre(alpha);
    // In-plane outward normal of the ellipse.
    const nx = b * Math.cos(alpha);
    const ny = a * Math.sin(alpha);
    const len = Math.hypot(nx, ny);
    for (let j = 0; j < tubeN; j++) {
      const beta = (j / tubeN) * Math.PI * 2;
      const ox = (Math.cos(beta) * tube * nx) / len;
      // Fuller lips in the middle than at the corners.
      const fullness = 0.75 + 0.45 * Math.abs(Math.sin(alpha));
      const oy = ((Math.cos(beta) * tube * ny) / len) * fullness;
      const oz = Math.sin(beta) * tube * 0.8;
      lipPositions.push(c.x + ox, c.y + oy, c.z + oz);
      lipVertexAlpha.push(alpha);
      lipTubeY.push(oy);
    }
  }
  const lipIdx: number[] = [];
  for (let i = 0; i < ringN; i++) {
    const i2 = (i + 1) % ringN;
    for (let j = 0; j < tubeN; j++) {
      const j2 = (j + 1) % tubeN;
      const p = i * tubeN + j;
      const q = i2 * tubeN + j;
      const r = i2 * tubeN + j2;
      const t = i * tubeN + j2;
      lipIdx.push(p, q, r, p, r, t);
    }
  }
  const lipMorphs = emptyDeltas(lipVertexAlpha.length);
  lipVertexAlpha.forEach((alpha, v) => {
    for (const name of MORPH_NAMES) {
      const [dx, dy, dz] = lineDelta(alpha, name);
      lipMorphs[name]![3 * v] = dx;
      lipMorphs[name]![3 * v + 1] = dy + (name === 'lipsPress' ? -0.35 * lipTubeY[v]! : 0);
      lipMorphs[name]![3 * v + 2] = dz;
    }
  });

  // The inside of the mouth: a fan facing +z, just behind the lip line.
  const discPositions: number[] = [];
  const discAlpha: (number | null)[] = [];
  const inner = centre(0);
  discPositions.push(0, my, mz - 0.0025);
  discAlpha.push(null);
  for (let i = 0; i < ringN; i++) {
    const alpha = (i / ringN) * Math.PI * 2;
    const c = centre(alpha);
    discPositions.push(c.x, c.y, c.z - 0.0015);
    discAlpha.push(alpha);
  }
  void inner;
  const discIdx: number[] = [];
  for (let i = 0; i < ringN; i++) discIdx.push(0, 1 + i, 1 + ((i + 1) % ringN));
  const discMorphs = emptyDeltas(discAlpha.length);
  discAlpha.forEach((alpha, v) => {
    for (const name of MORPH_NAMES) {
      const [dx, dy, dz] =
        alpha === null ? (name === 'jawOpen' ? [0, -0.009, -0.003] : [0, 0, 0]) : lineDelta(alpha, name);
      discMorphs[name]![3 * v] = dx;
      discMorphs[name]![3 * v + 1] = dy;
      discMorphs[name]![3 * v + 2] = dz;
    }
  });
  return [
    { positions: lipPositions, indices: lipIdx, group: HEAD_GROUPS.lips, morphs: lipMorphs },
    { positions: discPositions, indices: discIdx, group: HEAD_GROUPS.dark, morphs: discMorphs },
  ];
}

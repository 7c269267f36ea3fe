import { BufferGeometry, Float32BufferAttribute, Uint16BufferAttribute, Vector3 } from 'three';

/**
 * Small geometry builders for the procedural avatar. Everything is built as plain arrays and merged into
 * one BufferGeometry per mesh, so the body is a single draw call per material.
 */

/** Up to four [bone index, weight] pairs; normalised when written. */
export type Influences = [number, number][];

/** One piece of a mesh under construction: positions, triangles, a material group, and optionally skin. */
export interface Part {
  positions: number[];
  indices: number[];
  group: number;
  influences?: Influences[];
  /** Per morph target name: a delta per vertex (x, y, z), or nothing when the part does not move. */
  morphs?: Record<string, number[]>;
}

export interface Ring {
  /** Centre, body (or mesh) space. */
  c: Vector3;
  /** Half-widths along the loft's u and v axes; both 0 makes a single pole vertex (a closed end). */
  ru: number;
  rv: number;
  /** Superellipse exponent of the cross-section: 2 (default) an ellipse, higher a rounded rectangle (a palm). */
  n?: number;
}

/** cos/sin of a superellipse with exponent n: |c|^(2/n) with the sign kept. */
const superPow = (c: number, n: number) => Math.sign(c) * Math.abs(c) ** (2 / n);

/**
 * A tube through `rings` (straight along `axis`), elliptical cross-sections, optionally closed with poles.
 * `u` is the direction of `ru`; v = axis × u, so that (u, v, axis) is right-handed and the triangles face out.
 */
export function loft(
  rings: readonly Ring[],
  axis: Vector3,
  u: Vector3,
  segments: number,
  group: number,
  influencesAt?: (p: Vector3, ring: number) => Influences,
): Part {
  const w = axis.clone().normalize();
  const uu = u
    .clone()
    .sub(w.clone().multiplyScalar(u.dot(w)))
    .normalize();
  const vv = new Vector3().crossVectors(w, uu);
  const positions: number[] = [];
  const influences: Influences[] = [];
  const starts: number[] = [];
  const poles: boolean[] = [];
  const p = new Vector3();
  rings.forEach((r, k) => {
    starts.push(positions.length / 3);
    const pole = r.ru === 0 && r.rv === 0;
    poles.push(pole);
    const n = pole ? 1 : segments;
    for (let i = 0; i < n; i++) {
      const a = (i / segments) * Math.PI * 2;
      const e = r.n ?? 2;
      p.copy(r.c)
        .addScaledVector(uu, superPow(Math.cos(a), e) * r.ru)
        .addScaledVector(vv, superPow(Math.sin(a), e) * r.rv);
      positions.push(p.x, p.y, p.z);
      if (influencesAt) influences.push(influencesAt(p, k));
    }
  });
  const indices: number[] = [];
  for (let k = 0; k + 1 < rings.length; k++) {
    for (let i = 0; i < segments; i++) {
      const j = (i + 1) % segments;
      const A = poles[k] ? starts[k]! : starts[k]! + i;
      const C = poles[k] ? starts[k]! : starts[k]! + j;
      const B = poles[k + 1] ? starts[k + 1]! : starts[k + 1]! + i;
      const D = poles[k + 1] ? starts[k + 1]! : starts[k + 1]! + j;
      if (!poles[k]) indices.push(A, C, B);
      if (!poles[k + 1]) indices.push(C, D, B);
    }
  }
  return { positions, indices, group, ...(influencesAt ? { influences } : {}) };
}

/** Turns a three.js geometry (indexed or not) into a Part, transformed by `map` per vertex. */
export function partFrom(geometry: BufferGeometry, group: number, map: (p: Vector3) => void = () => {}): Part {
  const pos = geometry.getAttribute('position');
  const positions: number[] = [];
  const p = new Vector3();
  for (let i = 0; i < pos.count; i++) {
    p.fromBufferAttribute(pos, i);
    map(p);
    positions.push(p.x, p.y, p.z);
  }
  const index = geometry.getIndex();
  const indices = index ? Array.from(index.array) : positions.map((_, i) => i).filter((i) => i < pos.count);
  geometry.dispose();
  return { positions, indices, group };
}

/**
 * Merges parts into one indexed geometry with material groups (in group order), normals computed from the
 * merged triangles, optional skin attributes and relative morph targets (`morphTargetDictionary` names).
 */
export function mergeParts(parts: readonly Part[], morphNames: readonly string[] = []): BufferGeometry {
  const sorted = [...parts].sort((a, b) => a.group - b.group);
  const positions: number[] = [];
  const indices: number[] = [];
  const skinIndex: number[] = [];
  const skinWeight: number[] = [];
  const morphs: number[][] = morphNames.map(() => []);
  const skinned = sorted.some((p) => p.influences);
  const geometry = new BufferGeometry();
  let groupStart = 0;
  let currentGroup = sorted[0]?.group ?? 0;
  for (const part of sorted) {
    if (part.group !== currentGroup) {
      geometry.addGroup(groupStart, indices.length - groupStart, currentGroup);
      groupStart = indices.length;
      currentGroup = part.group;
    }
    const base = positions.length / 3;
    const count = part.positions.length / 3;
    positions.push(...part.positions);
    for (const i of part.indices) indices.push(i + base);
    if (skinned) {
      for (let v = 0; v < count; v++) {
        const inf = (part.influences?.[v] ?? [[0, 1]]).filter(([, w]) => w > 1e-4);
        inf.sort((a, b) => b[1] - a[1]);
        const top = inf.slice(0, 4);
        const sum = top.reduce((s, [, w]) => s + w, 0) || 1;
        for (let k = 0; k < 4; k++) {
          skinIndex.push(top[k]?.[0] ?? 0);
          skinWeight.push((top[k]?.[1] ?? 0) / sum);
        }
      }
    }
    morphNames.forEach((name, m) => {
      const d = part.morphs?.[name];
      if (d) morphs[m]!.push(...d);
      else for (let v = 0; v < count * 3; v++) morphs[m]!.push(0);
    });
  }
  geometry.addGroup(groupStart, indices.length - groupStart, currentGroup);
  geometry.setIndex(indices);
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  if (skinned) {
    geometry.setAttribute('skinIndex', new Uint16BufferAttribute(skinIndex, 4));
    geometry.setAttribute('skinWeight', new Float32BufferAttribute(skinWeight, 4));
  }
  geometry.computeVertexNormals();
  if (morphNames.length > 0) {
    geometry.morphTargetsRelative = true;
    geometry.morphAttributes.position = morphNames.map((name, m) => {
      const attr = new Float32BufferAttribute(morphs[m]!, 3);
      attr.name = name;
      return attr;
    });
  }
  geometry.computeBoundingSphere();
  return geometry;
}

export const smoothstep01 = (x: number) => {
  const t = x <= 0 ? 0 : x >= 1 ? 1 : x;
  return t * t * (3 - 2 * t);
};

// The manual alphabet derived from recorded poses (scripts/derive-alphabet.ts): the committed handshapes must
// exist for all 30 letters, contrasting letters must differ measurably, and the letters must look like the DGS
// manual alphabet. Where the recordings are available the derivation is rerun and compared with the files.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIRECTIONS, type Handshape } from '@bbs/protocol';
import { loadGlossDictionary } from '../src/load.js';
import { DEFAULT_DATASET, deriveAlphabet } from '../scripts/derive-alphabet.js';
import { componentFrame, readPose } from '../scripts/lib/pose-format.js';
import { handAngles, handFrame, nearestDirection, norm, sub, type Vec3 } from '../scripts/lib/hand-angles.js';

const here = dirname(fileURLToPath(import.meta.url));

const lexicon = loadGlossDictionary();
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), 'Ä', 'Ö', 'Ü', 'ß'];
const ID: Record<string, string> = { Ä: 'fs-ae', Ö: 'fs-oe', Ü: 'fs-ue', ß: 'fs-sz' };
const idOf = (letter: string) => ID[letter] ?? `fs-${letter.toLowerCase()}`;
const hs = (letter: string): Handshape['joints'] => {
  const h = lexicon.handshapes.find((x) => x.id === idOf(letter));
  if (!h) throw new Error(`no handshape for ${letter}`);
  return h.joints;
};
const FINGERS = ['index', 'middle', 'ring', 'pinky'] as const;
/** Flexion of a finger: mean of MCP and PIP. */
const flex = (letter: string, finger: (typeof FINGERS)[number]) =>
  (hs(letter)[finger].mcp + hs(letter)[finger].pip) / 2;
const meanFlex = (letter: string) => FINGERS.reduce((s, f) => s + flex(letter, f), 0) / 4;
const gap = (letter: string) => hs(letter).index.spread - hs(letter).middle.spread;

describe('the derived manual alphabet', () => {
  it('has a derived handshape for each of the 30 letters', () => {
    for (const letter of LETTERS) {
      const h = lexicon.handshapes.find((x) => x.id === idOf(letter));
      expect([letter, h?.kind, h?.source.kind]).toEqual([letter, 'alphabet', 'derived']);
      expect(h!.source.reference).toMatch(/spoken-to-signed-translation \(Moryossef et al\.\), MIT/);
    }
  });

  it('lists the 30 letters, SCH and CH in fingerspelling.json', () => {
    const symbols = lexicon.fingerspelling.symbols;
    expect(symbols.map((s) => s.symbol)).toEqual([...LETTERS, 'SCH', 'CH']);
    // CH is the C hand turned: a project draft, marked as one.
    const ch = symbols.find((s) => s.symbol === 'CH')!;
    expect([ch.handshape, ch.review?.status, ch.notes]).toEqual([
      'fs-c',
      'draft',
      expect.stringMatching(/Form unsicher/),
    ]);
    for (const letter of LETTERS) expect(symbols.find((s) => s.symbol === letter)!.handshape).toBe(idOf(letter));
    expect(lexicon.fingerspelling.source.reference).toMatch(/Moryossef et al\./);
  });

  it('gives the moving letters a movement and the others none', () => {
    const moving = lexicon.fingerspelling.symbols.filter((s) => s.movement && s.movement.type !== 'hold');
    expect(moving.map((s) => s.symbol).sort()).toEqual(['J', 'Z', 'Ä', 'Ö', 'Ü', 'ß'].sort());
    const umlaut = lexicon.fingerspelling.symbols.find((s) => s.symbol === 'Ä')!.movement!;
    expect([umlaut.type, umlaut.direction]).toEqual(['repeat', 'down']);
    expect(umlaut.repeat).toBeGreaterThanOrEqual(2);
  });

  it('tells A (fist) from B (flat hand): mean finger flexion differs by more than 50°', () => {
    expect(meanFlex('A') - meanFlex('B')).toBeGreaterThan(50);
  });

  it('tells V from U by the spread of index and middle finger', () => {
    expect(gap('V') - gap('U')).toBeGreaterThan(10);
    expect(Math.abs(gap('U'))).toBeLessThan(10);
  });

  it('has A as a fist with the thumb beside it and S with the thumb across', () => {
    for (const f of FINGERS) expect([f, flex('A', f) > 60]).toEqual([f, true]);
    // The thumb lies straight beside the index in A and is bent over the fingers in S.
    expect(hs('A').thumb.mcp + hs('A').thumb.ip).toBeLessThan(hs('S').thumb.mcp + hs('S').thumb.ip - 30);
  });

  it('has B flat with straight fingers, palm to the viewer, fingers up', () => {
    for (const f of FINGERS) expect([f, flex('B', f) < 25]).toEqual([f, true]);
    const b = lexicon.fingerspelling.symbols.find((s) => s.symbol === 'B')!;
    expect([b.palm, b.fingers]).toEqual(['away', 'up']);
  });

  it('has the one-finger and two-finger letters right', () => {
    // I and J: only the little finger; D, G, L, X: only the index (X hooked).
    for (const letter of ['I', 'J']) {
      expect([letter, flex(letter, 'pinky') < 25, flex(letter, 'index') > 45, flex(letter, 'middle') > 45]).toEqual([
        letter,
        true,
        true,
        true,
      ]);
    }
    for (const letter of ['D', 'G', 'L']) {
      expect([letter, flex(letter, 'index') < 25, flex(letter, 'ring') > 45]).toEqual([letter, true, true]);
    }
    expect(hs('X').index.pip).toBeGreaterThan(30);
    // U, V, H: index and middle straight, ring flexed; W adds the ring finger.
    for (const letter of ['U', 'V', 'H']) {
      expect([letter, flex(letter, 'index') < 25, flex(letter, 'middle') < 25, flex(letter, 'ring') > 45]).toEqual([
        letter,
        true,
        true,
        true,
      ]);
    }
    expect(FINGERS.slice(0, 3).every((f) => flex('W', f) < 25)).toBe(true);
    // G and H point sideways.
    const fingers = (l: string) => lexicon.fingerspelling.symbols.find((s) => s.symbol === l)!.fingers;
    expect([fingers('G'), fingers('H')]).toEqual(['left', 'left']);
    // P and Q point down.
    expect(fingers('P')).toContain('down');
    expect(fingers('Q')).toContain('down');
  });

  it('spreads the thumb in L and Y more than in A, B and S', () => {
    for (const out of ['L', 'Y']) {
      for (const closed of ['A', 'B', 'S']) {
        expect([out, closed, hs(out).thumb.cmcSpread > hs(closed).thumb.cmcSpread + 8]).toEqual([out, closed, true]);
      }
    }
    expect(flex('Y', 'pinky')).toBeLessThan(25);
  });

  it('has round O and C with the thumb opposed', () => {
    for (const letter of ['O', 'C']) {
      expect([letter, hs(letter).thumb.cmcFlex > 25]).toEqual([letter, true]);
      expect([letter, FINGERS.every((f) => flex(letter, f) > 10 && flex(letter, f) < 90)]).toEqual([letter, true]);
    }
    expect(meanFlex('O')).toBeGreaterThan(meanFlex('C'));
  });
});

describe('hand angles (scripts/lib/hand-angles.ts)', () => {
  // A synthetic right hand in the body frame: palm away from the body, fingers up, thumb to the signer's left.
  const flatHand = (bend = 0): Vec3[] => {
    const p: Vec3[] = [[0, 0, 0]];
    p.push([-2, 2, 0], [-3, 4, 0], [-4, 5.5, 0], [-5, 7, 0]); // thumb
    for (const x of [-1.5, -0.5, 0.5, 1.5]) {
      const base: Vec3 = [x, 9, 0];
      const r = (bend * Math.PI) / 180;
      // Fingers curl towards the palm side (away = −z) by `bend` at each joint.
      const bone = (k: number): Vec3 => [0, 2 * Math.cos(k * r), -2 * Math.sin(k * r)];
      const b1 = bone(1);
      const b2 = bone(2);
      const b3 = bone(3);
      const pip: Vec3 = [base[0] + b1[0], base[1] + b1[1], base[2] + b1[2]];
      const dip: Vec3 = [pip[0] + b2[0], pip[1] + b2[1], pip[2] + b2[2]];
      const tip: Vec3 = [dip[0] + b3[0], dip[1] + b3[1], dip[2] + b3[2]];
      p.push(base, pip, dip, tip);
    }
    return p;
  };

  it('measures a straight hand as unbent, palm away and fingers up', () => {
    const a = handAngles(flatHand());
    for (const f of FINGERS) {
      expect([f, Math.round(a[f].mcp), Math.round(a[f].pip), Math.round(a[f].dip)]).toEqual([f, 0, 0, 0]);
    }
    const frame = handFrame(flatHand());
    expect(nearestDirection(frame.normal, DIRECTIONS)).toBe('away');
    expect(nearestDirection(frame.axis, DIRECTIONS)).toBe('up');
    expect(nearestDirection(frame.radial, DIRECTIONS)).toBe('left');
  });

  it('measures a bend towards the palm as positive flexion at each joint', () => {
    const a = handAngles(flatHand(30));
    for (const f of FINGERS) {
      expect([f, Math.round(a[f].mcp), Math.round(a[f].pip), Math.round(a[f].dip)]).toEqual([f, 30, 30, 30]);
    }
  });
});

const datasetAvailable = existsSync(join(DEFAULT_DATASET, 'index.csv'));
(datasetAvailable ? describe : describe.skip)('with the recordings (dgs-fingerspelling-poses)', () => {
  it('parses every pose file: header, components and a plausible hand size that stays steady', () => {
    const csv = readFileSync(join(DEFAULT_DATASET, 'index.csv'), 'utf8').trim().split('\n').slice(1);
    expect(csv).toHaveLength(30);
    for (const line of csv) {
      const file = line.split(',')[0]!;
      const pose = readPose(readFileSync(join(DEFAULT_DATASET, file)));
      expect([file, pose.version, pose.fps, pose.people, pose.dims]).toEqual([file, 0.2, 30, 1, 3]);
      expect(pose.components.map((c) => [c.name, c.points.length])).toEqual([
        ['POSE_LANDMARKS', 33],
        ['FACE_LANDMARKS', 478],
        ['LEFT_HAND_LANDMARKS', 21],
        ['RIGHT_HAND_LANDMARKS', 21],
        ['POSE_WORLD_LANDMARKS', 33],
      ]);
      // Wrist → middle MCP over the middle third (the letter is held there): about a quarter to a third of the
      // shoulder width, and about constant.
      const lengths: number[] = [];
      for (let f = Math.floor(pose.frames / 3); f < Math.ceil((2 * pose.frames) / 3); f++) {
        const p = componentFrame(pose, 'RIGHT_HAND_LANDMARKS', f).points;
        lengths.push(norm(sub(p[9]!, p[0]!)));
      }
      const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      const shoulders = componentFrame(pose, 'POSE_LANDMARKS', Math.floor(pose.frames / 2)).points;
      const ratio = mean / norm(sub(shoulders[11]!, shoulders[12]!));
      expect([file, ratio > 0.15 && ratio < 0.5]).toEqual([file, true]);
      expect([file, Math.max(...lengths) / Math.min(...lengths) < 1.6]).toEqual([file, true]);
    }
  });

  it('derives exactly the committed handshapes and fingerspelling.json (reproducible)', () => {
    const result = deriveAlphabet(DEFAULT_DATASET);
    expect(result.failures).toEqual([]);
    const committed = (id: string) =>
      JSON.parse(readFileSync(join(here, '..', 'handshapes', `${id}.json`), 'utf8')) as unknown;
    for (const h of result.handshapes) expect(committed(h.id)).toEqual(h);
    const alphabet = JSON.parse(readFileSync(join(here, '..', 'fingerspelling.json'), 'utf8')) as unknown;
    expect(alphabet).toEqual(result.alphabet);
  });
});

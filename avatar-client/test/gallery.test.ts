// The gallery's correction logic: a corrected sign previews exactly as the service's compiler will sign it
// once saved, symmetric signs keep their other hand in step, and the review state reads in German.
import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import { compileTimeline, type SignData } from '@bbs/language';
import { SignEntrySchema, type SignEntry, type Timeline } from '@bbs/protocol';
import {
  correctedTimeline,
  correctionChanges,
  correctSign,
  mirrorDirection,
  reviewLabel,
} from '../src/gallery/timelines.js';
import { directionLabel } from '../src/gallery/labels.js';
import { describeForm } from '../src/gallery/describe.js';

const dictionary = loadGlossDictionary();
const byId = new Map(dictionary.signs.map((s) => [s.id, s] as const));
const sign = (id: string): SignEntry => byId.get(id)!;

/** The service's timeline of one sign (as `POST /v1/sign` with `glosses: [id]` compiles it). */
function compiled(entries: Map<string, SignEntry>, id: string): Timeline {
  const data: SignData = {
    sign: (g) => entries.get(g),
    fingerspelling: dictionary.fingerspelling,
    numbers: dictionary.numbers,
  };
  return compileTimeline({ glosses: [{ gloss: id, kind: 'lexical', start: 0, end: 0 }], nonManuals: [] }, data, {
    speed: 1,
    final: true,
  });
}

describe('gallery corrections', () => {
  test('the lexicon loads', () => {
    expect(dictionary.problems).toEqual([]);
    expect(byId.has('ANTRAG')).toBe(true);
  });

  test('a corrected sign previews as the compiler signs the saved correction', () => {
    const original = sign('ANTRAG');
    let corrected = correctSign(original, 'handshape', 'fist');
    corrected = correctSign(corrected, 'site', 'chin');
    corrected = correctSign(corrected, 'palm', 'left');
    corrected = correctSign(corrected, 'fingers', 'up');
    corrected = correctSign(corrected, 'movement', 'circle');
    corrected = correctSign(corrected, 'direction', 'down');
    corrected = correctSign(corrected, 'size', 'large');
    expect(SignEntrySchema.safeParse(corrected).success).toBe(true);
    const preview = correctedTimeline(compiled(byId, 'ANTRAG'), corrected);
    const saved = compiled(new Map([...byId, ['ANTRAG', corrected]]), 'ANTRAG');
    expect(preview).toEqual(saved);
    expect(preview.items[0]!.hands.dominant!.handshape).toBe('fist');
    // The base hand of a dominant-on-base sign stays.
    expect(corrected.nondominant).toEqual(original.nondominant);
    expect(correctionChanges(original, corrected).map((c) => c.field)).toEqual([
      'handshape',
      'site',
      'palm',
      'fingers',
      'movement',
      'direction',
      'size',
    ]);
    expect(correctionChanges(original, original)).toEqual([]);
  });

  test('a symmetric sign changes its other hand in step, mirrored', () => {
    const symmetric = [...byId.values()].find(
      (s) =>
        s.hands === 'two-symmetric' &&
        s.nondominant!.handshape === s.dominant!.handshape &&
        s.nondominant!.palm === mirrorDirection(s.dominant!.palm) &&
        /left|right/.test(s.dominant!.palm),
    )!;
    expect(symmetric).toBeDefined();
    const corrected = correctSign(correctSign(symmetric, 'handshape', 'fist'), 'palm', 'right-away');
    expect(corrected.nondominant!.handshape).toBe('fist');
    expect(corrected.nondominant!.palm).toBe('left-away');
    const preview = correctedTimeline(compiled(byId, symmetric.id), corrected);
    expect(preview.items[0]!.hands.nondominant!.handshape).toBe('fist');
  });

  test('a movement without direction drops it', () => {
    const withDirection = sign('ANTRAG');
    expect(withDirection.movement!.direction).toBe('away');
    const none = correctSign(withDirection, 'direction', '');
    expect('direction' in none.movement!).toBe(false);
    const preview = correctedTimeline(compiled(byId, 'ANTRAG'), none);
    expect(preview.items[0]!.movement!.direction).toBeUndefined();
  });

  test('review states and directions read in German', () => {
    expect(reviewLabel({ status: 'draft' })).toBe('Entwurf – nicht geprüft');
    expect(reviewLabel({ status: 'approved', reviewer: 'gebaerden-maria', date: '2025-03-07' })).toBe(
      'Geprüft von gebaerden-maria am 07.03.2025',
    );
    expect(directionLabel('up-left-away')).toBe('oben, links, vom Körper weg');
  });

  test('a segment of a multi-segment sign is corrected on its own and previewed in its place', () => {
    const original = sign('VERSTEHEN');
    expect(original.segments?.map((x) => x.dominant.handshape)).toEqual(['finger-2345', 'pinch']);
    const corrected = correctSign(original, 'handshape', 'fist', 1);
    expect(corrected.segments!.map((x) => x.dominant.handshape)).toEqual(['finger-2345', 'fist']);
    expect(SignEntrySchema.safeParse(corrected).success).toBe(true);
    expect(correctionChanges(original, corrected)).toEqual([
      { segment: 1, field: 'handshape', from: 'pinch', to: 'fist' },
    ]);
    const preview = correctedTimeline(compiled(byId, 'VERSTEHEN'), corrected);
    expect(preview).toEqual(compiled(new Map([...byId, ['VERSTEHEN', corrected]]), 'VERSTEHEN'));
    expect(preview.items.map((i) => i.hands.dominant!.handshape)).toEqual(['finger-2345', 'fist']);
    // A compound has no segments of its own: the reviewer corrects its parts.
    expect(correctSign(sign('AUSLÄNDERBEHÖRDE'), 'handshape', 'fist')).toBe(sign('AUSLÄNDERBEHÖRDE'));
  });

  test('the new fields read in German: segments, compounds, agreement loci and homonyms', () => {
    const handshapes = dictionary.handshapes;
    const verstehen = describeForm(sign('VERSTEHEN'), handshapes);
    expect(verstehen.kind).toBe('2 Segmente nacheinander');
    expect(verstehen.segments[0]).toMatch(
      /^eine Hand: .*\(finger-2345\), Handfläche zum Körper, Finger oben, Ort: Stirn, nah\. Bewegung: halten/,
    );
    expect(verstehen.segments[1]).toMatch(/\(pinch\).*Bewegung: gerade Bewegung, Richtung: zum Körper, klein\.$/);
    const compound = describeForm(sign('AUSLÄNDERBEHÖRDE'), handshapes);
    expect([compound.kind, compound.sequence, compound.segments]).toEqual([
      'Zusammensetzung aus anderen Gebärden',
      'AUSLÄNDER + BEHÖRDE',
      [],
    ]);
    expect(describeForm(sign('ABHOLEN'), handshapes).agreement).toBe(
      'Richtungsverb: beginnt am Ort des Objekts, endet am Ort des Subjekts.',
    );
    expect(describeForm(sign('SEIN'), handshapes).homonyms).toEqual([
      expect.stringMatching(/^POSS-IHR: DGS unterscheidet/),
    ]);
    const regional = describeForm(
      {
        ...sign('HAUS'),
        variants: [{ region: 'Süddeutschland', sequence: ['STADT', 'HAUS'], notes: 'Beispiel' }],
      },
      handshapes,
    );
    expect(regional.variants).toEqual(['Süddeutschland: aus STADT + HAUS (Beispiel)']);
  });
});

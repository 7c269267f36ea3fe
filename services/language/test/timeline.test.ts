import { ManualSystemSchema, SignEntrySchema, TimelineSchema } from '@bbs/protocol';
import type { ManualSystem, SignEntry } from '@bbs/protocol';
import {
  TIMING,
  compileTimeline,
  numberSignParts,
  signLine,
  spellLetters,
  timeVisemes,
  visemesOf,
} from '../src/index.js';
import type { GlossForTimeline, SignData } from '../src/index.js';
import { manualSystem } from './support/manual-system.js';

// A small sign set written for these tests, in the lexicon's own format.
const entry = (id: string, lemma: string, duration: number, movement: Partial<SignEntry['movement']> = {}): SignEntry =>
  SignEntrySchema.parse({
    id,
    lemmas: [{ lemma }],
    hands: 'one',
    dominant: { handshape: 'flat', palm: 'down', fingers: 'away', location: { site: 'neutral' } },
    movement: { type: 'directed', direction: 'away', ...movement },
    duration,
    source: { kind: 'project', by: 'Testdaten' },
    review: { status: 'draft' },
  });
const system = manualSystem;
const signs = new Map(
  [
    entry('TERMIN', 'Termin', 0.6),
    entry('MONTAG', 'Montag', 0.5),
    entry('ANTRAG', 'Antrag', 1.4, { type: 'repeat' }),
  ].map((e) => [e.id, e]),
);
const data: SignData = {
  sign: (id) => signs.get(id),
  fingerspelling: system('fingerspelling', ['A', 'B', 'C', 'E', 'L', 'M', 'R', 'Ü', 'Z', 'SCH']),
  numbers: system('numbers', ['0', '1', '2', '3', '9']),
};

const g = (gloss: string, kind: GlossForTimeline['kind'], extra: Partial<GlossForTimeline> = {}): GlossForTimeline => ({
  gloss,
  kind,
  start: 0,
  end: 1,
  ...extra,
});

test('a sentence compiles to a valid timeline whose items follow each other without gaps', () => {
  const tl = compileTimeline(
    {
      source: 'Ihr Termin ist am Montag um 9 Uhr.',
      start: 0,
      end: 34,
      glosses: [
        g('MONTAG', 'lexical'),
        g('IX-2', 'index'),
        g('TERMIN', 'lexical'),
        g('9', 'number'),
        g('PAUSE', 'pause'),
      ],
      nonManuals: [],
    },
    data,
  );
  expect(TimelineSchema.safeParse(tl).success).toBe(true);
  expect(tl.items.map((i) => i.gloss)).toEqual(['MONTAG', 'IX-2', 'TERMIN', '9', 'PAUSE']);
  for (let k = 1; k < tl.items.length; k++) {
    const prev = tl.items[k - 1]!;
    expect(tl.items[k]!.start).toBeCloseTo(prev.start + prev.duration, 9);
  }
  expect(tl.duration).toBeCloseTo(tl.items.at(-1)!.start + tl.items.at(-1)!.duration, 9);
  expect(tl.sentence).toEqual({ text: 'Ihr Termin ist am Montag um 9 Uhr.', start: 0, end: 34 });
});

test('timing: signs take a transition plus a 0.3–0.5 s core, capped at 0.8 s; the sentence ends with a 0.5 s rest', () => {
  const tl = compileTimeline(
    { glosses: [g('TERMIN', 'lexical'), g('ANTRAG', 'lexical'), g('PAUSE', 'pause')], nonManuals: [] },
    data,
  );
  const [termin, antrag, pause] = tl.items;
  expect(termin!.duration).toBeCloseTo(0.6, 9); // 0.3 transition + 0.3 core
  expect(antrag!.duration).toBeCloseTo(TIMING.maxSign, 9); // a long nominal duration is capped in running signing
  expect(pause!.duration).toBeCloseTo(0.5, 9);
  expect(pause!.hands).toEqual({});
});

test('the speed factor scales every duration and is clamped to 0.5–1.5', () => {
  const sentence = { glosses: [g('TERMIN', 'lexical'), g('PAUSE', 'pause')], nonManuals: [] };
  const normal = compileTimeline(sentence, data);
  const fast = compileTimeline(sentence, data, { speed: 1.5 });
  const slow = compileTimeline(sentence, data, { speed: 0.1 });
  expect(fast.duration).toBeCloseTo(normal.duration / 1.5, 9);
  expect(slow.speed).toBe(0.5);
  expect(slow.duration).toBeCloseTo(normal.duration * 2, 9);
});

test('plural repetition lengthens a sign', () => {
  const one = compileTimeline({ glosses: [g('TERMIN', 'lexical')], nonManuals: [] }, data).items[0]!;
  const two = compileTimeline({ glosses: [g('TERMIN+', 'lexical', { repeat: 2 })], nonManuals: [] }, data).items[0]!;
  expect(two.kind).toBe('lexical');
  expect(two.movement?.repeat).toBe(2);
  expect(two.duration).toBeCloseTo(one.duration + TIMING.repeat, 9);
});

test('fingerspelling: one distinct held item per letter, SCH and Ü as single letters, moving letters longer', () => {
  expect(spellLetters('Schübler')).toEqual(['SCH', 'Ü', 'B', 'L', 'E', 'R']);
  expect(spellLetters('Straße')).toEqual(['S', 'T', 'R', 'A', 'ß', 'E']);
  const tl = compileTimeline(
    { glosses: [g('FS-MÜLLER', 'fingerspell', { mouthing: 'Müller', start: 5, end: 11 })], nonManuals: [] },
    data,
  );
  expect(tl.items.map((i) => i.gloss)).toEqual(['M', 'Ü', 'L', 'L', 'E', 'R']);
  for (const item of tl.items) {
    expect(item.kind).toBe('fingerspell');
    expect(item.duration).toBeGreaterThanOrEqual(TIMING.letterTransition + TIMING.letterHold - 1e-9);
    expect(item.source).toEqual({ start: 5, end: 11 });
  }
  expect(tl.items[0]!.part).toEqual({ of: 'FS-MÜLLER', index: 0, count: 6 });
  expect(tl.items[0]!.hands.dominant?.handshape).toBe('fs-m');
  expect(tl.items[0]!.mouthing?.text).toBe('Müller');
  const z = compileTimeline({ glosses: [g('FS-ZA', 'fingerspell')], nonManuals: [] }, data).items;
  expect(z[0]!.duration).toBeGreaterThan(z[1]!.duration);
});

test('a lexical gloss the lexicon lacks is fingerspelled rather than dropped', () => {
  const tl = compileTimeline({ glosses: [g('ABC', 'lexical')], nonManuals: [] }, data);
  expect(tl.items.map((i) => [i.gloss, i.kind])).toEqual([
    ['A', 'fingerspell'],
    ['B', 'fingerspell'],
    ['C', 'fingerspell'],
  ]);
  // Digits inside a spelled word take the number handshapes; symbols of neither system are left out.
  const a4 = compileTimeline(
    { glosses: [g('FS-A4?', 'fingerspell', { letters: ['A', '9', '?'] })], nonManuals: [] },
    data,
  );
  expect(a4.items.map((i) => i.hands.dominant?.handshape)).toEqual(['fs-a', 'fs-9']);
});

// DGS numbers in the format of gloss-dictionary/numbers.json: 1–5 one hand, 6–10 with the non-dominant five,
// 11 and 12 signs of their own, and the forms that make teens, tens, hundreds … from a digit's hands.
const numbers: ManualSystem = ManualSystemSchema.parse({
  kind: 'numbers',
  location: { site: 'neutral', side: 'dominant', height: 'shoulder' },
  symbols: Array.from({ length: 13 }, (_, n) => ({
    symbol: String(n),
    handshape: n === 0 ? 'fs-o' : `num-${n <= 5 ? n : n <= 10 ? n - 5 : n - 9}`,
    palm: 'towards',
    fingers: 'up',
    duration: 0.4,
    ...(n >= 6 && n <= 10 ? { nondominant: { handshape: 'num-5', palm: 'towards', fingers: 'up' } } : {}),
    ...(n > 10 ? { movement: { type: 'repeat', direction: 'down', size: 'small', repeat: 2 } } : {}),
    review: n === 1 ? { status: 'approved', reviewer: 'Testperson', date: '2026-01-01' } : { status: 'draft' },
  })),
  forms: {
    teen: { palm: 'left', movement: { type: 'twist', size: 'small', repeat: 2 }, duration: 0.6 },
    ten: { movement: { type: 'nod', size: 'small' }, duration: 0.55 },
    double: { movement: { type: 'directed', direction: 'right', size: 'small' }, duration: 0.6 },
    hundred: { movement: { type: 'arc', direction: 'down' }, duration: 0.6 },
    thousand: { movement: { type: 'arc', direction: 'right-away' }, duration: 0.6 },
    ordinal: { palm: 'away', movement: { type: 'twist', size: 'small' }, duration: 0.6 },
  },
  source: { kind: 'project', by: 'Testdaten' },
});
const withNumbers: SignData = { ...data, numbers };
const numberItems = (gloss: string, extra: Partial<GlossForTimeline> = {}) =>
  compileTimeline(
    { glosses: [g(gloss, 'number', { digits: gloss.replace(/\D/g, ''), ...extra })], nonManuals: [] },
    withNumbers,
  ).items;

describe('DGS number signs', () => {
  const labels = (digits: string, options = {}) =>
    numberSignParts(digits, options)
      .map((p) => `${p.label}${p.form === 'digit' ? '' : `:${p.form}`}`)
      .join(' ');

  test('one sign per number up to 20, the tens and the doubled digits; unit before ten, as German says it', () => {
    expect(labels('0')).toBe('0');
    expect(labels('7')).toBe('7');
    expect(labels('11')).toBe('11');
    expect(labels('16')).toBe('16:teen');
    expect(labels('20')).toBe('20:ten');
    expect(labels('70')).toBe('70:ten');
    expect(labels('22')).toBe('22:double');
    expect(labels('25')).toBe('5 20:ten');
  });

  test('hundreds and thousands from the unit; years 1100–1999 in hundreds', () => {
    expect(labels('153')).toBe('100:hundred 3 50:ten');
    expect(labels('2026')).toBe('2000:thousand 6 20:ten');
    expect(labels('1998')).toBe('1000:thousand 900:hundred 8 90:ten');
    expect(labels('1998', { year: true })).toBe('19:teen HUNDERT:hundred 8 90:ten');
    expect(labels('2026', { year: true })).toBe('2000:thousand 6 20:ten');
    expect(labels('21132')).toBe('1 20:ten TAUSEND:thousand 100:hundred 2 30:ten');
    expect(labels('10000')).toBe('10 TAUSEND:thousand');
  });

  test('ordinals 1.–10. take the ordinal turn, later ones the cardinal sign; codes go digit by digit', () => {
    expect(labels('3', { ordinal: true })).toBe('3.:ordinal');
    expect(labels('10', { ordinal: true })).toBe('10.:ordinal');
    expect(labels('24', { ordinal: true })).toBe('4 20:ten');
    expect(labels('0251')).toBe('0 2 5 1');
    expect(labels('1000000')).toBe('1 0 0 0 0 0 0');
    expect(labels('12a')).toBe('');
  });

  test('16 is one item: the 6 (thumb on the dominant hand, the five on the other) with the teen movement', () => {
    const [sixteen, ...rest] = numberItems('16');
    expect(rest).toEqual([]);
    expect(sixteen).toMatchObject({
      gloss: '16',
      kind: 'number',
      hands: {
        dominant: { handshape: 'num-1', palm: 'left' },
        // The second hand mirrors the first: the palms face each other.
        nondominant: { handshape: 'num-5', palm: 'right' },
      },
      movement: { type: 'twist', repeat: 2 },
      part: { of: '16', index: 0, count: 1 },
    });
    expect(TimelineSchema.safeParse({ duration: 1, speed: 1, items: [sixteen], nonManuals: [] }).success).toBe(true);
  });

  test('6–9 differ from 1–4 by the second hand; 1–5 are one-handed', () => {
    for (let n = 1; n <= 4; n++) {
      const [low] = numberItems(String(n));
      const [high] = numberItems(String(n + 5));
      expect(low!.hands.nondominant).toBeUndefined();
      expect(high!.hands.nondominant?.handshape).toBe('num-5');
      expect(high!.hands.dominant?.handshape).toBe(low!.hands.dominant?.handshape);
    }
    expect(numberItems('10')[0]!.hands).toMatchObject({
      dominant: { handshape: 'num-5' },
      nondominant: { handshape: 'num-5' },
    });
  });

  test('2026 is three signs of one gloss; tens move, digits are held', () => {
    const items = numberItems('2026');
    expect(items.map((i) => [i.gloss, i.movement?.type])).toEqual([
      ['2000', 'arc'],
      ['6', undefined],
      ['20', 'nod'],
    ]);
    expect(items.map((i) => i.part)).toEqual([0, 1, 2].map((index) => ({ of: '2026', index, count: 3 })));
    expect(items[0]!.duration).toBeGreaterThan(items[1]!.duration);
  });

  test('ordinals by flag or by their written form; a year in hundreds', () => {
    expect(numberItems('3.')[0]).toMatchObject({ gloss: '3.', hands: { dominant: { palm: 'away' } } });
    expect(numberItems('DRITTE', { digits: '3', ordinal: true })[0]!.movement?.type).toBe('twist');
    // A typed ordinal word carries no flag.
    expect(numberItems('DRITTE', { digits: '3' })[0]!.gloss).toBe('3.');
    expect(numberItems('1998', { year: true }).map((i) => i.gloss)).toEqual(['19', 'HUNDERT', '8', '90']);
  });

  test('a digit group ends with a held hand; number signs are drafts unless digit and form are approved', () => {
    const plain = numberItems('1')[0]!;
    const held = numberItems('1', { groupEnd: true })[0]!;
    expect(held.duration).toBeCloseTo(plain.duration + TIMING.groupPause, 9);
    expect(plain.review).toBe('approved');
    expect(numberItems('2')[0]!.review).toBe('draft');
    expect(numberItems('1.')[0]!.review).toBe('draft');
  });

  test('digits inside a spelled word are number signs, two-handed from 6', () => {
    const tl = compileTimeline(
      { glosses: [g('FS-A9', 'fingerspell', { letters: ['A', '9'] })], nonManuals: [] },
      withNumbers,
    );
    expect(tl.items.map((i) => [i.gloss, i.kind, i.hands.nondominant?.handshape])).toEqual([
      ['A', 'fingerspell', undefined],
      ['9', 'fingerspell', 'num-5'],
    ]);
  });

  test('without the number forms the digits are signed one by one rather than shown as another number', () => {
    const tl = compileTimeline({ glosses: [g('2031', 'number', { digits: '2031' })], nonManuals: [] }, data);
    expect(tl.items.map((i) => i.gloss)).toEqual(['2', '0', '3', '1']);
    expect(tl.items.every((i) => i.kind === 'number')).toBe(true);
  });

  test('signLine: what is signed, numbers by their signs, digit groups marked', () => {
    const line = signLine(
      {
        glosses: [
          g('UHR', 'lexical'),
          g('8', 'number'),
          g('TERMIN', 'lexical'),
          g('2026', 'number'),
          g('0', 'number', { groupEnd: true }),
          g('1', 'number'),
          g('PAUSE', 'pause'),
        ],
        nonManuals: [],
      },
      withNumbers,
    );
    expect(line).toBe('UHR 8 TERMIN 2000 6 20 0 | 1');
  });
});

test('index glosses point to the signer, the addressee or a locus to the side', () => {
  const tl = compileTimeline(
    { glosses: [g('IX-1', 'index'), g('IX-2', 'index'), g('IX-3a', 'index'), g('IX-3b', 'index')], nonManuals: [] },
    data,
  );
  const [me, you, a, b] = tl.items.map((i) => i.hands.dominant!);
  expect(me!.location.site).toBe('chest');
  expect(you!.fingers).toBe('away');
  expect(a!.fingers).toBe('right-away');
  expect(b!.fingers).toBe('left-away');
});

test('non-manual spans cover the glosses they were given, in seconds, with a lead-in and a fade', () => {
  const tl = compileTimeline(
    {
      glosses: [g('TERMIN', 'lexical'), g('MONTAG', 'lexical'), g('PAUSE', 'pause')],
      nonManuals: [
        { type: 'headshake', from: 1, to: 1 },
        { type: 'brows-raised', from: 0, to: 1 },
      ],
    },
    data,
  );
  const [termin, montag] = tl.items;
  const montagEnd = montag!.start + montag!.duration;
  expect(tl.nonManuals).toEqual([
    {
      type: 'headshake',
      start: montag!.start - TIMING.nonManualLead,
      end: montagEnd + TIMING.nonManualFade,
    },
    // The brows start with the first sign at 0 (no lead-in before the timeline starts).
    { type: 'brows-raised', start: termin!.start, end: montagEnd + TIMING.nonManualFade },
  ]);
  // A fade never runs past the timeline's end.
  const last = compileTimeline(
    { glosses: [g('TERMIN', 'lexical')], nonManuals: [{ type: 'nod', from: 0, to: 0 }] },
    data,
  );
  expect(last.nonManuals[0]!.end).toBeLessThanOrEqual(last.duration);
});

test('running signing at speed 1: about two signs and three to four letters a second', () => {
  const signs = compileTimeline(
    { glosses: ['TERMIN', 'MONTAG', 'TERMIN', 'MONTAG'].map((x) => g(x, 'lexical')), nonManuals: [] },
    data,
  );
  expect(signs.items.length / signs.duration).toBeGreaterThanOrEqual(1.6);
  // The alphabet's recordings hold each letter 0.4 s; running fingerspelling is quicker.
  const recorded = {
    ...data,
    fingerspelling: {
      ...data.fingerspelling,
      symbols: data.fingerspelling.symbols.map((x) => ({ ...x, duration: 0.4 })),
    },
  };
  const spelled = compileTimeline({ glosses: [g('FS-MALER', 'fingerspell')], nonManuals: [] }, recorded);
  const perLetter = spelled.duration / spelled.items.length;
  expect(1 / perLetter).toBeGreaterThanOrEqual(3);
  expect(1 / perLetter).toBeLessThanOrEqual(4);
});

test('mouthing: German spelling becomes visemes inside the sign, long words are cut rather than squeezed', () => {
  expect(visemesOf('Schule')).toEqual(['CH', 'U', 'DD', 'E']);
  expect(visemesOf('Montag')).toEqual(['PP', 'O', 'nn', 'DD', 'aa', 'kk']);
  const keys = timeVisemes('Personalausweisbehörde', 1, 0.35);
  expect(keys.length).toBe(5);
  expect(keys[0]!.start).toBe(1);
  expect(keys.at(-1)!.start + keys.at(-1)!.duration).toBeCloseTo(1.35, 9);
  const termin = compileTimeline({ glosses: [g('TERMIN', 'lexical')], nonManuals: [] }, data).items[0]!;
  expect(termin.mouthing!.text).toBe('Termin');
  const last = termin.mouthing!.visemes.at(-1)!;
  expect(last.start + last.duration).toBeLessThanOrEqual(termin.start + termin.duration + 1e-9);
});

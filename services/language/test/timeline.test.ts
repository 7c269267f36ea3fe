import { ManualSystemSchema, SignEntrySchema, TimelineSchema } from '@bbs/protocol';
import type { ManualSystem, SignEntry } from '@bbs/protocol';
import { TIMING, compileTimeline, spellLetters, timeVisemes, visemesOf } from '../src/index.js';
import type { GlossForTimeline, SignData } from '../src/index.js';

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
const system = (kind: ManualSystem['kind'], symbols: string[]): ManualSystem =>
  ManualSystemSchema.parse({
    kind,
    location: { site: 'neutral', side: 'dominant', height: 'shoulder' },
    symbols: symbols.map((symbol) => ({
      symbol,
      handshape: `fs-${symbol.toLowerCase()}`,
      palm: 'away',
      fingers: 'up',
      duration: 0.3,
      ...(symbol === 'Z' ? { movement: { type: 'directed', direction: 'down' } } : {}),
    })),
    source: { kind: 'project', by: 'Testdaten' },
  });
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

test('numbers are signed digit by digit with the number handshapes', () => {
  const tl = compileTimeline({ glosses: [g('2031', 'number', { digits: '2031' })], nonManuals: [] }, data);
  expect(tl.items.map((i) => i.gloss)).toEqual(['2', '0', '3', '1']);
  expect(tl.items.every((i) => i.kind === 'number')).toBe(true);
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

test('non-manual spans cover the glosses they were given, in seconds', () => {
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
  expect(tl.nonManuals).toEqual([
    { type: 'headshake', start: montag!.start, end: montag!.start + montag!.duration },
    { type: 'brows-raised', start: termin!.start, end: montag!.start + montag!.duration },
  ]);
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

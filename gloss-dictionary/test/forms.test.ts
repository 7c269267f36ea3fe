// The lexicon format for real signs: segments, compounds as sequences, regional variants, agreement verbs, and
// the check that no two signs (or variants) look the same unless both document the homonym. Fixtures are
// written here; the last block checks the committed lexicon.
import { describe, expect, it } from '@jest/globals';
import {
  SignEntrySchema,
  resolveSegments,
  SignFormError,
  type SignEntry,
  type SignEntryInput,
  type SignLocation,
} from '@bbs/protocol';
import { sameFormGroups, validateLexicon, type LexiconFile, type LexiconInput } from '../src/index.js';
import { handshapeFile } from './support.js';
import { loadGlossDictionary } from '../src/load.js';

const handshape = handshapeFile;

const manual = (kind: 'fingerspelling' | 'numbers'): LexiconFile => ({
  file: `${kind}.json`,
  data: {
    kind,
    location: { site: 'neutral' },
    symbols: [{ symbol: 'A', handshape: 'fist', palm: 'away', fingers: 'up', duration: 0.4 }],
    source: { kind: 'project', by: 'Test' },
  },
});

const base = (id: string): Pick<SignEntryInput, 'id' | 'lemmas' | 'duration' | 'source' | 'review'> => ({
  id,
  lemmas: [{ lemma: id.toLowerCase() }],
  duration: 0.5,
  source: { kind: 'project', by: 'Test' },
  review: { status: 'draft' },
});

const hand = (handshape: string, site: SignLocation['site'] = 'neutral', palm = 'down', fingers = 'away') => ({
  handshape,
  palm,
  fingers,
  location: { site },
});

/** A one-segment sign in today's shape. */
const plain = (id: string, handshape = 'flat', over: Partial<SignEntryInput> = {}): SignEntryInput =>
  ({
    ...base(id),
    hands: 'one',
    dominant: hand(handshape),
    movement: { type: 'directed', direction: 'away' },
    ...over,
  }) as SignEntryInput;

const lexicon = (signs: SignEntryInput[]): LexiconInput => ({
  signs: signs.map((data) => ({ file: `signs/${data.id}.json`, data })),
  handshapes: ['flat', 'fist', 'pinch', 'finger-2345'].map(handshape),
  fingerspelling: manual('fingerspelling'),
  numbers: manual('numbers'),
});

const parsed = (input: SignEntryInput[]): SignEntry[] => input.map((s) => SignEntrySchema.parse(s));

describe('the sign format', () => {
  it('keeps a one-segment entry valid in its old shape and takes segments or a sequence instead', () => {
    expect(SignEntrySchema.safeParse(plain('HAUS')).success).toBe(true);
    const segments = {
      ...base('VERSTEHEN'),
      segments: [
        { hands: 'one', dominant: hand('finger-2345', 'forehead'), movement: { type: 'hold' } },
        { hands: 'one', dominant: hand('pinch', 'forehead'), movement: { type: 'directed', direction: 'towards' } },
      ],
    };
    expect(SignEntrySchema.safeParse(segments).success).toBe(true);
    expect(SignEntrySchema.safeParse({ ...base('AB'), sequence: ['A', 'B'] }).success).toBe(true);
  });

  it('refuses an entry with two forms, with none, or with half of the old shape', () => {
    const messages = (input: unknown) =>
      SignEntrySchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages({ ...plain('X'), sequence: ['A', 'B'] })).toEqual([
      'segments: a sign has exactly one form: hands/dominant/movement, segments, or a sequence',
    ]);
    expect(messages(base('X'))).toEqual([
      'segments: a sign has exactly one form: hands/dominant/movement, segments, or a sequence',
    ]);
    expect(messages({ ...base('X'), hands: 'one', dominant: hand('flat') })).toEqual([
      'movement: movement is required',
    ]);
    expect(messages({ ...plain('X'), hands: 'two-symmetric' })).toEqual([
      'nondominant: two-handed signs describe the non-dominant hand',
    ]);
    expect(messages({ ...base('X'), sequence: ['A'] })).toEqual([
      'sequence: Too small: expected array to have >=2 items',
    ]);
    expect(messages({ ...plain('X'), agreement: { start: 'subject', end: 'subject' } })).toEqual([
      'agreement: start and end loci belong to different arguments',
    ]);
  });
});

describe('compounds', () => {
  const signs = parsed([
    plain('AUSLÄNDER', 'fist'),
    plain('BEHÖRDE', 'finger-2345'),
    { ...base('AUSLÄNDERBEHÖRDE'), sequence: ['AUSLÄNDER', 'BEHÖRDE'] },
    { ...base('AMT-GROSS'), sequence: ['AUSLÄNDERBEHÖRDE', 'BEHÖRDE'] },
  ]);
  const lookup = (id: string) => signs.find((s) => s.id === id);

  it('resolve to the segments of their parts, nested compounds included', () => {
    const segments = resolveSegments(lookup('AMT-GROSS')!, lookup);
    expect(segments.map((s) => [s.from, s.dominant.handshape])).toEqual([
      ['AUSLÄNDER', 'fist'],
      ['BEHÖRDE', 'finger-2345'],
      ['BEHÖRDE', 'finger-2345'],
    ]);
    expect(validateLexicon(lexicon(signs as SignEntryInput[]))).toEqual([]);
  });

  it('refuse a missing part and a compound that contains itself', () => {
    const problems = validateLexicon(
      lexicon([
        plain('A'),
        { ...base('B'), sequence: ['A', 'FEHLT'] },
        { ...base('C'), sequence: ['A', 'D'] },
        { ...base('D'), sequence: ['C', 'A'] },
      ]),
    );
    expect(problems).toEqual([
      'signs/B.json: B: the part FEHLT of the compound is not in the lexicon',
      'signs/C.json: the compound C contains itself: C → D → C',
      'signs/D.json: the compound D contains itself: D → C → D',
    ]);
    const c = SignEntrySchema.parse({ ...base('C'), sequence: ['C', 'C'] });
    expect(() => resolveSegments(c, () => c)).toThrow(SignFormError);
  });
});

describe('no two signs with the same form', () => {
  it('finds two signs that look the same, also when one spells out defaults or uses segments', () => {
    const a = plain('WOHNUNG');
    const b = {
      ...base('SCHALTER'),
      segments: [
        {
          hands: 'one',
          dominant: {
            ...hand('flat'),
            location: { site: 'neutral', side: 'centre', distance: 'medium', height: 'chest' },
          },
          movement: { type: 'directed', direction: 'away', size: 'medium', repeat: 1 },
        },
      ],
    } as SignEntryInput;
    expect(validateLexicon(lexicon([a, b, plain('FERTIG', 'fist')]))).toEqual([
      'signs: WOHNUNG, SCHALTER have the same form; correct one, or document a real homonym in both entries\' "homonyms"',
    ]);
    // `none` and `hold` are one; a mouthing alone does not make another sign.
    const still = (id: string, mouthing?: string) =>
      plain(id, 'flat', { movement: { type: id === 'X' ? 'none' : 'hold' }, ...(mouthing ? { mouthing } : {}) });
    expect(sameFormGroups(parsed([still('X'), still('Y', 'anders')]))).toEqual([['X', 'Y']]);
  });

  it('tells signs apart by every segment, a non-manual feature or a part of a compound', () => {
    const two = (id: string, second: string) =>
      ({
        ...base(id),
        segments: [
          { hands: 'one', dominant: hand('finger-2345'), movement: { type: 'hold' } },
          { hands: 'one', dominant: hand(second), movement: { type: 'hold' } },
        ],
      }) as SignEntryInput;
    const signs = [
      two('NEHMEN', 'pinch'),
      two('GEBEN', 'fist'),
      plain('NICHT', 'flat', { nonManuals: ['headshake'] }),
      plain('WAS', 'flat', { nonManuals: ['brows-furrowed'] }),
      { ...base('NIMMT-NICHT'), sequence: ['NEHMEN', 'NICHT'] },
      { ...base('GIBT-NICHT'), sequence: ['GEBEN', 'NICHT'] },
    ] as SignEntryInput[];
    expect(validateLexicon(lexicon(signs))).toEqual([]);
  });

  it('accepts a homonym only when both signs document it, and only while the forms are the same', () => {
    const reason = 'DGS unterscheidet beim Possessiv kein Genus; das Mundbild unterscheidet.';
    const sein = plain('SEIN', 'flat', { homonyms: [{ sign: 'POSS-IHR', reason }] });
    const ihr = plain('POSS-IHR', 'flat', { homonyms: [{ sign: 'SEIN', reason }] });
    expect(validateLexicon(lexicon([sein, ihr]))).toEqual([]);
    expect(validateLexicon(lexicon([sein, plain('POSS-IHR')]))).toEqual([
      'signs: SEIN, POSS-IHR have the same form; correct one, or document a real homonym in both entries\' "homonyms"',
    ]);
    expect(validateLexicon(lexicon([sein, { ...ihr, dominant: hand('fist') }]))).toEqual([
      'signs/SEIN.json: homonyms: POSS-IHR has another form; remove the note or correct the form',
      'signs/POSS-IHR.json: homonyms: SEIN has another form; remove the note or correct the form',
    ]);
    expect(validateLexicon(lexicon([plain('A', 'flat', { homonyms: [{ sign: 'FEHLT', reason }] })]))).toEqual([
      'signs/A.json: homonyms: no sign "FEHLT"',
    ]);
  });

  it('compares regional variants too: with other signs and with their own default', () => {
    const samstag = plain('SAMSTAG', 'fist', {
      variants: [
        {
          region: 'Süddeutschland',
          segments: [{ hands: 'one', dominant: hand('flat'), movement: { type: 'directed', direction: 'away' } }],
        },
        { region: 'Norddeutschland', sequence: ['SONNE', 'ABEND'] },
      ],
    });
    const problems = validateLexicon(
      lexicon([samstag, plain('KOMMEN'), plain('SONNE', 'pinch'), plain('ABEND', 'finger-2345')]),
    );
    expect(problems).toEqual([
      'signs: SAMSTAG [Süddeutschland], KOMMEN have the same form; correct one, or document a real homonym in both entries\' "homonyms"',
    ]);
    const same = plain('X', 'fist', {
      variants: [
        {
          region: 'Berlin',
          segments: [{ hands: 'one', dominant: hand('fist'), movement: { type: 'directed', direction: 'away' } }],
        },
      ],
    });
    expect(sameFormGroups(parsed([same]))).toEqual([['X', 'X [Berlin]']]);
  });

  it('reports unknown handshapes in every segment and variant, with the path', () => {
    const entry = {
      ...base('X'),
      segments: [
        { hands: 'one', dominant: hand('flat'), movement: { type: 'hold' } },
        { hands: 'one', dominant: hand('gibt-es-nicht'), movement: { type: 'hold' } },
      ],
      variants: [
        {
          region: 'Bayern',
          segments: [{ hands: 'one', dominant: hand('auch-nicht'), movement: { type: 'hold' } }],
        },
      ],
    } as SignEntryInput;
    expect(validateLexicon(lexicon([entry]))).toEqual([
      'signs/X.json: segments.1.dominant.handshape: unknown handshape "gibt-es-nicht"',
      'signs/X.json: variants.0.segments.0.dominant.handshape: unknown handshape "auch-nicht"',
    ]);
  });
});

describe('the committed lexicon', () => {
  const lexicon = loadGlossDictionary();
  const byId = (id: string) => lexicon.signs.find((s) => s.id === id)!;

  it('has no two signs with the same form that are not documented homonyms', () => {
    expect(sameFormGroups(lexicon.signs)).toEqual([]);
  });

  it('no longer signs the groups of the issue alike', () => {
    const groups = [
      ['WOHNUNG', 'SCHALTER', 'FERTIG'],
      ['VIEL', 'WARTEN'],
      ['BESCHEINIGUNG', 'AMT'],
      ['ELTERNGELD', 'GELD', 'KINDERGELD', 'WOHNGELD'],
      ['HEIRATEN', 'STANDESAMT'],
      ['HILFE', 'SOZIALHILFE'],
      ['BLEIBEN', 'WOHNEN'],
      ['BUCH', 'PASS'],
      ['TERMIN', 'VEREINBAREN'],
      ['SCHRIFTLICH', 'UNTERSCHREIBEN'],
      ['NOTRUF', 'TELEFONISCH'],
    ];
    const lookup = (id: string) => lexicon.signs.find((s) => s.id === id);
    const key = (id: string) => JSON.stringify(resolveSegments(byId(id), lookup).map(({ from: _, ...s }) => s));
    for (const group of groups) expect([group, new Set(group.map(key)).size]).toEqual([group, group.length]);
  });

  it('describes handshape changes as segments and compounds as sequences of other signs', () => {
    expect(byId('VERSTEHEN').segments?.map((s) => s.dominant.handshape)).toEqual(['finger-2345', 'pinch']);
    expect(byId('AUSLÄNDERBEHÖRDE').sequence).toEqual(['AUSLÄNDER', 'BEHÖRDE']);
    expect(byId('WOHNGELD').sequence).toEqual(['WOHNEN', 'GELD']);
    expect(lexicon.signs.filter((s) => (s.segments?.length ?? 0) > 1).length).toBeGreaterThanOrEqual(8);
    expect(lexicon.signs.filter((s) => s.sequence).length).toBeGreaterThanOrEqual(10);
  });

  it('marks agreement verbs with the roles of their start and end loci', () => {
    expect(byId('GEBEN').agreement).toEqual({ start: 'subject', end: 'object' });
    expect(byId('ABHOLEN').agreement).toEqual({ start: 'object', end: 'subject' });
  });

  it('documents every homonym with a reason on both entries', () => {
    for (const s of lexicon.signs) {
      for (const h of s.homonyms ?? []) {
        expect([s.id, byId(h.sign).homonyms?.some((x) => x.sign === s.id)]).toEqual([s.id, true]);
      }
    }
  });
});

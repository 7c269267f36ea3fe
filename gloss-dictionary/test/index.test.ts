// createGlossIndex and validateLexicon on small fixtures written here: one broken fixture per kind of problem.
import { describe, expect, it } from '@jest/globals';
import { DIRECTIONS, SignEntrySchema, type SignEntryInput } from '@bbs/protocol';
import { createGlossIndex, idFromFile, validateLexicon, type LexiconFile, type LexiconInput } from '../src/index.js';
import { handshapeFile } from './support.js';

const handshape = handshapeFile;

// Every fixture sign moves its own way, so that only the tests about forms make two signs look alike.
let made = 0;
const sign = (id: string, over: Partial<SignEntryInput> = {}): SignEntryInput => ({
  id,
  lemmas: [{ lemma: id.toLowerCase(), pos: 'NOUN' }],
  hands: 'one',
  dominant: { handshape: 'flat', palm: 'down', fingers: 'away', location: { site: 'neutral' } },
  movement: { type: 'directed', direction: DIRECTIONS[made++ % DIRECTIONS.length]! },
  duration: 0.5,
  source: { kind: 'project', by: 'Test' },
  review: { status: 'draft' },
  ...over,
});

const manual = (kind: 'fingerspelling' | 'numbers', handshapes: string[]): LexiconFile => ({
  file: `${kind}.json`,
  data: {
    kind,
    location: { site: 'neutral' },
    symbols: handshapes.map((h, i) => ({
      symbol: String(i),
      handshape: h,
      palm: 'away',
      fingers: 'up',
      duration: 0.4,
    })),
    source: { kind: 'project', by: 'Test' },
  },
});

function lexicon(signs: SignEntryInput[], files?: string[]): LexiconInput {
  return {
    signs: signs.map((data, i) => ({ file: files?.[i] ?? `signs/${data.id}.json`, data })),
    handshapes: [handshape('flat'), handshape('fist')],
    fingerspelling: manual('fingerspelling', ['flat', 'fist']),
    numbers: manual('numbers', ['fist']),
  };
}

describe('validateLexicon', () => {
  it('accepts a valid lexicon', () => {
    expect(validateLexicon(lexicon([sign('HAUS'), sign('AUTO')]))).toEqual([]);
  });

  it('reports a duplicate id', () => {
    const problems = validateLexicon(
      lexicon([sign('HAUS'), sign('HAUS', { lemmas: [{ lemma: 'Gebäude' }] })], ['signs/HAUS.json', 'other/HAUS.json']),
    );
    expect(problems).toEqual(['other/HAUS.json: duplicate sign id "HAUS" (also in signs/HAUS.json)']);
  });

  it('reports an id that differs from its file name', () => {
    expect(validateLexicon(lexicon([sign('HAUS')], ['signs/HÄUSER.json']))).toEqual([
      'signs/HÄUSER.json: id "HAUS" differs from the file name',
    ]);
  });

  it('reports an unknown handshape in a sign, the alphabet and the numbers', () => {
    const input = lexicon([
      sign('HAUS', {
        hands: 'two-symmetric',
        nondominant: { handshape: 'claw', palm: 'down', fingers: 'away', location: { site: 'neutral' } },
      }),
    ]);
    input.fingerspelling = manual('fingerspelling', ['flat', 'fs-q']);
    input.numbers = manual('numbers', ['num-7']);
    expect(validateLexicon(input)).toEqual([
      'signs/HAUS.json: nondominant.handshape: unknown handshape "claw"',
      'fingerspelling.json: symbols.1.handshape: unknown handshape "fs-q" (symbol 1)',
      'numbers.json: symbols.0.handshape: unknown handshape "num-7" (symbol 0)',
    ]);
  });

  it('reports a hand whose palm does not face at right angles to its fingers (no hand can do that)', () => {
    const input = lexicon([
      sign('HAUS', {
        hands: 'two-symmetric',
        nondominant: { handshape: 'flat', palm: 'towards', fingers: 'away', location: { site: 'neutral' } },
      }),
    ]);
    expect(validateLexicon(input)).toEqual([
      'signs/HAUS.json: nondominant: the palm (towards) must face at right angles to the fingers (away)',
    ]);
  });

  it('checks the second hand of a two-handed number and keeps number forms to the numbers', () => {
    const input = lexicon([sign('HAUS')]);
    const numbers = input.numbers.data as { symbols: Record<string, unknown>[]; forms?: unknown };
    numbers.symbols[0]!.nondominant = { handshape: 'num-5', palm: 'towards', fingers: 'up' };
    numbers.forms = { ten: { movement: { type: 'nod' }, duration: 0.5 } };
    const spelling = input.fingerspelling.data as { forms?: unknown };
    spelling.forms = { ten: { movement: { type: 'nod' }, duration: 0.5 } };
    expect(validateLexicon(input)).toEqual([
      'fingerspelling.json: forms: only the numbers have forms',
      'numbers.json: symbols.0.nondominant.handshape: unknown handshape "num-5" (symbol 0)',
    ]);
    numbers.symbols[0]!.nondominant = { handshape: 'flat', palm: 'towards', fingers: 'up' };
    delete spelling.forms;
    expect(validateLexicon(input)).toEqual([]);
  });

  it('reports a lemma claimed twice without a sense, and accepts it with senses', () => {
    const bank = (id: string, sense?: string) =>
      sign(id, { lemmas: [{ lemma: 'Bank', pos: 'NOUN', ...(sense ? { sense } : {}) }] });
    expect(validateLexicon(lexicon([bank('BANK-A'), bank('BANK-B', 'Sitzbank')]))).toEqual([
      'signs: lemma "Bank" (NOUN) is claimed by BANK-A and BANK-B; both need a sense',
    ]);
    expect(validateLexicon(lexicon([bank('BANK-A', 'Geld'), bank('BANK-B', 'Geld')]))).toEqual([
      'signs: lemma "Bank" has the same sense "Geld" in BANK-A and BANK-B',
    ]);
    expect(validateLexicon(lexicon([bank('BANK-A', 'Geldinstitut'), bank('BANK-B', 'Sitzbank')]))).toEqual([]);
    // Different parts of speech are told apart by the tagger: no sense needed.
    const frei = (id: string, pos: 'ADJ' | 'ADV') => sign(id, { lemmas: [{ lemma: 'frei', pos }] });
    expect(validateLexicon(lexicon([frei('FREI-A', 'ADJ'), frei('FREI-B', 'ADV')]))).toEqual([]);
  });

  it('reports an approved entry without a reviewer', () => {
    const input = lexicon([sign('HAUS')]);
    (input.signs[0]!.data as { review: unknown }).review = { status: 'approved', date: '2026-11-20' };
    const problems = validateLexicon(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^signs\/HAUS\.json: review\.reviewer: /);
    (input.signs[0]!.data as { review: unknown }).review = {
      status: 'approved',
      reviewer: 'A. Beispiel',
      date: '2026-11-20',
    };
    expect(validateLexicon(input)).toEqual([]);
  });

  it('reports a two-handed sign without the non-dominant hand, and a one-handed sign with one', () => {
    const nondominant = { handshape: 'flat', palm: 'up', fingers: 'away', location: { site: 'neutral' } } as const;
    expect(validateLexicon(lexicon([sign('HAUS', { hands: 'two-symmetric' })]))).toEqual([
      'signs/HAUS.json: nondominant: two-handed signs describe the non-dominant hand',
    ]);
    expect(validateLexicon(lexicon([sign('HAUS', { nondominant })]))).toEqual([
      'signs/HAUS.json: nondominant: a one-handed sign describes no second hand',
    ]);
  });

  it('reports schema errors, duplicate symbols and a wrong kind', () => {
    const input = lexicon([sign('HAUS', { duration: 5 }), sign('Auto')]);
    input.numbers = { ...manual('fingerspelling', ['fist', 'fist']), file: 'numbers.json' };
    (input.numbers.data as { symbols: { symbol: string }[] }).symbols[1]!.symbol = '0';
    expect(validateLexicon(input)).toEqual([
      'signs/HAUS.json: duration: Too big: expected number to be <=2',
      'signs/Auto.json: id: upper-case gloss: letters, digits, hyphen',
      'numbers.json: kind is "fingerspelling", expected "numbers"',
      'numbers.json: symbols.1: symbol "0" appears twice',
    ]);
  });

  it('reports duplicate and misnamed handshapes', () => {
    const input = lexicon([sign('HAUS')]);
    input.handshapes = [...input.handshapes, { ...handshape('flat'), file: 'handshapes/flat-2.json' }];
    expect(validateLexicon(input)).toEqual([
      'handshapes/flat-2.json: id "flat" differs from the file name',
      'handshapes/flat-2.json: duplicate handshape id "flat" (also in handshapes/flat.json)',
    ]);
  });
});

describe('createGlossIndex', () => {
  const entries = [
    sign('SIE-HÖFLICH', { lemmas: [{ lemma: 'Sie', pos: 'PRON' }] }),
    sign('MORGEN-ZEITPUNKT', { lemmas: [{ lemma: 'morgen', pos: 'ADV' }] }),
    sign('MORGEN-TAGESZEIT', {
      lemmas: [
        { lemma: 'Morgen', pos: 'NOUN' },
        { lemma: 'morgens', pos: 'ADV' },
      ],
    }),
    sign('BANK-SITZ', { lemmas: [{ lemma: 'Bank', sense: 'Sitzbank', pos: 'NOUN' }] }),
    sign('BANK-GELD', { lemmas: [{ lemma: 'Bank', sense: 'Geldinstitut', pos: 'NOUN' }, { lemma: 'Sparkasse' }] }),
    sign('FREI', { lemmas: [{ lemma: 'frei' }] }),
  ].map((e) => SignEntrySchema.parse(e));
  const index = createGlossIndex(entries);
  const ids = (lemma: string, pos?: Parameters<typeof index.lookup>[1]) => index.lookup(lemma, pos).map((e) => e.id);

  it('finds entries by id and lists the ids sorted', () => {
    expect(index.byId('FREI')?.lemmas[0]!.lemma).toBe('frei');
    expect(index.byId('frei')).toBeUndefined();
    expect(index.ids()).toEqual([...entries.map((e) => e.id)].sort());
    expect(index.size).toBe(6);
  });

  it('prefers the exact spelling, then matches without case', () => {
    expect(ids('morgen')).toEqual(['MORGEN-ZEITPUNKT', 'MORGEN-TAGESZEIT']);
    expect(ids('Morgen')).toEqual(['MORGEN-TAGESZEIT', 'MORGEN-ZEITPUNKT']);
    expect(ids('sie')).toEqual(['SIE-HÖFLICH']);
    expect(ids('SPARKASSE')).toEqual(['BANK-GELD']);
    expect(ids(' Bank ')).toEqual(['BANK-GELD', 'BANK-SITZ']);
    expect(ids('Haus')).toEqual([]);
  });

  it('prefers a matching part of speech over the spelling', () => {
    // A sentence-initial "Morgen" tagged ADV is the adverb.
    expect(ids('Morgen', 'ADV')).toEqual(['MORGEN-ZEITPUNKT', 'MORGEN-TAGESZEIT']);
    expect(ids('morgen', 'NOUN')).toEqual(['MORGEN-TAGESZEIT', 'MORGEN-ZEITPUNKT']);
    // An entry without pos ranks between a match and a mismatch.
    expect(ids('frei', 'ADJ')).toEqual(['FREI']);
  });

  it('prefers an approved entry when everything else is equal', () => {
    const approved = SignEntrySchema.parse(
      sign('BANK-ZZ', {
        lemmas: [{ lemma: 'Bank', sense: 'Geldinstitut (geprüft)', pos: 'NOUN' }],
        review: { status: 'approved', reviewer: 'A. Beispiel', date: '2026-11-20' },
      }),
    );
    expect(
      createGlossIndex([...entries, approved])
        .lookup('Bank', 'NOUN')
        .map((e) => e.id),
    ).toEqual(['BANK-ZZ', 'BANK-GELD', 'BANK-SITZ']);
  });

  it('keeps the first entry of a duplicated id', () => {
    const dup = createGlossIndex([entries[5]!, { ...entries[5]!, lemmas: [{ lemma: 'los' }] }]);
    expect(dup.size).toBe(1);
    expect(dup.lookup('los')).toEqual([]);
  });

  it('turns file names into ids', () => {
    expect(idFromFile('signs/STRASSE.json')).toBe('STRASSE');
    expect(idFromFile('C:\\lexicon\\signs\\ÄNDERN.json')).toBe('ÄNDERN');
  });
});

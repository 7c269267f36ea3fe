// Signs of more than one segment on the timeline: a handshape change, a compound made of other entries, a
// regional variant, an agreement verb directed between loci, and CH as one letter. The player needs no change:
// each segment is an ordinary timeline item, all under the sign's one gloss.
import { SignEntrySchema, TimelineSchema } from '@bbs/protocol';
import type { SignEntry, SignEntryInput, SignLocation } from '@bbs/protocol';
import { TIMING, compileTimeline, signLine, spellLetters } from '../src/index.js';
import type { GlossForTimeline, SignData } from '../src/index.js';
import { manualSystem } from './support/manual-system.js';

const meta = { duration: 0.6, source: { kind: 'project', by: 'Testdaten' }, review: { status: 'draft' } } as const;
const hand = (handshape: string, site: SignLocation['site'] = 'neutral') => ({
  handshape,
  palm: 'down',
  fingers: 'away',
  location: { site },
});
const one = (id: string, handshape: string, extra: Partial<SignEntryInput> = {}): SignEntry =>
  SignEntrySchema.parse({
    id,
    lemmas: [{ lemma: id.toLowerCase() }],
    hands: 'one',
    dominant: hand(handshape),
    movement: { type: 'directed', direction: 'away' },
    ...meta,
    ...extra,
  });

const signs = new Map(
  [
    SignEntrySchema.parse({
      id: 'VERSTEHEN',
      lemmas: [{ lemma: 'verstehen' }],
      segments: [
        { hands: 'one', dominant: hand('finger-2345', 'forehead'), movement: { type: 'hold' } },
        {
          hands: 'one',
          dominant: hand('pinch', 'forehead'),
          movement: { type: 'directed', direction: 'towards' },
          nonManuals: ['nod'],
        },
      ],
      ...meta,
    }),
    one('AUSLÄNDER', 'fist'),
    one('BEHÖRDE', 'flat', {
      variants: [
        {
          region: 'Süddeutschland',
          segments: [{ hands: 'one', dominant: hand('cee'), movement: { type: 'circle' } }],
        },
      ],
    }),
    SignEntrySchema.parse({
      id: 'AUSLÄNDERBEHÖRDE',
      lemmas: [{ lemma: 'Ausländerbehörde' }],
      sequence: ['AUSLÄNDER', 'BEHÖRDE'],
      ...meta,
    }),
    SignEntrySchema.parse({ id: 'KREIS', lemmas: [{ lemma: 'Kreis' }], sequence: ['KREIS', 'BEHÖRDE'], ...meta }),
    one('GEBEN', 'pinch', { agreement: { start: 'subject', end: 'object' } }),
    one('ABHOLEN', 'pinch', { agreement: { start: 'object', end: 'subject' } }),
  ].map((e) => [e.id, e]),
);
const system = manualSystem;
const data: SignData = {
  sign: (id) => signs.get(id),
  fingerspelling: system('fingerspelling', ['A', 'B', 'C', 'H', 'K', 'R', 'E', 'I', 'S', 'SCH', 'CH']),
  numbers: system('numbers', ['0', '1']),
};
const lexical = (gloss: string, extra: Partial<GlossForTimeline> = {}): GlossForTimeline => ({
  gloss,
  kind: 'lexical',
  start: 0,
  end: 5,
  ...extra,
});

describe('multi-segment signs on the timeline', () => {
  it('plays a handshape change as two postures in a row under one gloss', () => {
    const tl = compileTimeline({ glosses: [lexical('VERSTEHEN')], nonManuals: [] }, data);
    expect(TimelineSchema.safeParse(tl).success).toBe(true);
    expect(tl.items.map((i) => [i.gloss, i.hands.dominant?.handshape, i.movement?.type, i.part])).toEqual([
      ['VERSTEHEN', 'finger-2345', 'hold', { of: 'VERSTEHEN', index: 0, count: 2 }],
      ['VERSTEHEN', 'pinch', 'directed', { of: 'VERSTEHEN', index: 1, count: 2 }],
    ]);
    const [a, b] = tl.items;
    expect(b!.start).toBeCloseTo(a!.start + a!.duration, 9);
    // Each segment has time to form its posture and show it.
    for (const item of tl.items)
      expect(item.duration).toBeGreaterThanOrEqual(TIMING.transition + TIMING.minSegmentCore);
    // One mouthing over the whole sign; the segment's nod only over its segment.
    expect(a!.mouthing?.text).toBe('verstehen');
    expect(b!.mouthing).toBeUndefined();
    const lastViseme = a!.mouthing!.visemes.at(-1)!;
    expect(lastViseme.start + lastViseme.duration).toBeGreaterThan(b!.start);
    expect(tl.nonManuals).toEqual([{ type: 'nod', start: b!.start, end: b!.start + b!.duration }]);
  });

  it('plays a compound as the forms of its parts, captioned once with its own gloss', () => {
    const sentence = { glosses: [lexical('AUSLÄNDERBEHÖRDE'), lexical('GEBEN')], nonManuals: [] };
    const tl = compileTimeline(sentence, data);
    expect(tl.items.map((i) => [i.gloss, i.hands.dominant?.handshape])).toEqual([
      ['AUSLÄNDERBEHÖRDE', 'fist'],
      ['AUSLÄNDERBEHÖRDE', 'flat'],
      ['GEBEN', 'pinch'],
    ]);
    expect(tl.items[0]!.mouthing?.text).toBe('Ausländerbehörde');
    expect(signLine(sentence, data)).toBe('AUSLÄNDERBEHÖRDE GEBEN');
  });

  it('takes a region’s variant where the sign has one, in the sign and in compounds', () => {
    const tl = (region?: string) =>
      compileTimeline({ glosses: [lexical('AUSLÄNDERBEHÖRDE')], nonManuals: [] }, data, region ? { region } : {});
    expect(tl().items.map((i) => i.hands.dominant?.handshape)).toEqual(['fist', 'flat']);
    expect(tl('süddeutschland').items.map((i) => [i.hands.dominant?.handshape, i.movement?.type])).toEqual([
      ['fist', 'directed'],
      ['cee', 'circle'],
    ]);
    expect(tl('Berlin').items.map((i) => i.hands.dominant?.handshape)).toEqual(['fist', 'flat']);
  });

  it('fingerspells a compound that cannot be resolved rather than failing', () => {
    const tl = compileTimeline({ glosses: [lexical('KREIS')], nonManuals: [] }, data);
    expect(tl.items.map((i) => [i.kind, i.gloss])).toEqual(['K', 'R', 'E', 'I', 'S'].map((l) => ['fingerspell', l]));
  });

  it('directs an agreement verb from one argument’s locus to the other’s', () => {
    const item = (gloss: string, loci?: GlossForTimeline['loci']) =>
      compileTimeline({ glosses: [lexical(gloss, loci ? { loci } : {})], nonManuals: [] }, data).items[0]!;
    // Citation form without loci.
    expect([item('GEBEN').hands.dominant?.location, item('GEBEN').movement?.direction]).toEqual([
      { site: 'neutral', side: 'centre', distance: 'medium' },
      'away',
    ]);
    // I give you: from the signer to the addressee; you give me: the other way.
    const iGiveYou = item('GEBEN', { subject: '1', object: '2' });
    expect([iGiveYou.hands.dominant?.location.site, iGiveYou.movement?.direction]).toEqual(['chest', 'away']);
    const youGiveMe = item('GEBEN', { subject: '2', object: '1' });
    expect([youGiveMe.hands.dominant?.location.site, youGiveMe.movement?.direction]).toEqual(['neutral', 'towards']);
    // ABHOLEN runs from the object: I fetch it from the place on the right.
    const fetch = item('ABHOLEN', { subject: '1', object: '3a' });
    expect([fetch.hands.dominant?.location.side, fetch.movement?.direction]).toEqual(['dominant', 'left-towards']);
    expect(item('GEBEN', { subject: '1', object: 'x' }).movement?.direction).toBe('away');
  });
});

describe('CH in the manual alphabet', () => {
  it('spells CH as one letter, after SCH', () => {
    expect(spellLetters('Bach')).toEqual(['B', 'A', 'CH']);
    expect(spellLetters('Schach')).toEqual(['SCH', 'A', 'CH']);
    expect(spellLetters('Chemie')[0]).toBe('CH');
  });

  it('signs CH with its own hand, and as C and H where the alphabet has none', () => {
    const word = { glosses: [{ gloss: 'FS-BACH', kind: 'fingerspell' as const, start: 0, end: 4 }], nonManuals: [] };
    expect(compileTimeline(word, data).items.map((i) => i.gloss)).toEqual(['B', 'A', 'CH']);
    const older = { ...data, fingerspelling: system('fingerspelling', ['A', 'B', 'C', 'H']) };
    expect(compileTimeline(word, older).items.map((i) => i.gloss)).toEqual(['B', 'A', 'C', 'H']);
  });
});

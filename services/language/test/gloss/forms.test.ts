import { fingerspellGloss, glossAgreement, glossKindOf, isKnownGlossForm, numberDigits } from '../../src/index.js';

const lexicon = new Set(['ANTRAG', 'KIND', 'TERMIN']);
const known = (id: string) => lexicon.has(id);

describe('gloss forms typed by a person or decoded by a model', () => {
  test('kinds are read from the form', () => {
    expect(glossKindOf('ANTRAG', known)).toBe('lexical');
    expect(glossKindOf('KIND+', known)).toBe('lexical');
    expect(glossKindOf('IX-3b-PL', known)).toBe('index');
    expect(glossKindOf('POSS-2', known)).toBe('index');
    expect(glossKindOf('37', known)).toBe('number');
    expect(glossKindOf('DREI', known)).toBe('number');
    expect(glossKindOf('FS-MÜLLER', known)).toBe('fingerspell');
    expect(glossKindOf('REGEN', known)).toBe('fingerspell');
    expect(glossKindOf('PAUSE', known)).toBe('pause');
  });

  test('numbers carry their digits, numeral words included', () => {
    expect(numberDigits('18.')).toBe('18');
    expect(numberDigits('ZWEIUNDZWANZIG')).toBe('22');
    expect(numberDigits('DRITTE')).toBe('3');
    expect(glossKindOf('ZWANZIGSTE', known)).toBe('number');
    expect(numberDigits('REGEN')).toBeUndefined();
  });

  test('only forms the rules could have written count as known', () => {
    for (const g of ['TERMIN', 'KIND+', 'IX-1-PL', 'IX-3a', 'POSS-2', '26,00', 'ZWEI', 'FS-B1'])
      expect({ g, ok: isKnownGlossForm(g, known) }).toEqual({ g, ok: true });
    // weather signs the lexicon lacks, corpus markers, a bare locus prefix, empty fingerspelling
    for (const g of ['REGEN', 'WOLKE+', '__ON__', 'loc-NORD', 'IX', 'IX-X', 'FS-', 'FS-regen'])
      expect({ g, ok: isKnownGlossForm(g, known) }).toEqual({ g, ok: false });
  });

  test('a symbol without letters is spelled as the word one reads', () => {
    expect(fingerspellGloss('§')).toBe('FS-PARAGRAF');
    expect(fingerspellGloss('%')).toBe('FS-PROZENT');
  });
});

describe('agreement of two gloss sequences', () => {
  test('the same signs in another order agree fully; other signs lower it', () => {
    expect(glossAgreement('MONTAG TERMIN IX-2', 'IX-2 TERMIN MONTAG')).toBe(1);
    expect(glossAgreement('MONTAG TERMIN', 'MONTAG REGEN')).toBe(0.5);
    expect(glossAgreement('REGEN REGEN', 'REGEN')).toBeCloseTo(2 / 3, 6);
    expect(glossAgreement('', 'MONTAG')).toBe(0);
  });
});

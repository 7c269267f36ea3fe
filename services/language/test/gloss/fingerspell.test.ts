import { fingerspellGloss, parseNumberWord, spellLetters } from '../../src/index.js';

describe('fingerspelling and numerals (no analysis needed)', () => {
  test('the gloss is FS- and the upper-case letters', () => {
    expect(fingerspellGloss('Müller')).toBe('FS-MÜLLER');
    expect(fingerspellGloss('z. B.')).toBe('FS-ZB');
    expect(fingerspellGloss('E-Mail')).toBe('FS-EMAIL');
  });

  test('Ä, Ö, Ü, ß and SCH are single letters of the manual alphabet', () => {
    expect(spellLetters('Schäfer')).toEqual(['SCH', 'Ä', 'F', 'E', 'R']);
    expect(spellLetters('Straße')).toEqual(['S', 'T', 'R', 'A', 'ß', 'E']);
    expect(spellLetters('Höfe')).toEqual(['H', 'Ö', 'F', 'E']);
    expect(fingerspellGloss('Straße')).toBe('FS-STRAßE');
  });

  test('German numeral words', () => {
    expect(parseNumberWord('drei')).toBe(3);
    expect(parseNumberWord('zehn')).toBe(10);
    expect(parseNumberWord('siebzehn')).toBe(17);
    expect(parseNumberWord('einundzwanzig')).toBe(21);
    expect(parseNumberWord('zweihundertfünfzig')).toBe(250);
    expect(parseNumberWord('tausend')).toBe(1000);
    expect(parseNumberWord('Antrag')).toBeUndefined();
  });
});

import { glossLexiconFrom } from '../../../src/index.js';
import { entries, gloss, SIGNS, sources, words } from '../support.js';

describe('names: fingerspelled names, street names, abbreviations', () => {
  test('a name after a title is fingerspelled as written; the title is signed', () => {
    const text = 'Frau Müller wohnt in der Hafenstraße 7.';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['FRAU', 'Frau'],
      ['FS-MÜLLER', 'Müller'],
      ['FS-HAFEN', 'Hafen'],
      ['STRASSE', 'straße'],
      ['7', '7'],
      ['WOHNEN', 'wohnt'],
      ['PAUSE', ''],
    ]);
    const muller = s.glosses[1]!;
    expect(muller).toMatchObject({ kind: 'fingerspell', letters: ['M', 'Ü', 'L', 'L', 'E', 'R'], signable: true });
    expect(muller.review).toBeUndefined();
    expect(s.glosses[2]!.compound).toBe('Hafenstraße');
    expect(s.glosses[3]!.compound).toBe('Hafenstraße');
    expect(s.rules).toContain('names');
  });

  test('a street name is fingerspelled even when its first part has a sign', () => {
    const lex = glossLexiconFrom(entries([...SIGNS, 'HAFEN Hafen/NOUN']));
    expect(words(gloss('Frau Müller wohnt in der Hafenstraße 7.', {}, lex)).slice(2, 4)).toEqual([
      'FS-HAFEN',
      'STRASSE',
    ]);
  });

  test('-weg is a street before a house number; titles in a row', () => {
    expect(words(gloss('Herr Dr. Schmidt wohnt am Parkweg 3.'))).toEqual([
      'HERR',
      'FS-DR',
      'FS-SCHMIDT',
      'FS-PARK',
      'FS-WEG',
      '3',
      'WOHNEN',
    ]);
  });

  test('a proper noun with a sign is signed, without one fingerspelled', () => {
    const text = 'Sie wohnt in Münster.';
    expect(sources(text, gloss(text))).toContainEqual(['FS-MÜNSTER', 'Münster']);
    const lex = glossLexiconFrom(entries([...SIGNS, 'MÜNSTER Münster/NOUN']));
    expect(words(gloss(text, {}, lex))).toContain('MÜNSTER');
  });

  test('abbreviations: the sign of the long form, else the letters', () => {
    const text = 'Bringen Sie z. B. Ihren Ausweis mit.';
    expect(sources(text, gloss(text))[0]).toEqual(['BEISPIEL', 'z. B.']);
    const og = gloss('Die Behörde ist im 2. OG.').glosses.find((g) => g.kind === 'fingerspell')!;
    expect(og).toMatchObject({ gloss: 'FS-OG', letters: ['O', 'G'] });
  });
});

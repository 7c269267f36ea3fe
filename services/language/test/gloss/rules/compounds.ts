import { glossLexiconFrom } from '../../../src/index.js';
import { entries, gloss, SIGNS, sources, words } from '../support.js';

describe('compounds: split at known signs', () => {
  test('Personalausweisbehörde → PERSONALAUSWEIS BEHÖRDE, each part with its span', () => {
    const text = 'Die Personalausweisbehörde ist im 2. OG.';
    const s = gloss(text);
    expect(sources(text, s).slice(0, 2)).toEqual([
      ['PERSONALAUSWEIS', 'Personalausweis'],
      ['BEHÖRDE', 'behörde'],
    ]);
    expect(s.glosses[0]).toMatchObject({
      kind: 'lexical',
      compound: 'Personalausweisbehörde',
      mouthing: 'Personalausweis',
    });
    expect(s.glosses[1]).toMatchObject({ kind: 'lexical', compound: 'Personalausweisbehörde', mouthing: 'Behörde' });
    expect(s.rules).toContain('compounds');
  });

  test('a linking -s- is dropped before the look-up and stays in the span', () => {
    const text = 'Bringen Sie Ihre Geburtsurkunde mit.';
    expect(sources(text, gloss(text)).slice(1, 3)).toEqual([
      ['GEBURT', 'Geburts'],
      ['URKUNDE', 'urkunde'],
    ]);
  });

  test('a part without a sign is fingerspelled', () => {
    // Without WOHNEN, `wohn` is not signed as the verb stem either.
    const lex = glossLexiconFrom(entries(SIGNS.filter((l) => !l.startsWith('WOHNEN '))));
    const s = gloss('Der Wohngeldantrag ist neu.', {}, lex);
    expect(words(s)).toEqual(['FS-WOHN', 'GELD', 'ANTRAG', 'NEU']);
    expect(s.glosses[0]).toMatchObject({ kind: 'fingerspell', compound: 'Wohngeldantrag' });
  });

  test('a compound with its own sign is not split', () => {
    const lex = glossLexiconFrom(entries([...SIGNS, 'WOHNGELDANTRAG Wohngeldantrag/NOUN']));
    const s = gloss('Der Wohngeldantrag ist neu.', {}, lex);
    expect(words(s)).toEqual(['WOHNGELDANTRAG', 'NEU']);
    expect(s.rules).not.toContain('compounds');
  });

  test('a prefix is not a compound part: Unterlage stays whole', () => {
    const lex = glossLexiconFrom(entries(['LAGE Lage/NOUN', 'UNTER unter/ADP', 'BRAUCHEN brauchen/VERB']));
    expect(words(gloss('Ich brauche die Unterlage.', {}, lex))).toContain('FS-UNTERLAGE');
  });

  test('the head must be a noun sign: Bauvorhaben is no BAUVOR HABEN', () => {
    expect(words(gloss('Das Bauvorhaben ist neu.'))[0]).toBe('FS-BAUVORHABEN');
  });

  test('a short head next to a fingerspelled modifier is a chance match: Abfuhr is no ABF UHR', () => {
    expect(words(gloss('Die Abfuhr ist heute.'))).toContain('FS-ABFUHR');
  });

  test('no known part: fingerspelled whole by the lemma rule', () => {
    const s = gloss('Der Parkplatz ist neu.');
    expect(words(s)[0]).toBe('FS-PARKPLATZ');
    expect(s.rules).not.toContain('compounds');
  });
});

describe('compound modifiers written with a hyphen or as a verb stem in -er', () => {
  const lex = glossLexiconFrom(
    entries([...SIGNS, 'KITA Kita/NOUN', 'ANMELDEN Anmeldung/NOUN', 'FÖRDERN fördern/VERB', 'SCHULE Schule/NOUN']),
  );

  test('Kita-Anmeldung → KITA ANMELDEN: the part before the hyphen is looked up as a word', () => {
    expect(words(gloss('Die Kita-Anmeldung ist offen.', {}, lex)).slice(0, 2)).toEqual(['KITA', 'ANMELDEN']);
  });

  test('a modifier without a sign is spelled without its hyphen: FS-TAGES', () => {
    expect(words(gloss('Die Tages-Anmeldung ist offen.', {}, lex)).slice(0, 2)).toEqual(['FS-TAGES', 'ANMELDEN']);
  });

  test('Förderschule → FÖRDERN SCHULE: a stem in -er takes -n for its infinitive', () => {
    expect(words(gloss('Die Förderschule ist groß.', {}, lex)).slice(0, 2)).toEqual(['FÖRDERN', 'SCHULE']);
  });
});

describe('a modifier of two known words whose second is no noun', () => {
  const lex = glossLexiconFrom(
    entries([
      ...SIGNS,
      'SCHULE Schule/NOUN',
      'SOZIAL sozial/ADJ',
      'ARBEIT Arbeit/NOUN',
      'FÖRDERN fördern/VERB',
      'KLASSE Klasse/NOUN',
    ]),
  );

  test('Schulsozialarbeit → SCHULE SOZIAL ARBEIT', () => {
    expect(words(gloss('Die Schulsozialarbeit hilft.', {}, lex)).slice(0, 3)).toEqual(['SCHULE', 'SOZIAL', 'ARBEIT']);
  });

  test('Schulförderklasse → SCHULE FÖRDERN KLASSE: a verb stem in the middle', () => {
    expect(words(gloss('Die Schulförderklasse ist neu.', {}, lex)).slice(0, 3)).toEqual([
      'SCHULE',
      'FÖRDERN',
      'KLASSE',
    ]);
  });
});

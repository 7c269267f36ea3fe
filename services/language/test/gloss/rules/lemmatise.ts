import { glossLexiconFrom } from '../../../src/index.js';
import { singularGuesses } from '../../../src/gloss/rules/lemmatise.js';
import { entries, gloss, SIGNS, sources, words } from '../support.js';

describe('lemmatise: the sign of the lemma', () => {
  test('content words → their lemma’s sign, mouthing the lemma, with the review state', () => {
    const text = 'Die Gebühr beträgt 37,00 Euro.';
    const s = gloss(text);
    expect(s.glosses[0]).toMatchObject({ gloss: 'GEBÜHR', kind: 'lexical', mouthing: 'Gebühr', review: 'approved' });
    // BETRAGEN is a draft sign in the test lexicon.
    expect(s.glosses[3]).toMatchObject({ gloss: 'BETRAGEN', mouthing: 'betragen', review: 'draft', signable: true });
    expect(s.rules).toContain('lemmatise');
  });

  test('inflected forms: Anträge → ANTRAG, möchte → MÖCHTEN, keinen → KEIN', () => {
    expect(words(gloss('Wir haben drei Anträge erhalten.'))).toContain('ANTRAG');
    expect(words(gloss('Ich möchte meinen Ausweis abholen.'))).toContain('MÖCHTEN');
    expect(words(gloss('Ich habe keinen Termin.'))).toContain('KEIN');
  });

  test('a state-passive participle is looked up as an adjective first', () => {
    const text = 'Das Bürgerbüro ist am 3. Oktober geschlossen.';
    expect(sources(text, gloss(text))).toContainEqual(['GESCHLOSSEN', 'geschlossen']);
    expect(words(gloss('Wann ist das Bürgerbüro geöffnet?'))).toContain('ÖFFNEN');
  });

  test('two words that are one sign', () => {
    const lex = glossLexiconFrom(entries([...SIGNS, 'WIE-VIEL wie_viel']));
    const text = 'Wie viel kostet der Reisepass?';
    const s = gloss(text, {}, lex);
    expect(sources(text, s)).toContainEqual(['WIE-VIEL', 'Wie viel']);
    expect(words(s)).toEqual(['REISEPASS', 'KOSTEN', 'WIE-VIEL']);
  });

  test('existential es gibt: DA, or the sign for es gibt, or nothing', () => {
    const text = 'Es gibt heute keine Termine.';
    expect(sources(text, gloss(text))).toContainEqual(['DA', 'gibt']);
    const withSign = glossLexiconFrom(entries([...SIGNS, 'ES-GIBT es_gibt']));
    expect(words(gloss(text, {}, withSign))).toEqual(['HEUTE', 'TERMIN', 'KEIN', 'ES-GIBT']);
    const without = glossLexiconFrom(entries(['TERMIN Termin/NOUN', 'KEIN kein/DET', 'HEUTE heute/ADV']));
    expect(words(gloss(text, {}, without))).toEqual(['HEUTE', 'TERMIN', 'KEIN']);
  });

  test('a content word without a sign is fingerspelled (its lemma)', () => {
    const text = 'Ihr Aktenzeichen lautet 32-1234/2026.';
    const s = gloss(text);
    const lauten = s.glosses.find((g) => g.gloss === 'FS-LAUTEN')!;
    expect(lauten).toMatchObject({ kind: 'fingerspell', signable: true, mouthing: 'lauten' });
    expect(lauten.review).toBeUndefined();
    expect(text.slice(lauten.start, lauten.end)).toBe('lautet');
    expect(s.rules).toEqual(expect.arrayContaining(['lemmatise', 'fingerspell']));
  });

  test('with unknownWords: mark, it is kept as an unsignable gloss instead', () => {
    const s = gloss('Ihr Aktenzeichen lautet 32-1234/2026.', { unknownWords: 'mark' });
    expect(s.glosses.find((g) => g.gloss === 'LAUTEN')).toMatchObject({ kind: 'lexical', signable: false });
    expect(s.rules).not.toContain('fingerspell');
  });

  test('a conjunction takes no adverb sign: da (because) is WEIL, not DA (there)', () => {
    const text = 'Bitte warten Sie, da die Bearbeitung dauert.';
    expect(sources(text, gloss(text))[0]).toEqual(['WEIL', 'da']);
  });

  test('a function word without a sign is dropped, one that carries meaning is fingerspelled', () => {
    expect(words(gloss('Informationen finden Sie unter www.muenster.de.'))).not.toContain('FS-UNTER');
    expect(words(gloss('Seit Montag ist das Amt geschlossen.'))).toEqual(['FS-SEIT', 'MONTAG', 'AMT', 'GESCHLOSSEN']);
  });
});

describe('lemmatise: lemmas the analyser left in the plural, and stranded zu/auf', () => {
  const lex = glossLexiconFrom(
    entries([
      ...SIGNS,
      'IMPFUNG Impfung/NOUN',
      'FACH Fach/NOUN',
      'GESCHLOSSEN geschlossen/ADJ',
      'OFFEN offen/ADJ',
      'HELFEN helfen/VERB',
    ]),
  );

  test('a plural lemma finds its singular noun sign (Impfungen → IMPFUNG, Fächer → FACH)', () => {
    expect(words(gloss('Die Schutzimpfungen und Impfungen sind wichtig.', {}, lex))).toContain('IMPFUNG');
    expect(words(gloss('Die Fächer sind schwer.', {}, lex))[0]).toMatch(/^FACH/);
  });

  test('singular guesses take off plural endings and undo an umlaut before -er', () => {
    expect(singularGuesses('Impfungen')).toContain('Impfung');
    expect(singularGuesses('Fächer')).toContain('Fach');
    expect(singularGuesses('Ärztinnen')).toContain('Ärztin');
  });

  test('a stranded zu or auf says closed or open', () => {
    expect(words(gloss('Am Sonntag ist das Bürgerbüro zu.', {}, lex))).toContain('GESCHLOSSEN');
    expect(words(gloss('Ab 8 Uhr ist das Bürgerbüro auf.', {}, lex))).toContain('OFFEN');
  });

  test('a preposition before a colon is not stranded: its object follows, and it is left out', () => {
    const glosses = words(gloss('Wir helfen bei:', {}, lex));
    expect(glosses).toContain('HELFEN');
    expect(glosses.some((g) => g.startsWith('FS-'))).toBe(false);
  });
});

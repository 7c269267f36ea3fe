import { glossLexiconFrom } from '../../../src/index.js';
import { entries, gloss, marks, SIGNS, sources, words } from '../support.js';

const lex = glossLexiconFrom(
  entries([
    ...SIGNS,
    'BERATEN beraten/VERB',
    'BERUF Beruf/NOUN',
    'MITARBEITER Mitarbeiter/NOUN',
    'VOLLSTÄNDIG vollständig/ADJ',
    'ERLAUBEN erlauben/VERB',
    'JUGEND Jugend/NOUN',
    'FLÜCHTEN flüchten/VERB',
    'VIELLEICHT vielleicht/ADV',
    'KURS Kurs/NOUN',
    'SCHULE Schule/NOUN',
  ]),
);

describe('rephrase: a word without a sign of its own, signed another way before it is fingerspelled', () => {
  test('a verbal noun is signed with its verb, mouthing the noun, and the choice is recorded', () => {
    const text = 'Die Beratung ist kostenlos.';
    const s = gloss(text, {}, lex);
    expect(sources(text, s)[0]).toEqual(['BERATEN', 'Beratung']);
    expect(s.glosses[0]).toMatchObject({
      kind: 'lexical',
      mouthing: 'Beratung',
      rephrased: { word: 'Beratung', how: 'base', steps: ['verbal-noun'] },
    });
    expect(s.rules).toContain('rephrase');
  });

  test('denominal adjectives, feminine nouns and nominalised adjectives reach their base', () => {
    expect(words(gloss('Die berufliche Schule ist neu.', {}, lex))).toContain('BERUF');
    expect(words(gloss('Die Mitarbeiterin prüft den Antrag.', {}, lex))).toContain('MITARBEITER');
    expect(words(gloss('Jugendliche haben einen Termin.', {}, lex))).toContain('JUGEND');
    expect(words(gloss('Geflüchtete haben einen Termin.', {}, lex))).toContain('FLÜCHTEN');
  });

  test('an agent noun is its activity and PERSON', () => {
    const s = gloss('Der Berater prüft den Antrag.', {}, lex);
    expect(words(s).slice(0, 2)).toEqual(['BERATEN', 'PERSON']);
  });

  test('un-: the positive adjective and NICHT under a headshake, so the negation is not lost', () => {
    const s = gloss('Der Antrag ist unvollständig.', {}, lex);
    expect(words(s)).toEqual(['ANTRAG', 'VOLLSTÄNDIG', 'NICHT']);
    expect(marks(s)).toContain('headshake VOLLSTÄNDIG NICHT');
  });

  test('a compound head without a sign is signed with its base', () => {
    const s = gloss('Die Kurserlaubnis ist gültig.', {}, lex);
    expect(words(s).slice(0, 2)).toEqual(['KURS', 'ERLAUBEN']);
    expect(s.glosses[1]).toMatchObject({ compound: 'Kurserlaubnis', rephrased: { how: 'base' } });
  });

  test('synonyms: bzw. → ODER, ggf. → VIELLEICHT', () => {
    const text = 'Sie brauchen ggf. einen Ausweis bzw. einen Reisepass.';
    const s = gloss(text, {}, lex);
    expect(words(s)).toEqual(expect.arrayContaining(['VIELLEICHT', 'ODER']));
    expect(s.glosses.find((g) => g.gloss === 'ODER')).toMatchObject({ rephrased: { word: 'bzw.', how: 'synonym' } });
    expect(words(s).some((w) => w.startsWith('FS-'))).toBe(false);
  });

  test('words DGS leaves out are not fingerspelled, and reported as omitted with the reason', () => {
    const text = 'Dafür brauchen Sie einen Termin.';
    const s = gloss(text, {}, lex);
    expect(words(s)).not.toContain('FS-DAFÜR');
    expect(s.omitted).toEqual([{ word: 'Dafür', start: 0, end: 5, reason: 'reference' }]);
    const course = gloss('Der Kurs findet am Montag statt.', {}, lex);
    expect(words(course)).toEqual(['MONTAG', 'KURS']);
    expect(course.omitted?.map((o) => o.reason)).toEqual(['light-verb']);
  });

  test('a word with its own sign is never rephrased; a word with neither is still fingerspelled', () => {
    const own = glossLexiconFrom(entries([...SIGNS, 'BERATUNG Beratung/NOUN', 'BERATEN beraten/VERB']));
    expect(words(gloss('Die Beratung ist kostenlos.', {}, own))[0]).toBe('BERATUNG');
    expect(words(gloss('Die Beratung ist kostenlos.'))[0]).toBe('FS-BERATUNG');
  });
});

describe('compound parts signed with their base', () => {
  const parts = glossLexiconFrom(
    entries([...SIGNS, 'BEREICH Bereich/NOUN', 'BERATEN beraten/VERB', 'LANDEN landen/VERB', 'KREIS Kreis/NOUN']),
  );

  test('a verb stem as modifier: Wartebereich → WARTEN BEREICH', () => {
    const s = gloss('Der Wartebereich ist im 2. OG.', {}, parts);
    expect(words(s).slice(0, 2)).toEqual(['WARTEN', 'BEREICH']);
    expect(s.glosses[0]).toMatchObject({ compound: 'Wartebereich', rephrased: { how: 'base', steps: ['verb-stem'] } });
  });

  test('a derived modifier: Beratungsbereich → BERATEN BEREICH', () => {
    expect(words(gloss('Der Beratungsbereich ist neu.', {}, parts)).slice(0, 2)).toEqual(['BERATEN', 'BEREICH']);
  });

  test('a noun spelled like a verb stem stays a noun: Landkreis is no LANDEN', () => {
    expect(words(gloss('Der Landkreis ist groß.', {}, parts))).not.toContain('LANDEN');
  });
});

describe('phrases: verb phrases DGS does not sign word for word', () => {
  const lex2 = glossLexiconFrom(
    entries([...SIGNS, 'ANGEBOT Angebot/NOUN', 'ES-GIBT es_gibt', 'NUTZEN nutzen/VERB', 'BERATEN beraten/VERB']),
  );

  test('a light verb is left out and the noun signed: einen Antrag stellen → ANTRAG', () => {
    const text = 'Sie können einen Antrag stellen.';
    const s = gloss(text, {}, lex2);
    expect(words(s)).toEqual(['IX-2', 'ANTRAG', 'KÖNNEN']);
    expect(s.omitted).toEqual([{ word: 'stellen', start: 24, end: 31, reason: 'light-verb' }]);
    // Also with a compound noun: Asylantrag.
    expect(words(gloss('Sie können einen Asylantrag stellen.', {}, lex2))).not.toContain('STELLEN');
  });

  test('a phrase with its own sign: zur Verfügung stehen → ES-GIBT, in Anspruch nehmen → NUTZEN', () => {
    const s = gloss('Das Angebot steht Ihnen zur Verfügung.', {}, lex2);
    expect(words(s)).toContain('ES-GIBT');
    expect(words(s).some((w) => /STEHEN|VERFÜGUNG/.test(w))).toBe(false);
    expect(s.glosses.find((g) => g.gloss === 'ES-GIBT')).toMatchObject({
      rephrased: { word: 'stehen', how: 'phrase' },
    });
    expect(words(gloss('Sie können das Angebot in Anspruch nehmen.', {}, lex2))).toContain('NUTZEN');
  });

  test('causative lassen: sich beraten lassen → BERATEN', () => {
    const s = gloss('Sie können sich beraten lassen.', {}, lex2);
    expect(words(s)).toContain('BERATEN');
    expect(words(s).some((w) => w.includes('LASSEN'))).toBe(false);
  });

  test('stellen outside such a phrase is still signed', () => {
    expect(words(gloss('Stellen Sie den Antrag hier ab.', {}, lex2)).some((w) => w.includes('STELL'))).toBe(true);
  });
});

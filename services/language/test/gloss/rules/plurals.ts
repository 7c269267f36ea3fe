import { gloss, sources, words } from '../support.js';

describe('plurals: repetition, ANTRAG+', () => {
  test('a plural noun gets repeat 2 and a + in the gloss', () => {
    const text = 'Die Anträge sind neu.';
    const s = gloss(text);
    expect(sources(text, s)[0]).toEqual(['ANTRAG+', 'Anträge']);
    expect(s.glosses[0]).toMatchObject({ kind: 'lexical', repeat: 2, mouthing: 'Antrag' });
    expect(s.rules).toContain('plurals');
  });

  test('not after a numeral', () => {
    const s = gloss('Wir haben drei Anträge erhalten.');
    expect(words(s)).toEqual(['IX-1-PL', 'DREI', 'ANTRAG', 'ERHALTEN']);
    expect(s.glosses[2]!.repeat).toBeUndefined();
    expect(words(gloss('Wir haben 10.000 Anträge.'))).toEqual(['IX-1-PL', '10000', 'ANTRAG', 'HABEN']);
    expect(words(gloss('Der Personalausweis ist zehn Jahre gültig.'))).toContain('JAHR');
  });

  test('not after a quantifier, kein included', () => {
    expect(words(gloss('Es gibt heute keine Termine.'))).toContain('TERMIN');
    expect(words(gloss('Viele Anträge sind neu.'))).toContain('ANTRAG');
  });

  test('not for plural-only nouns and not for fingerspelled words', () => {
    expect(words(gloss('Die Kosten betragen 10 % der Gebühr.'))[0]).toBe('KOSTEN');
    expect(words(gloss('Die Leistungen sind neu.'))[0]).toBe('FS-LEISTUNG');
  });

  test('a split compound: its head decides (Baukosten → FS-BAU KOSTEN, no repetition)', () => {
    expect(words(gloss('Die Gebühr richtet sich nach den Baukosten.'))).toEqual([
      'GEBÜHR',
      'FS-NACH',
      'FS-BAU',
      'KOSTEN',
      'FS-RICHTEN',
    ]);
  });

  test('after a possessive the plural is repeated', () => {
    expect(words(gloss('Bringen Sie Ihre Unterlagen mit.'))).toEqual(['POSS-2', 'UNTERLAGE+', 'MITBRINGEN']);
  });
});

import { all, gloss, sources, words } from '../support.js';

describe('drop: words DGS does not sign', () => {
  test('articles', () => {
    const text = 'Der Antrag wird nicht bearbeitet.';
    const s = gloss(text);
    expect(sources(text, s).map(([, src]) => src)).not.toContain('Der');
    expect(s.rules).toContain('drop');
  });

  test('the copula sein', () => {
    const s = gloss('Der Personalausweis ist zehn Jahre gültig.');
    expect(words(s)).toEqual(['PERSONALAUSWEIS', 'ZEHN', 'JAHR', 'GÜLTIG']);
  });

  test('sein as copula with a place: the place phrase stays, its preposition goes', () => {
    const text = 'Der Antrag ist im Bürgerbüro.';
    expect(sources(text, gloss(text))).toEqual([
      ['ANTRAG', 'Antrag'],
      ['BÜRGERBÜRO', 'Bürgerbüro'],
      ['PAUSE', ''],
    ]);
  });

  test('tense auxiliary haben, but haben as a full verb stays', () => {
    expect(words(gloss('Wir haben drei Anträge erhalten.'))).toEqual(['IX-1-PL', 'DREI', 'ANTRAG', 'ERHALTEN']);
    expect(words(gloss('Ich habe keinen Termin.'))).toEqual(['IX-1', 'TERMIN', 'KEIN', 'HABEN']);
  });

  test('passive auxiliary werden', () => {
    expect(words(gloss('Der Antrag wird nicht bearbeitet.'))).toEqual(['ANTRAG', 'BEARBEITEN', 'NICHT']);
  });

  test('the zu of an infinitive and the um of um … zu', () => {
    const text = 'Sie müssen den Antrag ausfüllen, um Geld zu bekommen.';
    const spans = sources(text, gloss(text)).map(([, src]) => src);
    expect(spans).not.toContain('zu');
    expect(spans).not.toContain('um');
  });

  test('expletive es before a dass clause, but es as a pronoun is signed', () => {
    expect(all(gloss('Es ist wichtig, dass Sie pünktlich kommen.'))).toEqual([
      'WICHTIG',
      'PAUSE',
      'IX-2',
      'PÜNKTLICH',
      'KOMMEN',
      'PAUSE',
    ]);
    expect(words(gloss('Bringen Sie es bitte mit.'))).toEqual(['BITTE', 'IX-3a', 'MITBRINGEN']);
  });

  test('reflexive pronouns', () => {
    expect(words(gloss('Sie müssen sich anmelden.'))).toEqual(['IX-2', 'ANMELDEN', 'MÜSSEN']);
    expect(words(gloss('Ich melde mich an.'))).toEqual(['IX-1', 'ANMELDEN']);
  });

  test('modal particles and demonstrative determiners', () => {
    expect(words(gloss('Rufen Sie doch mal an.'))).toEqual(['ANRUFEN']);
    expect(words(gloss('Dieser Antrag ist neu.'))).toEqual(['ANTRAG', 'NEU']);
  });

  test('punctuation becomes pauses, not glosses; bitte stays', () => {
    const s = gloss('Bitte rufen Sie uns an.');
    expect(s.glosses.map((g) => [g.gloss, g.kind])).toEqual([
      ['BITTE', 'lexical'],
      ['IX-1-PL', 'index'],
      ['ANRUFEN', 'lexical'],
      ['PAUSE', 'pause'],
    ]);
  });

  test('unter with an address, link or number means "at" and is not signed; an age limit keeps UNTER', () => {
    expect(words(gloss('Sie erreichen uns unter 0251 492-0.'))).not.toContain('UNTER');
    expect(words(gloss('Buchen Sie einen Termin unter https://www.stadt-muenster.example/termine.'))).not.toContain(
      'UNTER',
    );
    expect(words(gloss('Sie erreichen uns unter der Nummer 0251 492-0.'))).not.toContain('UNTER');
    expect(words(gloss('Kinder unter 16 Jahren brauchen einen Kinderreisepass.'))).toContain('UNTER');
  });
});

describe('drop: prepositions DGS expresses in space', () => {
  test('a direction to a place loses its preposition; nach in time keeps it', () => {
    expect(words(gloss('Sie fahren nach Münster.'))).not.toContain('FS-NACH');
    expect(words(gloss('Kommen Sie nach dem Termin ins Bürgerbüro.'))).toContain('FS-NACH');
  });
});

import { gloss, marks, words } from '../support.js';

describe('topic: a fronted object is signed first, with raised brows', () => {
  test('Den Antrag können Sie online ausfüllen → ANTRAG first, brows raised over it', () => {
    const s = gloss('Den Antrag können Sie online ausfüllen.');
    expect(words(s)).toEqual(['ANTRAG', 'IX-2', 'ONLINE', 'AUSFÜLLEN', 'KÖNNEN']);
    expect(marks(s)).toEqual(['brows-raised ANTRAG']);
    expect(s.rules).toContain('topic');
  });

  test('the whole fronted noun phrase is the topic', () => {
    const s = gloss('Ihren Ausweis holen Sie im Bürgerbüro ab.');
    expect(words(s).slice(0, 2)).toEqual(['POSS-2', 'AUSWEIS']);
    expect(marks(s)).toEqual(['brows-raised POSS-2 AUSWEIS']);
  });

  test('no topic for a fronted subject, a time, or in a question', () => {
    for (const text of [
      'Das Amt prüft den Antrag.',
      'Am Montag ist das Amt geschlossen.',
      'Den Antrag finden Sie hier?',
    ]) {
      const s = gloss(text);
      expect(s.rules).not.toContain('topic');
    }
  });
});

import { gloss, marks, sources, words } from '../support.js';

describe('questions', () => {
  test('W-question: the W-word at the end, brows furrowed over the question', () => {
    const text = 'Was kostet ein Reisepass?';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['REISEPASS', 'Reisepass'],
      ['KOSTEN', 'kostet'],
      ['WAS', 'Was'],
      ['PAUSE', ''],
    ]);
    expect(s.nonManuals).toEqual([{ type: 'brows-furrowed', from: 0, to: 2 }]);
    expect(s.rules).toContain('questions');
  });

  test('whWordTwice: the W-word first and last', () => {
    const s = gloss('Was kostet ein Reisepass?', { whWordTwice: true });
    expect(words(s)).toEqual(['WAS', 'REISEPASS', 'KOSTEN', 'WAS']);
    expect(s.glosses[0]!.start).toBe(s.glosses[3]!.start);
    expect(marks(s)).toEqual(['brows-furrowed WAS REISEPASS KOSTEN WAS']);
  });

  test('a W-determiner moves, its noun stays', () => {
    expect(words(gloss('Welche Unterlagen brauche ich?'))).toEqual(['IX-1', 'UNTERLAGE+', 'BRAUCHEN', 'WELCH']);
  });

  test('W-question with a state passive', () => {
    expect(words(gloss('Wann ist das Bürgerbüro geöffnet?'))).toEqual(['BÜRGERBÜRO', 'ÖFFNEN', 'WANN']);
  });

  test('yes/no question: clause order, brows raised over the question', () => {
    const s = gloss('Brauche ich einen Termin?');
    expect(words(s)).toEqual(['IX-1', 'TERMIN', 'BRAUCHEN']);
    expect(s.nonManuals).toEqual([{ type: 'brows-raised', from: 0, to: 2 }]);
  });

  test('a statement has no question marker', () => {
    const s = gloss('Ich brauche einen Termin.');
    expect(s.nonManuals).toEqual([]);
    expect(s.rules).not.toContain('questions');
  });
});

import { gloss } from '../support.js';

describe('pauses: between clauses and at the end', () => {
  test('a sentence pause at the end, zero-width after the final punctuation', () => {
    const text = 'Der Antrag wird nicht bearbeitet.';
    const s = gloss(text);
    const last = s.glosses[s.glosses.length - 1]!;
    expect(last).toEqual({
      gloss: 'PAUSE',
      kind: 'pause',
      start: text.length,
      end: text.length,
      signable: true,
      pause: 'sentence',
    });
    expect(s.rules).toContain('pauses');
  });

  test('a clause pause where the first clause ends, after its last word', () => {
    const text = 'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.';
    const s = gloss(text);
    const pauses = s.glosses.filter((g) => g.kind === 'pause');
    expect(pauses.map((p) => [p.pause, p.start, p.end])).toEqual([
      ['clause', text.indexOf(','), text.indexOf(',')],
      ['sentence', text.length, text.length],
    ]);
    expect(s.glosses[2]!.kind).toBe('pause');
  });

  test('coordinated main clauses are two clauses with a pause between', () => {
    const s = gloss('Füllen Sie das Formular aus und bringen Sie es mit.');
    expect(s.glosses.map((g) => g.pause ?? g.gloss)).toEqual([
      'FORMULAR',
      'AUSFÜLLEN',
      'clause',
      'IX-3a',
      'MITBRINGEN',
      'sentence',
    ]);
  });

  test('a heading without punctuation still ends with a sentence pause', () => {
    const s = gloss('Termin im Bürgerbüro');
    expect(s.glosses.map((g) => g.gloss)).toEqual(['TERMIN', 'BÜRGERBÜRO', 'PAUSE']);
    expect(s.glosses[2]!.start).toBe('Termin im Bürgerbüro'.length);
  });
});

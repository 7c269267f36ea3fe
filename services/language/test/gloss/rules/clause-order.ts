import { all, gloss, marks, sources } from '../support.js';

describe('clause-order: subordinate clauses first, relative clauses after their noun', () => {
  test('a weil clause after the main clause moves before it', () => {
    const text = 'Der Antrag wird nicht bearbeitet, weil die Gebühr fehlt.';
    const s = gloss(text);
    expect(all(s)).toEqual(['WEIL', 'GEBÜHR', 'FEHLEN', 'PAUSE', 'ANTRAG', 'BEARBEITEN', 'NICHT', 'PAUSE']);
    expect(s.rules).toContain('clause-order');
  });

  test('a wenn clause after the main clause moves before it, with its brows', () => {
    const s = gloss('Sie können den Antrag online ausfüllen, wenn Sie einen Ausweis haben.');
    expect(all(s)).toEqual([
      'IX-2',
      'AUSWEIS',
      'HABEN',
      'PAUSE',
      'IX-2',
      'ONLINE',
      'ANTRAG',
      'AUSFÜLLEN',
      'KÖNNEN',
      'PAUSE',
    ]);
    expect(marks(s)).toEqual(['brows-raised IX-2 AUSWEIS HABEN']);
  });

  test('a dass clause stays after its main clause', () => {
    const s = gloss('Es ist wichtig, dass Sie pünktlich kommen.');
    expect(all(s)).toEqual(['WICHTIG', 'PAUSE', 'IX-2', 'PÜNKTLICH', 'KOMMEN', 'PAUSE']);
    expect(s.rules).not.toContain('clause-order');
  });

  test('both parts of coordinated dass clauses stay after the main clause', () => {
    const s = gloss('Wichtig ist, dass Sie pünktlich kommen und dass Sie den Ausweis mitbringen.');
    expect(all(s)).toEqual([
      'WICHTIG',
      'PAUSE',
      'IX-2',
      'PÜNKTLICH',
      'KOMMEN',
      'PAUSE',
      'IX-2',
      'AUSWEIS',
      'MITBRINGEN',
      'PAUSE',
    ]);
  });

  test('a relative clause follows its noun; the relative pronoun is not signed', () => {
    const text = 'Der Antrag, den Sie gestellt haben, wird nicht bearbeitet, weil die Gebühr fehlt.';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['WEIL', 'weil'],
      ['GEBÜHR', 'Gebühr'],
      ['FEHLEN', 'fehlt'],
      ['PAUSE', ''],
      ['ANTRAG', 'Antrag'],
      ['IX-2', 'Sie'],
      ['STELLEN', 'gestellt'],
      ['PAUSE', ''],
      ['BEARBEITEN', 'bearbeitet'],
      ['NICHT', 'nicht'],
      ['PAUSE', ''],
    ]);
    expect(marks(s)).toEqual(['headshake BEARBEITEN NICHT']);
  });
});

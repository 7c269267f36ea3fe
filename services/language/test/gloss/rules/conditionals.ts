import { gloss, marks, sources } from '../support.js';

describe('conditionals: raised brows instead of WENN', () => {
  test('Wenn Sie umziehen, … : the condition first, brows raised over it, WENN not signed', () => {
    const text = 'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.';
    const s = gloss(text);
    expect(sources(text, s).slice(0, 3)).toEqual([
      ['IX-2', 'Sie'],
      ['UMZIEHEN', 'umziehen'],
      ['PAUSE', ''],
    ]);
    expect(s.nonManuals).toEqual([{ type: 'brows-raised', from: 0, to: 1 }]);
    expect(s.rules).toContain('conditionals');
  });

  test('WENN is not signed even when the lexicon has it', () => {
    const s = gloss('Wenn die Kinder kommen, müssen sie warten.');
    expect(s.glosses.map((g) => g.gloss)).not.toContain('WENN');
    expect(marks(s)).toEqual(['brows-raised KIND+ KOMMEN']);
  });

  test('a verb-first condition without wenn gets raised brows too', () => {
    const s = gloss('Sprechen Sie wenig Deutsch, dürfen Sie eine Person mitbringen.');
    expect(s.glosses.map((g) => g.gloss)).toEqual([
      'IX-2',
      'FS-WENIG',
      'FS-DEUTSCH',
      'SPRECHEN',
      'PAUSE',
      'IX-2',
      'PERSON',
      'MITBRINGEN',
      'DÜRFEN',
      'PAUSE',
    ]);
    expect(marks(s)).toEqual(['brows-raised IX-2 FS-WENIG FS-DEUTSCH SPRECHEN']);
  });

  test('a causal clause keeps its conjunction sign and has no brows', () => {
    const s = gloss('Der Antrag wird nicht bearbeitet, weil die Gebühr fehlt.');
    expect(s.glosses[0]!.gloss).toBe('WEIL');
    expect(s.rules).not.toContain('conditionals');
    expect(marks(s)).toEqual(['headshake BEARBEITEN NICHT']);
  });
});

import { gloss, sources } from '../support.js';

describe('separable-verb: one sign at the verb', () => {
  test('rufen … an → ANRUFEN, the particle unsigned', () => {
    const text = 'Bitte rufen Sie uns an.';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['BITTE', 'Bitte'],
      ['IX-1-PL', 'uns'],
      ['ANRUFEN', 'rufen'],
      ['PAUSE', ''],
    ]);
    expect(s.glosses[2]).toMatchObject({ kind: 'lexical', mouthing: 'anrufen', signable: true, review: 'approved' });
    expect(s.rules).toContain('separable-verb');
  });

  test('two particle verbs in coordinated clauses', () => {
    const text = 'Füllen Sie das Formular aus und bringen Sie es mit.';
    expect(sources(text, gloss(text))).toEqual([
      ['FORMULAR', 'Formular'],
      ['AUSFÜLLEN', 'Füllen'],
      ['PAUSE', ''],
      ['IX-3a', 'es'],
      ['MITBRINGEN', 'bringen'],
      ['PAUSE', ''],
    ]);
  });

  test('a particle verb that is not separated has no particle to drop', () => {
    const s = gloss('Sie müssen sich anmelden.');
    expect(s.rules).not.toContain('separable-verb');
    expect(s.glosses.map((g) => g.gloss)).toContain('ANMELDEN');
  });
});

import { gloss, sources } from '../support.js';

describe('separable-verb: one sign at the verb', () => {
  test('holen … ab → ABHOLEN at the verb, the particle unsigned, in a statement', () => {
    // (The same verb in a request, „Bitte rufen Sie uns an.“, is covered by the imperative rule's test.)
    const text = 'Ich hole den Ausweis morgen ab.';
    const s = gloss(text);
    const glosses = s.glosses.map((g) => g.gloss);
    expect(glosses).toContain('ABHOLEN');
    expect(glosses.at(-2)).toBe('ABHOLEN'); // verb last, before the sentence pause
    expect(sources(text, s).find(([g]) => g === 'ABHOLEN')).toEqual(['ABHOLEN', 'hole']);
    expect(s.glosses.find((g) => g.gloss === 'ABHOLEN')).toMatchObject({ kind: 'lexical', mouthing: 'abholen' });
    expect(sources(text, s).some(([, word]) => word === 'ab')).toBe(false);
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

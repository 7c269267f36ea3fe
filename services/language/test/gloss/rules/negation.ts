import { gloss, marks, sources, words } from '../support.js';

describe('negation: NICHT after the verb, with a headshake', () => {
  test('NICHT after the verb, headshake over verb and NICHT', () => {
    const text = 'Der Antrag wird nicht bearbeitet.';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['ANTRAG', 'Antrag'],
      ['BEARBEITEN', 'bearbeitet'],
      ['NICHT', 'nicht'],
      ['PAUSE', ''],
    ]);
    expect(s.nonManuals).toEqual([{ type: 'headshake', from: 1, to: 2 }]);
    expect(s.rules).toContain('negation');
  });

  test('with a modal: the headshake covers verb, modal and NICHT', () => {
    const s = gloss('Ohne Termin können Sie nicht kommen.');
    expect(words(s)).toEqual(['IX-2', 'OHNE', 'TERMIN', 'KOMMEN', 'KÖNNEN', 'NICHT']);
    expect(marks(s)).toEqual(['headshake KOMMEN KÖNNEN NICHT']);
  });

  test('without a verb sign (copula): NICHT after the predicate', () => {
    const s = gloss('Der Ausweis ist nicht gültig.');
    expect(words(s)).toEqual(['AUSWEIS', 'GÜLTIG', 'NICHT']);
    expect(marks(s)).toEqual(['headshake GÜLTIG NICHT']);
  });

  test('NIE like NICHT', () => {
    const s = gloss('Er hat nie angerufen.');
    expect(words(s)).toEqual(['IX-3a', 'ANRUFEN', 'NIE']);
    expect(marks(s)).toEqual(['headshake ANRUFEN NIE']);
  });

  test('KEIN after its noun, the headshake from the noun over KEIN to the verb', () => {
    const s = gloss('Ich habe keinen Termin.');
    expect(words(s)).toEqual(['IX-1', 'TERMIN', 'KEIN', 'HABEN']);
    expect(s.nonManuals).toEqual([{ type: 'headshake', from: 1, to: 3 }]);
    const modal = gloss('Sie müssen keinen Ausweis mitbringen.');
    expect(marks(modal)).toEqual(['headshake AUSWEIS KEIN MITBRINGEN MÜSSEN']);
  });

  test('no negation, no headshake', () => {
    const s = gloss('Der Antrag wird bearbeitet.');
    expect(s.nonManuals).toEqual([]);
    expect(s.rules).not.toContain('negation');
  });
});

import { gloss, sources, words } from '../support.js';

describe('imperative: BITTE first, the imperative Sie not signed', () => {
  test('Bitte rufen Sie uns an.', () => {
    const text = 'Bitte rufen Sie uns an.';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['BITTE', 'Bitte'],
      ['IX-1-PL', 'uns'],
      ['ANRUFEN', 'rufen'],
      ['PAUSE', ''],
    ]);
    expect(s.rules).toContain('imperative');
  });

  test('bitte in the middle moves to the front', () => {
    expect(words(gloss('Bringen Sie bitte Ihren Ausweis mit.'))).toEqual(['BITTE', 'POSS-2', 'AUSWEIS', 'MITBRINGEN']);
  });

  test('without bitte', () => {
    expect(words(gloss('Rufen Sie 0251 492-0 an.'))).toEqual(['0', '2', '5', '1', '4', '9', '2', '0', 'ANRUFEN']);
  });

  test('a request after a falls clause', () => {
    const text = 'Falls Sie Unterstützung brauchen, rufen Sie uns bitte vor Ihrem Besuch an.';
    expect(words(gloss(text))).toEqual([
      'IX-2',
      'UNTERSTÜTZUNG',
      'BRAUCHEN',
      'BITTE',
      'IX-1-PL',
      'FS-VOR',
      'POSS-2',
      'BESUCH',
      'ANRUFEN',
    ]);
  });

  test('a verb-first clause with a modal after a wenn clause is a statement: Sie stays', () => {
    expect(words(gloss('Wenn Sie umziehen, müssen Sie sich anmelden.'))).toEqual([
      'IX-2',
      'UMZIEHEN',
      'IX-2',
      'ANMELDEN',
      'MÜSSEN',
    ]);
  });

  test('a statement with Sie keeps it', () => {
    const s = gloss('Sie bringen Ihren Ausweis mit.');
    expect(words(s)).toEqual(['IX-2', 'POSS-2', 'AUSWEIS', 'MITBRINGEN']);
    expect(s.rules).not.toContain('imperative');
  });
});

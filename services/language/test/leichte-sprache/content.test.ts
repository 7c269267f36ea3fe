import { lostNouns } from '../../src/index.js';
import { getAnalyzer } from './support.js';

describe('a simplified sentence keeps the things the source speaks of', () => {
  const analyzer = getAnalyzer();

  test('nothing is lost when nouns stay, also as separated compounds or in another form', () => {
    expect(
      lostNouns(
        analyzer,
        'Bitte bringen Sie Ihren Personalausweis zum Termin mit.',
        'Sie haben einen Termin.\nBringen Sie Ihren Personal-Ausweis mit.',
      ),
    ).toEqual([]);
    expect(lostNouns(analyzer, 'Die Anträge liegen im Bürgerbüro.', 'Der Antrag liegt im Bürger·büro.')).toEqual([]);
  });

  test('a dropped part of the sentence is named', () => {
    expect(
      lostNouns(
        analyzer,
        'Bitte bringen Sie Ihren Personalausweis und eine Meldebescheinigung mit.',
        'Bringen Sie Ihren Ausweis mit.',
      ),
    ).toEqual(['Personalausweis', 'Meldebescheinigung']);
  });
});

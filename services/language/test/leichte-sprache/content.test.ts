import { inventedWords, lostContentWords, lostNouns } from '../../src/index.js';
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

describe('a model sentence keeps the content words and invents none', () => {
  const analyzer = getAnalyzer();

  test('a dropped verb, modal verb or „nur“ is named; inflection, splitting and digits are not', () => {
    expect(
      lostContentWords(
        analyzer,
        'Ein Fahrzeug muss bei der Zulassungsstelle zugelassen werden.',
        'Ein Fahrzeug muss bei der Zulassungs-Stelle.',
      ),
    ).toEqual(['zugelassen']);
    expect(
      lostContentWords(
        analyzer,
        'Sie dürfen die Bescheinigung nur mit einer Vollmacht beantragen.',
        'Sie dürfen die Bescheinigung mit einer Voll-Macht beantragen.',
      ),
    ).toEqual(['nur']);
    expect(
      lostContentWords(
        analyzer,
        'Die Herstellung dauert in der Regel drei Wochen.',
        'Die Herstellung dauert in der Regel 3 Wochen.',
      ),
    ).toEqual([]);
    expect(
      lostContentWords(
        analyzer,
        'die Zulassungsbescheinigung Teil I und Teil II',
        'die Zulassungs-Bescheinigung Teil und Teil II',
      ),
    ).toEqual(['I']);
  });

  test('a garbled or made-up word is named; the rules’ explanation words are known', () => {
    const source = 'Bitte bringen Sie eine Meldebescheinigung mit.';
    const rules = 'Bitte bringen Sie eine Melde-Bescheinigung mit.\nEine Bescheinigung ist ein Papier vom Amt.';
    expect(inventedWords(analyzer, 'Bitte bringen Sie eine Melde-Scheibeeinigung mit.', [source, rules])).toEqual([
      'Melde-Scheibeeinigung',
    ]);
    expect(inventedWords(analyzer, rules, [source, rules])).toEqual([]);
    expect(inventedWords(analyzer, 'Eine Bescheinigung ist ein Reise-Pass.', [source, rules])).toEqual(['Reise-Pass']);
  });
});

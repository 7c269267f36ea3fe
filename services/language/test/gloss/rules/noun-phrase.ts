import { gloss, marks, words } from '../support.js';

describe('noun-phrase: order inside the noun phrase', () => {
  test('an attributive adjective follows its noun', () => {
    const s = gloss('Wie viel kostet der neue Ausweis?');
    expect(words(s).slice(0, 2)).toEqual(['AUSWEIS', 'NEU']);
    expect(s.rules).toContain('noun-phrase');
  });

  test('an adverb moves with its adjective', () => {
    expect(words(gloss('Wir haben sehr wichtige Unterlagen.'))).toEqual([
      'IX-1-PL',
      'UNTERLAGE+',
      'FS-SEHR',
      'WICHTIG',
      'HABEN',
    ]);
  });

  test('numerals and possessives stay before the noun', () => {
    expect(words(gloss('Wir haben drei Anträge erhalten.')).slice(1, 3)).toEqual(['DREI', 'ANTRAG']);
    expect(words(gloss('Ich möchte meinen Ausweis abholen.')).slice(1, 3)).toEqual(['POSS-1', 'AUSWEIS']);
  });

  test('kein follows its noun, after the adjectives', () => {
    const s = gloss('Sie bekommen heute keinen neuen Ausweis.');
    expect(words(s).slice(2, 5)).toEqual(['AUSWEIS', 'NEU', 'KEIN']);
    // The headshake goes on over the verb (the test lexicon spells BEKOMMEN).
    expect(marks(s)).toEqual(['headshake AUSWEIS NEU KEIN FS-BEKOMMEN']);
  });

  test('a predicate adjective is not moved', () => {
    const s = gloss('Der Ausweis ist neu.');
    expect(words(s)).toEqual(['AUSWEIS', 'NEU']);
    expect(s.rules).not.toContain('noun-phrase');
  });
});

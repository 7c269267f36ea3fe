// Hard words a rewritten sentence leaves without an explanation, and clauses no comma marks.
import { describe, expect, it } from '@jest/globals';

import { sentenceConcerns } from '../../src/leichte-sprache/concerns.js';
import { hardWordsIn, type Vocabulary } from '../../src/leichte-sprache/vocabulary.js';
import { getAnalyzer } from './support.js';

const vocabulary: Vocabulary = {
  easy: new Set([
    'arzt',
    'sache',
    'lesen',
    'schicken',
    'tipp',
    'wählen',
    'merken',
    'blatt',
    'kranke',
    'versicherung',
    'schule',
    'weg',
    'genau',
    'geben',
  ]),
  explained: new Set(['bescheid']),
};
const hard = (line: string) => hardWordsIn(getAnalyzer(), line, vocabulary);

describe('hard words', () => {
  it('finds a word outside the easy words that the glossary does not explain', () => {
    expect(hard('Der Vertrag ist rechtskräftig.')).toContain('rechtskräftig');
  });
  it('traces inflected, feminine and participle forms back to an easy word', () => {
    expect(hard('Die Ärztin gibt genauere Tipps zu den ausgewählten Sachen.')).toEqual([]);
  });
  it('takes a compound as easy when its parts are, written apart or in one piece', () => {
    expect(hard('Lesen Sie das Merk-Blatt zur Kranken-Versicherung.')).toEqual([]);
    expect(hard('Der Schulweg ist kurz.')).toEqual([]);
  });
  it('finds a long compound in one piece however easy its parts', () => {
    expect(hard('Die Schulwegkrankenversicherungsblatt ist da.').length).toBeGreaterThan(0);
  });
  it('finds an acronym the glossary does not know, and leaves a word the glossary explains', () => {
    expect(hard('Das BAMF schickt einen Bescheid.')).toEqual(['BAMF']);
  });
});

describe('clauses without a comma', () => {
  const concerns = (line: string) => sentenceConcerns(getAnalyzer(), line, [line], ['split-relative']);
  it('sees a subordinating conjunction and a w-word that opens a verb-final clause', () => {
    expect(concerns('Prüfen Sie nochmal bevor Sie bestellen.')).toContain('clause-left');
    expect(concerns('Fragen Sie vor Ort welche Angebote es gibt.')).toContain('clause-left');
  });
  it('leaves a question and a comparison alone', () => {
    expect(concerns('Welche Angebote gibt es?')).not.toContain('clause-left');
    expect(concerns('Das Amt ist so groß wie eine Schule.')).not.toContain('clause-left');
  });
  it('sees the rest of a clause whose conjunction stood on the line before', () => {
    expect(concerns('über 65 Jahre und 10 Monate alt sind')).toContain('clause-left');
    expect(concerns('eine Berufs-Ausbildung in Deutschland abgeschlossen haben')).toContain('clause-left');
    expect(concerns('Sie aus einem anderen Land nach Deutschland gekommen sind.')).toContain('clause-left');
  });
  it('leaves a main clause with its verb last, a list item and a short line alone', () => {
    expect(concerns('Die Miete für die Wohnung steigt.')).not.toContain('clause-left');
    expect(concerns('Wir fragen Sie und Sie antworten.')).not.toContain('clause-left');
    expect(concerns('- den Führer-Schein immer dabei haben')).not.toContain('clause-left');
    expect(concerns('alt genug sind')).not.toContain('clause-left');
  });
});

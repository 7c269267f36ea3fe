import { glossLexiconFrom, lexiconPos } from '../../src/index.js';
import { entries } from './support.js';

describe('glossLexiconFrom', () => {
  test('finds a sign by lemma, ignoring case', () => {
    const lex = glossLexiconFrom(entries(['ANTRAG Antrag/NOUN']));
    expect(lex.lookup('Antrag')).toEqual({ id: 'ANTRAG', review: 'approved', pos: 'NOUN' });
    expect(lex.lookup('antrag', 'NOUN')?.id).toBe('ANTRAG');
    expect(lex.lookup('Anträge')).toBeUndefined();
  });

  test('prefers the reading with the part of speech asked for', () => {
    const lex = glossLexiconFrom(entries(['ESSEN-STADT Essen/NOUN', 'ESSEN essen/VERB']));
    expect(lex.lookup('essen', 'VERB')?.id).toBe('ESSEN');
    expect(lex.lookup('Essen', 'NOUN')?.id).toBe('ESSEN-STADT');
    // No reading with that part of speech: any reading is better than none.
    expect(lex.lookup('essen', 'ADJ')?.id).toBe('ESSEN-STADT');
  });

  test('a reading without part of speech beats one with another part of speech', () => {
    const lex = glossLexiconFrom(entries(['A-VERB gut/VERB', 'GUT gut']));
    expect(lex.lookup('gut', 'ADJ')).toEqual({ id: 'GUT', review: 'approved' });
    expect(lex.lookup('gut', 'VERB')).toEqual({ id: 'A-VERB', review: 'approved', pos: 'VERB' });
  });

  test('an approved sign beats a draft for the same lemma', () => {
    const lex = glossLexiconFrom(entries(['AMT-1? Amt/NOUN', 'AMT-2 Amt/NOUN']));
    expect(lex.lookup('Amt', 'NOUN')).toEqual({ id: 'AMT-2', review: 'approved', pos: 'NOUN' });
  });

  test("accepts gloss-dictionary's review object as well as the plain status", () => {
    const lex = glossLexiconFrom([
      { id: 'TERMIN', lemmas: [{ lemma: 'Termin', pos: 'NOUN' }], review: { status: 'draft' } },
      { id: 'GEBÜHR', lemmas: [{ lemma: 'Gebühr' }], review: 'approved' },
    ]);
    expect(lex.lookup('Termin')).toEqual({ id: 'TERMIN', review: 'draft', pos: 'NOUN' });
    expect(lex.lookup('Gebühr', 'NOUN')).toEqual({ id: 'GEBÜHR', review: 'approved' });
  });

  test('maps UD tags to the lexicon parts of speech', () => {
    expect(lexiconPos('AUX')).toBe('VERB');
    expect(lexiconPos('PROPN')).toBe('NOUN');
    expect(lexiconPos('ADJ')).toBe('ADJ');
  });
});

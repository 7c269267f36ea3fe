import { createGlossContext, glossText } from '../../../src/index.js';
import { getAnalyzer, gloss, lexicon, sources, words } from '../support.js';

describe('pronouns: pointing signs with loci', () => {
  test('first person singular and plural', () => {
    expect(words(gloss('Brauche ich einen Termin?'))).toEqual(['IX-1', 'TERMIN', 'BRAUCHEN']);
    expect(words(gloss('Wir haben drei Anträge erhalten.'))[0]).toBe('IX-1-PL');
    expect(words(gloss('Bitte rufen Sie uns an.'))).toContain('IX-1-PL');
  });

  test('polite Sie addresses the reader: IX-2, kind index, no mouthing', () => {
    const text = 'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.';
    const s = gloss(text);
    const ix = s.glosses.filter((g) => g.gloss === 'IX-2');
    expect(ix).toHaveLength(2);
    for (const g of ix) {
      expect(g).toMatchObject({ kind: 'index', signable: true });
      expect(g.mouthing).toBeUndefined();
      expect(text.slice(g.start, g.end)).toBe('Sie');
    }
  });

  test('possessives: Ihr → POSS-2, mein → POSS-1', () => {
    const text = 'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.';
    expect(sources(text, gloss(text))).toContainEqual(['POSS-2', 'Ihr']);
    expect(words(gloss('Ich möchte meinen Ausweis abholen.'))).toEqual([
      'IX-1',
      'POSS-1',
      'AUSWEIS',
      'ABHOLEN',
      'MÖCHTEN',
    ]);
  });

  test('third person: a locus letter per referent, shared by pronoun and possessive', () => {
    const s = gloss('Er hat seinen Ausweis verloren.');
    expect(words(s)).toEqual(['IX-3a', 'POSS-3a', 'AUSWEIS', 'VERLIEREN']);
    expect(s.glosses[0]).toMatchObject({ kind: 'index', locus: 'a' });
  });

  test('Sie with a singular verb is she, not the reader', () => {
    const text = 'Sie wohnt in Münster und ihr Sohn wohnt bei ihr.';
    const s = gloss(text);
    expect(sources(text, s).filter(([g]) => g.startsWith('IX') || g.startsWith('POSS'))).toEqual([
      ['IX-3a', 'Sie'],
      ['POSS-3a', 'ihr'],
      ['IX-3a', 'ihr'],
    ]);
  });

  test('lower-case sie with a plural verb is they: IX-3a-PL', () => {
    expect(words(gloss('Wenn die Kinder kommen, müssen sie warten.'))).toContain('IX-3a-PL');
  });

  test('distinct referents get distinct loci, kept across the sentences of a text', () => {
    const text = 'Er hat seinen Ausweis verloren. Sie bringt ihn mit. Er wohnt in Münster.';
    const { sentences } = glossText(getAnalyzer(), text, lexicon, { context: createGlossContext() });
    const ix = sentences.map((s) => s.glosses.filter((g) => g.kind === 'index').map((g) => g.gloss));
    expect(ix).toEqual([['IX-3a', 'POSS-3a'], ['IX-3b', 'IX-3a'], ['IX-3a']]);
  });
});

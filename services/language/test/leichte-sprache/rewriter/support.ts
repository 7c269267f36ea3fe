// Helpers for the rewriter tests: the shared analyzer and one step on one sentence, with the heuristic analyzer or
// with the committed tagger model as the service runs it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createAnalyzer, createTagger, type Analyzer, type TaggerModelJson } from '../../../src/index.js';
import type { Step } from '../../../src/leichte-sprache/rewriter/index.js';
import { splitterFor } from '../../../src/leichte-sprache/rules/compound.js';
import { loadLexicon } from '../../support/dictionaries.js';
import { getAnalyzer } from '../support.js';

export { getAnalyzer };

const MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'tagger-de.json');
let tagged: Analyzer | undefined;

/** The analyzer with the committed tagger model (data/tagger-de.json), which reads some forms otherwise. */
export function getTaggedAnalyzer(): Analyzer {
  tagged ??= createAnalyzer(loadLexicon({ adjectives: true }), {
    tagger: createTagger(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as TaggerModelJson),
  });
  return tagged;
}

export function step(s: Step, sentence: string, separator: 'hyphen' | 'mediopunkt' = 'hyphen'): string[] | undefined {
  const analyzer = getAnalyzer();
  return s.apply({ analyzer, separator, splitter: splitterFor(analyzer.lexicon) }, sentence);
}

/** One step with the tagger's analysis. */
export function taggedStep(s: Step, sentence: string): string[] | undefined {
  const analyzer = getTaggedAnalyzer();
  return s.apply({ analyzer, separator: 'hyphen', splitter: splitterFor(analyzer.lexicon) }, sentence);
}

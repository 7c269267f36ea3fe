// Helpers for the rewriter tests: the shared analyzer and one step on one sentence.
import type { Step } from '../../../src/leichte-sprache/rewriter/index.js';
import { splitterFor } from '../../../src/leichte-sprache/rules/compound.js';
import { getAnalyzer } from '../support.js';

export { getAnalyzer };

export function step(s: Step, sentence: string, separator: 'hyphen' | 'mediopunkt' = 'hyphen'): string[] | undefined {
  const analyzer = getAnalyzer();
  return s.apply({ analyzer, separator, splitter: splitterFor(analyzer.lexicon) }, sentence);
}

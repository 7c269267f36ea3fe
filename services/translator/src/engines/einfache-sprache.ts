import { analysisScope, checkLeichteSprache, rewriteEinfacheSprache } from '@bbs/language';
import type { Analyzer } from '@bbs/language';
import { EINFACHE_SPRACHE } from '@bbs/protocol';
import { termsOf, type GlossarySource } from '../glossary/live-glossary.js';
import type { EngineOutput, TextEngine } from './engine.js';
import { rewritePerSentence } from './rewrite-per-sentence.js';

/**
 * German → Einfache Sprache (plain language, about B1) by rules: long sentences split at their clauses, passive
 * and modal passive addressed to the reader, abbreviations written out, numbers and dates in the easy form, each
 * hard word a B1 reader may not know explained once in the running text. The confidence is the share of its
 * sentences without an error of the checker's `einfach` profile (a sentence still over 20 words).
 */
export class EinfacheSpracheEngine implements TextEngine {
  readonly id = 'rules';
  readonly targets = [EINFACHE_SPRACHE];

  constructor(
    private readonly analyzer: Analyzer,
    private readonly glossary: GlossarySource,
  ) {}

  async translate(sentences: readonly string[]): Promise<EngineOutput[]> {
    // the rewriter, the checks and the concerns of one request share one analysis per sentence
    const analyzer = analysisScope(this.analyzer);
    const parts = rewritePerSentence(sentences, (text) =>
      rewriteEinfacheSprache(analyzer, text, { glossary: termsOf(this.glossary) }),
    ).map((p) => p.flatMap((r) => r.output));
    return parts.map((out, i) => {
      const output = out.length > 0 ? out : [sentences[i]!];
      const clean = output.filter(
        (s) => !checkLeichteSprache(analyzer, s, { profile: 'einfach' }).findings.some((f) => f.severity === 'error'),
      ).length;
      return { output: output.join(' '), confidence: clean / output.length };
    });
  }
}

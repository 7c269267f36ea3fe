import { checkLeichteSprache, rewriteEinfacheSprache, type Doc } from '@bbs/language';
import { EINFACHE_SPRACHE } from '@bbs/protocol';
import { termsOf, type GlossarySource } from '../glossary/live-glossary.js';
import type { EngineOutput, TextEngine } from './engine.js';

/**
 * German → Einfache Sprache (plain language, about B1) by rules: long sentences split at their clauses, passive
 * and modal passive addressed to the reader, abbreviations written out, numbers and dates in the easy form, each
 * hard word a B1 reader may not know explained once in the running text. The confidence is the share of its
 * sentences without an error of the checker's `einfach` profile (a sentence still over 20 words).
 */
export class EinfacheSpracheEngine implements TextEngine {
  readonly id = 'rules';
  readonly targets = [EINFACHE_SPRACHE];

  constructor(private readonly glossary: GlossarySource) {}

  async translate(doc: Doc): Promise<EngineOutput[]> {
    // the rewriter and the checks read the Doc and its analysis scope: one analysis per sentence
    const analyzer = doc.analyzer;
    const rewritten = rewriteEinfacheSprache(analyzer, doc, { glossary: termsOf(this.glossary) }).sentences;
    return rewritten.map((part, i) => {
      const output = part.output.length > 0 ? part.output : [doc.sentences[i]!.text];
      const clean = output.filter(
        (s) => !checkLeichteSprache(analyzer, s, { profile: 'einfach' }).findings.some((f) => f.severity === 'error'),
      ).length;
      return { output: output.join(' '), confidence: clean / output.length };
    });
  }
}

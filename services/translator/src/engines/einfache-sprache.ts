import { checkLeichteSprache, rewriteEinfacheSprache } from '@bbs/language';
import type { Analyzer, GlossaryEntry } from '@bbs/language';
import { EINFACHE_SPRACHE } from '@bbs/protocol';
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

  constructor(
    private readonly analyzer: Analyzer,
    private readonly glossary: readonly GlossaryEntry[],
  ) {}

  async translate(sentences: readonly string[]): Promise<EngineOutput[]> {
    // One text, so that a hard word is explained only where it first appears; each input sentence on its own line.
    const starts: number[] = [];
    let joined = '';
    for (const s of sentences) {
      starts.push(joined.length);
      joined += `${s}\n`;
    }
    const owner = (offset: number): number => {
      let i = 0;
      while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
      return i;
    };
    const parts: string[][] = sentences.map(() => []);
    for (const rewritten of rewriteEinfacheSprache(this.analyzer, joined, { glossary: this.glossary }).sentences) {
      parts[owner(rewritten.sourceStart)]!.push(...rewritten.output);
    }
    return parts.map((out, i) => {
      const output = out.length > 0 ? out : [sentences[i]!];
      const clean = output.filter(
        (s) =>
          !checkLeichteSprache(this.analyzer, s, { profile: 'einfach' }).findings.some((f) => f.severity === 'error'),
      ).length;
      return { output: output.join(' '), confidence: clean / output.length };
    });
  }
}

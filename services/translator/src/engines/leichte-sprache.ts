import { checkLeichteSprache, lostNouns, preserved, rewriteLeichteSprache } from '@bbs/language';
import type { Analyzer } from '@bbs/language';
import { LEICHTE_SPRACHE } from '@bbs/protocol';
import type { EngineOutput, TextEngine } from './engine.js';

/**
 * German → Leichte Sprache by the rule rewriter (split sentences, passive → active, genitive → von, numbers
 * and dates in the easy form, abbreviations written out, compounds separated, hard words explained). The
 * checker then grades each result: the confidence is the share of output sentences without an error
 * finding. A trained model, where one is installed, runs in front of these rules (see `acceptLeichteSprache`).
 */
export class LeichteSpracheEngine implements TextEngine {
  readonly id = 'rules';
  readonly targets = [LEICHTE_SPRACHE];
  /** Leichte Sprache puts one sentence per line. */
  readonly layout = 'lines' as const;

  constructor(private readonly analyzer: Analyzer) {}

  async translate(sentences: readonly string[]): Promise<EngineOutput[]> {
    // The whole text is rewritten at once so that a hard word is explained only where it first appears.
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
    const lines: string[][] = sentences.map(() => []);
    for (const rewritten of rewriteLeichteSprache(this.analyzer, joined).sentences) {
      lines[owner(rewritten.sourceStart)]!.push(...rewritten.output);
    }
    return lines.map((out, i) => {
      const output = out.length > 0 ? out : [sentences[i]!];
      const clean = output.filter(
        (line) => !checkLeichteSprache(this.analyzer, line).findings.some((f) => f.severity === 'error'),
      ).length;
      return { output: output.join('\n'), confidence: clean / output.length };
    });
  }
}

/**
 * The gate for a Leichte Sprache model's sentence: every number, date and amount of the source still there,
 * every noun of the source still mentioned (a model that drops a clause loses meaning while breaking no rule),
 * and no hard-rule error (DIN profile). Otherwise the rules' sentence is used.
 */
export function acceptLeichteSprache(analyzer: Analyzer) {
  return (source: string, output: string): boolean =>
    preserved(source, output) &&
    lostNouns(analyzer, source, output).length === 0 &&
    !checkLeichteSprache(analyzer, output).findings.some((f) => f.severity === 'error');
}

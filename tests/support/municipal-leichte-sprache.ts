// The rule rewriter's Leichte Sprache for every sentence of the municipal samples, split by sample text like the
// gloss pairs (tests/support/municipal-glosses.ts: every fifth text held out). Each text is rewritten whole, so a
// hard word is explained where it first appears. Used by models/training/ls_rule_pairs.ts (training data) and
// tests/eval/models.ts (scores).
import { LINE_BREAK, rewriteLeichteSprache, type Analyzer, type GlossaryEntry } from '@bbs/language';
import { sentenceText, splitOf } from './municipal-glosses.js';
import { loadSamples } from './samples.js';

export interface MunicipalLeichteSprachePair {
  sample: string;
  split: 'train' | 'heldout';
  /** The German sentence as it stands in the text (list markers removed). */
  text: string;
  /** The rewriter's lines for it, joined with ¶ as a Leichte Sprache model writes them. */
  target: string;
}

/** A model's training target: the rewriter's lines of one source sentence on one line, ¶ where a line ends. */
export const joinLines = (lines: readonly string[]): string =>
  lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(` ${LINE_BREAK} `);

export function municipalLeichteSprachePairs(
  analyzer: Analyzer,
  glossary: readonly GlossaryEntry[],
): MunicipalLeichteSprachePair[] {
  return loadSamples().flatMap((sample, n) => {
    const split = splitOf(n);
    return rewriteLeichteSprache(analyzer, sample.text, { glossary }).sentences.flatMap((sentence) => {
      const text = sentenceText(sentence.source);
      const target = joinLines(sentence.output);
      return text && target ? [{ sample: sample.id, split, text, target } as const] : [];
    });
  });
}

// Hard words explained: the first time a glossary term appears (its lemma, or a compound made with it, as the
// checker's `hard-word` rule finds it), the explanation of the sense that fits its context follows as sentences
// of their own, right after the sentence. Terms already explained by the text itself count as seen too.

import { wordsOf } from '../analysis.js';
import type { ContextWords, GlossaryIndex } from '../glossary.js';
import { analysed, type StepContext } from './text.js';

export class GlossaryTracker {
  private readonly seen = new Set<string>();

  /** `einfach`: Einfache Sprache, which leaves out the terms a reader at about B1 knows (`einfach: false`). */
  constructor(
    private readonly index: GlossaryIndex,
    private readonly level: 'leichte-sprache' | 'einfach' = 'leichte-sprache',
  ) {}

  /** The words a sentence offers to the senses' conditions. */
  contextOf(ctx: StepContext, sentence: string): Set<string> {
    return this.index.contextOf(wordsOf(analysed(ctx, sentence).tokens, sentence));
  }

  /**
   * The explanations of the terms met for the first time in this sentence; `near` holds the words of the source
   * sentence and its neighbours, `topic` those of the whole text.
   */
  explain(ctx: StepContext, sentence: string, near: ContextWords, topic: ContextWords): string[] {
    if (this.index.size === 0) return [];
    const out: string[] = [];
    for (const w of wordsOf(analysed(ctx, sentence).tokens, sentence)) {
      if (w.token.kind !== 'word') continue;
      const term = this.index.termOf(w);
      if (!term || this.seen.has(term.key)) continue;
      if (this.level === 'einfach' && term.term.einfach === false) continue;
      const sense = this.index.senseOf(term, near, topic);
      if (!sense) continue;
      this.seen.add(term.key);
      out.push(sense.explanation);
    }
    return out;
  }
}

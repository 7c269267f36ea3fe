// Hard words explained: the first time a glossary term appears (its lemma, or a compound that starts or ends
// with it, as the checker's `hard-word` rule finds it), its explanation follows as sentences of their own,
// right after the sentence. Terms already explained by the text itself count as seen too.

import type { Analyzer } from '../../analyse.js';
import { analyseSentence, wordsOf } from '../analysis.js';
import type { GlossaryEntry, LsWord } from '../types.js';

interface Term {
  readonly entry: GlossaryEntry;
  readonly key: string;
}

export class GlossaryTracker {
  private readonly terms: Term[];
  private readonly seen = new Set<string>();

  constructor(glossary: readonly GlossaryEntry[]) {
    this.terms = glossary
      .map((entry) => ({ entry, key: entry.term.toLowerCase().replace(/[-·]/g, '') }))
      .sort((a, b) => b.key.length - a.key.length);
  }

  private termOf(w: LsWord): Term | undefined {
    const lemma = w.token.lemma.toLowerCase().replace(/[-·]/g, '');
    const norm = w.norm.toLowerCase().replace(/[-·]/g, '');
    return (
      this.terms.find((t) => t.key === lemma || t.key === norm) ??
      this.terms.find(
        (t) =>
          t.key.length >= 5 &&
          (lemma.endsWith(t.key) || lemma.startsWith(t.key) || norm.endsWith(t.key) || norm.startsWith(t.key)),
      )
    );
  }

  /** The explanations of the terms met for the first time in this sentence. */
  explain(analyzer: Analyzer, sentence: string): GlossaryEntry[] {
    const { tokens } = analyseSentence(analyzer, sentence);
    const out: GlossaryEntry[] = [];
    for (const w of wordsOf(tokens, sentence)) {
      if (w.token.kind !== 'word' || !/^\p{Lu}/u.test(w.norm)) continue;
      const term = this.termOf(w);
      if (!term || this.seen.has(term.key)) continue;
      this.seen.add(term.key);
      out.push(term.entry);
    }
    return out;
  }
}

// Long compound nouns split with the checker's CompoundSplitter: `Meldebescheinigung` → `Melde-Bescheinigung`
// (hyphen) or `Melde·bescheinigung` (mediopunkt). Like the `compound` rule: 3 or more parts, or 4 or more
// syllables. Proper names (streets, places) are left alone.

import { joinParts } from '../compounds.js';
import { syllables } from '../syllables.js';
import { analysed, applyEdits, type Edit, type Step } from './text.js';

export const splitCompounds: Step = {
  name: 'compounds',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const edits: Edit[] = [];
    for (const t of tokens) {
      if (t.kind !== 'word' || t.upos !== 'NOUN' || t.norm.includes('-') || t.text !== t.norm) continue;
      const parts = ctx.splitter.parts(t.norm);
      if (!parts || (parts.length < 3 && syllables(t.norm) < 4)) continue;
      edits.push({ start: t.start, end: t.end, text: joinParts(parts, ctx.separator) });
    }
    return edits.length > 0 ? [applyEdits(sentence, edits)] : undefined;
  },
};

/** The separator of a hand-written explanation (`Bürger-Büro`) in the chosen style. */
export function withSeparator(text: string, separator: 'hyphen' | 'mediopunkt'): string {
  if (separator === 'hyphen') return text;
  return text.replace(
    /(\p{Ll})-(\p{Lu})(\p{Ll})/gu,
    (_, a: string, b: string, c: string) => `${a}·${b.toLowerCase()}${c}`,
  );
}

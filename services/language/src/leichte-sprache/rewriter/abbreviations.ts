// Abbreviations written out: `z. B.` → zum Beispiel, `ca.` → ungefähr (where the long form is a foreign
// word itself, the plain word of the checker's word list is taken).

import { FOREIGN_WORDS } from '../data/words.js';
import { analysed, applyEdits, capitalise, type Edit, type Step } from './text.js';

export const expandAbbreviations: Step = {
  name: 'abbreviations',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const edits: Edit[] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'abbreviation' || !t.expansion) return;
      const long = FOREIGN_WORDS[t.expansion.toLowerCase()] ?? t.expansion;
      edits.push({ start: t.start, end: t.end, text: i === 0 ? capitalise(long) : long });
    });
    return edits.length > 0 ? [applyEdits(sentence, edits)] : undefined;
  },
};

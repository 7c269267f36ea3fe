// Genitive → `von` + dative: `die Gültigkeit des Ausweises` → `die Gültigkeit von dem Ausweis`,
// `die Öffnungszeiten der Stadtbücherei` → `… von der Stadtbücherei`. We write `von dem`, not `vom`: the
// article stays visible and the checker suggests the same form. Only a genitive right after a noun, in the
// singular, with a definite or indefinite article and at most weak adjectives (`des neuen Ausweises`);
// after a preposition (`wegen des Umbaus`) and in the plural the sentence is left as it is.

import type { Lexicon } from '../../lexicon.js';
import type { AnalyzedToken } from '../../types.js';
import { analysed, applyEdits, lower, type Edit, type Step } from './text.js';

const ARTICLES: Readonly<Record<string, { fem: boolean; von: string }>> = {
  des: { fem: false, von: 'von dem' },
  eines: { fem: false, von: 'von einem' },
  der: { fem: true, von: 'von der' },
  einer: { fem: true, von: 'von einer' },
};

/** The dative singular of a genitive noun form, checked with the lexicon. */
function dativeOf(lexicon: Lexicon, noun: AnalyzedToken): string | undefined {
  const dative = (form: string) =>
    lexicon
      .lookupExact(form)
      .some((c) => c.upos === 'NOUN' && c.feats.Case === 'Dat' && c.feats.Number === 'Sing' && c.lemma === noun.lemma);
  if (dative(noun.norm)) return noun.norm;
  if (dative(noun.lemma)) return noun.lemma;
  for (const cut of [2, 1]) {
    const base = noun.norm.slice(0, -cut);
    if (
      /(es|s)$/.test(noun.norm) &&
      base.length > 2 &&
      lexicon.lookupExact(base).some((c) => c.upos === 'NOUN' && c.feats.Case === 'Dat' && c.feats.Number === 'Sing')
    ) {
      return base;
    }
  }
  return undefined;
}

export const genitiveToVon: Step = {
  name: 'genitive',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const edits: Edit[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const det = tokens[i]!;
      const article = ARTICLES[lower(det)];
      const before = tokens[i - 1]!;
      if (!article || det.upos !== 'DET' || before.upos !== 'NOUN') continue;
      if (article.fem && det.feats.Case !== 'Gen') continue;
      let k = i + 1;
      while (k < tokens.length && tokens[k]!.upos === 'ADJ' && /en$/.test(tokens[k]!.norm)) k++;
      const noun = tokens[k];
      if (!noun || noun.upos !== 'NOUN' || noun.feats.Number === 'Plur') continue;
      const gender = noun.feats.Gender;
      if (article.fem ? gender !== 'Fem' : gender === 'Fem') continue;
      const form = article.fem ? noun.norm : dativeOf(ctx.analyzer.lexicon, noun);
      if (!form) continue;
      const adjectives = tokens.slice(i + 1, k).map((t) => t.norm);
      edits.push({ start: det.start, end: noun.end, text: [article.von, ...adjectives, form].join(' ') });
      i = k;
    }
    return edits.length > 0 ? [applyEdits(sentence, edits)] : undefined;
  },
};

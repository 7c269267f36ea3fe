import type { LsRule, RuleHit } from '../types.js';
import { parseNumberWord } from '../../number-words.js';
import { lower } from './util.js';

/** The indefinite article's forms, which the number parser reads as 1. */
const ARTICLE = /^(ein|eine|einen|einem|einer|eines)$/;

/**
 * The value of a German number word (`dreiundzwanzig` → 23, `zweitausend` → 2000), or undefined. The forms of
 * `ein` are left out: they are almost always the article, and flagging them would drown real number words.
 */
export function germanNumberWord(word: string): number | undefined {
  return ARTICLE.test(word.toLowerCase()) ? undefined : parseNumberWord(word);
}

export const numberWords: LsRule = {
  id: 'number-words',
  title: 'Zahlen als Ziffern',
  severity: { din: 'warning', netzwerk: 'warning' },
  description: 'Schreiben Sie Zahlen als Ziffern: „3 Wochen“ statt „drei Wochen“. Ziffern sind leichter zu lesen.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      s.tokens.forEach((t, i) => {
        if (t.kind !== 'word' || t.upos === 'NOUN' || t.upos === 'VERB' || t.upos === 'PROPN') return;
        // capitalised inside a sentence: a noun (`die Elf`), not a number
        if (i > 0 && /^\p{Lu}/u.test(t.norm)) return;
        const w = lower(t);
        const times = /^(.+)mal$/.exec(w);
        const value = germanNumberWord(times ? times[1]! : w);
        if (value === undefined) return;
        const digits = times ? `${value}-mal` : String(value);
        hits.push({
          start: t.start,
          end: t.end,
          message: `Schreiben Sie die Zahl als Ziffer: ${digits}`,
          suggestion: digits,
        });
      });
    }
    return hits;
  },
};

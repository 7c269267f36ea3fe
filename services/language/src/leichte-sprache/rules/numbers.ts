import type { LsRule, RuleHit } from '../types.js';
import { lower } from './util.js';

const UNITS: Readonly<Record<string, number>> = {
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

function below100(w: string): number | undefined {
  if (w in TEENS) return TEENS[w];
  if (w in TENS) return TENS[w];
  if (w in UNITS && w !== 'ein') return UNITS[w];
  const m =
    /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(
      w,
    );
  return m ? UNITS[m[1]!]! + TENS[m[2]!]! : undefined;
}

function below1000(w: string): number | undefined {
  const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(.*)$/.exec(w);
  if (!m) return below100(w);
  const rest = m[2] ? below100(m[2]) : 0;
  return rest === undefined ? undefined : (m[1] ? UNITS[m[1]]! : 1) * 100 + rest;
}

/** The value of a German number word (`dreiundzwanzig` → 23, `zweitausend` → 2000), or undefined. */
export function germanNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const m = /^(.*?)tausend(.*)$/.exec(w);
  if (!m) return below1000(w);
  const thousands = m[1] ? (m[1] === 'ein' ? 1 : below1000(m[1])) : 1;
  const rest = m[2] ? below1000(m[2]) : 0;
  return thousands === undefined || rest === undefined ? undefined : thousands * 1000 + rest;
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

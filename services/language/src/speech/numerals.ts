// Numbers as German words, for what a voice must say and cannot read off the digits: ordinals
// (`15.` → „fünfzehnten“) and years before 2000 (`1999` → „neunzehnhundertneunundneunzig“).

const UNITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** 1–99 as the prefix of a longer number (`ein` in einundzwanzig, einhundert). */
function belowHundred(n: number, final: boolean): string {
  if (n < 10) return n === 1 && !final ? 'ein' : UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  return unit === 0 ? tens : `${unit === 1 ? 'ein' : UNITS[unit]}und${tens}`;
}

function belowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? '' : `${hundreds === 1 ? 'ein' : UNITS[hundreds]}hundert`;
  return rest === 0 ? head : head + belowHundred(rest, final);
}

/** A whole number 0 – 999 999 as one German word (`2026` → „zweitausendsechsundzwanzig“). */
export function cardinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`no German word for ${n} here`);
  if (n === 0) return 'null';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 0 ? '' : `${thousands === 1 ? 'ein' : belowThousand(thousands, false)}tausend`;
  return rest === 0 ? head : head + belowThousand(rest, true);
}

/** A year as Germans say it: 1100–1999 in hundreds, the rest like any number. */
export function yearWord(year: number): string {
  if (year >= 1100 && year < 2000) {
    const rest = year % 100;
    return `${cardinalWord(Math.floor(year / 100))}hundert${rest === 0 ? '' : cardinalWord(rest)}`;
  }
  return cardinalWord(year);
}

/** The ending after the ordinal stem: `-te` after an article in the nominative, `-ten` after `am`, `vom`, `zum` … */
export type OrdinalEnding = 'e' | 'en';

const IRREGULAR_STEMS: Readonly<Record<number, string>> = { 1: 'erst', 3: 'dritt', 7: 'siebt', 8: 'acht' };

/** `3` → „dritten“ / „dritte“: 2–19 take -t, 20 and above -st (zwanzigste, hundertste, einundzwanzigste). */
export function ordinalWord(n: number, ending: OrdinalEnding): string {
  const below = n % 100;
  const irregular = IRREGULAR_STEMS[below];
  if (irregular) return (n > below ? cardinalWord(n - below) : '') + irregular + ending;
  return cardinalWord(n) + (below >= 2 && below < 20 ? 't' : 'st') + ending;
}

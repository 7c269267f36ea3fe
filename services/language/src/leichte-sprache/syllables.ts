// The ambient module declaration must travel with this file into every project that compiles it (the avatar
// client does too); an import cannot bring a .d.ts along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./hyphen.d.ts" />
// Syllable counts for the readability figures. Words are hyphenated with the German (1996 spelling) TeX
// patterns of the `hyphen` package; each hyphenation segment counts its vowel groups (a diphthong is one), at
// least one. That equals "hyphenation points + 1" for most words and repairs the cases the patterns leave out
// on purpose: short words and one-letter syllables at the word's edges (`Abend`, `aber`, `Oma`). Numbers are
// counted as they are read aloud (`37` → siebenunddreißig → 5), abbreviations by their long form (`z. B.` →
// zum Beispiel → 3), acronyms letter by letter (`WC` → 2).

import hyphenDe from 'hyphen/de-1996/index.js';

import { findAbbreviation } from '../abbreviations.js';

const SOFT = '\u00AD';
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

// Diphthongs and long vowels first, so that `ei`, `au`, `eu`, `ie`, `aa` count once.
const VOWEL_GROUP = /ie|ei|ai|au|eu|äu|ey|ay|aa|ee|oo|y(?![aeiouäöü])|[aeiouäöüéèêàâ]/giu;

/** Vowel groups in a piece of a word (at least 1 when it has letters). */
function vowelGroups(piece: string): number {
  const s = piece.toLowerCase().replace(/qu/g, 'qv');
  const n = s.match(VOWEL_GROUP)?.length ?? 0;
  return n === 0 && /\p{L}/u.test(s) ? 1 : n;
}

function hyphenated(word: string): string[] {
  return hyphenDe.hyphenateSync(word, { hyphenChar: SOFT, minWordLength: 4 }).split(SOFT);
}

const ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
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

/** A whole number as German words (`2026` → zweitausendsechsundzwanzig); digits read one by one above a billion. */
export function numberToGermanWords(n: number): string {
  if (!Number.isFinite(n) || n < 0 || n >= 1e9 || !Number.isInteger(n)) {
    return [...String(n)]
      .filter((c) => /\d/.test(c))
      .map((c) => ONES[+c]!)
      .join(' ');
  }
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) {
    const one = n % 10;
    const ten = TENS[Math.floor(n / 10)]!;
    return one === 0 ? ten : `${one === 1 ? 'ein' : ONES[one]}und${ten}`;
  }
  const below = (rest: number): string => (rest === 0 ? '' : numberToGermanWords(rest));
  if (n < 1000) {
    const h = Math.floor(n / 100);
    return `${h === 1 ? 'ein' : ONES[h]}hundert${below(n % 100)}`;
  }
  if (n < 1_000_000) {
    const t = Math.floor(n / 1000);
    return `${t === 1 ? 'ein' : numberToGermanWords(t)}tausend${below(n % 1000)}`;
  }
  const m = Math.floor(n / 1_000_000);
  const rest = n % 1_000_000;
  return `${m === 1 ? 'eine Million' : `${numberToGermanWords(m)} Millionen`}${rest ? ` ${numberToGermanWords(rest)}` : ''}`;
}

const SYMBOL_WORDS: Readonly<Record<string, string>> = { '%': 'Prozent', '€': 'Euro', '§': 'Paragraf', '&': 'und' };

function count(word: string): number {
  let total = 0;
  for (const c of word) if (SYMBOL_WORDS[c]) total += vowelGroups(SYMBOL_WORDS[c]);
  // digit groups are read as numbers, letter runs as words
  for (const m of word.matchAll(/\d+|\p{L}+/gu)) {
    const piece = m[0];
    if (/^\d/.test(piece)) {
      const n = piece.length > 9 ? NaN : Number(piece);
      total += numberToGermanWords(n)
        .split(' ')
        .reduce((sum, w) => sum + vowelGroups(w), 0);
    } else if (/^\p{Lu}{2,5}$/u.test(piece)) {
      total += piece.length; // acronyms are spelled: W-C
    } else {
      total += hyphenated(piece).reduce((sum, seg) => sum + vowelGroups(seg), 0);
    }
  }
  return total;
}

/**
 * Number of syllables of a word (a token's text): 0 for text without letters or digits. Hyphens and
 * mediopunkts split compounds (`Bürger-Büro` = 4); abbreviations count as their long form.
 */
export function syllables(word: string): number {
  const w = word.trim();
  if (!w) return 0;
  const cached = cache.get(w);
  if (cached !== undefined) return cached;
  const abbreviation = /\.$/.test(w) || /\. ?\p{L}/u.test(w) ? findAbbreviation(w) : undefined;
  const n = abbreviation ? count(abbreviation.expansion) : count(w);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, n);
  return n;
}

/** Letters of a word (digits and punctuation left out); for `> 6 letters` in LIX and the Wiener Sachtextformel. */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

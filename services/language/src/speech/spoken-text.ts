// What a voice should say for a text, word by word, so that read-aloud can highlight the word being
// spoken. Speech engines read digits and abbreviations as characters (`15.04.` → „fünfzehn Punkt null
// vier“, `12,50 €` → „zwölf Komma fünf null Euro“), so German text is first turned into its spoken form
// from the tokeniser's kinds and canonical values. Every word keeps the offset of what it stands for, and
// phrases end where a reader pauses: at punctuation and, for Leichte Sprache, at every line.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar.js';
import { tokenize } from '../tokens.js';
import type { Token } from '../types.js';
import { cardinalWord, ordinalWord, yearWord, type OrdinalEnding } from './numerals.js';

export interface SpokenWord {
  /** The word as written, exactly `text.slice(offset, offset + word.length)`. */
  readonly word: string;
  readonly offset: number;
  /** What the voice says for it (`15.04.2026` → „fünfzehnten April zweitausendsechsundzwanzig“). */
  readonly spoken: string;
}

export type PauseKind = 'none' | 'clause' | 'sentence' | 'line' | 'paragraph';

export interface SpokenPhrase {
  readonly words: readonly SpokenWord[];
  /** The phrase as the voice gets it, with its closing punctuation so the melody rises or falls. */
  readonly text: string;
  readonly pauseAfter: PauseKind;
}

/** Pauses after a phrase at speed 1, in milliseconds; Leichte Sprache gives the reader more time per line. */
export function pauseMs(kind: PauseKind, leichteSprache: boolean): number {
  const ms: Record<PauseKind, number> = {
    none: 0,
    clause: 250,
    sentence: 550,
    line: leichteSprache ? 850 : 600,
    paragraph: leichteSprache ? 1200 : 900,
  };
  return ms[kind];
}

/** Targets read with the German rules; everything else is handed to the voice as written. */
export function isGermanSpeech(lang: string): boolean {
  return lang === 'de' || lang.startsWith('de-');
}

export function planSpeech(text: string, lang: string): SpokenPhrase[] {
  return isGermanSpeech(lang) ? planGerman(text) : planOther(text);
}

const DIGIT_WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const WEEKDAY_SHORT = new Map(WEEKDAY_NAMES.map((name) => [name.slice(0, 2), name]));
const NOMINATIVE_ARTICLES = new Set(['der', 'die', 'das']);
const YEAR_CUES = new Set(['jahr', 'jahre', 'jahres', 'seit', 'im', 'bis', 'ab', 'anno']);
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '§': 'Paragraf',
  '§§': 'Paragrafen',
  '&': 'und',
  '€': 'Euro',
  '%': 'Prozent',
  '+': 'plus',
  '=': 'gleich',
};
const RANGE_KINDS = new Set(['number', 'time', 'date', 'money', 'ordinal', 'percent']);

class PhraseBuilder {
  readonly phrases: SpokenPhrase[] = [];
  private words: SpokenWord[] = [];

  add(word: SpokenWord): void {
    this.words.push(word);
  }

  /** Appends to the last word's spoken form (the „bis“ of a range belongs to no written word). */
  extendLast(spoken: string): boolean {
    const last = this.words.at(-1);
    if (!last) return false;
    this.words[this.words.length - 1] = { ...last, spoken: `${last.spoken} ${spoken}` };
    return true;
  }

  end(punctuation: string, pause: PauseKind): void {
    if (this.words.length === 0) {
      // A pause with nothing before it (a bullet, a blank line) lengthens the previous one.
      const last = this.phrases.at(-1);
      if (last && rank(pause) > rank(last.pauseAfter))
        this.phrases[this.phrases.length - 1] = { ...last, pauseAfter: pause };
      return;
    }
    const text = this.words.map((w) => w.spoken).join(' ') + punctuation;
    this.phrases.push({ words: this.words, text, pauseAfter: pause });
    this.words = [];
  }
}

const PAUSE_ORDER: readonly PauseKind[] = ['none', 'clause', 'sentence', 'line', 'paragraph'];
const rank = (p: PauseKind): number => PAUSE_ORDER.indexOf(p);

function planGerman(text: string): SpokenPhrase[] {
  const tokens = tokenize(text);
  const out = new PhraseBuilder();
  tokens.forEach((t, i) => {
    const gap = text.slice(i === 0 ? 0 : tokens[i - 1]!.end, t.start);
    if (i > 0 && gap.includes('\n')) out.end('.', /\n\s*\n/.test(gap) ? 'paragraph' : 'line');
    if (t.kind === 'punct') {
      punctuation(t, tokens, i, out);
      return;
    }
    const spoken = spokenForm(t, tokens, i);
    if (spoken) out.add({ word: t.text, offset: t.start, spoken });
  });
  out.end('.', 'none');
  const last = out.phrases.at(-1);
  if (last) out.phrases[out.phrases.length - 1] = { ...last, pauseAfter: 'none' };
  return out.phrases;
}

function punctuation(t: Token, tokens: readonly Token[], i: number, out: PhraseBuilder): void {
  const c = t.norm;
  if (c === '.' || c === '!' || c === '?' || c === '…') out.end(c === '…' ? '.' : c, 'sentence');
  else if (c === ',' || c === ';' || c === ':') out.end(',', 'clause');
  else if (c === '–' || c === '-' || c === '—') {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const ranged = prev && next && rangeEnd(prev) && rangeEnd(next) && !/\n/.test(prev.text);
    if (ranged && out.extendLast('bis')) return;
    // A dash that starts a line is a bullet; elsewhere it sets off an insertion.
    out.end(',', 'clause');
  } else if (c === '(' || c === ')') out.end(',', 'clause');
}

function rangeEnd(t: Token): boolean {
  return RANGE_KINDS.has(t.kind) || weekdayName(t.norm) !== undefined || t.expansion !== undefined;
}

function weekdayName(norm: string): string | undefined {
  return /^\p{Lu}\p{Ll}$/u.test(norm) ? WEEKDAY_SHORT.get(norm) : undefined;
}

function previousWord(tokens: readonly Token[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'punct') return t.norm.toLowerCase();
  }
  return undefined;
}

function ordinalEnding(tokens: readonly Token[], i: number): OrdinalEnding {
  const before = previousWord(tokens, i);
  return before && NOMINATIVE_ARTICLES.has(before) ? 'e' : 'en';
}

function spokenForm(t: Token, tokens: readonly Token[], i: number): string {
  switch (t.kind) {
    case 'word':
      return spokenWord(t, tokens, i);
    case 'abbreviation':
      return t.expansion ?? t.text;
    case 'ordinal':
      return t.value ? ordinalWord(Number(t.value), ordinalEnding(tokens, i)) : t.text;
    case 'date':
      return t.value ? spokenDate(t.value, ordinalEnding(tokens, i)) : t.text;
    case 'time':
      return t.value ? spokenTime(t.value, /uhr/i.test(t.text)) : t.text;
    case 'money':
      return t.value ? spokenMoney(t.value, t.text) : t.text;
    case 'percent':
      return t.value ? `${t.value.replace('.', ',')} Prozent` : t.text;
    case 'number':
      return spokenNumber(t, tokens, i);
    case 'phone':
      return spokenDigits(t.text);
    case 'email':
      return t.text.replace('@', ' ät ').replace(/\./g, ' Punkt ');
    case 'url':
      return t.text
        .replace(/^https?:\/\//i, '')
        .replace(/\/$/, '')
        .replace(/\./g, ' Punkt ')
        .replace(/\//g, ' Schrägstrich ');
    case 'symbol':
      return spokenSymbol(t, tokens, i);
    default:
      return t.text;
  }
}

/** `§§ 19 ff.` is written as two § signs and said as one word. */
function spokenSymbol(t: Token, tokens: readonly Token[], i: number): string {
  const twin = (o: Token | undefined): boolean => o?.norm === t.norm && (o.end === t.start || o.start === t.end);
  if (t.norm === '§' && twin(tokens[i - 1])) return '';
  if (t.norm === '§' && twin(tokens[i + 1])) return SYMBOL_WORDS['§§']!;
  return SYMBOL_WORDS[t.norm] ?? '';
}

function spokenWord(t: Token, tokens: readonly Token[], i: number): string {
  const weekday = weekdayName(t.norm);
  if (
    weekday &&
    [tokens[i - 1], tokens[i + 1]].some((n) => n && (n.norm === '–' || n.norm === '-' || n.norm === 'bis'))
  )
    return weekday;
  // Leichte Sprache's middle dot and inclusive forms are read as the word, with the break a speaker makes.
  return t.norm.replace(/·/g, '').replace(/(\p{Ll})[*:_](?=in)/gu, '$1 ');
}

function spokenDate(value: string, ending: OrdinalEnding): string {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const day = ordinalWord(Number(m[3]), ending);
  const month = MONTH_NAMES[Number(m[2]) - 1] ?? '';
  return m[1] === '-' ? `${day} ${month}` : `${day} ${month} ${yearWord(Number(m[1]))}`;
}

function spokenTime(value: string, saysUhr: boolean): string {
  const [h, min] = value.split(':').map(Number) as [number, number];
  if (min === 0) return saysUhr ? `${h} Uhr` : String(h);
  return `${h} Uhr ${min}`;
}

function spokenMoney(value: string, written: string): string {
  const m = /^(\d+)(?:\.(\d+))? ([A-Z]{3})$/.exec(value);
  if (!m || m[3] !== 'EUR') return written;
  const euros = Number(m[1]);
  const cents = m[2] ? Number(m[2].padEnd(2, '0').slice(0, 2)) : 0;
  if (euros === 0 && cents > 0) return `${cents} Cent`;
  return cents === 0 ? `${euros} Euro` : `${euros} Euro ${cents}`;
}

function spokenNumber(t: Token, tokens: readonly Token[], i: number): string {
  const n = Number(t.value ?? NaN);
  const before = previousWord(tokens, i);
  const afterMonth = before !== undefined && MONTH_NAMES.some((name) => name.toLowerCase() === before);
  if (Number.isInteger(n) && n >= 1100 && n < 2000 && (afterMonth || (before && YEAR_CUES.has(before))))
    return yearWord(n);
  if (Number.isInteger(n) && n >= 0 && n <= 999_999 && /^\d+$/.test(t.text)) return cardinalWord(n);
  return t.text;
}

/** Phone and case numbers digit by digit, in the groups they are written in. */
function spokenDigits(written: string): string {
  return written
    .split(/[^\d+]+/)
    .filter(Boolean)
    .map((group) => [...group].map((c) => (c === '+' ? 'plus' : DIGIT_WORDS[Number(c)])).join(' '))
    .join(', ');
}

const END_OF_PHRASE = /([.!?؟。]+|[,;:،؛]+)$/u;

/** Other languages: words split at spaces, phrases at punctuation and lines; the voice reads numbers itself. */
function planOther(text: string): SpokenPhrase[] {
  const out = new PhraseBuilder();
  let lastEnd = 0;
  for (const m of text.matchAll(/\S+/gu)) {
    const gap = text.slice(lastEnd, m.index);
    if (lastEnd > 0 && gap.includes('\n')) out.end('.', /\n\s*\n/.test(gap) ? 'paragraph' : 'line');
    lastEnd = m.index + m[0].length;
    const end = END_OF_PHRASE.exec(m[0]);
    const word = end ? m[0].slice(0, -end[0].length) : m[0];
    if (/[\p{L}\p{N}]/u.test(word)) out.add({ word, offset: m.index, spoken: word });
    if (end) out.end(/[,;:،؛]/u.test(end[0]) ? ',' : end[0].slice(-1), /[,;:،؛]/u.test(end[0]) ? 'clause' : 'sentence');
  }
  out.end('.', 'none');
  const last = out.phrases.at(-1);
  if (last) out.phrases[out.phrases.length - 1] = { ...last, pauseAfter: 'none' };
  return out.phrases;
}

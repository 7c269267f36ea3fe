// What a German source sentence states that a translation must keep as it is: numbers, amounts, dates, times,
// phone numbers, e-mail addresses and web addresses, read with the project's tokeniser (the same reading as
// Leichte Sprache and the gloss rules), and every value a faithful translation may write as digits.

import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../calendar.js';
import { parseNumberWord } from '../number-words.js';
import { tokenize } from '../tokens.js';
import type { Token } from '../types.js';

export type Fact =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'code'; text: string; value: string }
  | { kind: 'amount'; text: string; value: number }
  | { kind: 'date'; text: string; day: number; month: number; year?: number }
  | { kind: 'time'; text: string; hour: number; minute: number }
  | { kind: 'phone'; text: string; digits: string }
  | { kind: 'email'; text: string; value: string }
  | { kind: 'url'; text: string; value: string };

/** Month number by lower-cased German name or abbreviation (without its period). */
const MONTH_BY_NAME = new Map<string, number>([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ['jänner', 1],
  ...MONTH_ABBREVIATIONS.map((m) => {
    const name = m.toLowerCase().replace(/\.$/, '');
    return [name, MONTH_NAMES.findIndex((full) => full.toLowerCase().startsWith(name.slice(0, 3))) + 1] as const;
  }),
]);

/** German ordinal and other number words by their stem: `ersten` → 1, `beiden` → 2. */
const WORD_VALUES: readonly [RegExp, number][] = [
  [/^(?:erst|ein)(?:e|en|er|es|em)?$/, 1],
  [/^(?:zweit|beid)(?:e|en|er|es|em)?$/, 2],
  [/^dritt(?:e|en|er|es|em)?$/, 3],
  [/^siebt(?:e|en|er|es|em)?$/, 7],
  [/^acht(?:e|en|er|es|em)$/, 8],
  [/^halb(?:e|en|er|es|em)?$|^hälfte$/, 0.5],
  [/^dutzend$/, 12],
];

/** A phone number as national digits (`+49 821 …` and `0821 …` are the same number). */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (/^\s*(?:\+|00)49/.test(text)) return `0${digits.replace(/^(?:00)?49/, '')}`;
  return digits;
}

/** A web address without scheme, `www.`, trailing slash or case: what must reappear in the translation. */
export function urlKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.,;:!?)]+$/, '');
}

function monthOf(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  return MONTH_BY_NAME.get(token.norm.toLowerCase().replace(/\.$/, ''));
}

function dateFact(value: string, text: string): Fact | undefined {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return {
    kind: 'date',
    text,
    day: Number(m[3]),
    month: Number(m[2]),
    ...(m[1] === '-' ? {} : { year: Number(m[1]) }),
  };
}

/** The facts of a German sentence, in order. */
export function sourceFacts(source: string): Fact[] {
  const tokens = tokenize(source).filter((t) => t.kind !== 'punct' || t.text !== ',');
  const facts: Fact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const value = t.value ?? '';
    switch (t.kind) {
      case 'money':
        facts.push({ kind: 'amount', text: t.text, value: Number.parseFloat(value) });
        break;
      case 'date': {
        const fact = dateFact(value.replace(/^--/, '-'), t.text);
        if (fact) facts.push(fact);
        break;
      }
      case 'ordinal': {
        // `3. Mai 2026`: an ordinal before a month name is the day of a date.
        const month = monthOf(tokens[i + 1]);
        if (month) {
          const next = tokens[i + 2];
          const year = next?.kind === 'number' && /^\d{4}$/.test(next.value ?? '') ? Number(next.value) : undefined;
          const end = (year !== undefined ? next! : tokens[i + 1]!).end;
          facts.push({
            kind: 'date',
            text: source.slice(t.start, end),
            day: Number(value),
            month,
            ...(year !== undefined ? { year } : {}),
          });
          i += year !== undefined ? 2 : 1;
        } else facts.push({ kind: 'number', text: t.text, value: Number(value) });
        break;
      }
      case 'time': {
        const [h, m] = value.split(':').map(Number);
        facts.push({ kind: 'time', text: t.text, hour: h!, minute: m! });
        break;
      }
      case 'percent':
        facts.push({ kind: 'number', text: t.text, value: Number.parseFloat(value) });
        break;
      case 'number':
        if (/^\d+(?:\.\d+)?$/.test(value)) facts.push({ kind: 'number', text: t.text, value: Number(value) });
        else if (value) facts.push({ kind: 'code', text: t.text, value: value.toLowerCase() });
        break;
      case 'phone':
        facts.push({ kind: 'phone', text: t.text, digits: phoneDigits(t.text) });
        break;
      case 'email':
        facts.push({ kind: 'email', text: t.text, value: t.text.toLowerCase() });
        break;
      case 'url':
        facts.push({ kind: 'url', text: t.text, value: urlKey(t.text) });
        break;
      default:
        break;
    }
  }
  return facts;
}

/**
 * Every number a faithful translation may write as digits: each digit group of the source, the parts of its
 * dates (month names as numbers), times on a 12-hour clock, amounts in cents, and the German number words.
 */
export function sourceValues(source: string, facts: readonly Fact[] = sourceFacts(source)): Set<number> {
  const values = new Set<number>();
  for (const m of source.matchAll(/\d+/g)) values.add(Number(m[0]));
  for (const f of facts) {
    if (f.kind === 'number' || f.kind === 'amount') {
      values.add(f.value);
      if (f.kind === 'amount') values.add(Math.round(f.value * 100));
    } else if (f.kind === 'date') {
      values.add(f.day).add(f.month);
      if (f.year !== undefined) values.add(f.year).add(f.year % 100);
    } else if (f.kind === 'time') {
      values
        .add(f.hour)
        .add(f.minute)
        .add(f.hour % 12 === 0 ? 12 : f.hour % 12);
    }
  }
  for (const w of source.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w) continue;
    const n = parseNumberWord(w) ?? parseNumberWord(w.replace(/(?:e|en|er|es|em|n)$/, ''));
    if (n !== undefined) values.add(n);
    for (const [re, v] of WORD_VALUES) if (re.test(w)) values.add(v);
    const month = MONTH_BY_NAME.get(w);
    if (month) values.add(month);
  }
  return values;
}

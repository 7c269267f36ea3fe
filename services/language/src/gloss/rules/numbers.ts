// numbers: numbers, dates, times, money, percentages, phone and case numbers → kind `number` with `digits`.
//   `7` → 7;  `drei` → DREI (digits 3);  `10.000` → 10000;  `2,5` → 2 KOMMA 5
//   `37,00 Euro` → 37 EURO;  `12,50 €` → 12 EURO 50 (cents after the currency, as spoken)
//   `9 Uhr` → UHR 9;  `9:30 Uhr` → UHR 9 30 (time sign first: DGS order); a bare `8` read as a time → 8
//   `24.12.2026` → 24 DEZEMBER 2026; `am 3. Oktober` → 3 OKTOBER (a day before a month is no ordinal)
//   months: the month's sign when the lexicon has one, else its fingerspelled short form (FS-DEZ)
//   `3.` → 3. with `ordinal: true`
//   `10 %` → 10 PROZENT
//   phone numbers → one gloss per digit, as they are signed (`0251 492-0` → 0 2 5 1 4 9 2 0)
//   case numbers `32-1234/2026` → one number per digit group (32 1234 2026); a group with a leading zero or
//   more than four digits is signed digit by digit
// Words the lexicon lacks (EURO, UHR, PROZENT, KOMMA) are fingerspelled. Numbers have no mouthing.
import type { AnalyzedToken } from '../../types.js';
import { parseNumberWord } from '../../number-words.js';
import type { Draft, GlossRule, GlossState } from '../state.js';
import { fingerspellDraft, lexicalDraft, numberDraft, subSpan, tokenSpan } from '../state.js';
import { CURRENCIES, MONTHS } from '../words.js';

type Span = { start: number; end: number };

/** A word sign by lemma, fingerspelled when the lexicon has none. */
function wordDraft(state: GlossState, token: number, lemma: string, span: Span, pos = 'NOUN'): Draft {
  const sign = state.lexicon.lookup(lemma, pos);
  return sign ? lexicalDraft(token, sign, span, lemma) : fingerspellDraft(token, lemma, span);
}

/** The month's sign, or its short form fingerspelled (mouthing the full name). */
export function monthDraft(state: GlossState, token: number, month: number, span: Span): Draft {
  const m = MONTHS[month - 1]!;
  const sign = state.lexicon.lookup(m.name, 'NOUN');
  if (sign) return lexicalDraft(token, sign, span, m.name);
  return { ...fingerspellDraft(token, m.short, span), mouthing: m.name };
}

export const monthOf = (t: AnalyzedToken): number | undefined => {
  const w = t.lemma.toLowerCase().replace(/\.$/, '');
  const k = MONTHS.findIndex((m) => m.name.toLowerCase() === w || m.short.toLowerCase() === w);
  return k < 0 ? undefined : k + 1;
};

/** Runs of digits or letters in a token's normalised text, with their offsets. */
function runs(t: AnalyzedToken, re = /[0-9]+|[A-Za-zÄÖÜäöüß]+|€|%/g): { text: string; from: number; to: number }[] {
  return [...t.norm.matchAll(re)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
}

const stripZeros = (d: string) => d.replace(/^0+(?=\d)/, '');

/** One gloss per digit, each with its own span (phone numbers, long digit groups). */
function digitByDigit(t: AnalyzedToken, i: number, from: number, text: string): Draft[] {
  return [...text].map((d, k) => numberDraft(i, d, subSpan(t, from + k, from + k + 1)));
}

/**
 * A canonical number value (`1000`, `2.5`) written at `from` in the token's text as `written`:
 * an integer is one gloss, a decimal is integer KOMMA fraction. Undefined for other values.
 */
function valueDrafts(
  state: GlossState,
  t: AnalyzedToken,
  i: number,
  value: string,
  from: number,
  written: string,
): Draft[] | undefined {
  const to = from + written.length;
  if (/^\d+$/.test(value)) return [numberDraft(i, value, subSpan(t, from, to))];
  const decimal = /^(\d+)\.(\d+)$/.exec(value);
  if (!decimal) return undefined;
  const comma = written.lastIndexOf(',');
  const at = comma < 0 ? -1 : from + comma;
  return [
    numberDraft(i, decimal[1]!, at < 0 ? subSpan(t, from, to) : subSpan(t, from, at)),
    wordDraft(state, i, 'Komma', at < 0 ? subSpan(t, from, to) : subSpan(t, at, at + 1)),
    numberDraft(i, decimal[2]!, at < 0 ? subSpan(t, from, to) : subSpan(t, at + 1, to)),
  ];
}

function plainNumber(state: GlossState, t: AnalyzedToken, i: number): Draft[] {
  const simple = valueDrafts(state, t, i, t.value ?? t.norm, 0, t.norm);
  if (simple) return simple;
  // Case numbers and other digit groups: `32-1234/2026`.
  return runs(t, /[0-9]+/g).flatMap((r) =>
    r.text.length > 4 || (r.text.startsWith('0') && r.text.length > 1)
      ? digitByDigit(t, i, r.from, r.text)
      : [numberDraft(i, r.text, subSpan(t, r.from, r.to))],
  );
}

function date(state: GlossState, t: AnalyzedToken, i: number): Draft[] {
  const m = /^(?:\d{4}-|--)(\d{2})-(\d{2})$/.exec(t.value ?? '');
  const parts = runs(t);
  if (!m || parts.length < 2) return plainNumber(state, t, i);
  const [day, month, year] = parts;
  const drafts = [
    numberDraft(i, stripZeros(day!.text), subSpan(t, day!.from, day!.to)),
    monthDraft(state, i, Number(m[1]), subSpan(t, month!.from, month!.to)),
  ];
  if (year && /^\d+$/.test(year.text)) drafts.push(numberDraft(i, year.text, subSpan(t, year.from, year.to)));
  return drafts;
}

function time(state: GlossState, t: AnalyzedToken, i: number): Draft[] {
  const m = /^(\d{2}):(\d{2})$/.exec(t.value ?? '');
  const digits = runs(t, /[0-9]+/g);
  const uhr = runs(t, /[Uu]hr/g)[0];
  if (!m || digits.length === 0) return plainNumber(state, t, i);
  const hour = digits[0]!;
  const drafts: Draft[] = [];
  // A clock time (`9 Uhr`, `9:30`) gets the time sign; a bare `8` of `von 8 bis 12 Uhr` does not.
  if (uhr || digits.length > 1)
    drafts.push(wordDraft(state, i, 'Uhr', uhr ? subSpan(t, uhr.from, uhr.to) : tokenSpan(t)));
  drafts.push(numberDraft(i, String(Number(m[1])), subSpan(t, hour.from, hour.to)));
  const minute = digits[1];
  if (minute && m[2] !== '00') drafts.push(numberDraft(i, String(Number(m[2])), subSpan(t, minute.from, minute.to)));
  return drafts;
}

function money(state: GlossState, t: AnalyzedToken, i: number): Draft[] {
  const m = /^(\d+)(?:\.(\d+))?\s+([A-Z]{3})$/.exec(t.value ?? '');
  if (!m) return plainNumber(state, t, i);
  const hasCents = m[2] !== undefined && Number(m[2]) > 0;
  // Zero cents are not signed: the amount's span covers them (`37,00`).
  const amount = (hasCents ? /\d[\d.]*/ : /\d[\d.]*(?:,(?:\d+|-+))?/).exec(t.norm);
  const cents = /,(\d+)/.exec(t.norm);
  const currency = /€|[A-Za-z]{2,}/.exec(t.norm);
  const lemma = CURRENCIES[m[3]!] ?? m[3]!;
  const drafts = [
    numberDraft(i, m[1]!, amount ? subSpan(t, amount.index, amount.index + amount[0].length) : tokenSpan(t)),
    wordDraft(
      state,
      i,
      lemma,
      currency ? subSpan(t, currency.index, currency.index + currency[0].length) : tokenSpan(t),
    ),
  ];
  if (hasCents) {
    const span = cents ? subSpan(t, cents.index + 1, cents.index + cents[0].length) : tokenSpan(t);
    drafts.push(numberDraft(i, stripZeros(m[2]!.padEnd(2, '0')), span));
  }
  return drafts;
}

function percent(state: GlossState, t: AnalyzedToken, i: number): Draft[] {
  const sign = runs(t, /%|[Pp]rozent/g)[0];
  const written = /\d[\d.]*(?:,\d+)?/.exec(t.norm);
  const drafts =
    (written && valueDrafts(state, t, i, t.value ?? '', written.index, written[0])) || plainNumber(state, t, i);
  drafts.push(wordDraft(state, i, 'Prozent', sign ? subSpan(t, sign.from, sign.to) : tokenSpan(t)));
  return drafts;
}

function phone(t: AnalyzedToken, i: number): Draft[] {
  return runs(t, /[0-9]+/g).flatMap((r) => digitByDigit(t, i, r.from, r.text));
}

/** What a number-like token becomes, or undefined for other tokens. */
function numberDrafts(state: GlossState, i: number): Draft[] | undefined {
  const t = state.tokens[i]!;
  switch (t.kind) {
    case 'number':
      return plainNumber(state, t, i);
    case 'date':
      return date(state, t, i);
    case 'time':
      return time(state, t, i);
    case 'money':
      return money(state, t, i);
    case 'percent':
      return percent(state, t, i);
    case 'phone':
      return phone(t, i);
    case 'ordinal': {
      const digits = t.value ?? t.norm.replace(/\D/g, '');
      const next = state.tokens[i + 1];
      // `am 3. Oktober`: the day of a date is signed as a plain number.
      if (next && monthOf(next) !== undefined) return [numberDraft(i, digits, subSpan(t, 0, digits.length))];
      return [{ ...numberDraft(i, digits, tokenSpan(t), `${digits}.`), ordinal: true }];
    }
    default:
      break;
  }
  if (t.upos === 'NUM' && t.kind === 'word') {
    const value = parseNumberWord(t.norm);
    if (value !== undefined) return [numberDraft(i, String(value), tokenSpan(t), t.norm.toUpperCase())];
  }
  if (t.upos === 'NOUN' || t.upos === 'PROPN') {
    const month = monthOf(t);
    if (month !== undefined && !state.lexicon.lookup(t.lemma, 'NOUN'))
      return [monthDraft(state, i, month, tokenSpan(t))];
  }
  return undefined;
}

export const numbers: GlossRule = {
  name: 'numbers',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((_, i) => {
      if (state.plans[i] !== undefined) return;
      const drafts = numberDrafts(state, i);
      if (!drafts) return;
      state.plans[i] = drafts;
      fired = true;
    });
    return fired;
  },
};

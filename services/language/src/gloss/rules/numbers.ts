// numbers: numbers, dates, times, money, percentages, phone and case numbers → kind `number` with `digits`.
// The glosses keep the written value (`16`, `2026`, DREI); the timeline compiler signs it as DGS composes it
// (16 one sign, 2026 → 2000 6 20; see timeline/number-signs.ts).
//   `7` → 7;  `drei` → DREI (digits 3);  `10.000` → 10000;  `2,5` → 2 KOMMA 5
//   `37,00 Euro` → 37 EURO;  `12,50 €` → 12 EURO 50 (cents after the currency, as spoken); `0,50 €` → 50 CENT
//   `9 Uhr` → UHR 9;  `9:30 Uhr` → UHR 9 30 (time sign first: DGS order)
//   `um acht Uhr` → UHR ACHT
//   ranges are one phrase: `von 8 bis 16 Uhr` → UHR 8 BIS 16 (one UHR for both); `8–16 Uhr`, `zwischen 8 und
//   16 Uhr` likewise;
//   `8.00 bis 18.00 Uhr` → UHR 8 BIS UHR 18 (both written as clock times); `zwei bis drei Wochen` → ZWEI BIS DREI WOCHE
//   `24.12.2026` → 24. DEZEMBER 2026 (the day is an ordinal: DRITTE MÄRZ; the year a year)
//   months: the month's sign when the lexicon has one, else its fingerspelled short form (FS-DEZ)
//   `3.`, `dritten` → 3., DRITTE with `ordinal: true`;  `im Jahr 1998`, `seit 1998` → 1998 with `year: true`
//   `10 %` → 10 PROZENT
//   phone numbers → one gloss per digit, as they are signed, the last digit of each group but the last with
//   `groupEnd` (`0251 492-0` → 0 2 5 1 | 4 9 2 | 0); case numbers `32-1234/2026` likewise (3 2 | 1 2 3 4 | 2 0 2 6);
//   a number with a leading zero or five digits and more written without separators (a postal code) digit by digit
// Words the lexicon lacks (EURO, UHR, PROZENT, KOMMA) are fingerspelled. Numbers have no mouthing.
import type { AnalyzedToken } from '../../types.js';
import { parseNumberWord } from '../../number-words.js';
import { parseOrdinalWord } from '../ordinal-words.js';
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

/** Digit groups as written, digit by digit; the signer pauses between groups (`groupEnd`), not after the last. */
function digitGroups(t: AnalyzedToken, i: number): Draft[] {
  const groups = runs(t, /[0-9]+/g);
  return groups.flatMap((r, g) =>
    digitByDigit(t, i, r.from, r.text).map((d, k) =>
      g < groups.length - 1 && k === r.text.length - 1 ? { ...d, groupEnd: true } : d,
    ),
  );
}

/** A code rather than a quantity: a leading zero (`0251`), or a postal code (five digits and more, no separators). */
const isCode = (written: string): boolean =>
  /^\d+$/.test(written) && (written.length >= 5 || (written.length > 1 && written.startsWith('0')));

/** Words before a number that make it a year (`im Jahr 1998`, `seit 1998`, `Jahrgang 1990`, `Januar 1999`). */
const YEAR_CUES = new Set(['jahr', 'jahrgang', 'baujahr', 'seit']);

function isYear(state: GlossState, i: number, value: string): boolean {
  const n = Number(value);
  const before = state.tokens[i - 1];
  const after = state.tokens[i + 1];
  if (!/^\d{4}$/.test(value) || n < 1000 || n >= 2100) return false;
  if (after?.lemma === 'gebären') return true;
  if (!before) return false;
  // `seit 1500 Anträgen`: a count before its noun is no year.
  const cue = YEAR_CUES.has(before.lemma.toLowerCase()) || monthOf(before) !== undefined;
  return cue && after?.upos !== 'NOUN';
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
  if (isCode(t.norm)) return digitByDigit(t, i, 0, t.norm);
  const simple = valueDrafts(state, t, i, t.value ?? t.norm, 0, t.norm);
  if (simple) {
    return simple.length === 1 && isYear(state, i, simple[0]!.digits ?? '') ? [{ ...simple[0]!, year: true }] : simple;
  }
  // Case numbers and other digit groups (`32-1234/2026`): codes, read digit by digit, group by group.
  return digitGroups(t, i);
}

function date(state: GlossState, t: AnalyzedToken, i: number): Draft[] {
  const m = /^(?:\d{4}-|--)(\d{2})-(\d{2})$/.exec(t.value ?? '');
  const parts = runs(t);
  if (!m || parts.length < 2) return plainNumber(state, t, i);
  const [day, month, year] = parts;
  const dayDigits = stripZeros(day!.text);
  // DGS signs the day of a date as an ordinal (DRITTE MÄRZ).
  const drafts: Draft[] = [
    { ...numberDraft(i, dayDigits, subSpan(t, day!.from, day!.to), `${dayDigits}.`), ordinal: true },
    monthDraft(state, i, Number(m[1]), subSpan(t, month!.from, month!.to)),
  ];
  if (year && /^\d+$/.test(year.text)) {
    drafts.push({ ...numberDraft(i, year.text, subSpan(t, year.from, year.to)), year: true });
  }
  return drafts;
}

/** The `Uhr` of a time token, as a span of the input. */
function uhrSpan(t: AnalyzedToken): Span | undefined {
  const uhr = runs(t, /[Uu]hr/g)[0];
  return uhr ? subSpan(t, uhr.from, uhr.to) : undefined;
}

/** A bare hour (`8` of `von 8 bis 12 Uhr`): a time without its own time sign. */
const isBareHour = (t: AnalyzedToken): boolean => t.kind === 'time' && !uhrSpan(t) && runs(t, /[0-9]+/g).length === 1;

/**
 * A clock time: the time sign, the hour, the minutes. `clock` says where the time sign comes from: `auto` — a
 * clock time (`9 Uhr`, `9:30`) gets one, a bare hour does not; a span — the range's `Uhr`, signed here; `none`
 * — the range signed it already.
 */
function time(state: GlossState, t: AnalyzedToken, i: number, clock: 'auto' | 'none' | Span = 'auto'): Draft[] {
  const m = /^(\d{2}):(\d{2})$/.exec(t.value ?? '');
  const digits = runs(t, /[0-9]+/g);
  const uhr = uhrSpan(t);
  if (!m || digits.length === 0) return plainNumber(state, t, i);
  const hour = digits[0]!;
  const drafts: Draft[] = [];
  if (typeof clock === 'object') drafts.push(wordDraft(state, i, 'Uhr', clock));
  else if (clock === 'auto' && (uhr || digits.length > 1)) drafts.push(wordDraft(state, i, 'Uhr', uhr ?? tokenSpan(t)));
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
  if (m[1] === '0' && hasCents && lemma === 'Euro') {
    // `0,50 €`, `5 Cent`: cents alone are counted in cents.
    const digits = cents ? { from: cents.index + 1, to: cents.index + cents[0].length } : runs(t, /[0-9]+/g)[0];
    const span = digits ? subSpan(t, digits.from, digits.to) : tokenSpan(t);
    return [
      numberDraft(i, stripZeros(m[2]!.padEnd(2, '0')), span),
      wordDraft(
        state,
        i,
        'Cent',
        currency ? subSpan(t, currency.index, currency.index + currency[0].length) : tokenSpan(t),
      ),
    ];
  }
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
      return digitGroups(t, i);
    case 'ordinal': {
      // `am 3. Oktober` too: DGS signs the day of a date as an ordinal.
      const digits = t.value ?? t.norm.replace(/\D/g, '');
      return [{ ...numberDraft(i, digits, tokenSpan(t), `${digits}.`), ordinal: true }];
    }
    default:
      break;
  }
  if (t.kind === 'word' && t.upos !== 'DET' && t.upos !== 'PRON') {
    const value = parseNumberWord(t.norm);
    // The tagger misses long numerals (`zweiundzwanzig`); `ein`, `eine` … stay articles unless tagged NUM.
    if (value !== undefined && (t.upos === 'NUM' || value > 12)) {
      return [numberDraft(i, String(value), tokenSpan(t), t.norm.toUpperCase())];
    }
  }
  if ((t.upos === 'ADJ' || t.upos === 'NUM') && t.kind === 'word') {
    // `dritten`, `zweite`: the same number sign as `3.`.
    const ordinal = parseOrdinalWord(t.norm);
    if (ordinal) {
      return [
        { ...numberDraft(i, String(ordinal.value), tokenSpan(t), ordinal.citation.toUpperCase()), ordinal: true },
      ];
    }
  }
  if (t.upos === 'NOUN' || t.upos === 'PROPN') {
    const month = monthOf(t);
    if (month !== undefined && !state.lexicon.lookup(t.lemma, 'NOUN'))
      return [monthDraft(state, i, month, tokenSpan(t))];
  }
  return undefined;
}

const RANGE_DASHES = new Set(['–', '-', '—']);

/** A bare number that can be the hour of a range ending in a clock time (`zwischen 8 und 12 Uhr`). */
const isHourNumber = (t: AnalyzedToken): boolean =>
  t.kind === 'number' && /^\d{1,2}$/.test(t.norm) && Number(t.norm) <= 24;

/**
 * `von 8 bis 16 Uhr`, `8–16 Uhr`, `zwischen 8 und 12 Uhr`, `zwei bis drei Wochen`: a range is one phrase, signed
 * where its end stands (so it stays one constituent), with BIS between its ends. A bare first hour takes the
 * end's `Uhr` up front: UHR 8 BIS 16, one time sign for both.
 */
function rangeAt(state: GlossState, i: number): boolean {
  const [from, via, to] = [state.tokens[i], state.tokens[i + 1], state.tokens[i + 2]];
  if (!from || !via || !to || state.plans[i] !== undefined || state.plans[i + 2] !== undefined) return false;
  const before = state.tokens[i - 1];
  const between = before?.lemma.toLowerCase() === 'zwischen' && via.norm.toLowerCase() === 'und';
  // A dash was dropped as punctuation (and `und` as a conjunction); `bis` is still undecided.
  const dash = via.kind === 'punct' && RANGE_DASHES.has(via.norm);
  if (!dash && !between && (via.norm.toLowerCase() !== 'bis' || state.plans[i + 1] !== undefined)) return false;
  let first: Draft[] | undefined;
  let last: Draft[] | undefined;
  if (to.kind === 'time' && (from.kind === 'time' || isHourNumber(from))) {
    const shared = from.kind !== 'time' || isBareHour(from) ? uhrSpan(to) : undefined;
    first = shared
      ? [
          wordDraft(state, i, 'Uhr', shared),
          ...(from.kind === 'time' ? time(state, from, i, 'none') : plainNumber(state, from, i)),
        ]
      : time(state, from, i);
    last = time(state, to, i + 2, shared ? 'none' : 'auto');
  } else if (from.kind !== 'time' && to.kind !== 'time') {
    first = numberDrafts(state, i);
    last = numberDrafts(state, i + 2);
  }
  if (!first?.some((d) => d.kind === 'number') || !last?.some((d) => d.kind === 'number')) return false;
  const bis = wordDraft(state, i + 2, 'bis', tokenSpan(via), 'ADP');
  if (between) state.plans[i - 1] = null;
  state.plans[i] = null;
  state.plans[i + 1] = null;
  state.plans[i + 2] = [...first.map((d) => ({ ...d, token: i + 2 })), bis, ...last];
  return true;
}

/** `um acht Uhr`: a numeral word before the noun `Uhr` is a clock time, signed UHR ACHT like `8 Uhr`. */
function clockWordAt(state: GlossState, i: number): boolean {
  const [t, uhr] = [state.tokens[i], state.tokens[i + 1]];
  if (!t || !uhr || t.kind !== 'word' || uhr.lemma !== 'Uhr' || state.plans[i] !== undefined) return false;
  if (state.plans[i + 1] !== undefined) return false;
  const value = parseNumberWord(t.norm);
  if (value === undefined || value > 24) return false;
  state.plans[i] = null;
  state.plans[i + 1] = [
    wordDraft(state, i + 1, 'Uhr', tokenSpan(uhr)),
    numberDraft(i + 1, String(value), tokenSpan(t), t.norm.toUpperCase()),
  ];
  return true;
}

export const numbers: GlossRule = {
  name: 'numbers',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((_, i) => {
      if (rangeAt(state, i) || clockWordAt(state, i)) fired = true;
    });
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

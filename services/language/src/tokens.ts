// Tokeniser for German administrative text. It scans the normalised text (see normalise.ts) and maps
// every token back to the raw input, so `text`/`start`/`end` describe the input exactly while `norm`
// is what the lexicon looks up. Units that a reader takes in as one item stay one token: `12,50 €`,
// `9.30 Uhr`, `0251 492-0`, `z. B.`, `Kfz-Zulassung`, `Bürger*innen`, URLs and e-mail addresses.

import { ABBREVIATIONS, findAbbreviation } from './abbreviations.js';
import {
  MONTHS,
  ORDINAL_LEFT,
  ORDINAL_NOUNS,
  PHONE_CUES,
  REFERENCE_CUES,
  WEEKDAY_AFTER,
  WEEKDAY_BEFORE,
} from './context-words.js';
import { normalize, toRawSpan, type NormalizedText } from './normalise.js';
import type { Token, TokenKind } from './types.js';

/** A token in normalised-text coordinates, before mapping back to the raw input. */
export interface ScanToken {
  start: number;
  end: number;
  kind: TokenKind;
  value?: string;
  expansion?: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One alternation of every abbreviation, longest first so `Sept.` wins over `Sep.`. Inner periods may
// be followed by one space or none; a lower-case first letter may be capitalised at a sentence start.
const ABBREVIATION_RE = (() => {
  const patterns = [...ABBREVIATIONS]
    .sort((a, b) => b.form.replace(/ /g, '').length - a.form.replace(/ /g, '').length)
    .map((a) => {
      const first = a.form.charAt(0);
      const head =
        first.toLowerCase() !== first.toUpperCase() && first === first.toLowerCase()
          ? `[${first}${first.toUpperCase()}]`
          : escapeRe(first);
      const rest = a.form.slice(1).split(' ').map(escapeRe).join(' ?');
      // Forms without a final period must end at a word boundary (`Kfz` but not `Kfz-Zulassung`).
      return head + rest + (a.form.endsWith('.') ? '' : '(?![\\p{L}\\p{N}-])');
    });
  return new RegExp(`(?:${patterns.join('|')})`, 'uy');
})();

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const URL_RE = /(?:https?:\/\/|www\.)[^\s"<>]+/iy;
// Bare domains need a lower-case top-level domain, so a missing space (`gut.De`) is not a domain.
const DOMAIN_RE =
  /[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:de|com|org|net|eu|info|nrw|gov|edu|io|at|ch)(?![\p{L}\p{N}-])(?:\/[^\s"<>]*)?/uy;
const DATE_RE = /(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})(?![\d]|[.,]\d)|(?!\d))/y;
const ISO_DATE_RE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
// Amounts: `1.000,50`, `37,00`, `37.00`, `12,-`. Thousands with dots come first so `1.000` is not 1.0.
const AMOUNT = String.raw`\d{1,3}(?:\.\d{3})+(?:,(?:\d+|-{1,2}))?|\d+(?:[.,](?:\d+|-{1,2}))?`;
const MONEY_BEFORE_RE = new RegExp(String.raw`(?:€|EUR)\s?(${AMOUNT})(?!\d)`, 'uy');
const MONEY_AFTER_RE = new RegExp(String.raw`(${AMOUNT})\s?(€|EUR|Euro|Cent|ct)(?![\p{L}\p{N}])`, 'uy');
const PERCENT_RE = new RegExp(
  String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s?(?:%|Prozent)(?![\p{L}\p{N}])`,
  'uy',
);
const TIME_RE = /(\d{1,2})([:.])(\d{2})(?![\d]|[.,]\d)(?:\s?(?:Uhr|h)(?![\p{L}]))?/uy;
const HOUR_RE = /(\d{1,2})\s?Uhr(?![\p{L}])/uy;
const ORDINAL_RE = /(\d{1,3})\.(?!\d)/y;
const PHONE_SHAPED_RE = /(?:\+\d{1,3}(?: ?\(0\))?|\(0\d{2,5}\)|0\d{2,5})(?:[ /-]?\d+)+/y;
const PHONE_CUED_RE = /\d+(?:[ /-]?\d+)*/y;
const HOUSE_NUMBER_RE = /\d+[a-z](?![\p{L}\p{N}-])/uy;
const NUMBER_RE = /\d+(?:[.,]\d+)*/y;
const CODE_TAIL_RE = /(?:[/-]\d+)+/y;
// Words: letters with inner digits, apostrophes (`geht's`) and hyphens (`E-Mail`, `Kfz-Zulassung`),
// optionally led by digit groups with hyphens (`3-Zimmer-Wohnung`).
const WORD_RE = /(?:\p{N}+-)*\p{N}*\p{L}[\p{L}\p{M}\p{N}]*(?:'\p{L}+)?(?:-[\p{L}\p{M}\p{N}]*[\p{L}\p{N}])*/uy;
// Gender-inclusive endings keep the word whole: Bürger*innen, Bürger:innen, Bürger_innen, Bürger/-innen.
const GENDER_RE = /(?:[*:_]|\/-?)(?:innen|in)(?![\p{L}])/uy;
// `An- und Abmeldung`, `Ein-, Um- und Abmeldung`: the hyphen that stands for a left-out word part.
const SUSPENDED_HYPHEN_RE = /-(?=,|\s(?:und|oder|bzw\.|sowie|bis)\s)/y;
// `''` and ``` `` ``` (typewriter and TeX-style double quotes; ` is normalised to ') and `--` are one mark each.
const PUNCT_RE = /\.{2,}|[!?]+|''|--|[.,;:()[\]{}"'\-–/]/y;

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function validDay(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function validTime(h: number, m: number): boolean {
  return h >= 0 && h <= 24 && m >= 0 && m <= 59;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** German number spelling to a plain decimal: `1.000,50` → `1000.50`, `37.00` → `37.00`, `12,-` → `12.00`. */
export function parseGermanNumber(s: string): string {
  const t = s.replace(/,-{1,2}$/, ',00');
  if (t.includes(',')) return t.replace(/\./g, '').replace(',', '.');
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return t.replace(/\./g, '');
  return t;
}

/** The previous word token's lower-cased text, skipping a colon (`Tel.: 0251 …`). */
function previousWord(s: string, toks: readonly ScanToken[]): string {
  let k = toks.length - 1;
  if (k >= 0 && s.slice(toks[k]!.start, toks[k]!.end) === ':') k--;
  const t = toks[k];
  return t ? s.slice(t.start, t.end).toLowerCase() : '';
}

function atLineStart(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && s[k] === ' ') k--;
  return k < 0 || s[k] === '\n';
}

function nextWord(s: string, end: number): string | undefined {
  const m = /^ ([\p{L}][\p{L}\p{M}\p{N}-]*\.?)/u.exec(s.slice(end, end + 40));
  return m?.[1];
}

function isOrdinalNoun(word: string): boolean {
  const w = word.toLowerCase();
  const bare = w.endsWith('.') ? w.slice(0, -1) : w;
  return MONTHS.has(w) || MONTHS.has(bare) || ORDINAL_NOUNS.has(w) || ORDINAL_NOUNS.has(bare);
}

function scanNumberLike(s: string, i: number, toks: readonly ScanToken[]): ScanToken {
  let m: RegExpExecArray | null;
  const prev = previousWord(s, toks);

  if ((m = at(DATE_RE, s, i)) && validDay(+m[1]!, +m[2]!)) {
    const year = m[3] === undefined ? '-' : m[3].length === 2 ? String(2000 + +m[3]) : m[3];
    return { start: i, end: i + m[0].length, kind: 'date', value: `${year}-${pad2(+m[2]!)}-${pad2(+m[1]!)}` };
  }
  if ((m = at(ISO_DATE_RE, s, i)) && validDay(+m[3]!, +m[2]!)) {
    return { start: i, end: i + m[0].length, kind: 'date', value: m[0] };
  }
  if ((m = at(MONEY_AFTER_RE, s, i))) {
    const amount = parseGermanNumber(m[1]!);
    const cents = m[2] === 'Cent' || m[2] === 'ct';
    const value = cents ? (Number(amount) / 100).toFixed(2) : amount;
    return { start: i, end: i + m[0].length, kind: 'money', value: `${value} EUR` };
  }
  if ((m = at(PERCENT_RE, s, i))) {
    return { start: i, end: i + m[0].length, kind: 'percent', value: parseGermanNumber(m[1]!) };
  }
  // Phone numbers: by shape (leading 0 or +, at least six digits) or after a cue word (`Tel. 492-0`).
  const shaped = at(PHONE_SHAPED_RE, s, i) ?? (PHONE_CUES.has(prev) ? at(PHONE_CUED_RE, s, i) : null);
  if (shaped) {
    const text = shaped[0].trimEnd();
    const digits = text.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
    if (digits.replace('+', '').length >= (PHONE_CUES.has(prev) ? 3 : 6) && !/^[.,]\d/.test(s.slice(i + text.length))) {
      const value = digits.startsWith('+') ? digits : digits.startsWith('0') ? `+49${digits.slice(1)}` : digits;
      return { start: i, end: i + text.length, kind: 'phone', value };
    }
  }
  if ((m = at(TIME_RE, s, i)) && validTime(+m[1]!, +m[3]!) && (m[2] === ':' || /(Uhr|h)$/.test(m[0]))) {
    return { start: i, end: i + m[0].length, kind: 'time', value: `${pad2(+m[1]!)}:${m[3]}` };
  }
  if ((m = at(HOUR_RE, s, i)) && validTime(+m[1]!, 0)) {
    return { start: i, end: i + m[0].length, kind: 'time', value: `${pad2(+m[1]!)}:00` };
  }
  if ((m = at(ORDINAL_RE, s, i)) && +m[1]! > 0) {
    const end = i + m[0].length;
    const next = nextWord(s, end);
    const ordinal =
      (next !== undefined && (isOrdinalNoun(next) || next.charAt(0) !== next.charAt(0).toUpperCase())) ||
      (atLineStart(s, i) && s[end] === ' ') ||
      ORDINAL_LEFT.has(prev);
    if (ordinal) return { start: i, end, kind: 'ordinal', value: m[1]! };
  }
  if ((m = at(HOUSE_NUMBER_RE, s, i))) return { start: i, end: i + m[0].length, kind: 'number', value: m[0] };
  if ((m = at(WORD_RE, s, i))) return { start: i, end: i + m[0].length, kind: 'word' };
  m = at(NUMBER_RE, s, i)!;
  let end = i + m[0].length;
  // File and case numbers (`32-1234/2025`) stay whole after a cue word or when they contain a slash;
  // a bare `8-12` stays three tokens because it is usually a range.
  const tail = at(CODE_TAIL_RE, s, end);
  if (tail && (tail[0].includes('/') || REFERENCE_CUES.has(prev))) {
    end += tail[0].length;
    return { start: i, end, kind: 'number', value: s.slice(i, end) };
  }
  return { start: i, end, kind: 'number', value: parseGermanNumber(m[0]) };
}

function scanAt(s: string, i: number, toks: readonly ScanToken[]): ScanToken {
  const c = s[i]!;
  let m: RegExpExecArray | null;

  if ((m = at(EMAIL_RE, s, i))) return { start: i, end: i + m[0].length, kind: 'email' };
  if ((m = at(URL_RE, s, i)) ?? (m = at(DOMAIN_RE, s, i))) {
    // A period, comma or closing bracket right after a URL is sentence punctuation, not part of it.
    let url = m[0];
    for (;;) {
      const last = url.charAt(url.length - 1);
      if (/[.,;:!?'"]/.test(last) || (last === ')' && !url.includes('('))) url = url.slice(0, -1);
      else break;
    }
    if (url.length > 4) return { start: i, end: i + url.length, kind: 'url' };
  }
  if ((m = at(ABBREVIATION_RE, s, i))) {
    const entry = findAbbreviation(m[0]);
    const end = i + m[0].length;
    if (entry && (!entry.needsNumber || /^ ?\d/.test(s.slice(end, end + 2)))) {
      return { start: i, end, kind: 'abbreviation', expansion: entry.expansion };
    }
  }
  if ((m = at(MONEY_BEFORE_RE, s, i))) {
    return { start: i, end: i + m[0].length, kind: 'money', value: `${parseGermanNumber(m[1]!)} EUR` };
  }
  if (c >= '0' && c <= '9') return scanNumberLike(s, i, toks);
  if (c === '+' || c === '(') {
    const phone = at(PHONE_SHAPED_RE, s, i);
    if (phone && phone[0].replace(/\D/g, '').length >= 6) {
      const digits = phone[0].replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
      const value = digits.startsWith('+') ? digits : `+49${digits.slice(1)}`;
      return { start: i, end: i + phone[0].trimEnd().length, kind: 'phone', value };
    }
  }
  if ((m = at(WORD_RE, s, i))) {
    let end = i + m[0].length;
    const g = at(GENDER_RE, s, end);
    if (g) end += g[0].length;
    // Street names: `Klemensstr.` is an abbreviation of `Klemensstraße`.
    if (s[end] === '.' && /.str$/i.test(s.slice(i, end)) && end - i > 3) {
      const word = s.slice(i, end);
      return {
        start: i,
        end: end + 1,
        kind: 'abbreviation',
        expansion: word.replace(/str$/, 'straße').replace(/Str$/, 'Straße'),
      };
    }
    if (at(SUSPENDED_HYPHEN_RE, s, end)) end += 1;
    return { start: i, end, kind: 'word' };
  }
  if ((m = at(PUNCT_RE, s, i))) return { start: i, end: i + m[0].length, kind: 'punct' };
  // Anything else is one symbol: one code point with its combining marks.
  let end = i + String.fromCodePoint(s.codePointAt(i)!).length;
  while (end < s.length && /\p{M}/u.test(s[end]!)) end++;
  return { start: i, end, kind: 'symbol' };
}

/** Decisions that need the neighbours on both sides. */
function postProcess(s: string, toks: ScanToken[]): void {
  const text = (t: ScanToken | undefined): string => (t ? s.slice(t.start, t.end) : '');
  // Ranges: `8.00 bis 12.30 Uhr`, `8 - 12 Uhr` — the first number is a time too.
  for (let k = toks.length - 3; k >= 0; k--) {
    const t = toks[k]!;
    const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text(t));
    if (t.kind !== 'number' || !m) continue;
    const link = text(toks[k + 1]).toLowerCase();
    if (!['bis', '-', '–', 'und', 'oder'].includes(link) || toks[k + 2]!.kind !== 'time') continue;
    if (!validTime(+m[1]!, +(m[2] ?? 0))) continue;
    t.kind = 'time';
    t.value = `${pad2(+m[1]!)}:${m[2] ?? '00'}`;
  }
  // `35 x 45 mm`: an x between numbers is the multiplication sign.
  for (let k = 1; k + 1 < toks.length; k++) {
    if (text(toks[k]) === 'x' && toks[k - 1]!.kind === 'number' && toks[k + 1]!.kind === 'number')
      toks[k]!.kind = 'symbol';
  }
  // `Fr.` is Freitag between weekdays and before times, Frau before a name.
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'abbreviation') continue;
    const entry = findAbbreviation(text(t));
    if (!entry?.alternatives) continue;
    const before = text(toks[k - 1]).toLowerCase();
    const after = toks[k + 1];
    const afterText = text(after);
    const weekdayContext =
      WEEKDAY_BEFORE.has(before) ||
      WEEKDAY_AFTER.has(afterText.toLowerCase()) ||
      findAbbreviation(text(toks[k - 1]))?.kind === 'weekday' ||
      (after !== undefined && after.kind !== 'word' && after.kind !== 'abbreviation');
    const nameFollows =
      (after?.kind === 'word' && /^\p{Lu}/u.test(afterText)) || findAbbreviation(afterText)?.kind === 'title';
    if (!weekdayContext && nameFollows) t.expansion = entry.alternatives[0]!;
  }
}

/** Tokenises normalised text; spans are in normalised coordinates. */
export function scanTokens(s: string): ScanToken[] {
  const toks: ScanToken[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ' ' || c === '\n') {
      i++;
      continue;
    }
    const t = scanAt(s, i, toks);
    toks.push(t);
    i = t.end;
  }
  postProcess(s, toks);
  return toks;
}

/** Maps a scanned token to the raw input. */
export function toToken(n: NormalizedText, t: ScanToken, offset = 0): Token {
  const span = toRawSpan(n, t.start, t.end);
  return {
    text: n.raw.slice(span.start, span.end),
    start: span.start + offset,
    end: span.end + offset,
    kind: t.kind,
    norm: n.text.slice(t.start, t.end),
    ...(t.value !== undefined ? { value: t.value } : {}),
    ...(t.expansion !== undefined ? { expansion: t.expansion } : {}),
  };
}

/**
 * Splits `text` into tokens. Offsets are into `text`, plus `offset` (pass a sentence's start to get
 * document offsets).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const n = normalize(text);
  return scanTokens(n.text).map((t) => toToken(n, t, offset));
}

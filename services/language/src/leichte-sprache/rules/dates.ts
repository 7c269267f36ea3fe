// Dates and times in the easy form.
//
// Dates: day, month as a word, year: `12. März 2026` (not `12.03.2026`, `12.3.` or `2026-03-12`), with the
// weekday in front where it helps: `Donnerstag, 12. März 2026`.
// Times: our choice is the digital-clock form with a colon, `9:30 Uhr`, and whole hours without minutes,
// `9 Uhr` — the form people see on phones, ticket machines and the city's own appointment system. A
// period (`9.30 Uhr`), a leading zero (`09:30 Uhr`), `:00`/`.00` and `h` are flagged.

import type { AnalyzedToken } from '../../types.js';
import type { LsRule, LsSentence, RuleHit } from '../types.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../calendar.js';
import { lower } from './util.js';

export { MONTH_NAMES };
export const WEEKDAYS = WEEKDAY_NAMES;
const WEEKDAY_WORDS = new Set([
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  'mo.',
  'di.',
  'mi.',
  'do.',
  'fr.',
  'sa.',
  'so.',
  'werktag',
  'wochentag',
  'feiertag',
  'wahltag',
]);
const MONTH_WORDS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

interface DateParts {
  day: number;
  month: number;
  year?: number;
}

function parseDateValue(value: string | undefined): DateParts | undefined {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return undefined;
  return { day: +m[3]!, month: +m[2]!, ...(m[1] === '-' ? {} : { year: +m[1]! }) };
}

/** `12. März 2026`. */
export function easyDate(d: DateParts): string {
  return `${d.day}. ${MONTH_NAMES[d.month - 1]}${d.year === undefined ? '' : ` ${d.year}`}`;
}

/** Weekday of a date with a year. */
export function weekdayOf(d: DateParts): string | undefined {
  if (d.year === undefined) return undefined;
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return date.getUTCDate() === d.day ? WEEKDAYS[date.getUTCDay()] : undefined;
}

/** `9:30 Uhr`, `9 Uhr`; without `Uhr` when the token has none (the first time of a range). */
export function easyTime(t: AnalyzedToken): string | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(t.value ?? '');
  if (!m) return undefined;
  const hour = String(+m[1]!);
  const clock = m[2] === '00' ? hour : `${hour}:${m[2]}`;
  return /(Uhr|h)$/.test(t.norm) ? `${clock} Uhr` : clock;
}

/** Dates in a sentence: a date token, or ordinal + month word (+ year). Token ranges [first, last]. */
function dates(s: LsSentence): { first: number; last: number; parts?: DateParts; token: boolean }[] {
  const out: { first: number; last: number; parts?: DateParts; token: boolean }[] = [];
  s.tokens.forEach((t, i) => {
    if (t.kind === 'date') {
      const parts = parseDateValue(t.value);
      out.push({ first: i, last: i, ...(parts ? { parts } : {}), token: true });
    } else if (t.kind === 'ordinal' && s.tokens[i + 1] && MONTH_WORDS.has(lower(s.tokens[i + 1]!))) {
      const year = s.tokens[i + 2];
      const hasYear = year?.kind === 'number' && /^\d{4}$/.test(year.norm);
      const parts: DateParts = {
        day: Number(t.value),
        month: MONTH_NAMES.findIndex((m) => m.toLowerCase() === lower(s.tokens[i + 1]!)) + 1,
        ...(hasYear ? { year: Number(year.norm) } : {}),
      };
      out.push({ first: i, last: i + (hasYear ? 2 : 1), parts, token: false });
    }
  });
  return out;
}

export const dateTime: LsRule = {
  id: 'date-time',
  title: 'Datum und Uhrzeit',
  severity: { din: 'warning', netzwerk: 'warning' },
  description:
    'Schreiben Sie das Datum so: 12. März 2026. Schreiben Sie die Uhrzeit so: 9:30 Uhr oder 9 Uhr. ' +
    'Schreiben Sie nicht: 12.03.2026 oder 9.30 Uhr.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const d of dates(s)) {
        if (!d.token) continue;
        const t = s.tokens[d.first]!;
        hits.push({
          start: t.start,
          end: t.end,
          message: 'Schreiben Sie den Monat als Wort.',
          ...(d.parts ? { suggestion: easyDate(d.parts) } : {}),
        });
      }
      for (const t of s.tokens) {
        if (t.kind !== 'time') continue;
        const easy = easyTime(t);
        if (!easy || t.norm === easy) continue;
        hits.push({
          start: t.start,
          end: t.end,
          message: `Schreiben Sie die Uhrzeit so: ${easy}`,
          suggestion: easy,
        });
      }
    }
    return hits;
  },
};

export const weekday: LsRule = {
  id: 'weekday',
  title: 'Wochentag zum Datum',
  severity: { din: 'info', netzwerk: 'info' },
  description: 'Schreiben Sie den Wochentag zum Datum: Donnerstag, 12. März 2026. Dann weiß man den Tag sofort.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const all = dates(s);
      // several dates in a row (`zum 15.02., 15.05. und 15.08.`) repeat every year: no weekday
      if (all.length >= 3) continue;
      for (const d of all) {
        const before = s.tokens.slice(Math.max(0, d.first - 4), d.first);
        // `seit dem 1. Januar 2024`: a date in the past needs no weekday
        if (before.some((t) => lower(t) === 'seit')) continue;
        if (before.some((t) => WEEKDAY_WORDS.has(lower(t)) || WEEKDAY_WORDS.has(t.lemma.toLowerCase()))) continue;
        const day = d.parts ? weekdayOf(d.parts) : undefined;
        hits.push({
          start: s.tokens[d.first]!.start,
          end: s.tokens[d.last]!.end,
          message: 'Schreiben Sie den Wochentag dazu.',
          suggestion: day && d.parts ? `${day}, ${easyDate(d.parts)}` : 'Zum Beispiel: Montag, 12. März',
        });
      }
    }
    return hits;
  },
};

// The guard for machine translations into spoken languages: does the output keep what the German sentence states
// (numbers, amounts, dates, times, phone numbers, e-mail and web addresses, the city's terms), and is it a real
// sentence (not empty, not looping, of a plausible length)? A sentence that fails is not shown as a translation;
// the service shows the German source with the reasons, for an editor to translate (translator `WithGuard`).

import { GUARD_REASONS, type GuardCheck } from '@bbs/protocol';
import { checkTerminology, type TermCheck } from '../terminology/index.js';
import { phoneDigits, sourceFacts, sourceValues, type Fact } from './source-facts.js';
import {
  datesIn,
  EURO_RE,
  key,
  knowsMonths,
  normaliseDigits,
  numberRuns,
  timesIn,
  valuesIn,
  wordValuesIn,
} from './target-text.js';

export type GuardReason = GuardCheck['reasons'][number];

/** `reasons`: each once, in the order of GUARD_REASONS; `missing`: the source's expressions the output lost. */
export type GuardResult = GuardCheck;

export interface GuardOptions {
  /** The terminology check already made for this output (`WithTerminology`); computed when left out. */
  terms?: readonly TermCheck[];
}

const FACT_REASON: Record<Fact['kind'], GuardReason> = {
  number: 'number',
  code: 'number',
  amount: 'amount',
  date: 'date',
  time: 'time',
  phone: 'phone',
  email: 'email',
  url: 'url',
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** The longest run of one n-gram repeated back to back, over n = 1..8, as "repeats beyond the first". */
function loopScore(tokens: readonly string[]): { n: number; repeats: number } {
  let best = { n: 0, repeats: 0 };
  for (let n = 1; n <= 8; n++) {
    for (let i = 0; i + 2 * n <= tokens.length; i++) {
      let repeats = 0;
      while (
        i + (repeats + 2) * n <= tokens.length &&
        tokens.slice(i, i + n).every((t, k) => t === tokens[i + (repeats + 1) * n + k])
      ) {
        repeats++;
      }
      if (repeats > best.repeats || (repeats === best.repeats && n > best.n)) best = { n, repeats };
    }
  }
  return best;
}

/** Output that loops: a word three times in a row, a phrase of 2 words three times, a longer one twice. */
export function isDegenerate(output: string, source = ''): boolean {
  const tokens = words(output);
  const loop = loopScore(tokens);
  const looping =
    (loop.n === 1 && loop.repeats >= 2) || (loop.n === 2 && loop.repeats >= 2) || (loop.n >= 3 && loop.repeats >= 1);
  if (looping) {
    // Unless the source repeats the same way (`Nein, nein, nein`).
    const src = loopScore(words(source));
    if (!(src.n === loop.n && src.repeats >= loop.repeats)) return true;
  }
  if (/(.)\1{7,}/u.test(output.replace(/\s/g, '')) && !/(.)\1{7,}/u.test(source.replace(/\s/g, ''))) return true;
  if (tokens.length >= 16 && new Set(tokens).size / tokens.length < 0.35) return true;
  return false;
}

/**
 * Plausible length: not under a third nor over three times the source's, with slack for short ones, where a
 * translator may add an explanation in brackets (`5. Duldung (temporary suspension of deportation)`).
 */
export function lengthPlausible(source: string, output: string): boolean {
  const s = source.trim().length;
  const o = output.trim().length;
  return o >= s / 3 - 8 && o <= 3 * s + 30;
}

function factKept(f: Fact, output: string, values: Set<string>, language: string): boolean {
  const lower = normaliseDigits(output).toLowerCase();
  switch (f.kind) {
    case 'number':
      // English writes "a year", "an hour" for 1.
      return values.has(key(f.value)) || (f.value === 1 && language === 'en' && /\b(?:a|an)\b/i.test(output));
    case 'code':
      return lower.includes(f.value);
    case 'amount': {
      const euro = EURO_RE.test(output);
      const cents =
        f.value < 1 && values.has(key(Math.round(f.value * 100))) && /cent|ct|цент|سنت|kuruş|grosz/iu.test(output);
      return (euro && values.has(key(f.value))) || cents;
    }
    case 'date': {
      const year = f.year;
      const yearKept = year === undefined || values.has(key(year)) || values.has(key(year % 100));
      if (!knowsMonths(language)) {
        // Month names of this language are not known here: the day and the year must be there.
        return values.has(key(f.day)) && yearKept;
      }
      const found = datesIn(output, language).some(
        (d) =>
          d.day === f.day &&
          d.month === f.month &&
          (year === undefined || d.year === undefined || d.year === year || d.year === year % 100),
      );
      return found && yearKept;
    }
    case 'time': {
      const times = timesIn(output);
      if (times.some((t) => t.hour % 24 === f.hour % 24 && t.minute === f.minute)) return true;
      // `von 8 bis 12 Uhr` → `from 8 to 12`: a full hour may stand as its number.
      const h12 = f.hour > 12 ? f.hour - 12 : f.hour;
      return f.minute === 0 && (values.has(key(f.hour)) || values.has(key(h12)));
    }
    case 'phone': {
      const runs = [...normaliseDigits(output).matchAll(/(?:\+|\b)\d[\d /().-]*\d/g)].map((m) => phoneDigits(m[0]));
      return runs.some((r) => r.includes(f.digits) || (f.digits.startsWith('0') && r.includes(f.digits.slice(1))));
    }
    case 'email':
      return lower.includes(f.value);
    case 'url':
      return lower
        .replace(/[a-z]+:\/\//g, '')
        .replace(/www\./g, '')
        .includes(f.value);
  }
}

/** Checks one translated sentence against its German source. */
export function guardTranslation(
  source: string,
  output: string,
  target: string,
  options: GuardOptions = {},
): GuardResult {
  const language = target.split('-')[0]!.toLowerCase();
  const reasons = new Set<GuardReason>();
  const missing: string[] = [];
  const added: string[] = [];
  const sourceHasContent = /[\p{L}\p{N}]/u.test(source);
  if (sourceHasContent && !/[\p{L}\p{N}]/u.test(output)) {
    return { passed: false, reasons: ['empty'] };
  }
  if (isDegenerate(output, source)) reasons.add('repetition');
  if (!lengthPlausible(source, output)) reasons.add('length');

  const facts = sourceFacts(source);
  const values = valuesIn(output);
  for (const v of wordValuesIn(output, language)) values.add(v);
  for (const f of facts) {
    if (!factKept(f, output, values, language)) {
      reasons.add(FACT_REASON[f.kind]);
      missing.push(f.text);
    }
  }
  // Numbers the source does not have: a model that invents a date or an amount must not be published.
  const allowed = new Set([...sourceValues(source, facts)].map(key));
  const phones = facts.filter((f) => f.kind === 'phone').map((f) => (f.kind === 'phone' ? f.digits : ''));
  for (const run of numberRuns(output.replace(/\+49\s?(?:\(0\)\s?)?/g, '0'))) {
    const explained =
      run.values.some((v) => allowed.has(key(v))) ||
      run.groups.every((g) => allowed.has(key(g))) ||
      phones.some((p) => p.includes(run.text.replace(/\D/g, '').replace(/^0+/, '')));
    if (!explained) added.push(run.text);
  }
  if (added.length > 0) reasons.add('number-added');

  const terms = options.terms ?? checkTerminology(source, output, target).terms;
  for (const t of terms) {
    if (!t.found) {
      reasons.add('term');
      missing.push(t.source);
    }
  }
  const ordered = GUARD_REASONS.filter((r) => reasons.has(r));
  return {
    passed: ordered.length === 0,
    reasons: ordered,
    ...(missing.length > 0 ? { missing } : {}),
    ...(added.length > 0 ? { added } : {}),
  };
}

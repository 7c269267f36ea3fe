// The safety net: every number, amount, date, time, phone number and percentage of the source must be in the
// rewritten text, in normalised form (`12.03.2026` = `12. März 2026`, `9.30 Uhr` = `9:30 Uhr`, `zwei` = `2`).

import { MONTH_NAMES } from '../rules/dates.js';
import { tokenize } from '../../tokens.js';
import { numberWordDigits } from './numbers.js';

const MONTHS = new Map(MONTH_NAMES.map((m, i) => [m.toLowerCase(), String(i + 1).padStart(2, '0')]));

/** The normalised numbers, amounts, dates and times of a text. */
export function numericFacts(text: string): Set<string> {
  const tokens = tokenize(text);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const month = tokens[i + 1] ? MONTHS.get(tokens[i + 1]!.norm.toLowerCase()) : undefined;
    if (t.kind === 'ordinal' && month) {
      const year = tokens[i + 2];
      const hasYear = year?.kind === 'number' && /^\d{4}$/.test(year.norm);
      out.add(`date:${hasYear ? year.norm : '-'}-${month}-${String(t.value).padStart(2, '0')}`);
      if (hasYear) i += 2;
      else i++;
    } else if (t.kind === 'word') {
      const digits = numberWordDigits(t.norm);
      if (digits !== undefined && /^\p{Ll}/u.test(t.norm)) out.add(`number:${digits.replace(/-mal$/, '')}`);
    } else if (
      t.kind !== 'punct' &&
      t.kind !== 'symbol' &&
      t.kind !== 'abbreviation' &&
      t.kind !== 'url' &&
      t.kind !== 'email'
    ) {
      if (t.value !== undefined) out.add(`${t.kind}:${t.value}`);
      else if (/\d/.test(t.norm)) out.add(`${t.kind}:${t.norm}`);
    } else if (t.kind === 'url' || t.kind === 'email') {
      out.add(`${t.kind}:${t.norm}`);
    }
  }
  return out;
}

/** The facts of `source` that `output` lost (empty: meaning of numbers, dates … kept). */
export function lostFacts(source: string, output: string): string[] {
  const after = numericFacts(output);
  // numbers and phone numbers are told apart by their context (`Telefonnummer 116 116`): compare digits
  const digits = ` ${output.replace(/(\d)[\s\u00A0./-]+(?=\d)/g, '$1').replace(/\D+/g, ' ')} `;
  return [...numericFacts(source)].filter((f) => {
    if (after.has(f)) return false;
    const m = /^(?:number|phone|ordinal):(.*)$/.exec(f);
    const d = m ? (m[1]!.startsWith('+49') ? m[1]!.slice(3) : m[1]!).replace(/\D/g, '') : '';
    return !(d && digits.replace(/ /g, '').includes(d));
  });
}

/** Whether every number, amount, date and time of the source survives in the output. */
export function preserved(source: string, output: string): boolean {
  return lostFacts(source, output).length === 0;
}

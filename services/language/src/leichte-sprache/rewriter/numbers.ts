// Numbers, dates and times in the easy form: number words as digits (`zwei Wochen` → `2 Wochen`, `zweimal`
// → `2-mal`), dates with the month as a word (`12.03.2026` → `12. März 2026`), times with a colon
// (`9.30 Uhr` → `9:30 Uhr`, `9.00 Uhr` → `9 Uhr`). The forms are the checker's (rules/numbers.ts, dates.ts).

import { easyDate, easyTime } from '../rules/dates.js';
import { germanNumberWord } from '../rules/numbers.js';
import { analysed, applyEdits, lower, type Edit, type Step } from './text.js';

/** The digits for a number word token, as the `number-words` rule sees it. */
export function numberWordDigits(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w === 'ein' || w === 'eine') return undefined;
  const times = /^(.+)mal$/.exec(w);
  const value = germanNumberWord(times ? times[1]! : w);
  if (value === undefined) return undefined;
  return times ? `${value}-mal` : String(value);
}

export const numberWords: Step = {
  name: 'number-words',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const edits: Edit[] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || t.upos === 'NOUN' || t.upos === 'VERB' || t.upos === 'PROPN') return;
      if (i > 0 && /^\p{Lu}/u.test(t.norm)) return;
      const digits = numberWordDigits(lower(t));
      if (digits !== undefined) edits.push({ start: t.start, end: t.end, text: digits });
    });
    return edits.length > 0 ? [applyEdits(sentence, edits)] : undefined;
  },
};

export const datesAndTimes: Step = {
  name: 'dates-times',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const edits: Edit[] = [];
    for (const t of tokens) {
      if (t.kind === 'date') {
        const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(t.value ?? '');
        if (!m) continue;
        const easy = easyDate({ day: +m[3]!, month: +m[2]!, ...(m[1] === '-' ? {} : { year: +m[1]! }) });
        if (easy !== t.norm) edits.push({ start: t.start, end: t.end, text: easy });
      } else if (t.kind === 'time') {
        const easy = easyTime(t);
        if (easy && easy !== t.norm) edits.push({ start: t.start, end: t.end, text: easy });
      }
    }
    return edits.length > 0 ? [applyEdits(sentence, edits)] : undefined;
  },
};

// Reading numbers, dates and times in a translation, whatever the target's conventions: `1.234,50` and `1,234.50`,
// `15.04.2026`, `15/04/2026`, `04/15/2026`, `2026-04-15`, `April 15, 2026`, `2:30 p.m.`, Arabic-Indic digits.
// Readings are generous on purpose: the guard asks "could this output say the source's value?", and a
// sentence that fails falls back to German, so a false alarm costs more than a lenient match.

/** ASCII digits for Arabic-Indic and Persian digits; their decimal and group marks; plain spaces. */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',')
    .replace(/[\u00A0\u202F\u2009]/g, ' ');
}

/** A numeric run: digit groups joined by `.`, `,` or a space before exactly three digits. */
const RUN_RE = /\d+(?:(?:[.,]|'| (?=\d{3}(?!\d)))\d+)*/g;

function styled(run: string, group: string, decimal: string): number | undefined {
  const esc = (c: string) => c.replace(/[.]/g, '\\.');
  const grouped = new RegExp(`^\\d{1,3}(?:[${esc(group)}]\\d{3})+(?:${esc(decimal)}\\d+)?$`);
  const plain = new RegExp(`^\\d+(?:${esc(decimal)}\\d+)?$`);
  if (!grouped.test(run) && !plain.test(run)) return undefined;
  const n = Number(run.replace(new RegExp(`[${esc(group)}]`, 'g'), '').replace(decimal, '.'));
  return Number.isFinite(n) ? n : undefined;
}

export interface NumberRun {
  text: string;
  /** What the whole run can mean (English or German separators, groups by space or apostrophe). */
  values: number[];
  /** Its digit groups, each as a number (`15.04.2026` → 15, 4, 2026). */
  groups: number[];
}

export function numberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const m of normaliseDigits(text).matchAll(RUN_RE)) {
    const run = m[0];
    const values = [styled(run, ", '", '.'), styled(run, ". '", ',')].filter((v): v is number => v !== undefined);
    runs.push({ text: run, values: [...new Set(values)], groups: run.split(/[.,' ]/).map(Number) });
  }
  return runs;
}

export const key = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** Every value the text can be read to contain: whole runs and their digit groups. */
export function valuesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const r of numberRuns(text)) for (const v of [...r.values, ...r.groups]) out.add(key(v));
  return out;
}

/** Month names by language (lower case, stems where the language inflects them), January first. */
const MONTHS: Readonly<Record<string, readonly string[][]>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feb'],
    ['märz', 'mär'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  tr: [
    ['ocak'],
    ['şubat'],
    ['mart'],
    ['nisan'],
    ['mayıs'],
    ['haziran'],
    ['temmuz'],
    ['ağustos'],
    ['eylül'],
    ['ekim'],
    ['kasım'],
    ['aralık'],
  ],
  pl: [
    ['stycz'],
    ['lut'],
    ['mar'],
    ['kwie'],
    ['maj'],
    ['czerw'],
    ['lip'],
    ['sierp'],
    ['wrze'],
    ['paździer'],
    ['listopad'],
    ['grud'],
  ],
  ru: [
    ['январ'],
    ['феврал'],
    ['март'],
    ['апрел'],
    ['ма'],
    ['июн'],
    ['июл'],
    ['август'],
    ['сентябр'],
    ['октябр'],
    ['ноябр'],
    ['декабр'],
  ],
  uk: [
    ['січ'],
    ['лют'],
    ['берез'],
    ['квіт'],
    ['трав'],
    ['черв'],
    ['лип'],
    ['серп'],
    ['верес'],
    ['жовт'],
    ['листопад'],
    ['груд'],
  ],
};

/** Whether the language's month names are known to the guard (otherwise a date is checked by its day and year). */
export function knowsMonths(language: string): boolean {
  return language in MONTHS;
}

function monthOfWord(word: string, language: string): number | undefined {
  const table = MONTHS[language];
  if (!table) return undefined;
  const w = word.toLowerCase().replace(/\.$/, '');
  // Stems for inflecting languages, whole words (or abbreviations) for English and German.
  const exact = language === 'en' || language === 'de';
  const i = table.findIndex((forms) =>
    forms.some((f) => (exact ? w === f : w.startsWith(f) && (f.length >= 3 || w.length <= 4))),
  );
  return i >= 0 ? i + 1 : undefined;
}

export interface DateReading {
  day: number;
  month: number;
  year?: number;
}

/** Dates the text can be read to contain: numeric in any order of day and month, ISO, or with a month name. */
export function datesIn(text: string, language: string): DateReading[] {
  const t = normaliseDigits(text);
  const out: DateReading[] = [];
  for (const m of t.matchAll(/(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g)) {
    out.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const m of t.matchAll(/(?<![\d.,])(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}|\d{2}))?(?![\d,]|\.\d)/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3] ? { year: Number(m[3]) } : {};
    out.push({ day: a, month: b, ...year }, { day: b, month: a, ...year });
  }
  const words = [...t.matchAll(/[\p{L}]+\.?|\d+/gu)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    const month = monthOfWord(words[i]!, language);
    if (!month) continue;
    // A day within two words before (`15 April`, `15th of April`, `15. April`) or after (`April 15`, `April 15th`).
    const near = [words[i - 1], words[i - 2], words[i + 1], words[i + 2]];
    const yearWord = [words[i + 1], words[i + 2], words[i + 3]].find((w) => w && /^\d{4}$/.test(w));
    for (const w of near) {
      if (!w || !/^\d{1,2}$/.test(w)) continue;
      const day = Number(w);
      if (day >= 1 && day <= 31) out.push({ day, month, ...(yearWord ? { year: Number(yearWord) } : {}) });
    }
  }
  return out;
}

export interface TimeReading {
  hour: number;
  minute: number;
}

/** Times the text can be read to contain, on the 24-hour clock (`2:30 p.m.` → 14:30; `2:30` → 2:30 and 14:30). */
export function timesIn(text: string): TimeReading[] {
  const t = normaliseDigits(text).toLowerCase();
  const out: TimeReading[] = [];
  const re = /(\d{1,2})(?:\s?[:.h]\s?(\d{2}))?\s?(a\.?\s?m\.?|p\.?\s?m\.?|o'clock|uhr|h\b|noon)?(?![\d,]|\.\d)/g;
  for (const m of t.matchAll(re)) {
    const h = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const marker = m[3] ?? '';
    if (!m[2] && !marker) continue;
    if (h > 24 || minute > 59) continue;
    if (marker.startsWith('p')) out.push({ hour: (h % 12) + 12, minute });
    else if (marker.startsWith('a')) out.push({ hour: h % 12, minute });
    else {
      out.push({ hour: h, minute });
      if (h < 12) out.push({ hour: h + 12, minute });
    }
  }
  if (/\bnoon\b|\bmidday\b/.test(t)) out.push({ hour: 12, minute: 0 });
  if (/\bmidnight\b/.test(t)) out.push({ hour: 0, minute: 0 }, { hour: 24, minute: 0 });
  return out;
}

/** English number words a translation may use for small numbers (`two children`, `the first day`). */
const EN_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
      'seventeen eighteen nineteen twenty',
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth',
  ].flatMap((list, k) => list.split(' ').map((w, i) => [w, k === 0 ? i : i + 1])),
);
for (const [w, v] of Object.entries({ thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, half: 0.5 })) {
  (EN_WORDS as Record<string, number>)[w] = v;
}

/**
 * Small cardinal numbers as words in the other target languages, with the inflected forms a translation of a
 * municipal sentence uses (`дві дитини`, `dwóch dzieci`, `ثلاثة أيام`). Words that are also something else are
 * left out, so they never excuse a missing number: Turkish `bir` (also „a“), Persian `یک` (also „a“) and `نه`
 * (also „no“), Polish `raz`.
 */
const NUMBER_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ru: [
    ['ноль', 'нуль'],
    ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним'],
    ['два', 'две', 'двух', 'двум', 'двумя'],
    ['три', 'трёх', 'трех', 'трём', 'трем', 'тремя'],
    ['четыре', 'четырёх', 'четырех', 'четырём', 'четырем'],
    ['пять', 'пяти'],
    ['шесть', 'шести'],
    ['семь', 'семи'],
    ['восемь', 'восьми'],
    ['девять', 'девяти'],
    ['десять', 'десяти'],
    ['одиннадцать', 'одиннадцати'],
    ['двенадцать', 'двенадцати'],
  ],
  uk: [
    ['нуль'],
    ['один', 'одна', 'одне', 'одного', 'однієї', 'одному', 'одним'],
    ['два', 'дві', 'двох', 'двом', 'двома'],
    ['три', 'трьох', 'трьом', 'трьома'],
    ['чотири', 'чотирьох', 'чотирьом'],
    ["п'ять", 'пʼять', "п'яти", 'пʼяти'],
    ['шість', 'шести'],
    ['сім', 'семи'],
    ['вісім', 'восьми'],
    ["дев'ять", 'девʼять', "дев'яти", 'девʼяти'],
    ['десять', 'десяти'],
    ['одинадцять', 'одинадцяти'],
    ['дванадцять', 'дванадцяти'],
  ],
  pl: [
    ['zero'],
    ['jeden', 'jedna', 'jedno', 'jednego', 'jednej'],
    ['dwa', 'dwie', 'dwóch', 'dwoje', 'dwom'],
    ['trzy', 'trzech', 'troje', 'trzem'],
    ['cztery', 'czterech', 'czworo'],
    ['pięć', 'pięciu'],
    ['sześć', 'sześciu'],
    ['siedem', 'siedmiu'],
    ['osiem', 'ośmiu'],
    ['dziewięć', 'dziewięciu'],
    ['dziesięć', 'dziesięciu'],
    ['jedenaście', 'jedenastu'],
    ['dwanaście', 'dwunastu'],
  ],
  tr: [['sıfır'], [], ['iki'], ['üç'], ['dört'], ['beş'], ['altı'], ['yedi'], ['sekiz'], ['dokuz'], ['on']],
  ar: [
    ['صفر'],
    ['واحد', 'واحدة'],
    ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'],
    ['ثلاثة', 'ثلاث'],
    ['أربعة', 'أربع'],
    ['خمسة', 'خمس'],
    ['ستة'],
    ['سبعة', 'سبع'],
    ['ثمانية', 'ثماني'],
    ['تسعة', 'تسع'],
    ['عشرة', 'عشر'],
  ],
  fa: [['صفر'], [], ['دو'], ['سه'], ['چهار'], ['پنج'], ['شش'], ['هفت'], ['هشت'], [], ['ده'], ['یازده'], ['دوازده']],
};

const WORD_VALUES: Readonly<Record<string, ReadonlyMap<string, number>>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).map(([language, lists]) => [
    language,
    new Map(lists.flatMap((words, value) => words.map((w) => [w, value] as const))),
  ]),
);

/** Values the target language's number words in the text stand for. */
export function wordValuesIn(text: string, language: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  if (language === 'en') {
    for (const w of lower.split(/[^a-z]+/)) {
      const v = EN_WORDS[w];
      if (v !== undefined) out.add(key(v));
    }
    if (/\b(?:a|one) dozen\b/.test(lower)) out.add('12');
    return out;
  }
  const words = WORD_VALUES[language];
  if (!words) return out;
  // Turkish „on iki“ is twelve: ten and two as one number
  if (language === 'tr') for (const m of lower.matchAll(/\bon (bir|iki)\b/gu)) out.add(key(m[1] === 'bir' ? 11 : 12));
  for (const w of lower.split(/[^\p{L}\p{M}'ʼ]+/u)) {
    const v = words.get(w);
    if (v !== undefined) out.add(key(v));
  }
  return out;
}

/** Currency marks that say "euro" in the target languages. */
export const EURO_RE = /€|\beur\b|\beuros?\b|евро|євро|يورو|یورو|\bavro\b|ευρώ/iu;

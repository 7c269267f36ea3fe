// German month and weekday names: the one list that the tokeniser, the clause analysis, the gloss rules and the
// Leichte Sprache rules all read.

export const MONTH_NAMES = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

/** Abbreviations with their period, as they stand in text (`3. Okt.`). */
export const MONTH_ABBREVIATIONS = [
  'Jan.',
  'Feb.',
  'Mär.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
];

/** In `Date.getUTCDay()` order: Sunday first. */
export const WEEKDAY_NAMES = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;

export const WEEKDAY_ABBREVIATIONS = ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'];

/** All of the above, lower-cased, for look-ups of a token's normalised form. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS].map((w) => w.toLowerCase()),
);

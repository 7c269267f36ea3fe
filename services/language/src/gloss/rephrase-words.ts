// Word lists for signing a word that has no sign of its own another way than letter by letter: the sign of a
// synonym, or nothing, where DGS leaves the word out. Data for the rules in rules/rephrase.ts; keys are lower-case
// words or lemmas (an abbreviation's long form counts too).
import type { OmittedWord } from './types.js';

/**
 * Words signed with a synonym's sign, tried in order (`bzw.` → ODER). Only function words and fixed expressions
 * whose synonym says the same thing in municipal text; content words get their own signs.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  beziehungsweise: ['oder'],
  bzw: ['oder'],
  'bzw.': ['oder'],
  gegebenenfalls: ['vielleicht'],
  'ggf.': ['vielleicht'],
  eventuell: ['vielleicht'],
  möglicherweise: ['vielleicht'],
  circa: ['ungefähr'],
  'ca.': ['ungefähr'],
  etwa: ['ungefähr'],
  rund: ['ungefähr'],
  bereits: ['schon'],
  außerdem: ['auch'],
  zudem: ['auch'],
  ebenfalls: ['auch'],
  zusätzlich: ['auch'],
  lediglich: ['nur'],
  bloß: ['nur'],
  ausschließlich: ['nur'],
  sämtlich: ['alle'],
  sämtliche: ['alle'],
  zahlreich: ['viel'],
  zahlreiche: ['viel'],
  diverse: ['verschieden'],
  unterschiedlich: ['verschieden'],
  jedoch: ['aber'],
  allerdings: ['aber'],
  dennoch: ['trotzdem', 'aber'],
  wegen: ['grund'],
  aufgrund: ['grund'],
  deshalb: ['grund'],
  daher: ['deshalb', 'grund'],
  deswegen: ['deshalb', 'grund'],
  somit: ['deshalb', 'grund'],
  zunächst: ['zuerst'],
  anschließend: ['danach', 'dann'],
  danach: ['dann'],
  schließlich: ['dann'],
  'z. b.': ['zum beispiel', 'beispiel'],
  'zum beispiel': ['beispiel'],
  beispielsweise: ['zum beispiel', 'beispiel'],
  insbesondere: ['besonders'],
  // Official register → the everyday word a DGS interpreter signs (municipal texts are full of these).
  erteilen: ['geben'],
  gewähren: ['geben'],
  ausstellen: ['geben'],
  einreichen: ['abgeben'],
  vorlegen: ['zeigen'],
  beziehen: ['bekommen'],
  aufhalten: ['bleiben'],
  befinden: ['da'],
  achten: ['aufpassen'],
  kostenfrei: ['kostenlos'],
  gebührenfrei: ['kostenlos'],
  unentgeltlich: ['kostenlos'],
  job: ['arbeit'],
  info: ['information'],
  bedarf: ['brauchen'],
  verfügen: ['haben'],
};

/** Fillers that are adjectives (the others are adverbs or particles): `die jeweilige Behörde` → BEHÖRDE. */
export const ADJECTIVE_FILLERS = new Set(['jeweilig']);

/**
 * Words DGS leaves out: pronominal adverbs that only point back to what was just signed (`dafür`, `dabei`:
 * the sign order and the place in signing space carry the reference) and fillers that add no content
 * (`so`, `jeweils`, `usw.`), only as adverbs or particles (`damit` as a conjunction is signed); `stattfinden`,
whose clause says what, when and where. Only when the lexicon has no sign for the word itself.
 */
export const OMITTED: Readonly<Record<string, OmittedWord['reason']>> = {
  dafür: 'reference',
  dabei: 'reference',
  dazu: 'reference',
  damit: 'reference',
  darüber: 'reference',
  darauf: 'reference',
  daran: 'reference',
  davon: 'reference',
  dadurch: 'reference',
  darin: 'reference',
  hierfür: 'reference',
  hierzu: 'reference',
  hierbei: 'reference',
  hiermit: 'reference',
  so: 'filler',
  jeweils: 'filler',
  jeweilig: 'filler',
  'usw.': 'filler',
  'etc.': 'filler',
  eben: 'filler',
  halt: 'filler',
  ja: 'filler',
  doch: 'filler',
  mal: 'filler',
  überhaupt: 'filler',
  stattfinden: 'light-verb',
};

/**
 * Light-verb phrases (Funktionsverbgefüge) and other verb phrases whose verb DGS does not sign word for word: the
 * noun carries the meaning (`einen Antrag stellen` → ANTRAG) or the phrase has its own sign (`zur Verfügung
 * stehen` → ES-GIBT/DA, `in Anspruch nehmen` → NUTZEN). `noun`: the lemma of a noun in the verb's clause (a
 * compound counts by its head: `Asylantrag`); `with`: another word the clause must have instead of a noun;
 * `sign`: lemmas to sign the phrase with, in order (none: the verb is left out); `keepNoun`: whether the noun
 * is still signed.
 */
export interface VerbPhrase {
  readonly verb: string;
  readonly noun?: RegExp;
  readonly with?: { readonly lemma: string; readonly upos: string };
  readonly sign?: readonly string[];
  readonly keepNoun: boolean;
}

export const VERB_PHRASES: readonly VerbPhrase[] = [
  { verb: 'stellen', noun: /(antrag|anfrage|frage|forderung)$/, keepNoun: true },
  { verb: 'treffen', noun: /(entscheidung|vereinbarung|absprache|maßnahme|verabredung)$/, keepNoun: true },
  { verb: 'erfolgen', noun: /(ung|zahlung|antrag)$/, keepNoun: true },
  { verb: 'durchführen', noun: /ung$/, keepNoun: true },
  { verb: 'aufnehmen', noun: /^kontakt$/, keepNoun: true },
  { verb: 'stehen', noun: /^verfügung$/, sign: ['es gibt', 'da'], keepNoun: false },
  { verb: 'stellen', noun: /^verfügung$/, sign: ['geben'], keepNoun: false },
  { verb: 'nehmen', noun: /^anspruch$/, sign: ['nutzen'], keepNoun: false },
  // `sich an das Jugendamt wenden`: to turn to someone for help.
  { verb: 'wenden', with: { lemma: 'an', upos: 'ADP' }, sign: ['kontaktieren', 'kontakt', 'fragen'], keepNoun: true },
  // `sich beraten lassen`, `impfen lassen`: the other verb says what happens.
  { verb: 'lassen', with: { lemma: '', upos: 'VERB' }, keepNoun: true },
];

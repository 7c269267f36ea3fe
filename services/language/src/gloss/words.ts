// Word lists of the gloss rules. Data, so that editors of the rules can extend them without touching code.
// All entries lower-case.
import { MONTH_NAMES } from '../calendar.js';
import { MODAL_LEMMAS } from '../closed-class.js';

/** Modal verbs: kept as signs, placed after the main verb (`ANMELDEN MÜSSEN`); a tagger may lemmatise `möchte` as `möchten`. */
export const MODAL_VERBS = new Set([...MODAL_LEMMAS, 'möchten']);

/** Auxiliaries dropped when the clause has another verb (`hat … verloren`, `wird … bearbeitet`). */
export const TENSE_AUXILIARIES = new Set(['haben', 'werden']);

/**
 * Prepositions that only mark case or a plain location/time relation: dropped, because DGS expresses the
 * relation by the place in signing space and by word order (`im Bürgerbüro` → BÜRGERBÜRO, `am Montag` →
 * MONTAG, `um 9 Uhr` → UHR 9).
 */
export const GRAMMATICAL_PREPOSITIONS = new Set(['in', 'an', 'auf', 'zu', 'von', 'bei', 'um', 'aus', 'per']);

/**
 * Function words that carry meaning: signed when the lexicon has a sign, fingerspelled when it has none
 * (like content words). Other function words without a sign are dropped.
 */
export const MEANINGFUL_FUNCTION_WORDS = new Set([
  // prepositions (spatial ones like `unter`, `über`, `neben` are expressed by placement in signing space)
  'ab',
  'außerhalb',
  'bis',
  'für',
  'gegen',
  'innerhalb',
  'mit',
  'nach',
  'ohne',
  'seit',
  'statt',
  'trotz',
  'vor',
  'während',
  'wegen',
  'zwischen',
  // conjunctions
  'aber',
  'oder',
  'sondern',
  'denn',
  'weil',
  'da',
  'obwohl',
  'damit',
  'bevor',
  'nachdem',
  'sobald',
  'solange',
  'seitdem',
  'falls',
  'sofern',
  // quantifiers, negation
  'alle',
  'all',
  'jeder',
  'jede',
  'mehrere',
  'einige',
  'viele',
  'viel',
  'wenige',
  'wenig',
  'beide',
  'kein',
  'nicht',
  'nie',
  'niemals',
  'nichts',
  'niemand',
  'keinesfalls',
  'jemand',
  'etwas',
  'alles',
]);

/** Conjunctions that are not signed at all. */
export const DROPPED_CONJUNCTIONS = new Set(['und', 'sowie', 'dass', 'ob']);

/** Modal particles (`Rufen Sie doch mal an`): no sign of their own. */
export const MODAL_PARTICLES = new Set(['ja', 'doch', 'denn', 'mal', 'eben', 'halt', 'wohl', 'eigentlich', 'etwa']);

/** Conditional conjunctions: the clause gets raised brows instead of a sign. */
export const CONDITIONAL_CONJUNCTIONS = new Set(['wenn', 'falls', 'sofern']);

/** Conjunctions of complement clauses (`Beachten Sie, dass …`): such clauses keep their place after the main clause. */
export const COMPLEMENT_CONJUNCTIONS = new Set(['dass', 'ob']);

/** Quantifiers: a plural noun after them is not repeated (`VIEL ANTRAG`). */
export const QUANTIFIERS = new Set([
  'kein',
  'viel',
  'viele',
  'mehrere',
  'einige',
  'einig',
  'alle',
  'all',
  'wenige',
  'wenig',
  'manche',
  'manch',
  'paar',
  'beide',
  'sämtliche',
  'zahlreich',
  'weitere',
  'weiter',
  'verschieden',
]);

/** Plural-only nouns: no repetition, the plural is the ordinary meaning. */
export const PLURALIA_TANTUM = new Set(['kosten', 'leute', 'eltern', 'ferien', 'geschwister', 'personalien', 'daten']);

/** Titles before a name: the title is signed, the name after it fingerspelled (`FRAU FS-MÜLLER`). */
export const TITLES = new Set(['frau', 'herr', 'dr.', 'prof.', 'familie']);

/** Street-name endings: the name part is fingerspelled, the ending signed (`FS-HAFEN STRASSE`). */
export const STREET_HEADS: readonly { readonly suffix: string; readonly lemma: string; readonly always: boolean }[] = [
  { suffix: 'straße', lemma: 'Straße', always: true },
  { suffix: 'strasse', lemma: 'Straße', always: true },
  { suffix: 'str.', lemma: 'Straße', always: true },
  { suffix: 'gasse', lemma: 'Gasse', always: true },
  { suffix: 'allee', lemma: 'Allee', always: true },
  // These are also ordinary nouns (Umweg, Parkplatz): a street name only before a house number.
  { suffix: 'weg', lemma: 'Weg', always: false },
  { suffix: 'platz', lemma: 'Platz', always: false },
  { suffix: 'ring', lemma: 'Ring', always: false },
  { suffix: 'damm', lemma: 'Damm', always: false },
  { suffix: 'ufer', lemma: 'Ufer', always: false },
];

/** Months with the short form DGS fingerspells when the lexicon has no month sign. */
const MONTH_SHORT = ['JAN', 'FEB', 'MÄRZ', 'APRIL', 'MAI', 'JUNI', 'JULI', 'AUG', 'SEPT', 'OKT', 'NOV', 'DEZ'];
export const MONTHS: readonly { readonly name: string; readonly short: string }[] = MONTH_NAMES.map((name, i) => ({
  name,
  short: MONTH_SHORT[i]!,
}));

/** Currency codes of money tokens → the lemma of the currency's sign. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  EUR: 'Euro',
  USD: 'Dollar',
  CHF: 'Franken',
  GBP: 'Pfund',
};

export { W_WORDS } from '../clause-words.js';

/** Words that form one question word with `wie` before them (`wie viel`, `wie lange`). */
export const WIE_COMPLEMENTS = new Set(['viel', 'viele', 'lange', 'oft', 'alt', 'spät', 'teuer', 'weit', 'groß']);

/** Verbs whose `es` subject refers to nothing (`es regnet`, `es gibt`). */
export const IMPERSONAL_VERBS = new Set(['geben', 'regnen', 'schneien', 'handeln', 'klappen']);

/** Negators that stand after the verb in DGS (`BEARBEITEN NICHT`); `kein` stays with its noun. */
export const CLAUSE_NEGATORS = new Set(['nicht', 'nie', 'niemals', 'nichts', 'niemand', 'keinesfalls']);

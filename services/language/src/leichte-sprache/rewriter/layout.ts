// Splitting at the punctuation that already separates statements: semicolons, a colon in a long sentence
// (an enumeration after it becomes a list, one item per line), and asides after a comma that say
// „zum Beispiel …“ or „das heißt …“. These cuts never reorder words, so they are the safe first choice
// before the clause steps.

import { W_WORDS } from '../../clause-words.js';
import type { SentenceStructure } from '../../clauses.js';
import type { AnalyzedToken } from '../../types.js';
import { TARGET_WORDS } from '../rules/sentence-length.js';
import { isPunct, pluralIn, range, type Tokens } from './split.js';
import {
  analysed,
  capitalise,
  finish,
  isFinite,
  isVerb,
  lower,
  RELATIVE_OPENERS,
  render,
  zuInfinitive,
  type Step,
} from './text.js';

const isWord = (t: AnalyzedToken): boolean => t.kind !== 'punct' && t.kind !== 'symbol';
export const wordCount = (tokens: Tokens, start = 0, end = tokens.length): number =>
  tokens.slice(start, end).filter(isWord).length;

/** The source text of tokens `[start, end)`, as written (URLs, quotes and spacing untouched). */
export function span(sentence: string, tokens: Tokens, start: number, end: number): string {
  if (end <= start) return '';
  return sentence.slice(tokens[start]!.start, tokens[end - 1]!.end);
}

const hasFinite = (tokens: Tokens, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (isFinite(tokens, i)) return true;
  return false;
};

/** Marks a sentence that still needs a capital and a full stop; `finish` on one string. */
const sentenceOf = (text: string): string => finish([text]);

// ------------------------------------------------------------------------------------------- semicolon

/** „Zuständig ist das Standesamt; heiraten können Sie überall.“ → two sentences, when each part has a verb. */
export const splitSemicolon: Step = {
  name: 'split-semicolon',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const cuts = tokens.flatMap((t, i) => (t.norm === ';' ? [i] : []));
    if (cuts.length === 0) return undefined;
    const bounds = [-1, ...cuts, tokens.length];
    const parts: [number, number][] = [];
    for (let k = 0; k + 1 < bounds.length; k++) parts.push([bounds[k]! + 1, bounds[k + 1]!]);
    // a semicolon between list items (no verb on one side) is no sentence boundary; an imperative
    // (`werfen Sie …`) may be tagged as an infinitive, so any verb counts
    if (!parts.every(([a, b]) => tokens.slice(a, b).some(isVerb))) return undefined;
    return parts.map(([a, b]) => sentenceOf(span(sentence, tokens, a, b)));
  },
};

// ----------------------------------------------------------------------------------------------- colon

const LIST_JOINERS = new Set(['und', 'oder', 'sowie']);

/**
 * The items of an enumeration without a verb: „A, B, C und D“ → [A, B, C, D]. The last comma-separated part
 * is split at `sowie`, else at its last `und`/`oder` (`Nachweise über Einkommen und Miete sowie Ihr Pass`).
 */
export function listItems(tokens: Tokens, start: number, end: number): [number, number][] | undefined {
  const commas: number[] = [];
  for (let i = start; i < end; i++) if (tokens[i]!.norm === ',') commas.push(i);
  if (commas.length === 0) return undefined;
  const items: [number, number][] = [];
  let from = start;
  for (const c of commas) {
    items.push([from, c]);
    from = c + 1;
  }
  let last: [number, number] = [from, end];
  let joiner = -1;
  for (let i = from + 1; i < end - 1; i++) if (lower(tokens[i]!) === 'sowie') joiner = i;
  if (joiner < 0) for (let i = from + 1; i < end - 1; i++) if (LIST_JOINERS.has(lower(tokens[i]!))) joiner = i;
  if (joiner > 0) {
    items.push([from, joiner]);
    last = [joiner + 1, end];
  }
  items.push(last);
  return items.every(([a, b]) => b > a && wordCount(tokens, a, b) > 0) ? items : undefined;
}

/**
 * A long sentence with a colon: the part before it stays a line of its own that ends in the colon. What
 * follows is a sentence when it has a verb, a list (`- ` per item) when it enumerates, and a line otherwise.
 */
export const splitColon: Step = {
  name: 'split-colon',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= TARGET_WORDS) return undefined;
    const colon = tokens.findIndex((t, i) => t.norm === ':' && i > 0 && i < tokens.length - 2);
    if (colon < 0 || wordCount(tokens, 0, colon) < 2) return undefined;
    let end = tokens.length;
    while (end > colon + 1 && isPunct(tokens[end - 1]!) && /^[.!?]$/.test(tokens[end - 1]!.norm)) end--;
    if (wordCount(tokens, colon + 1, end) === 0) return undefined;
    const head = `${capitalise(span(sentence, tokens, 0, colon))}:`;
    if (hasFinite(tokens, colon + 1, end)) return [head, sentenceOf(span(sentence, tokens, colon + 1, tokens.length))];
    const items = listItems(tokens, colon + 1, end);
    if (!items) return [head, sentenceOf(span(sentence, tokens, colon + 1, tokens.length))];
    // a list item is not a sentence: no capital added, no full stop
    return [head, ...items.map(([a, b]) => `- ${span(sentence, tokens, a, b)}`)];
  },
};

// ---------------------------------------------------------------------------------------------- asides

/** Openers of an aside after a comma, and the sentence it becomes. */
const ASIDES: readonly { words: readonly string[]; opener: string }[] = [
  { words: ['wie', 'zum', 'beispiel'], opener: 'Zum Beispiel:' },
  { words: ['zum', 'beispiel'], opener: 'Zum Beispiel:' },
  { words: ['das', 'heißt'], opener: 'Das heißt:' },
];

function asideAt(tokens: Tokens, i: number): { length: number; opener: string } | undefined {
  for (const a of ASIDES) {
    if (a.words.every((w, k) => tokens[i + k] !== undefined && lower(tokens[i + k]!) === w))
      return { length: a.words.length, opener: a.opener };
  }
  return undefined;
}

/**
 * „Wir helfen bei kurzen Anliegen, zum Beispiel bei der Abholung.“ → „Wir helfen bei kurzen Anliegen.“ /
 * „Zum Beispiel: bei der Abholung.“ Only an aside that runs to the end of the sentence, and with
 * `zum Beispiel` only one without a verb of its own (otherwise it belongs to a clause).
 * „…, das heißt, Sie müssen …“ → „Das heißt: Sie müssen …“.
 */
export const splitAside: Step = {
  name: 'split-aside',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    for (let c = 2; c < tokens.length - 2; c++) {
      if (tokens[c]!.norm !== ',') continue;
      const aside = asideAt(tokens, c + 1);
      if (!aside) continue;
      let from = c + 1 + aside.length;
      if (tokens[from]?.norm === ',') from++;
      const rest = tokens.slice(from);
      if (wordCount(rest) === 0) continue;
      const example = aside.opener === 'Zum Beispiel:';
      // `…, zum Beispiel A, B oder C.` is one aside; with a verb it belongs to a clause
      if (example && hasFinite(tokens, from, tokens.length)) continue;
      if (!hasFinite(tokens, 0, c)) continue;
      const restText = span(sentence, tokens, from, tokens.length);
      return [sentenceOf(span(sentence, tokens, 0, c)), sentenceOf(`${aside.opener} ${restText}`)];
    }
    return undefined;
  },
};

// ------------------------------------------------------------------------------------------ parentheses

/** Words that open an example inside brackets: `(z. B. …)` once abbreviations are written out, `(etwa …)`. */
const EXAMPLE_OPENERS: readonly (readonly string[])[] = [
  ['zum', 'beispiel'],
  ['wie', 'zum', 'beispiel'],
  ['etwa'],
  ['wie'],
];

/** Words that open a clause with its verb last, whatever the tagger read them as (`bis` is a preposition too). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['bis', 'ob', ...W_WORDS]);

/**
 * Whether the bracket `(open, close)` is a subordinate clause: its finite verb last, and a relative pronoun first or a
 * conjunction among its first two words (`(wenn Sie eins haben)`, `(also bis der Bus fährt)`, `(die Sie dort bekommen)`).
 * A noun with a clause after it (`(Bestätigung der Schule, dass …)`) and a main clause (`(das heißt …)`) are none.
 */
function subordinateIn(tokens: Tokens, open: number, close: number): boolean {
  const words = range(open + 1, close).filter((i) => isWord(tokens[i]!));
  const last = words.at(-1);
  if (last === undefined || !isFinite(tokens, last) || words.length < 3) return false;
  const opens = (i: number | undefined) =>
    i !== undefined && (tokens[i]!.upos === 'SCONJ' || CLAUSE_OPENERS.has(lower(tokens[i]!)));
  // a relative pronoun first (`die Sie …`); a conjunction first or after a word (`also bis …`)
  return opens(words[0]) || opens(words[1]) || RELATIVE_OPENERS.has(lower(tokens[words[0]!]!));
}

/** Words that say a bracket gives another name (`(kurz Jugendamt genannt)`, `(auch als „Tagesmutter“ bekannt)`). */
const ALIAS_ADVERBS = new Set(['auch', 'kurz', 'oft', 'meist', 'meistens', 'umgangssprachlich']);

/**
 * Another name in brackets as a sentence that keeps its words: `(kurz Jugendamt genannt)` → „Man nennt das kurz:
 * Jugendamt.“, `(auch als „Tagesmutter“ bekannt)` → „Das ist auch als „Tagesmutter“ bekannt.“ An adverb such as `auch`
 * or `kurz`, `als` if there is one, the name (at most 4 words, no verb), and `genannt` or `bekannt`.
 */
function aliasIn(sentence: string, tokens: Tokens, open: number, close: number): string | undefined {
  let from = open + 1;
  const adverb = ALIAS_ADVERBS.has(lower(tokens[from]!)) ? tokens[from++]!.norm : undefined;
  if (lower(tokens[from]!) === 'als') from++;
  const participle = close - 1 > from ? lower(tokens[close - 1]!) : '';
  if (!adverb || !['genannt', 'bekannt'].includes(participle) || wordCount(tokens, from, close - 1) > 4)
    return undefined;
  if (range(from, close - 1).some((i) => isVerb(tokens[i]!) || tokens[i]!.norm === ',')) return undefined;
  const name = span(sentence, tokens, from, close - 1);
  return participle === 'genannt' ? `Man nennt das ${adverb}: ${name}` : `Das ist ${adverb} als ${name} bekannt`;
}

/**
 * An insertion in brackets becomes a sentence of its own after the main statement, so the reader meets the main
 * statement whole: „Bringen Sie Nachweise (zum Beispiel Zeugnisse) mit.“ → „Bringen Sie Nachweise mit.“ /
 * „Zum Beispiel: Zeugnisse.“; a bracket with a verb of its own becomes that sentence („(frühere Zeiten werden
 * angerechnet)“ → „Frühere Zeiten werden angerechnet.“), and a list after a plural noun says what the noun holds
 * („Bringen Sie alle Unterlagen (Ausweis, Foto und Formular) mit.“ → „… Unterlagen mit.“ / „Die Unterlagen sind:
 * Ausweis, Foto und Formular.“), and another name says so („(kurz Jugendamt genannt)“ → „Man nennt das kurz: Jugendamt.“).
 * Short brackets stay (`(BAMF)`, `(Zimmer 3)`), and so do other notes without a verb that are no example (they say
 * what a word means where it stands) and a clause of the sentence (`(wenn Sie einen haben)`).
 */
export const splitParenthesis: Step = {
  name: 'split-parenthesis',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const open = tokens.findIndex((t) => t.norm === '(');
    if (open <= 0) return undefined;
    const close = tokens.findIndex((t, i) => i > open && t.norm === ')');
    if (close < 0 || tokens.slice(open + 1, close).some((t) => t.norm === '(')) return undefined;
    const inside = wordCount(tokens, open + 1, close);
    if (inside < 3) return undefined;
    const rest = [...range(0, open), ...range(close + 1, tokens.length)];
    // what stays must be more than a word or two; it may be a statement without a verb (a list item, a label)
    if (rest.filter((i) => isWord(tokens[i]!)).length < 3) return undefined;
    const opener = EXAMPLE_OPENERS.find((o) =>
      o.every((w, k) => tokens[open + 1 + k] && lower(tokens[open + 1 + k]!) === w),
    );
    const alias = aliasIn(sentence, tokens, open, close);
    let aside: string;
    if (opener) {
      const from = open + 1 + opener.length;
      if (wordCount(tokens, from, close) === 0) return undefined;
      aside = `Zum Beispiel: ${span(sentence, tokens, from, close).replace(/^[,:]\s*/, '')}`;
    } else if (alias) {
      aside = alias;
    } else if (hasFinite(tokens, open + 1, close)) {
      // a clause of the sentence is no sentence of its own
      if (subordinateIn(tokens, open, close)) return undefined;
      aside = capitalise(span(sentence, tokens, open + 1, close));
    } else {
      // a list in brackets after a plural noun names what the noun holds: `in 16 Sprachen (Arabisch, Englisch, …)`
      // → „Die Sprachen sind: Arabisch, Englisch, …“
      const noun = tokens[open - 1]!;
      const inside = range(open + 1, close);
      const joints = inside.filter((i) => tokens[i]!.norm === ',' || ['und', 'oder'].includes(lower(tokens[i]!)));
      // a compound the lexicon does not list keeps its form where every case of the plural has it (`-e` → `-en`)
      const sameInAllCases =
        noun.feats.Number === 'Plur' && (noun.feats.Case !== 'Dat' || /e$/.test(noun.lemma) || /s$/.test(noun.norm));
      // a compound the tagger took for a name (`in 16 Fremdsprachen`) is a noun where the lexicon reads it as one
      const isNoun = noun.upos === 'NOUN' || (noun.upos === 'PROPN' && noun.candidates.some((c) => c.upos === 'NOUN'));
      const plural = !isNoun ? undefined : (pluralIn(ctx, noun, 'Nom') ?? (sameInAllCases ? noun.norm : undefined));
      // the noun the list belongs to is the one before the bracket, not a noun that a prepositional phrase
      // ends with (`Angebote für die Kinder (Spiele, Sport)`); the items are names of things, not phrases
      // (`(in Deutsch, Englisch …)`); and a colon after it would leave the rest behind the list
      let start = open - 1;
      while (start > 0 && ['DET', 'ADJ', 'NUM'].includes(tokens[start - 1]!.upos)) start--;
      const attribute = tokens[start - 1]?.upos === 'ADP' && tokens[start - 2]?.upos === 'NOUN';
      const phrases = tokens[open + 1]!.upos === 'ADP' || inside.some((i) => isVerb(tokens[i]!));
      const colon = tokens.some((t) => t.norm === ':');
      if (joints.length < 2 || plural === undefined || attribute || phrases || colon) return undefined;
      aside = `Die ${plural} sind: ${span(sentence, tokens, open + 1, close)}`;
    }
    const main = render([
      span(sentence, tokens, 0, open).trimEnd(),
      span(sentence, tokens, close + 1, tokens.length),
    ]).replace(/\s+([,.;:!?])/g, '$1');
    return [sentenceOf(main), sentenceOf(aside)];
  },
};

// ---------------------------------------------------------------------------------------- enumerations

/**
 * A word's part of speech for comparing list items: `die` before a word of a noun phrase is an article even
 * where a tagger read it as a pronoun (`die Industrie- und Handelskammer`).
 */
function kindOf(tokens: Tokens, i: number): string {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.upos ?? '';
  if (t.upos === 'PRON' && /^(der|die|das|den|dem)$/.test(lower(t)) && ['NOUN', 'ADJ', 'PROPN'].includes(next))
    return 'DET';
  return t.upos;
}

/** Adverbs that close a clause as the separated particle of its verb (`kehrte … zurück`). */
const DIRECTIONAL_PARTICLES = new Set(
  'hin her heraus herein hinein herum hinaus hinzu hinunter hinauf herunter herauf voran vorbei weg fort zurück zusammen los fest weiter'.split(
    ' ',
  ),
);

/** A verb particle at the end of the sentence: a preposition (`… mit.`) or a directional adverb (`… zurück.`). */
export function verbParticle(tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  const particle = t.upos === 'ADP' || (t.upos === 'ADV' && DIRECTIONAL_PARTICLES.has(lower(t)));
  return particle && /^[.!]$/.test(tokens[i + 1]?.norm ?? '');
}

const QUOTES = /^[„“”"»«‚‘]$/u;
/** Prepositions that open an adverbial of the verb more often than an attribute of the noun before them. */
const ADVERBIAL_PREPOSITIONS = new Set([
  'in',
  'im',
  'an',
  'am',
  'auf',
  'bei',
  'beim',
  'für',
  'seit',
  'ab',
  'während',
  'innerhalb',
  'bis',
]);

/**
 * Where the last item of an enumeration ends when an adverbial follows it inside the clause: `alle Angebote,
 * Beratungsstellen und Kontaktpersonen in der Broschüre zusammengestellt` — the item is a plain noun phrase
 * (article, adjectives, nouns) and an adverbial preposition follows it, before the verbs that close the
 * clause (`end` must be a verb, not the full stop: at the end of a sentence the phrase may describe the last
 * item). The adverbial then stays in the sentence before the list. Undefined where that is not the case.
 */
function adverbialAfterList(tokens: Tokens, joiner: number, end: number): number | undefined {
  if (!isVerb(tokens[end]!) && !verbParticle(tokens, end)) return undefined;
  let k = joiner + 1;
  while (k < end && ['DET', 'ADJ', 'NUM'].includes(tokens[k]!.upos)) k++;
  if (k >= end || !['NOUN', 'PROPN'].includes(tokens[k]!.upos)) return undefined;
  while (k < end && ['NOUN', 'PROPN'].includes(tokens[k]!.upos)) k++;
  if (k >= end || tokens[k]!.upos !== 'ADP' || !ADVERBIAL_PREPOSITIONS.has(lower(tokens[k]!))) return undefined;
  // a bare noun after the preposition is more often part of a name or an attribute (`Agentur für Arbeit`)
  const contracted = /^(im|am|beim)$/.test(lower(tokens[k]!));
  if (!contracted && !['DET', 'ADJ', 'NUM', 'PRON'].includes(tokens[k + 1]?.upos ?? '')) return undefined;
  // the adverbial is one phrase: no comma or joiner of its own
  if (range(k, end).some((i) => tokens[i]!.norm === ',' || LIST_JOINERS.has(lower(tokens[i]!)))) return undefined;
  return k;
}

/**
 * Whether a list starting at token `i` cannot be cut out of the sentence: it lies inside a subordinate or
 * relative clause (the clause would lose its verb), or inside an aside between dashes that opened before it.
 */
export function enclosed(tokens: Tokens, structure: SentenceStructure, i: number): boolean {
  const inner = structure.clauses.some((c) => c.kind !== 'main' && c.ranges.some((r) => i >= r.start && i < r.end));
  const dashes = tokens.slice(0, i).filter((t) => /^[–—]$/.test(t.norm)).length;
  // a clause the analysis missed: a comma, (a preposition,) a relative pronoun or conjunction, and no finite
  // verb before the list (`der Tornado, der – je nach Ausstattung – als A, B oder C eingesetzt wird`)
  let comma = i - 1;
  while (comma >= 0 && tokens[comma]!.norm !== ',') comma--;
  const opener = tokens[comma + 1]?.upos === 'ADP' ? comma + 2 : comma + 1;
  const opens =
    comma >= 0 &&
    (tokens[opener]?.upos === 'SCONJ' || RELATIVE_OPENERS.has(tokens[opener]?.norm ?? '')) &&
    !range(opener + 1, i).some((k) => isFinite(tokens, k));
  return inner || opens || dashes % 2 === 1;
}

export const isClauseEnd = (t: AnalyzedToken): boolean => isVerb(t) || t.verbIndex !== undefined || isPunct(t);

/**
 * An enumeration of 3 or more items inside a long sentence becomes a list after the rest of the sentence:
 * „Bitte bringen Sie den Ausweis, das Foto und das Formular mit.“ → „Bitte bringen Sie mit:“ / „- den Ausweis“
 * / „- das Foto“ / „- das Formular“. The enumeration must close the clause (only verbs, a verb particle or
 * the end follow it), and its first item starts like the second (an article, a noun …) and not after a
 * preposition, where the enumeration would belong to that preposition.
 */
export const splitEnumeration: Step = {
  name: 'split-enumeration',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    if (wordCount(tokens) <= TARGET_WORDS || tokens.some((t) => t.norm === ':' || t.norm === '?')) return undefined;
    const first = tokens.findIndex((t, i) => t.norm === ',' && i > 1);
    if (first < 0) return undefined;
    const second = tokens[first + 1];
    if (!second || !['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN'].includes(kindOf(tokens, first + 1))) return undefined;
    // the first item: back from the comma to the nearest word that starts like the second item
    let start = first - 1;
    // an article in the genitive belongs to an attribute (`das Schreiben der Stadt`), not to the first item
    while (start > 0 && (kindOf(tokens, start) !== kindOf(tokens, first + 1) || tokens[start]!.feats.Case === 'Gen')) {
      if (isClauseEnd(tokens[start]!)) return undefined;
      start--;
    }
    if (start <= 0 || tokens[start - 1]!.upos === 'ADP' || enclosed(tokens, structure, start)) return undefined;
    if (kindOf(tokens, first + 1) === 'NOUN' && tokens[start - 1]!.upos === 'ADJ') return undefined;
    // a determiner before a first item of bare nouns (`alle Angebote, Beratungsstellen und …`) goes with that
    // item, never stranded in the sentence before the list
    if (kindOf(tokens, first + 1) === 'NOUN' && kindOf(tokens, start - 1) === 'DET') start--;
    if (start <= 0 || tokens[start - 1]!.upos === 'ADP') return undefined;
    // the end: the last item runs to the first verb, particle or punctuation after the last joiner
    let end = first + 1;
    let joiner = -1;
    const particle = (i: number): boolean => verbParticle(tokens, i);
    // quotation marks around a title (`in der Broschüre „Familienwegweiser“`) do not end the clause
    const quote = (i: number): boolean => QUOTES.test(tokens[i]?.norm ?? '');
    while (
      (end < tokens.length && (!isClauseEnd(tokens[end]!) || quote(end)) && !particle(end)) ||
      tokens[end]?.norm === ','
    ) {
      if (LIST_JOINERS.has(lower(tokens[end]!))) joiner = end;
      end++;
    }
    if (joiner < 0 || end >= tokens.length) return undefined;
    if (!range(end, tokens.length).every((i) => isClauseEnd(tokens[i]!) || particle(i))) return undefined;
    const trailer = adverbialAfterList(tokens, joiner, end);
    // an infinitive with `zu` after it (`die Möglichkeit, den Antrag … abzugeben`): the comma opens an
    // infinitive clause, not the next item
    if (range(end, tokens.length).some((i) => zuInfinitive(tokens[i]!) || lower(tokens[i - 1]!) === 'zu'))
      return undefined;
    // an enumeration inside quotation marks is a title (`unter „Feiertage, Schulferien und …“`)
    if (range(start - 1, trailer ?? end).some(quote)) return undefined;
    const items = listItems(tokens, start, trailer ?? end);
    if (!items || items.length < 3 || items.some(([a, b]) => hasFinite(tokens, a, b))) return undefined;
    // names right after a noun (`seinen Kindern Olga, Tatjana und Alexei`) say who that noun is: no list of
    // the clause's objects
    const name = (i: number): boolean => tokens[i]!.upos === 'PROPN';
    const names = items.every(([a, b], k) => (k === items.length - 1 ? name(a) : range(a, b).every(name)));
    if (names && tokens[start - 1]!.upos === 'NOUN') return undefined;
    const moved = trailer === undefined ? '' : span(sentence, tokens, trailer, end);
    const head = render([span(sentence, tokens, 0, start), moved, span(sentence, tokens, end, tokens.length)]).replace(
      /\s*[.!]$/,
      '',
    );
    return [`${capitalise(head)}:`, ...items.map(([a, b]) => `- ${span(sentence, tokens, a, b)}`)];
  },
};

// ------------------------------------------------------------------------------------------ comma + und

const CLAUSE_JOINERS: Readonly<Record<string, string | undefined>> = {
  und: undefined,
  oder: 'Oder',
  aber: 'Aber',
  denn: 'Denn',
};

/**
 * A comma before `und`/`oder`/`aber`/`denn` that opens a main clause with its own finite verb near the front:
 * „…, und Sie erhalten eine Bescheinigung.“ → „Sie erhalten eine Bescheinigung.“. `denn` always opens a main
 * clause; the others need a subject or the verb within the next 4 words.
 */
export const splitCommaConjunction: Step = {
  name: 'split-comma-conjunction',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (tokens.some((t) => t.norm === '?')) return undefined;
    for (let c = 2; c < tokens.length - 3; c++) {
      if (tokens[c]!.norm !== ',') continue;
      const conj = lower(tokens[c + 1]!);
      // a tagger may read `denn` after a comma as a subordinating conjunction; it only ever joins main clauses
      const joiner = tokens[c + 1]!.upos === 'CCONJ' || (conj === 'denn' && tokens[c + 1]!.upos === 'SCONJ');
      if (!(conj in CLAUSE_JOINERS) || !joiner || lower(tokens[c + 2]!) === 'zwar') continue;
      // `denn` always opens a main clause, so its verb may come after a longer first phrase
      // (`denn in der Bauberatung im Stadthaus 3 können Sie …`); the others need it within 4 words
      const reach = conj === 'denn' ? tokens.length : Math.min(tokens.length, c + 7);
      const verb = range(c + 2, reach).find((i) => isFinite(tokens, i));
      if (verb === undefined || verb === c + 2 || range(c + 2, verb).some((i) => isPunct(tokens[i]!))) continue;
      // `In vielen Fällen ja, denn …`: before `denn` a short answer is a sentence too
      if (conj !== 'denn' && !hasFinite(tokens, 0, c)) continue;
      const opener = CLAUSE_JOINERS[conj];
      const right = span(sentence, tokens, c + 2, tokens.length);
      return [sentenceOf(span(sentence, tokens, 0, c)), sentenceOf(opener ? `${opener} ${right}` : right)];
    }
    return undefined;
  },
};

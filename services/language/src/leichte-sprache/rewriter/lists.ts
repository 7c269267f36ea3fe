// Lists for long sentences whose length comes from two or more parallel phrases that layout.ts does not see
// as an enumeration (no comma between them):
//
// - a subject of noun phrases joined by und/oder: „Menschen mit einer Gehbehinderung (Merkzeichen aG) und
//   blinde Menschen (Merkzeichen Bl) können einen blauen Parkausweis bekommen.“ → „Einen blauen Parkausweis
//   können bekommen:“ / „- Menschen mit einer Gehbehinderung (Merkzeichen aG)“ / „- blinde Menschen
//   (Merkzeichen Bl)“. The first phrase after the verb moves to the front, so the line stays a main clause;
// - two ways at the end of the sentence, each a prepositional phrase, joined by `oder`: „Sie erreichen uns
//   montags von 8 bis 12 Uhr unter Telefon 0251 1234 oder per E-Mail an info@….“ → „Sie erreichen uns
//   montags von 8 bis 12 Uhr:“ / „- unter Telefon 0251 1234“ / „- per E-Mail an info@…“;
// - prepositional attributes joined by und/oder of an object in front of the verb: „Einen Platz in einer Kita
//   oder in der Kindertagespflege suchen Sie über das Portal.“ → „Sie suchen über das Portal einen Platz:“ /
//   „- in einer Kita“ / „- in der Kindertagespflege“;
// - a phrase with `mit`/`ohne` after a comma that says how: „Bitte stellen Sie die Tonnen an den Straßenrand,
//   mit geschlossenem Deckel und den Griffen zur Straße.“ → „Bitte stellen Sie die Tonnen an den Straßenrand:“ /
//   „- mit geschlossenem Deckel“ / „- mit den Griffen zur Straße“.
//
// Only in sentences over the hard limit, and only where the phrases are plain noun or prepositional phrases
// (no verb, no clause): a list item is never a sentence of its own, so it needs no verb.

import type { AnalyzedToken } from '../../types.js';
import { MAX_WORDS } from '../rules/sentence-length.js';
import { span, wordCount } from './layout.js';
import { isPunct, range, subjectAt, type Tokens } from './split.js';
import { analysed, capitalise, finish, inner, isFinite, isVerb, lower, type Step } from './text.js';

/** The index after the sentence's last word (before its closing `.`/`!`). */
function bodyEnd(tokens: Tokens): number {
  let end = tokens.length;
  while (end > 0 && isPunct(tokens[end - 1]!) && /^[.!]$/.test(tokens[end - 1]!.norm)) end--;
  return end;
}

/** Words of a noun phrase after its first word: articles, adjectives, nouns, names, numbers, symbols, addresses. */
const inPhrase = (t: AnalyzedToken): boolean =>
  ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'SYM', 'X'].includes(t.upos) || ['symbol', 'url', 'email'].includes(t.kind);

/** Words a noun phrase can start with. */
const PHRASE_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// ------------------------------------------------------------------------------------ coordinated subject

/** Articles and pronouns that open a noun phrase in the nominative. */
const NOMINATIVE_DETERMINERS = new Set(
  'der die das ein eine kein keine alle viele manche diese dieser dieses jede jeder jedes'.split(' '),
);

/**
 * Whether a second subject starts at `t`: an article of the nominative or an adjective with its nominative
 * plural ending (`blinde Menschen`). A bare noun (`aus Münster und Umgebung`) or a dative (`mit einer
 * Behinderung und blinden Kindern`) may continue the phrase before it instead.
 */
function nominativeStart(t: AnalyzedToken | undefined): boolean {
  if (!t) return false;
  if (t.upos === 'DET' || t.upos === 'PRON') return NOMINATIVE_DETERMINERS.has(lower(t));
  return t.upos === 'ADJ' && /e$/.test(lower(t));
}

/**
 * The phrase that starts right after the finite verb and can move in front of it: a prepositional phrase, an
 * adverb, or a noun phrase (`einen blauen EU-Parkausweis`). Its end (exclusive), or undefined.
 */
function frontPhraseEnd(tokens: Tokens, i: number, end: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.upos === 'ADV') return i + 1;
  let k = t.upos === 'ADP' ? i + 1 : i;
  if (!PHRASE_START.has(tokens[k]?.upos ?? '')) return undefined;
  // up to its noun (a lower-case word read as a noun is an adjective: `blauen`), then names and numbers
  const attributive = (u: AnalyzedToken): boolean =>
    ['DET', 'ADJ', 'NUM'].includes(u.upos) || (u.upos === 'NOUN' && /^\p{Ll}/u.test(u.norm));
  while (k < end && attributive(tokens[k]!)) k++;
  if (!['NOUN', 'PROPN'].includes(tokens[k]?.upos ?? '')) return undefined;
  k++;
  while (k < end && ['PROPN', 'NUM'].includes(tokens[k]!.upos)) k++;
  return k;
}

/**
 * A subject of two or more noun phrases joined by und/oder becomes a list after the rest of the sentence. The
 * subject opens the sentence and the plural finite verb follows it; no pronoun may follow the verb (then the
 * phrases in front are objects: „Den Antrag und das Foto schicken Sie …“). A phrase is cut at `und`/`oder`
 * only after its noun or its closing bracket, so „Gehörlose und hörbehinderte Menschen“ stays one phrase.
 */
export const splitSubjectList: Step = {
  name: 'split-subject-list',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[,:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    const f = range(1, end).find((i) => isFinite(tokens, i));
    if (f === undefined || tokens[f]!.feats.Number !== 'Plur' || !PHRASE_START.has(tokens[0]!.upos)) return undefined;
    if (tokens[f + 1]?.upos === 'PRON') return undefined;
    const subject = range(0, f);
    if (subject.some((i) => isVerb(tokens[i]!) || ['SCONJ', 'PRON'].includes(tokens[i]!.upos))) return undefined;
    // the cuts: und/oder after a noun, a name or a closing bracket, before a noun phrase in the nominative
    const cuts = subject.filter(
      (i) =>
        ['und', 'oder'].includes(lower(tokens[i]!)) &&
        (['NOUN', 'PROPN'].includes(tokens[i - 1]!.upos) || tokens[i - 1]!.norm === ')') &&
        !tokens[i - 1]!.norm.endsWith('-') &&
        nominativeStart(tokens[i + 1]),
    );
    if (cuts.length === 0) return undefined;
    const bounds = [-1, ...cuts, f];
    const items = bounds.slice(1).map((b, k) => [bounds[k]! + 1, b] as const);
    if (!items.every(([a, b]) => range(a, b).some((i) => ['NOUN', 'PROPN'].includes(tokens[i]!.upos))))
      return undefined;
    // the rest of the clause: its first phrase in front, then the verb, the other phrases and the verbs
    const front = frontPhraseEnd(tokens, f + 1, end);
    if (front === undefined || front >= end) return undefined;
    const head = finish([
      capitalise(inner(tokens[f + 1]!)) + sentence.slice(tokens[f + 1]!.end, tokens[front - 1]!.end),
      tokens[f]!.norm,
      span(sentence, tokens, front, end),
    ]).replace(/[.!]$/, ':');
    return [
      head,
      ...items.map(
        ([a, b]) =>
          `- ${a === 0 ? inner(tokens[0]!) : tokens[a]!.norm}${sentence.slice(tokens[a]!.end, tokens[b - 1]!.end)}`,
      ),
    ];
  },
};

// ---------------------------------------------------------------------------------------- two ways at the end

/**
 * Two prepositional phrases joined by `oder` that end the sentence become a list under the rest of it. The
 * first phrase runs back from `oder` to its preposition over noun-phrase words only; `bis` there is the end of
 * a range (`von 8:30 bis 12 Uhr`) and no way of its own, so the sentence stays.
 */
export const splitAlternatives: Step = {
  name: 'split-alternatives',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[,:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    const joiner = range(2, end - 2)
      .reverse()
      .find((i) => lower(tokens[i]!) === 'oder' && tokens[i + 1]!.upos === 'ADP');
    if (joiner === undefined) return undefined;
    const second = range(joiner + 1, end);
    if (second.some((i) => isVerb(tokens[i]!) || ['SCONJ', 'PRON', 'CCONJ'].includes(tokens[i]!.upos)))
      return undefined;
    let p = joiner - 1;
    while (p > 0 && inPhrase(tokens[p]!)) p--;
    if (p === joiner - 1 || tokens[p]!.upos !== 'ADP' || lower(tokens[p]!) === 'bis') return undefined;
    // the rest is a main clause of its own: a finite verb, and no verb after the first way
    if (!range(0, p).some((i) => isFinite(tokens, i))) return undefined;
    return [
      `${finish([span(sentence, tokens, 0, p)]).replace(/[.!]$/, '')}:`,
      `- ${span(sentence, tokens, p, joiner)}`,
      `- ${span(sentence, tokens, joiner + 1, end)}`,
    ];
  },
};

/** A single word that says how (`schriftlich`, `persönlich`, `online`): an adverb or an adverbial adjective. */
const mannerWord = (t: AnalyzedToken | undefined): boolean => t?.upos === 'ADV' || t?.upos === 'ADJ';

/**
 * Two ways, each one word, joined by `oder` right before the closing verbs become a list under the rest of the
 * clause: „Einer von beiden muss Ihnen den Einzug innerhalb von 2 Wochen schriftlich oder elektronisch
 * bestätigen.“ → „Einer von beiden muss Ihnen den Einzug innerhalb von 2 Wochen bestätigen:“ / „- schriftlich“ /
 * „- elektronisch“. The word before the first way may not be an article, a preposition or an adjective (then the
 * two belong to a noun phrase), and the rest keeps its finite verb.
 */
export const splitWaysBeforeVerb: Step = {
  name: 'split-ways-before-verb',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[,:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    let verbs = end;
    // the closing verbs (infinitives, participles): a finite verb comes earlier, so these are not it
    while (verbs > 0 && isVerb(tokens[verbs - 1]!)) verbs--;
    const joiner = verbs - 2;
    if (verbs === end || joiner < 2 || lower(tokens[joiner]!) !== 'oder') return undefined;
    const [before, first, second] = [tokens[joiner - 2], tokens[joiner - 1], tokens[joiner + 1]];
    if (!mannerWord(first) || !mannerWord(second) || ['DET', 'ADP', 'ADJ'].includes(before?.upos ?? ''))
      return undefined;
    if (!range(0, joiner - 1).some((i) => isFinite(tokens, i))) return undefined;
    return [
      `${span(sentence, tokens, 0, joiner - 1)} ${span(sentence, tokens, verbs, end)}:`,
      `- ${first!.text}`,
      `- ${second!.text}`,
    ];
  },
};

// ------------------------------------------------------------------------------- attributes of an object in front

/** A word of a prepositional attribute: noun-phrase words, its own preposition, brackets (`(Kita)`). */
const inAttribute = (t: AnalyzedToken): boolean => inPhrase(t) || t.upos === 'ADP' || /^[()]$/.test(t.norm);

/**
 * Cuts a run of prepositional phrases at the und/oder that join them: the joiner follows a noun, a name or a
 * closing bracket and a preposition follows it (`in einer Kita (…) oder in der Kindertagespflege`). The items,
 * each a preposition with its noun phrase, or undefined where the run is anything else.
 */
function prepositionalItems(tokens: Tokens, start: number, end: number): [number, number][] | undefined {
  const cuts = range(start + 1, end - 1).filter(
    (i) =>
      ['und', 'oder'].includes(lower(tokens[i]!)) &&
      (['NOUN', 'PROPN'].includes(tokens[i - 1]!.upos) || tokens[i - 1]!.norm === ')') &&
      tokens[i + 1]!.upos === 'ADP',
  );
  if (cuts.length === 0) return undefined;
  const bounds = [start - 1, ...cuts, end];
  const items = bounds.slice(1).map((b, k) => [bounds[k]! + 1, b] as [number, number]);
  const plain = ([a, b]: [number, number]): boolean =>
    tokens[a]!.upos === 'ADP' &&
    range(a + 1, b).every((i) => inAttribute(tokens[i]!)) &&
    range(a + 1, b).some((i) => ['NOUN', 'PROPN'].includes(tokens[i]!.upos));
  return items.every(plain) ? items : undefined;
}

/**
 * An object in front of the verb whose noun has two or more prepositional attributes joined by und/oder
 * becomes a list after the rest of the clause, which then starts with its subject: „Einen Platz in einer
 * Kindertageseinrichtung (Kita) oder in der Kindertagespflege suchen Sie über das Online-Portal der Stadt.“ →
 * „Sie suchen über das Online-Portal der Stadt einen Platz:“ / „- in einer Kindertageseinrichtung (Kita)“ /
 * „- in der Kindertagespflege“. The object goes last, before the closing verbs, so the list follows the noun
 * it belongs to. Only with a subject pronoun right after the finite verb (then the phrase in front is no
 * subject), and with each attribute a preposition and its noun phrase (`in … oder in …`), so that no
 * attribute is read as a part of the one before it.
 */
export const splitObjectAttributes: Step = {
  name: 'split-object-attributes',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[,:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    // the object: (article) (adjectives) noun, right before its first attribute
    if (!['DET', 'ADJ', 'NOUN'].includes(tokens[0]!.upos)) return undefined;
    let n = 0;
    while (n < end && ['DET', 'ADJ', 'NUM'].includes(tokens[n]!.upos)) n++;
    if (tokens[n]?.upos !== 'NOUN' || tokens[n + 1]?.upos !== 'ADP') return undefined;
    const f = range(n + 1, end).find((i) => isFinite(tokens, i));
    if (f === undefined || tokens[f + 1]?.upos !== 'PRON' || subjectAt(tokens, f + 1) !== f + 1) return undefined;
    const items = prepositionalItems(tokens, n + 1, f);
    if (!items) return undefined;
    // the verbs and a particle that close the clause stay at its end, after the object
    let cluster = end;
    while (
      cluster > f + 2 &&
      (isVerb(tokens[cluster - 1]!) || (cluster === end && tokens[cluster - 1]!.upos === 'ADP'))
    )
      cluster--;
    if (range(f + 2, cluster).some((i) => isVerb(tokens[i]!) || ['SCONJ', 'CCONJ'].includes(tokens[i]!.upos)))
      return undefined;
    const head = finish([
      capitalise(tokens[f + 1]!.norm),
      tokens[f]!.norm,
      span(sentence, tokens, f + 2, cluster),
      inner(tokens[0]!) + sentence.slice(tokens[0]!.end, tokens[n]!.end),
      span(sentence, tokens, cluster, end),
    ]).replace(/[.!]$/, ':');
    return [head, ...items.map(([a, b]) => `- ${span(sentence, tokens, a, b)}`)];
  },
};

// ------------------------------------------------------------------------------------- how, after a comma

/** Prepositions of a phrase that says how the clause is done: `mit geschlossenem Deckel`, `ohne Termin`. */
const MANNER = new Set(['mit', 'ohne']);

/**
 * A phrase of manner after the only comma, with two or more noun phrases joined by `und`, becomes a list under
 * the clause with the preposition on every item: „Bitte stellen Sie die Tonnen am Abfuhrtag bis 6 Uhr an den
 * Straßenrand, mit geschlossenem Deckel und den Griffen zur Straße.“ → „Bitte stellen Sie die Tonnen am
 * Abfuhrtag bis 6 Uhr an den Straßenrand:“ / „- mit geschlossenem Deckel“ / „- mit den Griffen zur Straße“.
 * The part before the comma is one main clause, so the list can only belong to it. Only `und`: with `oder`
 * the items would be choices, which a list does not say; a phrase cut only after a noun (`mit schwarzer und
 * weißer Farbe` stays one).
 */
export const splitMannerList: Step = {
  name: 'split-manner-list',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    const commas = range(0, end).filter((i) => tokens[i]!.norm === ',');
    const c = commas[0];
    const prep = c === undefined ? undefined : tokens[c + 1];
    if (commas.length !== 1 || c === undefined || !prep || prep.upos !== 'ADP' || !MANNER.has(lower(prep)))
      return undefined;
    const clause = range(0, c);
    if (!clause.some((i) => isFinite(tokens, i)) || clause.some((i) => tokens[i]!.upos === 'SCONJ')) return undefined;
    // noun phrases, cut at `und` after a noun or a closing bracket where a new phrase starts
    const cuts = range(c + 3, end - 1).filter(
      (i) =>
        lower(tokens[i]!) === 'und' &&
        (['NOUN', 'PROPN'].includes(tokens[i - 1]!.upos) || tokens[i - 1]!.norm === ')') &&
        (PHRASE_START.has(tokens[i + 1]!.upos) || lower(tokens[i + 1]!) === lower(prep)),
    );
    if (cuts.length === 0) return undefined;
    const bounds = [c + 1, ...cuts, end];
    const items = bounds.slice(1).map((b, k) => [bounds[k]! + 1, b] as [number, number]);
    const phrase = ([a, b]: [number, number]): boolean => {
      const from = lower(tokens[a]!) === lower(prep) ? a + 1 : a;
      return (
        PHRASE_START.has(tokens[from]?.upos ?? '') &&
        range(from, b).every((i) => inAttribute(tokens[i]!)) &&
        range(from, b).some((i) => ['NOUN', 'PROPN'].includes(tokens[i]!.upos))
      );
    };
    if (!items.every(phrase)) return undefined;
    const head = `${finish([span(sentence, tokens, 0, c)]).replace(/[.!]$/, '')}:`;
    return [
      head,
      ...items.map(([a, b]) => {
        const text = span(sentence, tokens, a, b);
        return lower(tokens[a]!) === lower(prep) ? `- ${text}` : `- ${prep.norm.toLowerCase()} ${text}`;
      }),
    ];
  },
};

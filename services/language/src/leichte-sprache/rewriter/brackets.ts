// A main clause whose verb parts stand far apart: its phrase of time moves into a sentence of its own.

import type { Clause } from '../../clauses.js';
import { MODAL_LEMMAS } from '../../closed-class.js';
import type { AnalyzedToken } from '../../types.js';
import { BRACKET_WORDS } from '../rules/verb-bracket.js';
import { span, wordCount } from './layout.js';
import { subjectAt, type Tokens } from './split.js';
import { analysed, finish, lower, type Step } from './text.js';

/** Words that belong to the phrase after them (`spätestens bis Freitag`, `nur im Bürger-Büro`). */
const FOCUS = new Set(['nur', 'auch', 'erst', 'schon', 'bereits', 'noch', 'spätestens', 'frühestens', 'mindestens']);
/** Verbs that „machen“ cannot stand for (`Die Kinder können … im Heim bleiben`). */
const NOT_AN_ACTION = new Set(['sein', 'haben', 'werden', 'bleiben', 'heißen', 'geben']);

/** A pronoun that can be the subject again in „Das müssen Sie … machen“ (`es` is mostly a placeholder). */
const isPronounSubject = (tokens: Tokens, i: number): boolean =>
  tokens[i]?.upos === 'PRON' && subjectAt(tokens, i) === i && lower(tokens[i]!) !== 'es';

/** The subject as the new sentence names it after its modal verb: a pronoun, or the noun phrase of the prefield. */
function subjectOf(
  tokens: Tokens,
  modal: AnalyzedToken,
  prefield: readonly number[],
  middle: readonly number[],
): string | undefined {
  const [first] = prefield;
  if (first === undefined) return undefined;
  const opener = tokens[first]!;
  // `Sie kann …` is `sie`; `Sie können …` the reader
  if (prefield.length === 1 && isPronounSubject(tokens, first))
    return opener.norm === 'Sie' && modal.feats.Number !== 'Sing' ? 'Sie' : lower(opener);
  // `Dann musst Du Dich …`: the subject right after the modal verb
  if (middle[0] !== undefined && isPronounSubject(tokens, middle[0])) return tokens[middle[0]]!.norm;
  // `Diese Personen dürfen …`: an article, adjectives and a noun in the nominative
  const head = tokens[prefield.at(-1)!]!;
  const nounPhrase =
    prefield.length <= 4 &&
    opener.upos === 'DET' &&
    opener.feats.Case !== 'Acc' &&
    opener.feats.Case !== 'Dat' &&
    head.upos === 'NOUN' &&
    prefield.slice(1, -1).every((i) => tokens[i]!.upos === 'ADJ');
  return nounPhrase ? [lower(opener), ...prefield.slice(1).map((i) => tokens[i]!.norm)].join(' ') : undefined;
}

/** Where the noun phrase at `i` ends: an article, adjectives or numbers, then its nouns (`Ihrer ersten Einreise`). */
function nounPhraseEnd(tokens: Tokens, i: number, inside: ReadonlySet<number>): number | undefined {
  const upos = (k: number) => (inside.has(k) ? tokens[k]!.upos : undefined);
  let k = i;
  if (upos(k) === 'DET' || upos(k) === 'PRON') k++;
  while (upos(k) === 'ADJ' || upos(k) === 'NUM') k++;
  if (upos(k) !== 'NOUN' && upos(k) !== 'PROPN' && upos(k - 1) !== 'NUM') return undefined;
  while (upos(k) === 'NOUN' || upos(k) === 'PROPN') k++;
  return k;
}

/** Prepositions of time that take `von` (`innerhalb von zwei Wochen`). */
const WITH_VON = new Set(['innerhalb', 'außerhalb', 'binnen', 'unterhalb', 'oberhalb']);

/**
 * Prepositions that tie a phrase to the time phrase before it (`innerhalb von 90 Tagen nach Ihrer Einreise`). Not
 * `von`, which after a date names who did it (`am 22. November von der Bürgermeisterin eröffnet`).
 */
const TIME_ANCHORS = new Set(['nach', 'ab', 'seit', 'vor', 'bis']);

/**
 * The phrase to move: the first phrase of time in the middle field that opens with its preposition (and a focus
 * word before it), with the phrases that anchor it (`nach Ihrer Einreise`). A phrase of time is an adverbial of the
 * action, where a phrase of place may be what the verb needs (`sich in Deutschland aufhalten`), so only time moves.
 * Not right after a noun, whose attribute it may be (`den Termin am Montag absagen`), or inside a longer phrase.
 * At least two words.
 */
function movablePhrase(
  tokens: Tokens,
  middle: readonly number[],
  phrases: readonly { start: number; end: number }[],
): [number, number] | undefined {
  const inMiddle = new Set(middle);
  const phrase = phrases.find((p) => inMiddle.has(p.start) && tokens[p.start]!.upos === 'ADP');
  if (!phrase) return undefined;
  let head = phrase.start;
  // `innerhalb von`, `außerhalb von`: the tagger may read the first word as an adverb
  while (inMiddle.has(head - 1) && (tokens[head - 1]!.upos === 'ADP' || WITH_VON.has(lower(tokens[head - 1]!)))) head--;
  // right after a noun it may be the noun's (a focus word between them says it is not), after a number or an
  // article it is part of a longer phrase (`ab einem Alter von 11 bis 14 Monaten`)
  if (['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'ADP'].includes(tokens[head - 1]?.upos ?? '')) return undefined;
  let start = head;
  if (inMiddle.has(start - 1) && FOCUS.has(lower(tokens[start - 1]!))) start--;
  let end = phrase.end;
  // the first anchor names an event (`nach Ihrer Einreise`), not a place the verb may need (`nach Deutschland
  // einreisen`); a place may then say more about that event (`… Einreise nach Deutschland`)
  let anchored = false;
  while (inMiddle.has(end) && tokens[end]!.upos === 'ADP' && TIME_ANCHORS.has(lower(tokens[end]!))) {
    const k = nounPhraseEnd(tokens, end + 1, inMiddle);
    if (k === undefined || (!anchored && tokens[k - 1]!.upos === 'PROPN')) break;
    end = k;
    anchored = true;
  }
  if (!inMiddle.has(end - 1) || end - start < 2) return undefined;
  // `ab 18 Jahren und mit einem Führerschein`: a phrase joined to another stays with it
  if (tokens[start - 1]?.upos === 'CCONJ' || tokens[end]?.upos === 'CCONJ') return undefined;
  return [start, end];
}

/**
 * What the new sentence says about the moved phrase: with a modal verb, „Das können Sie … machen.“ (the subject named
 * again, the action as „machen“); with a perfect (`haben`/`sein` and a participle), a passive with `werden`, or a
 * separated particle, „Das war …“ or „Das ist …“ by the finite verb's tense. Undefined for other verb pairs.
 */
function restatement(
  tokens: Tokens,
  clause: Clause,
  subject: string | undefined,
): ((phrase: string) => string[] | undefined) | undefined {
  const { leftBracket, rightBracket } = clause.fields;
  const finite = tokens[leftBracket[0]!]!;
  const closing = tokens[rightBracket[0]!]!;
  if (MODAL_LEMMAS.has(finite.lemma) || finite.lemma === 'möchten') {
    const action = closing.upos === 'VERB' && closing.feats.VerbForm === 'Inf' && !NOT_AN_ACTION.has(closing.lemma);
    return action && subject ? (phrase) => ['Das', finite.norm, subject, phrase, 'machen'] : undefined;
  }
  const participle = closing.upos === 'VERB' && closing.feats.VerbForm === 'Part';
  // `ist … geschlossen` is a state now, not a perfect: only an active clause (`ist … eingereist`) is one
  const perfect = participle && (finite.lemma === 'haben' || (finite.lemma === 'sein' && clause.voice === 'active'));
  const passive = participle && finite.lemma === 'werden' && clause.voice === 'passive';
  const particle = closing.verbIndex === leftBracket[0];
  if (!perfect && !passive && !particle) return undefined;
  const past = perfect || finite.feats.Tense === 'Past';
  return (phrase) => {
    // `bereitet in einem Jahr … vor` is how long it takes: „Das ist in einem Jahr.“ would say when
    if (/^in (?:ein|\d)/iu.test(phrase)) return undefined;
    return ['Das', past ? 'war' : 'ist', phrase];
  };
}

/**
 * „Sie können innerhalb von 90 Tagen nach Ihrer Einreise einen Antrag stellen.“ → „Sie können einen Antrag
 * stellen.“ / „Das können Sie innerhalb von 90 Tagen nach Ihrer Einreise machen.“; „Die Beraterinnen schalten
 * innerhalb einer Minute eine Dolmetscherin zum Gespräch hinzu.“ → „… schalten eine Dolmetscherin zum Gespräch
 * hinzu.“ / „Das ist innerhalb einer Minute.“ Only a main clause whose finite verb and the rest of its verb (one
 * word) stand more than 6 words apart (the `verb-bracket` rule), with no negation and no comma, colon or bracket:
 * the moved phrase then says when the same action happens, and the first sentence keeps the action, its objects
 * and its place.
 */
export const splitWideBracket: Step = {
  name: 'split-wide-bracket',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    const [clause] = structure.clauses;
    if (!clause || structure.clauses.length !== 1 || structure.question || clause.kind !== 'main') return undefined;
    // a request or another clause with its verb first (`Melden Sie Ihr Kind … an`) has no statement to restate
    if (clause.fields.prefield.length === 0) return undefined;
    if (clause.negations.length > 0 || tokens.some((t) => /^[,;:()"“„–—-]$/.test(t.norm))) return undefined;
    const { prefield, leftBracket, middleField, rightBracket, postfield } = clause.fields;
    if (leftBracket.length !== 1 || rightBracket.length !== 1 || postfield.length > 0) return undefined;
    // „Das können Sie … machen“ is this step's own sentence: its phrase stays
    if (prefield.length === 1 && ['das', 'dies'].includes(lower(tokens[prefield[0]!]!))) return undefined;
    const middleStart = middleField[0];
    if (middleStart === undefined || wordCount(tokens, middleStart, rightBracket[0]!) <= BRACKET_WORDS)
      return undefined;
    const moved = movablePhrase(tokens, middleField, clause.time);
    const restate = restatement(tokens, clause, subjectOf(tokens, tokens[leftBracket[0]!]!, prefield, middleField));
    if (!moved || !restate) return undefined;
    const [from, to] = moved;
    const second = restate(span(sentence, tokens, from, to));
    if (!second) return undefined;
    return [finish([span(sentence, tokens, 0, from), span(sentence, tokens, to, tokens.length)]), finish(second)];
  },
};

// Long sentences whose second part leans on the first, in three patterns that the clause steps leave alone:
//
// - an addition without a verb after a comma („…, für jüngere Personen 6 Jahre“, „…, in der Regel von …“,
//   „…, nicht aber an Ihre Bank“, „nicht von der Stadt …, sondern von der Familienkasse“) is an ellipsis: the reader has to carry the verb over. It becomes the first
//   clause again with the addition in place of the adverbials it replaces:
//   „Für Personen ab 24 Jahren ist der Ausweis 10 Jahre gültig, für jüngere Personen 6 Jahre.“ →
//   „Für Personen ab 24 Jahren ist der Ausweis 10 Jahre gültig.“ / „Der Ausweis ist für jüngere Personen 6
//   Jahre gültig.“ Only adverbials (adverbs, prepositional phrases, measures like `10 Jahre`) are replaced;
//   where the first clause has an object or a negation besides its subject, nothing is done, because the
//   addition might not replace it;
// - a main clause after a comma that starts with an adverb and its verb („…, danach folgen …“) is a sentence
//   of its own;
// - an indirect question (`ob`, `wie`, `welche` …) becomes a direct one, as Leichte Sprache guides ask it:
//   „Ob Ihr Kind aufgenommen wird, hängt davon ab, …“ → „Wird Ihr Kind aufgenommen?“ / „Das hängt davon ab, …“;
//   „Das hängt davon ab, ob Sie verheiratet waren oder …“ → „Das hängt davon ab:“ / „Waren Sie verheiratet?“ /
//   „Oder …?“.

import { MODAL_LEMMAS } from '../../closed-class.js';
import type { AnalyzedToken } from '../../types.js';
import { MAX_WORDS, TARGET_WORDS } from '../rules/sentence-length.js';
import { enclosed, isClauseEnd, listItems, span, verbParticle, wordCount } from './layout.js';
import { isPunct, mainVerbAt, range, subjectAt, verbSecond, words, type Tokens } from './split.js';
import {
  analysed,
  capitalise,
  finish,
  inner,
  isFinite,
  isVerb,
  listComma,
  lower,
  NEGATION,
  RELATIVE_OPENERS,
  zuInfinitive,
  type Step,
  type StepContext,
} from './text.js';

const isComma = (t: AnalyzedToken | undefined): boolean => t?.norm === ',';
/** Openers that splitAside turns into sentences of their own. */
const ASIDE_STARTS = ['zum beispiel', 'wie zum', 'das heißt', 'z. b.'];

/** The index after the sentence's last word (before its closing `.`/`!`). */
function bodyEnd(tokens: Tokens): number {
  let end = tokens.length;
  while (end > 0 && isPunct(tokens[end - 1]!) && /^[.!]$/.test(tokens[end - 1]!.norm)) end--;
  return end;
}

// ------------------------------------------------------------------------------------- verb-less additions

/**
 * The end of an adverbial that starts at `i` (exclusive), or undefined when a noun phrase without a
 * preposition (an object, a subject) starts there. Adverbs, adverbial adjectives (`automatisch`), measures
 * (`10 Jahre`) and prepositional phrases, whose noun phrase may be coordinated (`an das Amt und den Service`)
 * or have a genitive attribute.
 */
export function adverbialEnd(tokens: Tokens, i: number, end: number, negation = false): number | undefined {
  const t = tokens[i]!;
  if (NEGATION.has(lower(t))) return negation && lower(t) === 'nicht' ? i + 1 : undefined;
  if (t.upos === 'ADV') return i + 1;
  if (t.upos === 'ADJ' && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[i + 1]?.upos ?? '')) return i + 1;
  if (t.upos === 'NUM' && tokens[i + 1]?.upos === 'NOUN') return i + 2;
  if (t.upos !== 'ADP') return undefined;
  // a preposition with a personal pronoun (`bei uns`, `mit Ihnen`)
  const pronoun = tokens[i + 1];
  if (pronoun?.upos === 'PRON' && pronoun.feats.PronType === 'Prs' && i + 1 < end) return i + 2;
  let k = i + 1;
  let noun = false;
  while (k < end) {
    const u = tokens[k]!;
    if (!noun) {
      if (['DET', 'ADJ', 'NUM', 'ADP'].includes(u.upos) || u.kind === 'symbol') k++;
      else if (u.upos === 'NOUN' || u.upos === 'PROPN' || ['url', 'email'].includes(u.kind)) {
        noun = true;
        k++;
      } else return undefined;
      continue;
    }
    // after the noun: names and numbers that belong to it (`November 2026`), a genitive attribute, or a
    // second noun phrase joined by und/oder
    if (u.upos === 'PROPN' || u.upos === 'NUM' || (u.upos === 'NOUN' && u.feats.Case === 'Gen')) k++;
    else if (u.upos === 'DET' && u.feats.Case === 'Gen') {
      noun = false;
      k++;
    } else if (['und', 'oder'].includes(lower(u)) && ['DET', 'ADJ', 'NOUN'].includes(tokens[k + 1]?.upos ?? '')) {
      noun = false;
      k++;
    } else break;
  }
  return noun ? k : undefined;
}

/** Whether `[start, end)` consists of adverbials only; with `negation`, `nicht` counts as one. */
export function onlyAdverbials(tokens: Tokens, start: number, end: number, negation = false): boolean {
  let i = start;
  while (i < end) {
    const next = adverbialEnd(tokens, i, end, negation);
    if (next === undefined || next > end) return false;
    i = next;
  }
  return true;
}

export const splitAddition: Step = {
  name: 'split-addition',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const end = bodyEnd(tokens);
    if (end === tokens.length || wordCount(tokens) <= TARGET_WORDS) return undefined;
    let c = end - 1;
    while (c > 0 && !isPunct(tokens[c]!)) c--;
    if (!isComma(tokens[c]) || c < 3 || end - c < 3) return undefined;
    // the addition: no verb, no clause of its own, and not an aside that splitAside writes as „Zum Beispiel: …“
    const addition = range(c + 1, end);
    if (addition.some((i) => isVerb(tokens[i]!) || tokens[i]!.upos === 'SCONJ' || tokens[i]!.upos === 'PRON'))
      return undefined;
    const opening = words(tokens, addition.slice(0, 2)).join(' ').toLowerCase();
    if (ASIDE_STARTS.some((a) => opening.startsWith(a)) || lower(tokens[c + 1]!) === 'wie') return undefined;
    let lead: string[] = [];
    let from = c + 1;
    // „nicht von der Stadt gezahlt, sondern von der Familienkasse“: the addition replaces the negated part
    const contrast = lower(tokens[c + 1]!) === 'sondern';
    if (contrast) from += 1;
    else if (opening === 'und zwar') from += 2;
    else if (opening === 'nicht aber') {
      // „…, nicht aber an Ihre Bank“ → „… wird aber nicht an Ihre Bank weitergegeben“
      lead = ['aber', 'nicht'];
      from += 2;
    }
    if (from >= end || !['ADP', 'ADV', 'ADJ', 'NUM'].includes(tokens[from]!.upos)) return undefined;
    // `Anspruch auf Beratung, ärztliche Fürsorge und Unterstützung`: the last items of a list, not an addition
    if (tokens[from]!.upos === 'ADJ' && addition.some((i) => tokens[i]!.upos === 'CCONJ')) return undefined;
    // the first clause: one finite verb, no comma or conjunction of clauses before it
    const main = range(0, c);
    const finites = main.filter((i) => isFinite(tokens, i));
    if (finites.length !== 1 || main.some((i) => isPunct(tokens[i]!) || tokens[i]!.upos === 'SCONJ')) return undefined;
    const f = finites[0]!;
    // the right bracket: the other verbs, `zu`, a verb particle or a predicative adjective (`gültig`)
    let b = c;
    while (b - 1 > f && ((isVerb(tokens[b - 1]!) && !isFinite(tokens, b - 1)) || lower(tokens[b - 1]!) === 'zu')) b--;
    if (b === c && b - 1 > f && ['ADP', 'ADJ'].includes(tokens[b - 1]!.upos)) b--;
    // the subject before the verb, or right after it (the first place then held an adverbial)
    let subject: number[];
    let middleStart: number;
    const before = f > 0 ? subjectAt(tokens, 0) : undefined;
    if (before === f - 1) {
      subject = range(0, f);
      middleStart = f + 1;
    } else {
      const after = subjectAt(tokens, f + 1);
      if (after === undefined || after >= b || (f > 0 && !onlyAdverbials(tokens, 0, f))) return undefined;
      // a noun after the verb in another case is its object (`Schwangere haben Anspruch …`)
      if (!['Nom', undefined].includes(tokens[after]!.feats.Case)) return undefined;
      subject = range(f + 1, after + 1);
      middleStart = after + 1;
    }
    if (!onlyAdverbials(tokens, middleStart, b, contrast)) return undefined;
    // `nicht nur …, sondern auch …` and other `sondern` without `nicht` before it are left alone
    if (contrast && !range(middleStart, b).some((i) => lower(tokens[i]!) === 'nicht')) return undefined;
    const verb = f === 0 ? [tokens[f]!.norm] : [];
    const restated = [
      ...verb,
      ...subject.map((i, k) => (k === 0 && f > 0 ? tokens[i]!.norm : inner(tokens[i]!))),
      ...(f === 0 ? [] : [inner(tokens[f]!)]),
      ...lead,
      ...addition.filter((i) => i >= from).map((i) => (i === from ? inner(tokens[i]!) : tokens[i]!.norm)),
      ...words(tokens, range(b, c)),
    ];
    // an adverbial subject-less first place (`Für Personen …`) was dropped: the subject leads the new sentence
    return [finish([span(sentence, tokens, 0, c)]), finish(restated)];
  },
};

// ----------------------------------------------------------------------------------- asyndetic main clauses

/** Adverbs that open a main clause which continues the story (`…, danach folgen …`). */
const CONTINUATIONS = new Set([
  'danach',
  'dann',
  'dabei',
  'dort',
  'deshalb',
  'daher',
  'außerdem',
  'anschließend',
  // a tagger may read these as conjunctions
  'jedoch',
  'allerdings',
  'trotzdem',
  'sonst',
  'zudem',
]);
/** Adverbs that lean on what follows them (`…, so dass`, `…, auch wenn`, `…, nur …`): no first place of a clause. */
const LEANING = new Set(['so', 'wie', 'auch', 'nur', 'nicht', 'noch', 'sowie', 'also', 'sogar', 'vor', 'allem']);

/**
 * The first place of a main clause after a comma, up to its finite verb: a continuing adverb (`danach`, `jedoch`),
 * a year or number (`1986 begannen …`), or a short prepositional phrase (`in fünf Ländern stellt sie …`); a
 * preposition before a relative pronoun opens a relative clause instead.
 */
function firstPlaceEnd(tokens: Tokens, i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (CONTINUATIONS.has(lower(t)) || (t.upos === 'ADV' && !LEANING.has(lower(t)) && !WH.has(lower(t)))) return i + 1;
  if (t.upos === 'NUM') return i + 1;
  if (t.upos !== 'ADP') return undefined;
  const d = tokens[i + 1];
  if (!d || (RELATIVE_OPENERS.has(lower(d)) && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[i + 2]?.upos ?? '')))
    return undefined;
  let k = i + 1;
  while (k < i + 6 && ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[k]?.upos ?? '')) k++;
  return k > i + 1 ? k : undefined;
}

/**
 * „In Münster beginnt jedes Kennzeichen mit „MS“, danach folgen bis zu 4 Ziffern.“ → two sentences, when the
 * part before the comma is a main clause of its own (no conjunction, a finite verb, no comma) and the part after
 * it is one too: a first place (see firstPlaceEnd), its finite verb second, and more after it.
 */
export const splitAsyndetic: Step = {
  name: 'split-asyndetic',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (tokens.some((t) => t.norm === '?')) return undefined;
    for (let c = 3; c < tokens.length - 3; c++) {
      if (!isComma(tokens[c])) continue;
      const v = firstPlaceEnd(tokens, c + 1);
      if (v === undefined || !isFinite(tokens, v) || v + 2 >= tokens.length) continue;
      const left = range(0, c);
      const clauseComma = (i: number): boolean => isComma(tokens[i]) && !listComma(tokens, i, c);
      if (left.some((i) => clauseComma(i) || tokens[i]!.upos === 'SCONJ')) return undefined;
      if (tokens[0]!.upos === 'SCONJ' || !left.some((i) => isFinite(tokens, i))) return undefined;
      // `Haben Sie Fragen, dann …`: a clause with its verb first before `dann` is a condition, asked as a question
      const asked = isFinite(tokens, 0) && lower(tokens[c + 1]!) === 'dann' && subjectAt(tokens, 1) !== undefined;
      const first = span(sentence, tokens, 0, c);
      return [finish([asked ? `${first}?` : first]), finish([span(sentence, tokens, c + 1, tokens.length)])];
    }
    return undefined;
  },
};

// -------------------------------------------------------------------------------------- indirect questions

const WH = new Set(['wie', 'was', 'wer', 'wo', 'wann', 'warum', 'wieso', 'welche', 'welcher', 'welches', 'welchen']);
/**
 * Verbs whose subject or object a `w` clause is as a question. Other clauses with `wer`/`was`/`wie` are
 * free relatives or comparisons („Wer einen Notfall hat, …“, „…, wie Sie es kennen“) and stay.
 */
const ASKING = new Set([
  'hängen',
  'abhängen',
  'entscheiden',
  'bestimmen',
  'fragen',
  'wissen',
  'prüfen',
  'klären',
  'erfahren',
  // verbs of finding out and telling (`Schauen Sie nach, welches Ticket …`, `Wir sagen Ihnen, wann …`)
  'nachschauen',
  'nachsehen',
  'informieren',
  'überlegen',
  'herausfinden',
  'erklären',
  'zeigen',
  'sagen',
  'beschreiben',
  'lernen',
]);
const asks = (tokens: Tokens, idx: readonly number[]): boolean =>
  idx.some((i) => isFinite(tokens, i) && ASKING.has(tokens[i]!.lemma.toLowerCase()));

/** The question word and what belongs to it (`wie viele Plätze`, `welche Unterlagen`): its last index. */
function whPhrase(tokens: Tokens, i: number): number | undefined {
  const t = tokens[i];
  if (!t || !WH.has(lower(t))) return undefined;
  let k = i;
  // `wie viele`, `wie lange`, `wie hoch`; an article after `wie` opens the clause's subject (`wie das Vorgehen ist`)
  const next = tokens[k + 1];
  if (lower(t) === 'wie' && next && (['ADJ', 'ADV'].includes(next.upos) || /^viel/i.test(next.norm))) k++;
  while (tokens[k + 1]?.upos === 'ADJ') k++;
  if (tokens[k + 1]?.upos === 'NOUN' && (k > i || lower(t).startsWith('welch'))) k++;
  return k;
}

/** A verb-final clause (`body`, without its `ob`) as a direct question: `Sie verheiratet waren` → `Waren Sie verheiratet?`. */
function yesNo(ctx: StepContext, tokens: Tokens, body: readonly number[]): string | undefined {
  const q = verbSecond(ctx, tokens, [], body);
  return q ? finish([...q, '?']) : undefined;
}

/**
 * The questions in an `ob` clause: one, or one per part joined by `oder`, each part with its own finite verb at
 * its end; a part without a subject takes the first part's pronoun when the verbs agree.
 */
function ofWhether(ctx: StepContext, tokens: Tokens, body: readonly number[]): string[] | undefined {
  const cut = body.findIndex(
    (i, k) => k > 0 && lower(tokens[i]!) === 'oder' && isFinite(tokens, body[k - 1]!) && isFinite(tokens, body.at(-1)!),
  );
  if (cut < 0) {
    const q = yesNo(ctx, tokens, body);
    return q ? [q] : undefined;
  }
  const left = body.slice(0, cut);
  const right = body.slice(cut + 1);
  const first = yesNo(ctx, tokens, left);
  const lf = tokens[left.at(-1)!]!;
  const rf = tokens[right.at(-1)!]!;
  const pronoun = tokens[left[0]!]!;
  let second: string[] | undefined;
  if (
    pronoun.upos === 'PRON' &&
    subjectAt(tokens, left[0]!) === left[0] &&
    lower(tokens[right[0]!]!) !== lower(pronoun)
  ) {
    if (lf.feats.Number !== rf.feats.Number || lf.feats.Person !== rf.feats.Person) return undefined;
    // `oder eine Staatsangehörigkeit haben` → `haben Sie eine Staatsangehörigkeit`
    const q = verbSecond(ctx, tokens, [], right);
    second = q ? [q[0]!, pronoun.norm, ...q.slice(1)] : undefined;
  } else second = verbSecond(ctx, tokens, [], right);
  if (!first || !second) return undefined;
  return [first, finish(['Oder', ...second, '?'])];
}

export const splitQuestion: Step = {
  name: 'split-question',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (tokens.some((t) => t.norm === '?') || wordCount(tokens) <= TARGET_WORDS) return undefined;
    const end = bodyEnd(tokens);
    const first = lower(tokens[0]!);
    // leading: „Ob … wird, hängt davon ab, …“ / „Welche Unterlagen benötigt werden, hängt …“
    const c = tokens.findIndex((t, i) => isComma(t) && i > 2);
    if (c > 0 && isFinite(tokens, c - 1) && isFinite(tokens, c + 1)) {
      const main = ['Das', span(sentence, tokens, c + 1, tokens.length)];
      if (first === 'ob' && tokens[1]!.upos !== 'CCONJ') {
        const questions = ofWhether(ctx, tokens, range(1, c));
        if (questions) return [...questions, finish(main)];
      }
      const wh = whPhrase(tokens, 0);
      // the verb right after the comma is the one the question belongs to (not one of a later clause)
      if (wh !== undefined && wh < c - 1 && asks(tokens, [c + 1])) {
        const q = verbSecond(ctx, tokens, words(tokens, range(0, wh + 1)), range(wh + 1, c));
        if (q) return [finish([...q, '?']), finish(main)];
      }
    }
    // trailing: „Das hängt davon ab, ob Sie … oder …“ → „Das hängt davon ab:“ and the questions
    for (let k = end - 3; k >= 3; k--) {
      if (!isComma(tokens[k])) continue;
      const head = range(0, k);
      if (!head.some((i) => isFinite(tokens, i)) || tokens[0]!.upos === 'SCONJ') return undefined;
      const body = range(k + 2, end);
      if (body.some((i) => isPunct(tokens[i]!)) || !isFinite(tokens, end - 1)) return undefined;
      const intro = `${finish([span(sentence, tokens, 0, k)]).replace(/[.!]$/, '')}:`;
      if (lower(tokens[k + 1]!) === 'ob') {
        const questions = ofWhether(ctx, tokens, body);
        return questions ? [intro, ...questions] : undefined;
      }
      const wh = whPhrase(tokens, k + 1);
      if (wh === undefined || !asks(tokens, head)) return undefined;
      // `welches Ticket Sie brauchen und welches Ticket … ist`: one question per w-clause
      const again = range(wh + 1, end - 1).find(
        (i) =>
          ['und', 'oder'].includes(lower(tokens[i]!)) &&
          isFinite(tokens, i - 1) &&
          whPhrase(tokens, i + 1) !== undefined,
      );
      const ask = (from: number, to: number): string | undefined => {
        const w = whPhrase(tokens, from)!;
        const q = verbSecond(
          ctx,
          tokens,
          [capitalise(tokens[from]!.norm), ...words(tokens, range(from + 1, w + 1))],
          range(w + 1, to),
        );
        return q ? finish([...q, '?']) : undefined;
      };
      const questions = again === undefined ? [ask(k + 1, end)] : [ask(k + 1, again), ask(again + 1, end)];
      return questions.every((q) => q !== undefined) ? [intro, ...(questions as string[])] : undefined;
    }
    return undefined;
  },
};

// -------------------------------------------------------------------------------- enumerations after a preposition

const NP_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const ADVERBIAL_IDIOMS = new Set(['zum beispiel', 'vor allem', 'unter anderem']);
/** Prepositions merged with an article: repeated before an item only when the item has no article itself. */
const CONTRACTED = new Set(['zum', 'zur', 'vom', 'im', 'am', 'beim', 'ins', 'ans']);

/**
 * An enumeration of 3 or more items after one preposition, or with the preposition before each item, becomes
 * a list with the preposition on every item: „Die Steuer ist zum 15. Februar, 15. Mai und 15. August zu
 * zahlen.“ → „Die Steuer ist zu zahlen:“ / „- zum 15. Februar“ / „- zum 15. Mai“ / „- zum 15. August“. As in
 * splitEnumeration, only verbs or a verb particle may follow the enumeration; `von … ab` (abhängen) keeps
 * its object as `davon ab:`.
 */
export const splitPrepositionList: Step = {
  name: 'split-preposition-list',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    if (wordCount(tokens) <= TARGET_WORDS || tokens.some((t) => t.norm === ':' || t.norm === '?')) return undefined;
    const particle = (i: number): boolean => verbParticle(tokens, i);
    // the clause goes on with its verbs: `zu zahlen`, a participle, a particle at the end
    const stop = (i: number): boolean =>
      isClauseEnd(tokens[i]!) || particle(i) || (lower(tokens[i]!) === 'zu' && isVerb(tokens[i + 1] ?? tokens[i]!));
    for (let p = 1; p < tokens.length - 4; p++) {
      const prep = tokens[p]!;
      // `zum Beispiel`, `vor allem`, `unter anderem` are adverbials, not a preposition with an enumeration
      const idiom = ADVERBIAL_IDIOMS.has(`${lower(prep)} ${lower(tokens[p + 1]!)}`);
      if (prep.upos !== 'ADP' || particle(p) || isComma(tokens[p - 1]) || idiom) continue;
      if (enclosed(tokens, structure, p)) continue;
      let end = p + 1;
      let commas = 0;
      while (end < tokens.length && (!stop(end) || isComma(tokens[end]))) {
        if (isComma(tokens[end])) commas++;
        end++;
      }
      if (commas === 0 || end >= tokens.length) continue;
      if (!range(end, tokens.length).every(stop)) continue;
      const items = listItems(tokens, p + 1, end);
      if (!items || items.length < 3) continue;
      const word = lower(prep);
      // either every further item repeats the preposition, or none starts with one; without the repetition
      // a phrase with a preposition in the last item may belong to the verb (`mit A, B und C über die Hilfe`)
      const rest = items.slice(1);
      const repeated = rest.every(([a]) => lower(tokens[a]!) === word);
      const ownPhrase = (a: number, b: number): boolean => range(a, b).some((i) => tokens[i]!.upos === 'ADP');
      if (!repeated && (rest.some(([a]) => tokens[a]!.upos === 'ADP') || ownPhrase(...items.at(-1)!))) continue;
      // items without the preposition are noun phrases without a preposition of their own (`der Zahl, dem
      // Einkommen`, `15. Mai`); `bei uns online, schriftlich …` or `bei der Stelle im Stadthaus 3, Raum 214`
      // are no enumeration of the preposition's objects
      const nounPhrase = ([a, b]: [number, number]): boolean => NP_START.has(tokens[a]!.upos) && !ownPhrase(a, b);
      if (!repeated && !items.every(nounPhrase)) continue;
      const texts: string[] = [];
      for (const [a, b] of items) {
        const text = span(sentence, tokens, a, b);
        if (lower(tokens[a]!) === word) texts.push(text);
        else if (CONTRACTED.has(word) && tokens[a]!.upos === 'DET') return undefined;
        else texts.push(`${prep.norm.toLowerCase()} ${text}`);
      }
      const tail = span(sentence, tokens, end, tokens.length).replace(/\s*[.!]$/, '');
      const davon = word === 'von' && /^ab\b/.test(tail) ? 'davon ' : '';
      const head = `${finish([span(sentence, tokens, 0, p)]).replace(/[.!]$/, '')} ${davon}${tail}`.trim();
      return [`${head}:`, ...texts.map((t) => `- ${t}`)];
    }
    return undefined;
  },
};

// ------------------------------------------------------------------------------------ verbs after a modal

const INFINITIVE_CLAUSE = new Set(['ohne', 'um', 'statt', 'anstatt']);
/** A verb form that can be the infinitive (`ausdrucken` is also read as a finite plural). */
const infinitive = (t: AnalyzedToken): boolean =>
  isVerb(t) && (t.feats.VerbForm === 'Inf' || t.candidates.some((x) => x.feats.VerbForm === 'Inf'));

/**
 * Several infinitives after one modal become a list under the modal: „Den Kalender können Sie unter … abrufen,
 * ausdrucken oder in Ihr Handy importieren.“ → „Den Kalender können Sie:“ / „- unter … abrufen“ / „-
 * ausdrucken“ / „- in Ihr Handy importieren“. The parts are cut at a comma or und/oder right after an
 * infinitive. A part that is a verb alone shares its object with the others, so the object must stand in the
 * head (the first part has only adverbials before its verb).
 */
export const splitVerbList: Step = {
  name: 'split-verb-list',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= TARGET_WORDS || tokens.some((t) => /^[:?;]$/.test(t.norm) || t.upos === 'SCONJ'))
      return undefined;
    const end = bodyEnd(tokens);
    const f = tokens.findIndex((t, i) => isFinite(tokens, i) && MODAL_LEMMAS.has(t.lemma.toLowerCase()));
    if (f < 1 || !infinitive(tokens[end - 1]!)) return undefined;
    const after = subjectAt(tokens, f + 1);
    // a pronoun after the modal is the subject (`Den Kalender können Sie …`); else the phrase before it, also
    // after a focus adverb (`Auch Sie können …`)
    const from = tokens[0]!.upos === 'ADV' && f > 1 ? 1 : 0;
    const subjectFirst = !(after !== undefined && tokens[f + 1]!.upos === 'PRON') && subjectAt(tokens, from) === f - 1;
    if (!subjectFirst && after === undefined) return undefined;
    let headEnd = subjectFirst ? f + 1 : after! + 1;
    const cuts = range(headEnd + 1, end).filter(
      (k) => (isComma(tokens[k]) || ['und', 'oder'].includes(lower(tokens[k]!))) && infinitive(tokens[k - 1]!),
    );
    if (cuts.length === 0) return undefined;
    const bounds = [headEnd - 1, ...cuts, end];
    const parts: [number, number][] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      let a = bounds[k]! + 1;
      // `…, ausdrucken oder …`: a comma and a joiner together
      while (a < end && (isComma(tokens[a]) || ['und', 'oder'].includes(lower(tokens[a]!)))) a++;
      parts.push([a, bounds[k + 1]!]);
    }
    if (parts.some(([a, b]) => b <= a)) return undefined;
    // `…, ohne einen Grund anzugeben` / `um … zu …` are infinitive clauses, not verbs of the modal
    const infinitiveClause = ([a, b]: [number, number]): boolean =>
      INFINITIVE_CLAUSE.has(lower(tokens[a]!)) || zuInfinitive(tokens[b - 1]!) || lower(tokens[b - 2]!) === 'zu';
    if (parts.some(infinitiveClause)) return undefined;
    // no part has a finite verb of its own (then it is a main clause for split-coordination)
    const ownVerb = (i: number): boolean => isFinite(tokens, i) && !infinitive(tokens[i]!);
    if (parts.some(([a, b]) => range(a, b).some(ownVerb))) return undefined;
    // a later part without an object of its own (`ausdrucken`, `direkt als PDF herunterladen`) shares the
    // first part's object, which must then stand in the head
    const [first, ...later] = parts;
    if (!onlyAdverbials(tokens, first![0], first![1] - 1) && later.some(([a, b]) => onlyAdverbials(tokens, a, b - 1))) {
      // `Sie müssen das Formular ausfüllen und … abgeben`: an object that opens the first part moves into the head
      // („Sie müssen das Formular:“), where it belongs to every part
      const object = subjectAt(tokens, first![0]);
      if (
        object === undefined ||
        first![0] !== headEnd ||
        object + 1 >= first![1] - 1 ||
        !onlyAdverbials(tokens, object + 1, first![1] - 1)
      )
        return undefined;
      headEnd = object + 1;
      parts[0] = [object + 1, first![1]];
    }
    return [
      `${finish([span(sentence, tokens, 0, headEnd)]).replace(/[.!]$/, '')}:`,
      ...parts.map(([a, b]) => `- ${span(sentence, tokens, a, b)}`),
    ];
  },
};

// ------------------------------------------------------------------------------- parallel objects

/**
 * Two parallel objects with their own prepositional phrase after one verb are two statements: „Die Gebühr
 * beträgt 37,00 Euro für Personen ab 24 Jahren und 22,80 Euro für Personen unter 24 Jahren.“ → „Die Gebühr
 * beträgt 37,00 Euro für Personen ab 24 Jahren.“ / „Die Gebühr beträgt 22,80 Euro für Personen unter 24
 * Jahren.“ Both parts start alike (an amount, an article) and have the same preposition, so each pairs an
 * object with its own condition; without that (`10 Euro und 5 Euro für den Versand`) the parts could be a sum.
 */
export const splitParallel: Step = {
  name: 'split-parallel',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= TARGET_WORDS || tokens.some((t) => /^[,:;?]$/.test(t.norm) || t.upos === 'SCONJ'))
      return undefined;
    const end = bodyEnd(tokens);
    const verbs = range(0, end).filter((i) => isVerb(tokens[i]!));
    const f = verbs[0];
    if (verbs.length !== 1 || f === undefined || !isFinite(tokens, f) || subjectAt(tokens, 0) !== f - 1)
      return undefined;
    const start = tokens[f + 1];
    if (!start || !['NUM', 'DET'].includes(start.upos)) return undefined;
    const prepositions = (a: number, b: number): Set<string> =>
      new Set(range(a, b).flatMap((i) => (tokens[i]!.upos === 'ADP' ? [lower(tokens[i]!)] : [])));
    for (let k = f + 2; k < end - 2; k++) {
      const joiner = lower(tokens[k]!);
      if ((joiner !== 'und' && joiner !== 'oder') || tokens[k + 1]!.upos !== start.upos) continue;
      const left = prepositions(f + 1, k);
      if (![...prepositions(k + 1, end)].some((p) => left.has(p))) continue;
      const head = words(tokens, range(0, f + 1));
      return [
        finish([...head, ...words(tokens, range(f + 1, k))]),
        finish([
          ...(joiner === 'oder' ? ['Oder', inner(tokens[0]!)] : [tokens[0]!.norm]),
          ...head.slice(1),
          ...words(tokens, range(k + 1, end)),
        ]),
      ];
    }
    return undefined;
  },
};

// ------------------------------------------------------------------------------------ examples after `wie`

/**
 * Examples after a plural noun (`Kleinere Vorhaben wie ein Gartenhaus oder eine Solaranlage sind …`) go to a
 * line of their own as splitAside writes them: „Kleinere Vorhaben sind …“ / „Zum Beispiel:“ / „- ein
 * Gartenhaus“ / „- eine Solaranlage“ (one item per example joined by und/oder). Only in a sentence over the hard limit, and only when the examples end at the
 * clause's finite verb, so what they belong to is clear.
 */
export const splitExample: Step = {
  name: 'split-example',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => t.norm === '?')) return undefined;
    for (let w = 1; w < tokens.length - 3; w++) {
      const noun = tokens[w - 1]!;
      // `Vorhaben` is singular and plural alike: any plural reading will do
      const plural = noun.feats.Number === 'Plur' || noun.candidates.some((x) => x.feats.Number === 'Plur');
      if (lower(tokens[w]!) !== 'wie' || noun.upos !== 'NOUN' || !plural) continue;
      if (!NP_START.has(tokens[w + 1]!.upos)) continue;
      let end = w + 1;
      while (end < tokens.length && !isFinite(tokens, end) && !isPunct(tokens[end]!)) end++;
      if (!isFinite(tokens, end) || wordCount(tokens, w + 1, end) < 2) continue;
      const rest = [span(sentence, tokens, 0, w), span(sentence, tokens, end, tokens.length)];
      // examples joined by und/oder before an article are a list, one per line
      const joins = range(w + 2, end).filter(
        (i) => ['und', 'oder'].includes(lower(tokens[i]!)) && tokens[i + 1]?.upos === 'DET',
      );
      if (joins.length === 0) return [finish(rest), finish([`Zum Beispiel: ${span(sentence, tokens, w + 1, end)}`])];
      const bounds = [w, ...joins, end];
      const items = bounds.slice(1).map((b, k) => `- ${span(sentence, tokens, bounds[k]! + 1, b)}`);
      return [finish(rest), 'Zum Beispiel:', ...items];
    }
    return undefined;
  },
};

// --------------------------------------------------------------------------------- a starting point in front

/** Prepositions of a starting point in time: the statement holds from then on. */
const SINCE = new Set(['seit', 'ab']);

/**
 * A long sentence that opens with a starting point (`Seit dem 27. Juni 2024 ist eine Einbürgerung … möglich.`)
 * states the rule first and the date after it: „Eine Einbürgerung ist … möglich.“ / „Das gilt seit dem 27.
 * Juni 2024.“ Only with a simple subject right after the verb, which then moves to the front.
 */
export const splitSince: Step = {
  name: 'split-since',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || !SINCE.has(lower(tokens[0]!))) return undefined;
    if (tokens.some((t) => /^[,:;?]$/.test(t.norm))) return undefined;
    const f = tokens.findIndex((_, i) => isFinite(tokens, i));
    if (f < 2 || !adverbialEnd(tokens, 0, f) || adverbialEnd(tokens, 0, f) !== f) return undefined;
    const subject = subjectAt(tokens, f + 1);
    if (subject === undefined || tokens[f + 1]!.upos === 'PRON') return undefined;
    return [
      // spans as written: dates, names and amounts stay exactly as they are
      finish([
        span(sentence, tokens, f + 1, subject + 1),
        tokens[f]!.text,
        span(sentence, tokens, subject + 1, tokens.length),
      ]),
      finish(['Das gilt', inner(tokens[0]!), span(sentence, tokens, 1, f)]),
    ];
  },
};

// ---------------------------------------------------------------------------------- two objects with `sowie`

/**
 * Two objects joined by `sowie` before the closing verbs become a list: „Dabei muss die Bestätigung den Namen
 * und die Anschrift sowie das Datum des Einzugs enthalten.“ → „Dabei muss die Bestätigung enthalten:“ / „- den
 * Namen und die Anschrift“ / „- das Datum des Einzugs“. Only over the hard limit, with the subject right after
 * the finite verb, and with noun phrases only (articles, nouns, genitives) between the subject and the verbs.
 */
export const splitSowie: Step = {
  name: 'split-sowie',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[,:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    const f = tokens.findIndex((_, i) => isFinite(tokens, i));
    const subject = f > 0 ? subjectAt(tokens, f + 1) : undefined;
    if (subject === undefined || tokens[f + 1]!.upos === 'PRON') return undefined;
    let cluster = end;
    // the verbs at the end (after the finite one, `enthalten` is an infinitive even if also read as a plural)
    while (cluster > subject + 1 && isVerb(tokens[cluster - 1]!)) cluster--;
    if (cluster === end) return undefined;
    const middle = range(subject + 1, cluster);
    const joins = middle.filter((i) => lower(tokens[i]!) === 'sowie');
    if (joins.length !== 1 || tokens[subject + 1]?.upos !== 'DET' || tokens[joins[0]! + 1]?.upos !== 'DET')
      return undefined;
    const npWords = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ']);
    if (!middle.every((i) => npWords.has(tokens[i]!.upos) || i === joins[0])) return undefined;
    const head = [span(sentence, tokens, 0, subject + 1), span(sentence, tokens, cluster, end)];
    return [
      `${finish(head).replace(/[.!]$/, '')}:`,
      `- ${span(sentence, tokens, subject + 1, joins[0]!)}`,
      `- ${span(sentence, tokens, joins[0]! + 1, cluster)}`,
    ];
  },
};

// ------------------------------------------------------------------------------ a right or a duty with `zu`

/** Nouns after `haben` and participles after `sein` whose infinitive clause says what one may, can or must do. */
const MODAL_OF: Readonly<Record<string, { verb: 'haben' | 'sein'; sing: string; plur: string }>> = {
  recht: { verb: 'haben', sing: 'darf', plur: 'dürfen' },
  möglichkeit: { verb: 'haben', sing: 'kann', plur: 'können' },
  pflicht: { verb: 'haben', sing: 'muss', plur: 'müssen' },
  berechtigt: { verb: 'sein', sing: 'darf', plur: 'dürfen' },
  verpflichtet: { verb: 'sein', sing: 'muss', plur: 'müssen' },
};

/** Personal pronouns that can be restated as the subject as they are (not `ich`/`du`: their verbs differ). */
const RESTATED_PRONOUNS = new Set(['sie', 'wir', 'er', 'es']);
const DEMONSTRATIVE: Readonly<Record<string, string>> = { Masc: 'Dieser', Fem: 'Diese', Neut: 'Dieses' };

/**
 * „Gehörlose Menschen haben das Recht, bei Terminen in Gebärdensprache zu kommunizieren.“ → „Gehörlose
 * Menschen haben das Recht:“ / „Diese Menschen dürfen bei Terminen in Gebärdensprache kommunizieren.“ The
 * infinitive clause says what the right (`Recht`, `berechtigt`), the chance (`Möglichkeit`) or the duty
 * (`Pflicht`, `verpflichtet`) is, so it becomes a main clause with the modal verb. The subject is restated: a
 * pronoun as it is, a noun phrase with one noun as „Diese Menschen“, „Dieser Antrag“, two joined by und/oder as
 * „Beide“ or „Einer von beiden“. Only with the subject
 * first, one infinitive at the end of the clause, and adverbials and objects before it.
 */
export const splitModalInfinitive: Step = {
  name: 'split-modal-infinitive',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (wordCount(tokens) <= MAX_WORDS || tokens.some((t) => /^[:;?]$/.test(t.norm))) return undefined;
    const end = bodyEnd(tokens);
    const commas = range(0, end).filter((i) => isComma(tokens[i]));
    const c = commas[0];
    if (commas.length !== 1 || c === undefined || c < 3) return undefined;
    const modal = MODAL_OF[lower(tokens[c - 1]!)];
    if (!modal) return undefined;
    // the infinitive with `zu` at the end, no other verb in the clause
    const verb = tokens[end - 1]!;
    const zu = lower(tokens[end - 2]!) === 'zu';
    if (!isVerb(verb) || !(zu || zuInfinitive(verb)) || end - c < 3) return undefined;
    const clause = range(c + 1, zu ? end - 2 : end - 1);
    if (clause.some((i) => isVerb(tokens[i]!) || tokens[i]!.upos === 'SCONJ' || lower(tokens[i]!) === 'zu'))
      return undefined;
    // the main clause: subject, `haben`/`sein`, and the noun or participle before the comma
    const f = range(1, c).find((i) => tokens[i]!.lemma === modal.verb && mainVerbAt(tokens, i));
    if (f === undefined) return undefined;
    const number = tokens[f]!.feats.Number ?? (/^(hat|ist)$/.test(lower(tokens[f]!)) ? 'Sing' : 'Plur');
    const subject = restatedSubject(tokens, f, number);
    if (!subject) return undefined;
    const infinitive = zu ? verb.norm : verb.lemma;
    return [
      `${span(sentence, tokens, 0, c)}:`,
      finish([
        subject,
        number === 'Plur' ? modal.plur : modal.sing,
        span(sentence, tokens, c + 1, clause.at(-1)! + 1),
        infinitive,
      ]),
    ];
  },
};

/**
 * `und`/`oder` when the words before `f` are two noun phrases joined by it („Der Wohnungsgeber oder eine von ihm
 * beauftragte Person“): the next sentence names them „Beide“ or „Einer von beiden“, since a demonstrative with
 * one of the nouns would name only one of them.
 */
function coordinatedPair(tokens: Tokens, f: number): 'und' | 'oder' | undefined {
  const joins = range(0, f).filter((i) => tokens[i]!.upos === 'CCONJ');
  const k = joins[0];
  if (joins.length !== 1 || k === undefined || !['und', 'oder'].includes(lower(tokens[k]!))) return undefined;
  // each part opens with an article or a name, so that „Gehörlose und hörbehinderte Menschen“ (one group, its
  // adjectives joined) stays „Diese Menschen“
  const phrase = (from: number, to: number) =>
    to > from &&
    ['DET', 'PROPN'].includes(tokens[from]!.upos) &&
    range(from, to).every((i) => !isVerb(tokens[i]!) && !isPunct(tokens[i]!)) &&
    range(from, to).some((i) => tokens[i]!.upos === 'NOUN' || tokens[i]!.upos === 'PROPN');
  return phrase(0, k) && phrase(k + 1, f) ? (lower(tokens[k]!) as 'und' | 'oder') : undefined;
}

/**
 * The subject before the finite verb at `f`, as the next sentence names it again: a personal pronoun as it
 * is, a noun phrase with one noun after its article and adjectives (`Gehörlose und hörbehinderte Menschen`)
 * as a demonstrative with that noun („Diese Menschen“). Undefined for anything else (two nouns, a clause).
 */
function restatedSubject(tokens: Tokens, f: number, number: string): string | undefined {
  const first = tokens[0]!;
  if (f === 1 && first.upos === 'PRON') return RESTATED_PRONOUNS.has(lower(first)) ? first.norm : undefined;
  const pair = coordinatedPair(tokens, f);
  if (pair === 'oder' && number === 'Sing') return 'Einer von beiden';
  if (pair === 'und' && number === 'Plur') return 'Beide';
  const head = tokens[f - 1]!;
  if (head.upos !== 'NOUN') return undefined;
  // before the noun: articles, adjectives (a lower-case word read as a noun is one) joined by und/oder
  const attributive = (t: AnalyzedToken): boolean =>
    ['DET', 'ADJ', 'CCONJ'].includes(t.upos) || (t.upos === 'NOUN' && /^\p{Ll}/u.test(t.norm));
  if (!range(0, f - 1).every((i) => attributive(tokens[i]!)) || tokens[f - 2]?.upos === 'CCONJ') return undefined;
  if (number === 'Plur') return head.feats.Number === 'Plur' ? `Diese ${head.norm}` : undefined;
  const demonstrative = DEMONSTRATIVE[head.feats.Gender ?? ''];
  return demonstrative && head.feats.Number !== 'Plur' ? `${demonstrative} ${head.norm}` : undefined;
}

// Subordinate clauses that split.ts leaves alone become sentences of their own, in the patterns that
// Leichte Sprache guides use:
//
// - a condition (`wenn`, `falls`, `sobald`, or a clause with the verb first: „Ziehen Sie um, …“) comes first,
//   as a question when it has a simple subject, and the consequence follows with „Dann …“:
//   „Wenn Sie umziehen, müssen Sie sich ummelden.“ → „Sie ziehen um?“ / „Dann müssen Sie sich ummelden.“
//   Without a simple subject the condition opens with „Vielleicht …“, which needs no subject;
// - a purpose (`damit`) follows the main clause as „So …“;
// - a reason (`weil`, `da`) after the main clause follows as „Denn …“ (split.ts handles the two-clause case);
// - a content clause (`dass`) after a verb of saying or knowing: the main clause ends with a colon and the
//   content becomes a statement: „Bitte beachten Sie, dass wir nur kurze Anliegen bearbeiten.“ →
//   „Bitte beachten Sie:“ / „Wir bearbeiten nur kurze Anliegen.“ Parts joined by und/oder become one
//   statement each („Und …“, „Oder …“);
// - what happens later (`bevor`) follows the main clause as „Danach …“ where the two are steps in a row:
//   „Sie können Ihre Fragen klären, bevor Sie Geld investieren.“ → „Sie können Ihre Fragen klären.“ /
//   „Danach investieren Sie Geld.“;
// - inside a condition, `ohne … zu` becomes a second question („…, ohne abzusagen“ → „Und Sie sagen nicht
//   ab?“), and a reason (`weil`) a question of its own before it: „Haben Sie zu viel erhalten, weil eine
//   Änderung nicht gemeldet wurde, …“ → „Eine Änderung wurde nicht gemeldet?“ / „Und deshalb haben Sie zu
//   viel erhalten?“ / „Dann …“;
// - a condition inside a second part without a verb (`… erledigen oder, falls Sie …, auch online`) is asked
//   first, and the first clause is restated with that part's adverbials: „Dann können Sie … auch online
//   erledigen.“
//
// The clause is put into main-clause order only when its verbs stand together at its end (verbSecond);
// otherwise the sentence stays as it is. The word order of the main clause is only changed when it is a
// single clause (no comma in it).

import { MODAL_LEMMAS } from '../../closed-class.js';
import type { AnalyzedToken } from '../../types.js';
import { PRESENT } from '../data/verb-forms.js';
import { adverbialEnd, onlyAdverbials } from './additions.js';
import { span } from './layout.js';
import {
  agree,
  canBeFinite,
  isPunct,
  mainClauseForm,
  mainVerbAt,
  range,
  subjectAt,
  subjectPhraseAt,
  verbSecond,
  type Tokens,
} from './split.js';
import {
  analysed,
  finish,
  inner,
  innerAt,
  isFinite,
  isVerb,
  listComma,
  lower,
  NEGATION,
  opensClause,
  zuInfinitive,
  type Step,
  type StepContext,
} from './text.js';

const CONDITION = new Set(['wenn', 'falls', 'sobald']);
const REASON = new Set(['weil', 'da']);
const PURPOSE = new Set(['damit']);
const CONTENT = new Set(['dass']);
const CONCESSION = new Set(['obwohl', 'obgleich']);
/** A time limit: the clause follows as „Das gilt, solange …“. */
const DURATION = new Set(['solange']);
/** A circumstance of the main clause: the clause follows as „Dabei …“. */
const CIRCUMSTANCE = new Set(['wobei']);
/** What happens after the main clause: the clause follows as „Danach …“ (see afterwards). */
const AFTERWARDS = new Set(['bevor']);
const POSSIBILITY = new Set(['können', 'dürfen']);

/**
 * The `bevor` clause as „Danach …“, where the two clauses are steps in a row: one of them says what one can or
 * may do (`Sie können Ihre Fragen klären, bevor Sie Geld investieren`, `Sie brauchen eine Genehmigung, bevor
 * Sie bauen dürfen`). A deadline (`Der Titel muss verlängert werden, bevor er abläuft`) or a negation (`Legen
 * Sie nie auf, bevor …`) would read as the wrong order, and a pronoun pointing back (`er`) as a new subject,
 * so those sentences stay.
 */
function afterwards(
  ctx: StepContext,
  tokens: Tokens,
  main: readonly number[],
  body: readonly number[],
): string[] | undefined {
  if (main.some((i) => NEGATION.has(lower(tokens[i]!)))) return undefined;
  const first = tokens[body[0]!];
  if (!first || (first.upos === 'PRON' && ['er', 'es'].includes(lower(first)))) return undefined;
  if (first.upos === 'PRON' && lower(first) === 'sie' && first.norm === 'sie') return undefined;
  const possible = (idx: readonly number[]): boolean =>
    idx.some((i) => isVerb(tokens[i]!) && POSSIBILITY.has(tokens[i]!.lemma.toLowerCase()));
  if (!possible(main) && !possible(body)) return undefined;
  return statement(ctx, tokens, body, 'Danach');
}
const SUBJECT_WORDS = new Set(['niemand', 'jemand', 'das', 'dies', 'alle', 'wir', 'sie', 'er', 'es', 'man']);

/** A subject at `i` that can move in front of the verb: a simple noun phrase or a pronoun. Its last index. */
function subjectEnd(tokens: Tokens, i: number): number | undefined {
  const simple = subjectPhraseAt(tokens, i);
  if (simple !== undefined) return simple;
  const t = tokens[i];
  if (t && t.upos === 'PRON' && SUBJECT_WORDS.has(lower(t)) && t.feats.Case !== 'Acc' && t.feats.Case !== 'Dat')
    return i;
  return undefined;
}

const word = innerAt;
const wordsOf = (tokens: Tokens, idx: readonly number[]): string[] => idx.map((i) => word(tokens, i));

/** A verb-final clause body (`Sie in Münster geboren wurden`) in main-clause order, or undefined. */
function statement(ctx: StepContext, tokens: Tokens, body: readonly number[], front?: string): string[] | undefined {
  if (body.length === 0) return undefined;
  if (front !== undefined) return verbSecond(ctx, tokens, [front], body);
  const end = subjectEnd(tokens, body[0]!);
  if (end === undefined || body.indexOf(end) < 0) return undefined;
  const subject = body.slice(0, body.indexOf(end) + 1);
  return verbSecond(
    ctx,
    tokens,
    wordsOf(tokens, subject),
    body.filter((i) => i > end),
  );
}

/** The condition as its own sentence: „Sie ziehen um?“, or „Vielleicht ziehen Sie um.“ without a simple subject. */
function conditionSentence(ctx: StepContext, tokens: Tokens, body: readonly number[]): string | undefined {
  if (body.length === 0) return undefined;
  // `wenn Du … einverstanden sind`: a subject pronoun the verb does not fit is a slip that a question would repeat
  const pronoun = tokens[body[0]!];
  const verbNumbers = finiteNumbers(tokens[body.at(-1)!]!);
  const slip =
    pronoun?.upos === 'PRON' &&
    pronoun.feats.Case === 'Nom' &&
    pronoun.feats.Number !== undefined &&
    !['NOUN', 'ADJ'].includes(tokens[body[1]!]?.upos ?? '') &&
    verbNumbers.size > 0 &&
    !verbNumbers.has(pronoun.feats.Number);
  if (slip) return undefined;
  const asked = statement(ctx, tokens, body);
  if (asked) return finish([...asked, '?']);
  const maybe = statement(ctx, tokens, body, 'Vielleicht');
  return maybe ? finish(maybe) : undefined;
}

/**
 * The condition as one question, or as two when it joins two clauses with their own subjects by und/oder:
 * „wenn Sie ein Dokument brauchen und Ihr Ausweis nicht fertig ist“ → „Sie brauchen ein Dokument?“ /
 * „Und Ihr Ausweis ist nicht fertig?“.
 */
function conditionSentences(ctx: StepContext, tokens: Tokens, body: readonly number[]): string[] | undefined {
  // `wenn sie … sind`: first in a sentence, the pronoun `sie` would read as the reader's `Sie`
  const opening = tokens[body[0]!];
  if (opening?.upos === 'PRON' && opening.norm === 'sie') return undefined;
  const without = withoutClause(ctx, tokens, body);
  if (without) {
    const first = conditionSentences(ctx, tokens, without.before);
    return first ? [...first, without.question] : undefined;
  }
  const one = conditionSentence(ctx, tokens, body);
  if (one) return [one];
  for (let k = 1; k < body.length - 2; k++) {
    const joiner = lower(tokens[body[k]!]!);
    const before = tokens[body[k - 1]!]!;
    const last = body.at(-1)!;
    // `… gestellt oder dort … abgegeben haben`: a participle or infinitive of each clause, one finite verb at the
    // end for both; the first clause gets that verb too
    const shared =
      isVerb(before) &&
      ['Part', 'Inf'].includes(before.feats.VerbForm ?? '') &&
      body.at(-2) !== body[k - 1] &&
      isVerb(tokens[body.at(-2)!]!) &&
      (isFinite(tokens, last) || canBeFinite(tokens[last]!));
    // else the verb before the joiner closes the first clause (a tagger may read `brauchen` there as an infinitive)
    if (!['und', 'oder'].includes(joiner) || !(shared || isFinite(tokens, body[k - 1]!) || canBeFinite(before)))
      continue;
    const leftPart = shared ? [...body.slice(0, k), last] : body.slice(0, k);
    const rightPart = body.slice(k + 1);
    // each part a plain clause: `oder wenn Sie …` or a comma inside stays for the „Das gilt, wenn …“ fallback
    const plain = (part: readonly number[]): boolean =>
      part.every((i) => !opensClause(tokens, i) && !(isComma(tokens[i]) && !listComma(tokens, i, part.at(-1)! + 1)));
    if (!plain(leftPart) || !plain(rightPart)) return undefined;
    const left = agreeing(tokens, leftPart) ? statement(ctx, tokens, leftPart) : undefined;
    if (!left) return undefined;
    let right = agreeing(tokens, rightPart) ? statement(ctx, tokens, rightPart) : undefined;
    // `wenn Sie umziehen oder eine Wohnung aufgeben`: the second clause shares the first one's pronoun
    const pronoun = tokens[leftPart[0]!]!;
    const lv = tokens[leftPart.at(-1)!]!;
    const rv = tokens[rightPart.at(-1)!]!;
    if (!right && pronoun.upos === 'PRON' && subjectEnd(tokens, leftPart[0]!) === leftPart[0] && agree(lv, rv))
      right = verbSecond(ctx, tokens, [pronoun.norm], rightPart);
    // `wenn Ihr Kind krank ist oder nicht in die Schule gehen kann`: a second clause without a subject of its own
    // (it opens with an adverbial) shares the first one's, which is named again
    const subjectLast = subjectEnd(tokens, leftPart[0]!);
    const opener = tokens[rightPart[0]!]!;
    if (
      !right &&
      subjectLast !== undefined &&
      leftPart.includes(subjectLast) &&
      ['ADP', 'ADV', 'PART', 'ADJ'].includes(opener.upos) &&
      lower(opener) !== 'sie' &&
      agree(lv, rv)
    )
      right = verbSecond(
        ctx,
        tokens,
        wordsOf(
          tokens,
          leftPart.filter((i) => i <= subjectLast),
        ),
        rightPart,
      );
    if (!right) return undefined;
    return [finish([...left, '?']), finish([joiner === 'und' ? 'Und' : 'Oder', ...right, '?'])];
  }
  return undefined;
}

/**
 * A condition that ends in `…, ohne (adverbs) zu V` („wenn Sie nicht kommen, ohne abzusagen“): the clause
 * before it, and the negated verb as a question of its own: „Und Sie sagen nicht ab?“. Only where the subject
 * is `Sie` or `wir` with a plural verb, whose finite form is the infinitive, and only with adverbs before the
 * verb (with an object, `nicht` would have to become `kein`).
 */
function withoutClause(
  ctx: StepContext,
  tokens: Tokens,
  body: readonly number[],
): { before: number[]; question: string } | undefined {
  const k = body.findIndex((i, j) => j > 0 && isComma(tokens[i]) && lower(tokens[body[j + 1] ?? i]!) === 'ohne');
  if (k < 0) return undefined;
  const before = body.slice(0, k);
  const rest = body.slice(k + 2);
  const verb = tokens[rest.at(-1) ?? body[k]!]!;
  const zu = rest.length >= 2 && lower(tokens[rest.at(-2)!]!) === 'zu';
  if (rest.length === 0 || !isVerb(verb) || !(zu || zuInfinitive(verb)) || verb.lemma.toLowerCase() === 'sein')
    return undefined;
  if (!rest.slice(0, zu ? -2 : -1).every((i) => tokens[i]!.upos === 'ADV')) return undefined;
  const pronoun = tokens[before[0]!];
  const finite = tokens[before.at(-1)!];
  if (!pronoun || !finite || pronoun.upos !== 'PRON' || !['sie', 'wir'].includes(lower(pronoun))) return undefined;
  if (!finiteNumbers(finite).has('Plur')) return undefined;
  const form = mainClauseForm(ctx, verb.lemma, verb.lemma.toLowerCase());
  if (!form) return undefined;
  const adverbs = rest.slice(0, zu ? -2 : -1).map((i) => tokens[i]!.norm);
  const question = ['Und', pronoun.norm, form.stem, ...adverbs, 'nicht', ...(form.particle ? [form.particle] : [])];
  return { before, question: finish([...question, '?']) };
}

/**
 * A verb-final clause whose parts are joined by und/oder after their verbs („Sie … gemeldet sind und das
 * Fahrzeug … zugelassen ist oder Ihnen … zur Verfügung steht“) as one statement per part: the later ones
 * open with „Und“/„Oder“, and a part without a subject of its own takes the one of the part before it when
 * their verbs agree („Oder das Fahrzeug steht Ihnen … zur Verfügung“).
 */
function coordinatedStatements(ctx: StepContext, tokens: Tokens, body: readonly number[]): string[][] | undefined {
  if (body.some((i) => tokens[i]!.upos === 'SCONJ' || isComma(tokens[i]))) return undefined;
  const closes = (i: number): boolean => isFinite(tokens, i) || canBeFinite(tokens[i]!);
  const cuts = body.filter(
    (i, k) => k > 0 && k < body.length - 1 && ['und', 'oder'].includes(lower(tokens[i]!)) && closes(body[k - 1]!),
  );
  if (cuts.length === 0) return undefined;
  const out: string[][] = [];
  let subject: number[] | undefined;
  let verb: AnalyzedToken | undefined;
  let from = 0;
  for (const cut of [...cuts, undefined]) {
    const to = cut === undefined ? body.length : body.indexOf(cut);
    const part = body.slice(from, to);
    const last = tokens[part.at(-1)!]!;
    let clause: string[] | undefined;
    if (agreeing(tokens, part)) {
      const end = subjectEnd(tokens, part[0]!)!;
      subject = part.filter((i) => i <= end);
      clause = statement(ctx, tokens, part);
    } else if (subject && verb && agree(verb, last)) {
      clause = verbSecond(ctx, tokens, wordsOf(tokens, subject), part);
    }
    if (!clause) return undefined;
    verb = last;
    const joiner = from === 0 ? undefined : lower(tokens[body[from - 1]!]!);
    out.push(joiner ? [joiner === 'und' ? 'Und' : 'Oder', ...clause] : clause);
    from = to + 1;
  }
  return out;
}

/**
 * Whether a verb-final clause starts with a subject that agrees with its finite verb: `Ihren Ausweis vorlegen`
 * has an object first, and no subject of its own.
 */
function agreeing(tokens: Tokens, part: readonly number[]): boolean {
  const end = subjectEnd(tokens, part[0]!);
  if (end === undefined) return false;
  const verb = tokens[part.at(-1)!]!;
  const head = tokens[end]!;
  if (range(part[0]!, end + 1).some((i) => ['Acc', 'Dat'].includes(tokens[i]!.feats.Case ?? ''))) return false;
  if (head.upos === 'PRON') {
    // a personal pronoun whose number is known must fit a finite reading of the verb (`du … werden` is a slip of
    // the writer, which a question would only repeat); the lexicon does not list every person of every form
    const number = head.feats.Number;
    return number === undefined || finiteNumbers(verb).size === 0 || finiteNumbers(verb).has(number);
  }
  return finiteNumbers(verb).has(head.feats.Number ?? 'Sing');
}

/** The numbers a verb can have as a finite form (a tagger may read a clause-final `aufgeben` as an infinitive). */
function finiteNumbers(verb: AnalyzedToken): Set<string> {
  const out = new Set<string>();
  if (verb.feats.VerbForm === 'Fin' && verb.feats.Number) out.add(verb.feats.Number);
  for (const x of verb.candidates) if (x.feats.VerbForm === 'Fin' && x.feats.Number) out.add(x.feats.Number);
  return out;
}

const OPENING = /^[„"(«‚]$/u;
const CLOSING = /^[“”")»‘]$/u;

/**
 * The tokens of `[start, end)` without punctuation at either edge; a quotation mark or bracket whose partner
 * is inside stays (`heißt die Einrichtung „Krippe“`).
 */
function trimmed(tokens: Tokens, start: number, end: number): number[] {
  let a = start;
  let b = end;
  const has = (pattern: RegExp, from: number, to: number): boolean =>
    range(from, to).some((i) => pattern.test(tokens[i]!.norm));
  while (a < b && isPunct(tokens[a]!) && !(OPENING.test(tokens[a]!.norm) && has(CLOSING, a + 1, b))) a++;
  while (b > a && isPunct(tokens[b - 1]!) && !(CLOSING.test(tokens[b - 1]!.norm) && has(OPENING, a, b - 1))) b--;
  return range(a, b);
}

const isComma = (t: AnalyzedToken | undefined): boolean => t?.norm === ',';
/** A comma that marks a clause (a comma between list items does not keep a clause from moving). */
const commaIn = (tokens: Tokens, idx: readonly number[]): boolean =>
  idx.some((i) => isComma(tokens[i]) && !listComma(tokens, i, idx.at(-1)! + 1));

/** A main clause in verb-first order, for „Dann …“: `Sie können kommen` → `können Sie kommen`. */
function verbFirstOrder(tokens: Tokens, idx: readonly number[]): string[] | undefined {
  // a tagger may read the verb as an infinitive (`Die Eltern bekommen …`): then one that can be finite
  const tagged = idx.findIndex((i) => isFinite(tokens, i));
  const f = tagged >= 0 ? tagged : idx.findIndex((i) => mainVerbAt(tokens, i));
  if (f < 0 || commaIn(tokens, idx)) return undefined;
  const verb = idx[f]!;
  const before = idx.slice(0, f);
  const after = idx.slice(f + 1);
  if (f === 0) return wordsOf(tokens, idx);
  // `Eine Unterschrift beglaubigen wir …` → `beglaubigen wir eine Unterschrift …`: a subject pronoun follows the verb
  const first = after[0] === undefined ? undefined : tokens[after[0]]!;
  if (
    first &&
    before.length > 0 &&
    lower(tokens[before[0]!]!) !== 'bitte' &&
    first.upos === 'PRON' &&
    subjectEnd(tokens, after[0]!) === after[0]
  )
    return [word(tokens, verb), first.norm, ...wordsOf(tokens, before), ...wordsOf(tokens, after.slice(1))];
  // `Bitte melden Sie …` → `melden Sie bitte …`
  const subject = after[0] === undefined ? undefined : tokens[after[0]]!;
  if (before.length === 1 && lower(tokens[before[0]!]!) === 'bitte' && subject && lower(subject) === 'sie') {
    // `bitte` after the pronouns: `melden Sie sich bitte bei uns`
    let k = 1;
    while (k < after.length && tokens[after[k]!]!.upos === 'PRON') k++;
    return [word(tokens, verb), ...wordsOf(tokens, after.slice(0, k)), 'bitte', ...wordsOf(tokens, after.slice(k))];
  }
  return [word(tokens, verb), ...wordsOf(tokens, before), ...wordsOf(tokens, after)];
}

/** A main clause with the verb first (after a leading clause) with its subject put in front, or undefined. */
function subjectFirstOrder(tokens: Tokens, idx: readonly number[]): string[] | undefined {
  if (idx.length < 2 || !isFinite(tokens, idx[0]!)) return undefined;
  const end = subjectEnd(tokens, idx[1]!);
  if (end === undefined) return undefined;
  const subject = idx.filter((i) => i > idx[0]! && i <= end);
  return [
    ...wordsOf(tokens, subject),
    word(tokens, idx[0]!),
    ...wordsOf(
      tokens,
      idx.filter((i) => i > end),
    ),
  ];
}

/** A verb-first clause `[verb, end)` with a simple subject after its verb as a question: „Sie geben … ab?“ */
function askedVerbFirst(tokens: Tokens, verb: number, end: number): string[] | undefined {
  const head = range(verb + 1, end);
  if (head.some((i) => isFinite(tokens, i) || isComma(tokens[i]) || tokens[i]!.upos === 'SCONJ')) return undefined;
  const last = subjectEnd(tokens, verb + 1);
  if (last === undefined || last >= end) return undefined;
  return [
    ...wordsOf(tokens, range(verb + 1, last + 1)),
    inner(tokens[verb]!),
    ...wordsOf(tokens, range(last + 1, end)),
    '?',
  ];
}

/** The consequence after a condition: `Dann` and the clause (already verb first), without its own `dann`/`so`. */
function thenSentence(tokens: Tokens, idx: readonly number[]): string {
  const rest = idx.filter((i, k) => !(k === 0 && ['dann', 'so'].includes(lower(tokens[i]!))));
  // a `dann` of its own later in the clause (`senden Sie es dann an uns`) says it already
  if (rest.some((i) => lower(tokens[i]!) === 'dann')) return finish(wordsOf(tokens, rest));
  return finish(['Dann', ...wordsOf(tokens, rest)]);
}

// ------------------------------------------------------------------------------------------------ purpose

/** The reader as a subject (`Sie`, `du`, `ihr`): a purpose of theirs is asked as a question. */
const READER: Readonly<Record<string, number>> = { sie: 5, du: 1, ihr: 4 };

/**
 * An `um … zu` clause whose doer is the reader, as a question: `um einen Ausweis zu beantragen` → „Sie wollen einen
 * Ausweis beantragen?“. `wollen` takes the subject's form; infinitives lose their `zu` (`anzumelden` → anmelden),
 * and `zu können` goes (`um … ziehen zu können` → „… ziehen?“).
 */
function purposeQuestion(tokens: Tokens, body: readonly number[], subject: AnalyzedToken): string | undefined {
  const slot = subject.upos === 'PRON' ? READER[lower(subject)] : undefined;
  if (slot === undefined || body.length < 2) return undefined;
  // `sie` in lower case is someone else (`…, braucht sie die Erlaubnis`); `Sie` first in the sentence only when
  // the analysis read it as the polite form
  if (slot === 5 && (subject.norm !== 'Sie' || (subject.start === 0 && subject.feats.Polite !== 'Form')))
    return undefined;
  // an um-clause has infinitives only: a verb read as finite must have an infinitive reading too (`gehen`)
  const finiteOnly = (i: number): boolean =>
    isFinite(tokens, i) && !tokens[i]!.candidates.some((c) => c.feats.VerbForm === 'Inf');
  if (body.some((i) => isComma(tokens[i]) || tokens[i]!.upos === 'SCONJ' || finiteOnly(i))) return undefined;
  let idx = [...body];
  const able = tokens[idx.at(-1)!]!.lemma === 'können' && lower(tokens[idx.at(-2)!]!) === 'zu';
  if (able) idx = idx.slice(0, -2);
  const verb = tokens[idx.at(-1)!]!;
  const zu = able || (idx.length > 1 && lower(tokens[idx.at(-2)!]!) === 'zu');
  if (!isVerb(verb) || !(zu || zuInfinitive(verb))) return undefined;
  const out: string[] = [];
  for (const [k, i] of idx.entries()) {
    const t = tokens[i]!;
    if (lower(t) === 'zu' && t.upos === 'PART' && idx[k + 1] !== undefined && isVerb(tokens[idx[k + 1]!]!)) continue;
    out.push(isVerb(t) && zuInfinitive(t) ? t.lemma : t.norm);
  }
  const wollen = PRESENT.wollen![slot]!;
  return finish([subject.norm, wollen, ...out, '?']);
}

// ------------------------------------------------------------------------------------------------ leading

/** The first comma that is followed by the finite verb of the main clause. */
function mainAfter(tokens: Tokens, from: number): number | undefined {
  for (let c = from; c < tokens.length - 1; c++) {
    if (!isComma(tokens[c])) continue;
    const next = tokens[c + 1]!;
    if (isFinite(tokens, c + 1)) return c;
    // `…, dann müssen Sie …`
    if (['dann', 'so'].includes(lower(next)) && isFinite(tokens, c + 2)) return c;
  }
  return undefined;
}

/** The doer of a `wer` clause, named in the question and again in the consequence (no gender, no guess at „Sie“). */
const SOMEONE = ['Jemand'];
const THAT_PERSON = ['diese', 'Person'];

/** A verb that may be finite but never a participle: `sich beleidigt oder verletzt fühlt` is one clause. */
const finiteNoParticiple = (t: AnalyzedToken): boolean =>
  canBeFinite(t) && ![t, ...t.candidates].some((c) => c.feats.VerbForm === 'Part');

/**
 * `Wer … V, V2 …`: the clause names whoever does the main clause, so it is a condition: „Wer beim Jobcenter gemeldet
 * ist und Leistungen bezieht, muss …“ → „Jemand ist beim Jobcenter gemeldet?“ / „Und diese Person bezieht
 * Leistungen?“ / „Dann muss diese Person …“. The main clause must have no subject of its own (`Wer …, finden Sie
 * hier` asks an indirect question); a `der` that points back (`Wer …, der muss …`) goes. The page's own way of
 * addressing the reader (Sie or du) is not known here, so the doer stays in the third person, as in the source.
 */
function whoever(ctx: StepContext, tokens: Tokens): string[] | undefined {
  // `Wer …` or `Jeder, der …` / `Jede, die …` (the same clause with its pronoun named)
  const every =
    ['jeder', 'jede'].includes(lower(tokens[0]!)) &&
    tokens[1]?.norm === ',' &&
    ['der', 'die'].includes(lower(tokens[2] ?? tokens[0]!));
  if (!every && (lower(tokens[0]!) !== 'wer' || tokens[0]!.upos !== 'PRON')) return undefined;
  const from = every ? 3 : 1;
  const c = range(from + 1, tokens.length - 2).find(
    (i) =>
      isComma(tokens[i]) &&
      (isFinite(tokens, i + 1) || (['der', 'die'].includes(lower(tokens[i + 1]!)) && isFinite(tokens, i + 2))),
  );
  if (c === undefined) return undefined;
  const verb = isFinite(tokens, c + 1) ? c + 1 : c + 2;
  const after = tokens[verb + 1];
  // a subject of the main clause's own right after its verb: a pronoun (`finden Sie`, `entscheidet man`) or a
  // noun phrase that can only be one (`entscheidet der Arzt`); `eine Steuer` or `Kindergeld` are objects here
  const ownSubject =
    after !== undefined &&
    after.feats.Case === 'Nom' &&
    ((after.upos === 'PRON' && lower(after) !== 'es') ||
      (after.upos === 'DET' && ['der', 'ein', 'kein'].includes(lower(after))));
  if (!after || ownSubject) return undefined;
  const body = trimmed(tokens, from, c);
  // `Wer möchte, …` says nothing without the main clause's verb
  const lone =
    body.length === 1 && (tokens[body[0]!]!.upos !== 'VERB' || MODAL_LEMMAS.has(tokens[body[0]!]!.lemma.toLowerCase()));
  if (body.length === 0 || lone || body.some((i) => isComma(tokens[i]) && !listComma(tokens, i, c))) return undefined;
  const cut = body.findIndex(
    (i, k) =>
      k > 0 &&
      ['und', 'oder'].includes(lower(tokens[i]!)) &&
      (isFinite(tokens, body[k - 1]!) || finiteNoParticiple(tokens[body[k - 1]!]!)),
  );
  const parts = cut < 0 ? [body] : [body.slice(0, cut), body.slice(cut + 1)];
  const questions: string[] = [];
  for (const [k, part] of parts.entries()) {
    if (part.some((i) => opensClause(tokens, i))) return undefined;
    const joiner = k === 0 ? [] : [lower(tokens[body[cut]!]!) === 'und' ? 'Und' : 'Oder', ...THAT_PERSON];
    const asked = verbSecond(ctx, tokens, k === 0 ? SOMEONE : joiner, part);
    if (!asked) return undefined;
    questions.push(finish([...asked, '?']));
  }
  const rest = trimmed(tokens, verb + 1, tokens.length);
  if (commaIn(tokens, rest)) return undefined;
  // `muss sich diese Person …`: a reflexive pronoun stays right after the verb
  const reflexive = rest.length > 0 && lower(tokens[rest[0]!]!) === 'sich' ? 1 : 0;
  return [
    ...questions,
    finish([
      'Dann',
      tokens[verb]!.norm,
      ...wordsOf(tokens, rest.slice(0, reflexive)),
      ...THAT_PERSON,
      ...wordsOf(tokens, rest.slice(reflexive)),
    ]),
  ];
}

function leading(ctx: StepContext, sentence: string): string[] | undefined {
  const { tokens } = analysed(ctx, sentence);
  if (tokens.length < 4 || tokens.some((t) => t.norm === '?')) return undefined;
  const who = whoever(ctx, tokens);
  if (who) return who;
  const first = lower(tokens[0]!);
  const c = mainAfter(tokens, 2);
  if (c === undefined) return undefined;
  const main = trimmed(tokens, c + 1, tokens.length);
  if (tokens[0]!.upos === 'SCONJ' || CONDITION.has(first) || PURPOSE.has(first)) {
    const body = trimmed(tokens, 1, c);
    if (DURATION.has(first)) {
      // „Solange …, gilt Ihr Titel.“ → „Ihr Titel gilt.“ / „Das gilt, solange …“: the statement first, its
      // time limit after it, so the clause keeps its own order and needs no subject
      const mainFirst = commaIn(tokens, main) ? undefined : subjectFirstOrder(tokens, main);
      return mainFirst
        ? [finish(mainFirst), finish(['Das gilt,', word(tokens, 0), span(sentence, tokens, 1, c)])]
        : undefined;
    }
    if (CONDITION.has(first)) {
      const conditions = conditionSentences(ctx, tokens, body);
      return conditions ? [...conditions, thenSentence(tokens, main)] : undefined;
    }
    if (REASON.has(first) || CONCESSION.has(first)) {
      const reason = statement(ctx, tokens, body);
      if (!reason || main.some((i) => lower(tokens[i]!) === 'dann')) return undefined;
      return [finish(reason), finish([REASON.has(first) ? 'Deshalb' : 'Trotzdem', ...wordsOf(tokens, main)])];
    }
    if (PURPOSE.has(first)) {
      const purpose = statement(ctx, tokens, body, 'So');
      const mainFirst = commaIn(tokens, main) ? undefined : subjectFirstOrder(tokens, main);
      return purpose && mainFirst ? [finish(mainFirst), finish(purpose)] : undefined;
    }
    if (AFTERWARDS.has(first)) {
      // „Bevor Sie bauen dürfen, brauchen Sie …“ → „Sie brauchen …“ / „Danach dürfen Sie bauen.“
      const later = afterwards(ctx, tokens, main, body);
      const mainFirst = commaIn(tokens, main) ? undefined : subjectFirstOrder(tokens, main);
      return later && mainFirst ? [finish(mainFirst), finish(later)] : undefined;
    }
    return undefined;
  }
  // `Um … zu beantragen, müssen Sie …` → „Sie wollen … beantragen?“ „Dann müssen Sie …“
  if (first === 'um') {
    const subject = tokens[c + 2];
    const asked =
      subject && isFinite(tokens, c + 1) ? purposeQuestion(tokens, trimmed(tokens, 1, c), subject) : undefined;
    return asked ? [asked, thenSentence(tokens, main)] : undefined;
  }
  // `Ziehen Sie um, melden Sie sich …`: a verb-first clause before another verb-first clause is a condition
  if (!isFinite(tokens, 0)) return undefined;
  // two conditions: `Geben Sie Ihren Hund ab oder ist er gestorben, …` → two questions, the second with „Oder“
  const alternative = range(2, c - 1).find((i) => lower(tokens[i]!) === 'oder' && isFinite(tokens, i + 1));
  if (alternative !== undefined) {
    const one = askedVerbFirst(tokens, 0, alternative);
    const two = askedVerbFirst(tokens, alternative + 1, c);
    return one && two ? [finish(one), finish(['Oder', ...two]), thenSentence(tokens, main)] : undefined;
  }
  // a reason inside the condition (`Haben Sie zu viel erhalten, weil …, muss …`) is asked first, and the
  // condition follows with „Und deshalb …?“
  const because = range(2, c).find(
    (i) => isComma(tokens[i]) && REASON.has(lower(tokens[i + 1]!)) && tokens[i + 1]!.upos === 'SCONJ',
  );
  if (because !== undefined) {
    const reason = statement(ctx, tokens, trimmed(tokens, because + 2, c));
    if (!reason || !askedVerbFirst(tokens, 0, because)) return undefined;
    return [
      finish([...reason, '?']),
      finish(['Und', 'deshalb', ...wordsOf(tokens, range(0, because)), '?']),
      thenSentence(tokens, main),
    ];
  }
  const head = range(1, c);
  // a second verb of the same subject after `und` stays in the question (`Haben Sie … und bekommen …, …`)
  const secondVerb = (i: number): boolean => lower(tokens[i - 1]!) === 'und' && i - 1 > 2;
  if (
    head.some(
      (i) => (isFinite(tokens, i) && !secondVerb(i)) || tokens[i]!.upos === 'SCONJ' || lower(tokens[i]!) === 'bitte',
    )
  )
    return undefined;
  const end = subjectEnd(tokens, 1);
  const condition =
    end !== undefined && end < c
      ? finish([...wordsOf(tokens, range(1, end + 1)), word(tokens, 0), ...wordsOf(tokens, range(end + 1, c)), '?'])
      : finish(['Vielleicht', word(tokens, 0), ...wordsOf(tokens, head)]);
  return [condition, thenSentence(tokens, main)];
}

// ----------------------------------------------------------------------------------------------- trailing

/** The gender a singular noun has for each third-person pronoun. */
const PRONOUN_GENDER: Readonly<Record<string, string>> = { er: 'Masc', sie: 'Fem', es: 'Neut' };

/**
 * `Die Notrufstelle beendet das Gespräch, wenn sie alle Informationen hat.`: the pronoun of the condition points to
 * the main clause's subject. First in a question, `sie` would read as the reader's `Sie`; so the noun phrase opens
 * the question and the pronoun moves to the consequence: „Die Notruf-Stelle hat alle Informationen?“ / „Dann
 * beendet sie das Gespräch.“ Only where the pronoun fits the noun in number and gender.
 */
function namedCondition(
  ctx: StepContext,
  tokens: Tokens,
  main: readonly number[],
  body: readonly number[],
): string[] | undefined {
  if (body.length < 2) return undefined;
  const pronoun = tokens[body[0]!]!;
  const gender = PRONOUN_GENDER[pronoun.norm];
  if (pronoun.upos !== 'PRON' || gender === undefined || main.length < 3) return undefined;
  const end = subjectAt(tokens, main[0]!);
  const at = end === undefined ? -1 : main.indexOf(end);
  const head = end === undefined ? undefined : tokens[end]!;
  const verb = main[at + 1];
  if (at < 0 || head?.upos !== 'NOUN' || verb === undefined || !isFinite(tokens, verb)) return undefined;
  const fits = head.feats.Number === 'Plur' ? pronoun.norm === 'sie' : head.feats.Gender === gender;
  const rest = main.slice(at + 2);
  if (!fits || commaIn(tokens, rest)) return undefined;
  const question = verbSecond(ctx, tokens, wordsOf(tokens, main.slice(0, at + 1)), body.slice(1));
  if (!question) return undefined;
  return [finish([...question, '?']), finish(['Dann', tokens[verb]!.norm, pronoun.norm, ...wordsOf(tokens, rest)])];
}

function trailing(ctx: StepContext, sentence: string): string[] | undefined {
  const { tokens } = analysed(ctx, sentence);
  if (tokens.some((t) => t.norm === '?')) return undefined;
  for (let c = tokens.length - 3; c >= 2; c--) {
    if (!isComma(tokens[c]) || listComma(tokens, c)) continue;
    const conj = lower(tokens[c + 1]!);
    const main = trimmed(tokens, 0, c);
    if (!main.some((i) => mainVerbAt(tokens, i))) return undefined;
    const body = trimmed(tokens, c + 2, tokens.length);
    // „Das gilt, wenn …“ / „Das gilt, solange …“ is what this step writes where it cannot do more
    const written = /^das gilt$/i.test(span(sentence, tokens, 0, c));
    if (CONDITION.has(conj)) {
      // `Gilt nur, wenn …`: a main clause without its subject cannot stand after „Dann“ (a request can)
      const verb = tokens[main[0]!]!;
      if (
        isFinite(tokens, main[0]!) &&
        verb.feats.Mood !== 'Imp' &&
        subjectEnd(tokens, main[1] ?? main[0]!) === undefined
      )
        return undefined;
      const named = namedCondition(ctx, tokens, main, body);
      if (named) return named;
      const conditions = conditionSentences(ctx, tokens, body);
      // `Dann können Sie …, wenn …`: the clause is a consequence already and stays as it is
      const already = lower(tokens[main[0]!]!) === 'dann';
      const then = already ? wordsOf(tokens, main) : verbFirstOrder(tokens, main);
      if (conditions && then) return [...conditions, finish(already ? then : ['Dann', ...then])];
      if (written) return undefined;
      // a condition that cannot be put into main-clause order (two verbs, `oder sich … engagieren`) still
      // gets a sentence of its own: „Das gilt, wenn …“
      return [
        finish([span(sentence, tokens, 0, c)]),
        finish(['Das gilt,', span(sentence, tokens, c + 1, tokens.length)]),
      ];
    }
    if (written) return undefined;
    if (DURATION.has(conj) && main.some((i) => isFinite(tokens, i))) {
      return [
        finish([span(sentence, tokens, 0, c)]),
        finish(['Das gilt,', span(sentence, tokens, c + 1, tokens.length)]),
      ];
    }
    if (CIRCUMSTANCE.has(conj)) {
      // „…, wobei die Bestätigung den Namen enthalten muss.“ → „Dabei muss die Bestätigung den Namen enthalten.“
      const circumstance = statement(ctx, tokens, body, 'Dabei');
      return circumstance ? [finish([span(sentence, tokens, 0, c)]), finish(circumstance)] : undefined;
    }
    if (conj === 'um') {
      // `Sie müssen …, um … zu beantragen.` → „Sie wollen … beantragen?“ „Dann müssen Sie …“; also after a request
      // (`Bringen Sie … mit, um …`)
      const f = main.findIndex((i) => isFinite(tokens, i));
      const subject = f === 1 ? tokens[main[0]!] : f >= 0 ? tokens[main[f + 1]!] : undefined;
      const asked = subject ? purposeQuestion(tokens, body, subject) : undefined;
      const then = asked ? verbFirstOrder(tokens, main) : undefined;
      return asked && then ? [asked, finish(['Dann', ...then])] : undefined;
    }
    if (PURPOSE.has(conj)) {
      const purpose = statement(ctx, tokens, body, 'So');
      return purpose ? [finish([span(sentence, tokens, 0, c)]), finish(purpose)] : undefined;
    }
    if (AFTERWARDS.has(conj) && tokens[c + 1]!.upos === 'SCONJ') {
      // „…, bevor Sie Geld in die Planung investieren.“ → „Danach investieren Sie Geld in die Planung.“
      const later = afterwards(ctx, tokens, main, body);
      return later ? [finish([span(sentence, tokens, 0, c)]), finish(later)] : undefined;
    }
    if (REASON.has(conj) && tokens[c + 1]!.upos === 'SCONJ') {
      const reason = statement(ctx, tokens, body);
      return reason ? [finish([span(sentence, tokens, 0, c)]), finish(['Denn', ...reason])] : undefined;
    }
    if (CONTENT.has(conj)) {
      // `bestätigt, dass A oder dass B`: each content clause is a statement of its own
      const parts: number[][] = [];
      let from = 0;
      for (let k = 0; k < body.length; k++) {
        const t = tokens[body[k]!]!;
        if (CONTENT.has(lower(t)) && k > 0 && ['oder', 'und'].includes(lower(tokens[body[k - 1]!]!))) {
          parts.push(body.slice(from, k - 1));
          from = k + 1;
        }
      }
      parts.push(body.slice(from));
      // a part whose own clauses are joined by und/oder (`dass Sie … gemeldet sind und das Fahrzeug …`) gives
      // one statement per clause
      const statements = parts.map((p) => {
        const one = statement(ctx, tokens, p);
        return one ? [one] : coordinatedStatements(ctx, tokens, p);
      });
      if (statements.some((s) => !s)) return undefined;
      const joiners = body.filter(
        (i, k) => k > 0 && CONTENT.has(lower(tokens[i]!)) && ['oder', 'und'].includes(lower(tokens[body[k - 1]!]!)),
      );
      return [
        `${span(sentence, tokens, 0, c)}:`,
        ...statements.flatMap((s, k) =>
          s!.map((x, j) =>
            finish(j === 0 && k > 0 && lower(tokens[joiners[k - 1]! - 1]!) === 'oder' ? ['Oder', ...x] : x),
          ),
        ),
      ];
    }
    // only the last clause of the sentence is taken
    return undefined;
  }
  return undefined;
}

/** Leading conditions, purposes and reasons first (they decide the order), then trailing ones. */
export const splitCondition: Step = {
  name: 'split-condition',
  apply(ctx, sentence) {
    return leading(ctx, sentence) ?? trailing(ctx, sentence);
  },
};

// ------------------------------------------------------------------------------- a second part without a verb

/**
 * The words of a clause's middle that a second part without a verb cannot replace: its objects and reflexive
 * pronouns (`die Ummeldung`, `sich`), without its adverbials (`im Bürgerbüro`, `persönlich`). Undefined where
 * the middle has anything else.
 */
function objectsOf(tokens: Tokens, start: number, end: number): number[] | undefined {
  const kept: number[] = [];
  let i = start;
  while (i < end) {
    const adverbial = adverbialEnd(tokens, i, end);
    if (adverbial !== undefined) {
      i = adverbial;
      continue;
    }
    if (tokens[i]!.upos === 'PRON' && ['Acc', 'Dat'].includes(tokens[i]!.feats.Case ?? '')) {
      kept.push(i++);
      continue;
    }
    // a noun phrase: (article) (adjectives) noun (names, numbers)
    let k = i;
    while (k < end && ['DET', 'ADJ', 'NUM'].includes(tokens[k]!.upos)) k++;
    if (k >= end || !['NOUN', 'PROPN'].includes(tokens[k]!.upos)) return undefined;
    k++;
    while (k < end && ['PROPN', 'NUM'].includes(tokens[k]!.upos)) k++;
    kept.push(...range(i, k));
    i = k;
  }
  return kept;
}

/**
 * A second part after und/oder that has no verb of its own and a condition between commas: „Sie können die
 * Ummeldung im Bürgerbüro erledigen oder, falls Sie einen Personalausweis mit Online-Ausweisfunktion haben,
 * auch online über das Serviceportal.“ → „Sie können die Ummeldung im Bürgerbüro erledigen.“ / „Sie haben
 * einen Personalausweis mit Online-Ausweisfunktion?“ / „Dann können Sie die Ummeldung auch online über das
 * Serviceportal erledigen.“ The second part is adverbials only; they take the place of the first clause's
 * adverbials, and its verbs, subject and objects are restated. Only where the first part is one main clause
 * with a simple subject and no negation (a `nicht` or `keinen` might not hold for the second part).
 */
export const splitEllipticCondition: Step = {
  name: 'split-elliptic-condition',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    if (tokens.some((t) => t.norm === '?')) return undefined;
    // `… erledigen oder, falls …, auch online …`
    const j = range(3, tokens.length - 3).find(
      (i) =>
        tokens[i]!.upos === 'CCONJ' &&
        ['und', 'oder'].includes(lower(tokens[i]!)) &&
        isComma(tokens[i + 1]) &&
        CONDITION.has(lower(tokens[i + 2]!)),
    );
    if (j === undefined) return undefined;
    const c = range(j + 3, tokens.length).find((i) => isComma(tokens[i]));
    if (c === undefined) return undefined;
    const part = trimmed(tokens, c + 1, tokens.length);
    if (part.length === 0 || !onlyAdverbials(tokens, part[0]!, part.at(-1)! + 1)) return undefined;
    // the first part: one main clause with one finite verb, no negation
    const clause = range(0, j);
    const finites = clause.filter((i) => isFinite(tokens, i));
    const f = finites[0];
    if (finites.length !== 1 || f === undefined || f === 0) return undefined;
    if (clause.some((i) => isPunct(tokens[i]!) || tokens[i]!.upos === 'SCONJ' || NEGATION.has(lower(tokens[i]!))))
      return undefined;
    // the verbs, `zu` or a verb particle that close it
    let b = j;
    while (b - 1 > f && ((isVerb(tokens[b - 1]!) && !isFinite(tokens, b - 1)) || lower(tokens[b - 1]!) === 'zu')) b--;
    if (b === j && b - 1 > f && tokens[b - 1]!.upos === 'ADP') b--;
    // the subject in front of the verb, or right after it with only adverbials in front
    let subject: number[];
    let middle: number;
    if (subjectEnd(tokens, 0) === f - 1) {
      subject = range(0, f);
      middle = f + 1;
    } else {
      const after = subjectEnd(tokens, f + 1);
      if (after === undefined || after >= b || !onlyAdverbials(tokens, 0, f)) return undefined;
      subject = range(f + 1, after + 1);
      middle = after + 1;
    }
    const objects = objectsOf(tokens, middle, b);
    const conditions = objects && conditionSentences(ctx, tokens, trimmed(tokens, j + 3, c));
    if (!objects || !conditions) return undefined;
    const restated = [
      'Dann',
      tokens[f]!.norm,
      ...subject.map((i) => inner(tokens[i]!)),
      ...wordsOf(tokens, objects),
      ...wordsOf(tokens, part),
      ...wordsOf(tokens, range(b, j)),
    ];
    return [finish([span(sentence, tokens, 0, j)]), ...conditions, finish(restated)];
  },
};

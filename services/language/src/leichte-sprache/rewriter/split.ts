// Splitting long sentences, one statement per sentence. Three steps, each run until nothing changes:
//
// - relative clauses become a sentence of their own after the main clause, with the noun restated in the
//   case of the relative pronoun: „Der Antrag, den Sie gestellt haben, wird geprüft.“ → „Der Antrag wird
//   geprüft.“ / „Den Antrag haben Sie gestellt.“ (only when the noun form fits that case, not for
//   `dessen`/`deren`/`denen`);
// - `weil`/`da` and `obwohl` clauses become a main clause (verb second): a trailing `weil` clause follows
//   with „Denn …“, a leading one is followed by „Deshalb …“; `obwohl` → „… . Trotzdem …“. `wenn`, `dass`,
//   `damit` and clauses in other orders are conditions.ts's; `ob` stays;
// - main clauses joined by a semicolon or by und/oder/aber/denn/sondern with a finite verb on both sides: `und` is dropped,
//   the others open the new sentence („Oder …“, „Aber …“). A missing subject is restated from the first
//   clause when it is a pronoun or a simple noun phrase and the verbs agree.
//
// Where a clause cannot be put into main-clause order safely (no simple subject, the finite verb not at
// the end), the sentence is left as it is.

import { SUBJECT_PRONOUNS } from '../../closed-class.js';
import type { Clause } from '../../clauses.js';
import type { AnalyzedToken } from '../../types.js';
import {
  analysed,
  finish,
  inner,
  innerAt,
  isFinite,
  isVerb,
  listComma,
  lower,
  splitsOff,
  WELCH,
  type Step,
  type StepContext,
} from './text.js';

export type Tokens = readonly AnalyzedToken[];

export const range = (start: number, end: number): number[] =>
  Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
export const words = (tokens: Tokens, idx: readonly number[]): string[] => idx.map((i) => tokens[i]!.norm);
export const isPunct = (t: AnalyzedToken): boolean => t.upos === 'PUNCT' || t.kind === 'punct';

/** A simple subject at `i`: personal pronoun, or (article) (adjectives) noun (names). Its last index. */
export function subjectAt(tokens: Tokens, i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // `Ihr` before an adjective or noun is the possessive article (`Ihr bisheriger Titel`), not the pronoun `ihr`
  const article = t.upos === 'PRON' && lower(t) === 'ihr' && ['ADJ', 'NOUN'].includes(tokens[i + 1]?.upos ?? '');
  if (
    !article &&
    t.upos === 'PRON' &&
    SUBJECT_PRONOUNS.has(lower(t)) &&
    t.feats.Case !== 'Acc' &&
    t.feats.Case !== 'Dat'
  )
    return i;
  let k = i;
  if (t.upos === 'DET' || article) k++;
  while (tokens[k]?.upos === 'ADJ') k++;
  if (tokens[k]?.upos !== 'NOUN' && tokens[k]?.upos !== 'PROPN') return undefined;
  while (tokens[k + 1]?.upos === 'PROPN') k++;
  return k;
}

/**
 * A subject as subjectAt, or two noun phrases joined by und/oder (`Ihre Unterschrift und Ihre Fingerabdrücke`),
 * for clauses whose verb then stands in the plural. Its last index.
 */
export function subjectPhraseAt(tokens: Tokens, i: number): number | undefined {
  const end = subjectAt(tokens, i);
  if (end === undefined || tokens[i]!.upos === 'PRON') return end;
  const joiner = tokens[end + 1];
  if (!joiner || !['und', 'oder'].includes(lower(joiner)) || tokens[end + 2]?.upos === 'PRON') return end;
  return subjectAt(tokens, end + 2) ?? end;
}

const LONG_PARTICLES = ['überein', 'zusammen', 'entgegen', 'gegenüber', 'zurück'];

/**
 * The finite verb as written in main-clause order: a particle verb splits (`anruft` → `ruft … an`), an
 * inseparable one stays (`übermittelt`); undefined where the lexicon cannot tell which it is (splitsOff).
 */
function finiteParts(ctx: StepContext, t: AnalyzedToken): { stem: string; particle?: string } | undefined {
  return mainClauseForm(ctx, t.lemma, t.norm);
}

/**
 * A finite form `form` of `lemma` as written in main-clause order: `anruft` → `ruft` + `an`, `übermittelt`
 * as it is; undefined where the lexicon cannot tell whether the verb splits.
 */
export function mainClauseForm(
  ctx: StepContext,
  lemmaAsWritten: string,
  form: string,
): { stem: string; particle?: string } | undefined {
  const lemma = lemmaAsWritten.toLowerCase();
  // particles that the lexicon also reads as two (`über` + `einstimmen`)
  const long = LONG_PARTICLES.find((p) => lemma.startsWith(p) && form.toLowerCase().startsWith(p));
  if (long) return { stem: form.slice(long.length), particle: long };
  // the longest particle first
  for (let cut = Math.min(form.length - 3, 7); cut >= 2; cut--) {
    const particle = form.slice(0, cut).toLowerCase();
    if (!lemma.startsWith(particle)) continue;
    const stem = form.slice(cut);
    if (
      ctx.analyzer.lexicon
        .separated(stem)
        .some((c) => c.lemma.toLowerCase() === lemma && c.separable?.particle === particle)
    ) {
      const splits = splitsOff(ctx.analyzer.lexicon, lemma, particle, stem);
      if (splits === undefined) return undefined;
      return splits ? { stem, particle } : { stem: form };
    }
  }
  // a particle verb the dictionary does not list (`teilnehmen`): a particle that always separates, and the
  // rest a form of the base verb
  for (const particle of ALWAYS_SEPARATE) {
    if (!lemma.startsWith(particle) || !form.toLowerCase().startsWith(particle)) continue;
    const stem = form.slice(particle.length);
    const base = lemma.slice(particle.length);
    if (stem.length < 3 || !ctx.analyzer.lexicon.lookupExact(stem).some((c) => c.upos === 'VERB' && c.lemma === base))
      continue;
    return { stem, particle };
  }
  return { stem: form };
}

/** Verb particles that never stay joined in main-clause order (unlike `über`, `unter`, `um`, `durch`). */
const ALWAYS_SEPARATE = [
  'zusammen',
  'zurück',
  'vorbei',
  'weiter',
  'bereit',
  'hinzu',
  'dazu',
  'frei',
  'statt',
  'teil',
  'fest',
  'fort',
  'heim',
  'auf',
  'aus',
  'ein',
  'mit',
  'nach',
  'weg',
  'bei',
  'los',
  'ab',
  'an',
  'her',
  'hin',
  'vor',
  'zu',
];

/** A verb at the end of a verb-final clause; a lower-case word there that can be a verb is one (`nutzen`). */
const verbAtEnd = (t: AnalyzedToken): boolean =>
  isVerb(t) || (/^\p{Ll}/u.test(t.norm) && t.candidates.some((x) => x.upos === 'VERB' || x.upos === 'AUX'));

/**
 * Main-clause order of a verb-final clause: `front` (already words), the finite verb, the middle, the other
 * verbs. `body` holds the clause's indexes after the front; its verbs must stand together at the end.
 */
export function verbSecond(
  ctx: StepContext,
  tokens: Tokens,
  front: readonly string[],
  body: readonly number[],
): string[] | undefined {
  let end = body.length;
  while (end > 0 && (verbAtEnd(tokens[body[end - 1]!]!) || lower(tokens[body[end - 1]!]!) === 'zu')) end--;
  const cluster = body.slice(end);
  // in a verb-final clause the last verb is finite even where its form is also the infinitive (`nutzen`)
  // the last one where several could be finite (`aufbewahren sollten`: `aufbewahren` also reads as a plural);
  // where none is tagged finite, the last verb if it can be (a tagger may read `aufgenommen werden` as two
  // infinitives, but at the end of a verb-final clause the last verb is the finite one)
  const last = cluster.at(-1);
  const finite =
    [...cluster].reverse().find((i) => isFinite(tokens, i)) ??
    (cluster.length === 1 || (last !== undefined && canBeFinite(tokens[last]!)) ? last : undefined);
  // a verb before the final ones belongs to another clause (`unterschreiben und Ihren Ausweis vorlegen`),
  // unless it is a participle used as an adjective (`Ihren rechtzeitig gestellten Antrag`) or adverb
  const stray = (i: number): boolean => {
    const t = tokens[i]!;
    if (!isVerb(t)) return false;
    // a form read as finite right before a noun is a participle used as an adjective (`die in der Branche
    // verwendeten Wendungen`): a verb-final clause has no finite verb before its noun phrases
    const beforeNoun = tokens[i + 1]?.upos === 'NOUN' && /^\p{Ll}/u.test(t.norm);
    if ((t.feats.VerbForm === 'Fin' && !beforeNoun) || tokens[i + 1]?.upos === 'CCONJ') return true;
    // an adverbial participle (`vorübergehend nicht arbeiten`) is no verb of its own
    return t.feats.VerbForm !== 'Part' && !['NOUN', 'ADJ'].includes(tokens[i + 1]?.upos ?? '');
  };
  if (finite === undefined || body.slice(0, end).some(stray)) return undefined;
  const others = cluster.filter((i) => i !== finite);
  const parts = others.length === 0 ? finiteParts(ctx, tokens[finite]!) : { stem: tokens[finite]!.norm };
  if (!parts) return undefined;
  const { stem, particle } = parts;
  return [
    ...front,
    stem,
    ...words(tokens, body.slice(0, end)),
    ...words(tokens, others),
    ...(particle ? [particle] : []),
  ];
}

/** A verb with a finite reading among its candidates (`werden`, `bekommen` are also infinitives). */
export const canBeFinite = (t: AnalyzedToken): boolean =>
  isVerb(t) && (t.feats.VerbForm === 'Fin' || t.candidates.some((x) => x.feats.VerbForm === 'Fin'));

/**
 * The finite verb of a main clause at `i`: one tagged or readable as finite, or any verb right after a simple
 * subject that opens the sentence (`Die Leistung umfasst …`: the dictionary knows `umfasst` only as a
 * participle, but a participle cannot stand alone in second place).
 */
export const mainVerbAt = (tokens: Tokens, i: number): boolean =>
  isFinite(tokens, i) || canBeFinite(tokens[i]!) || (i > 0 && isVerb(tokens[i]!) && subjectAt(tokens, 0) === i - 1);

/**
 * A verb that closes the clause before a relative clause's comma: a non-finite one, or one that a tagger read
 * as finite but that is also an infinitive or participle (`… oder ein Fotostudio beauftragen, das …`, `Wer eine
 * Anschrift bestätigt, in der …`). The relative pronoun must still fit the noun before it.
 */
const closingVerb = (t: AnalyzedToken): boolean =>
  isVerb(t) &&
  (t.feats.VerbForm !== 'Fin' || t.candidates.some((x) => x.feats.VerbForm === 'Inf' || x.feats.VerbForm === 'Part'));

/** A whole clause's indexes without punctuation. */
function clauseIndexes(tokens: Tokens, c: Clause): number[] {
  return c.ranges.flatMap((r) => range(r.start, r.end)).filter((i) => !isPunct(tokens[i]!));
}

/** Words that bound an amount: „mindestens 300 Euro“, „bis zu 50.000 Euro“. */
const AMOUNT_BOUNDS = new Set(['mindestens', 'höchstens', 'maximal', 'minimal', 'ungefähr', 'etwa', 'circa', 'rund']);

/** An amount with its bound at `i` (`mindestens 300 Euro`, `bis zu 50 Euro`): the index of its number. */
function amountAt(tokens: Tokens, i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const number = AMOUNT_BOUNDS.has(lower(t))
    ? i + 1
    : lower(t) === 'bis' && lower(tokens[i + 1] ?? t) === 'zu'
      ? i + 2
      : undefined;
  return number !== undefined && tokens[number]?.upos === 'NUM' ? number : undefined;
}

// ---------------------------------------------------------------------------------------------- relative

const PRONOUN_CASES: Readonly<Record<string, readonly string[]>> = {
  der: ['Nom', 'Dat'],
  den: ['Acc'],
  dem: ['Dat'],
  die: ['Nom', 'Acc'],
  das: ['Nom', 'Acc'],
  denen: ['Dat'],
};

/** A relative pronoun's d-form: `welchen` → `den`; other words lower-cased. */
const relativeWord = (t: AnalyzedToken): string => WELCH[lower(t)] ?? lower(t);

/** `die`/`das` have the same form in nominative and accusative, and so has every noun that they go with. */
const NOM_ACC = new Set(['die', 'das']);

/** Whether the relative pronoun can stand as the article of the noun: `die Dokumente`, `den Antrag`. */
function pronounFits(ctx: StepContext, pronoun: AnalyzedToken, noun: AnalyzedToken, cases: readonly string[]): boolean {
  const word = relativeWord(pronoun);
  if (NOM_ACC.has(word)) {
    // the tagger's gender and case for `die`/`das` are guesses; the noun decides: `die` for plurals and
    // feminine nouns, `das` for neuter ones
    const fits = (plural: boolean, gender: string | undefined): boolean =>
      word === 'die' ? plural || gender === 'Fem' : !plural && gender === 'Neut';
    // the tagger may pick a wrong reading of the noun (`Marke` as a dative of `Mark`): any nominative or
    // accusative reading that fits will do
    const known = noun.candidates.filter((x) => x.upos === 'NOUN' && x.feats.Case !== undefined);
    if (known.length === 0) return fits(noun.feats.Number === 'Plur', noun.feats.Gender ?? lastPartGender(ctx, noun));
    // a feminine or neuter singular noun has its nominative form in the dative too (`der Benachrichtigung`,
    // `dem Formular`), so a dative reading fits as well; a genitive (`des Formulars`) does not
    const sameForm = (x: (typeof known)[number]): boolean =>
      x.feats.Number !== 'Plur' && x.feats.Case === 'Dat' && (x.feats.Gender === 'Fem' || x.feats.Gender === 'Neut');
    return known.some(
      (x) =>
        (x.feats.Case === 'Nom' || x.feats.Case === 'Acc' || sameForm(x)) &&
        fits(x.feats.Number === 'Plur', x.feats.Gender),
    );
  }
  // `der` is nominative (masculine) or dative (feminine): genderFits decides, not the tagger's guess of its case
  const wanted = pronoun.feats.Case && word !== 'der' ? [pronoun.feats.Case] : cases;
  return noun.candidates.some(
    (x) =>
      x.upos === 'NOUN' &&
      x.lemma === noun.lemma &&
      x.feats.Case !== undefined &&
      wanted.includes(x.feats.Case) &&
      cases.includes(x.feats.Case) &&
      (x.feats.Number ?? 'Sing') === (noun.feats.Number ?? 'Sing') &&
      genderFits(word, x.feats.Case, x.feats.Gender ?? noun.feats.Gender, x.feats.Number ?? noun.feats.Number),
  );
}

/**
 * The genders a singular relative pronoun stands for in a case: `den` masculine, `dem` masculine or neuter,
 * `der` masculine nominative or feminine dative. The tagger's gender for the pronoun is a guess from context
 * and is not used.
 */
function genderFits(word: string, kase: string, gender: string | undefined, number: string | undefined): boolean {
  // `der`/`den`/`dem` are singular relative pronouns (the plural ones are `die`/`denen`)
  if (number === 'Plur') return !['der', 'den', 'dem'].includes(word);
  if (gender === undefined) return true;
  if (word === 'den') return gender === 'Masc';
  if (word === 'dem') return gender === 'Masc' || gender === 'Neut';
  if (word === 'der') return kase === 'Nom' ? gender === 'Masc' : gender === 'Fem';
  return true;
}

/**
 * The plural of the noun in the case the restated sentence needs, where the relative pronoun cannot be its
 * article as written: `Dokumenten, die …` → `Dokumente` (nominative), `Menschen, bei denen …` → `Menschen`
 * (dative). Only forms that the lexicon knows as that case of the same noun.
 */
export function pluralIn(ctx: StepContext, noun: AnalyzedToken, kase: 'Nom' | 'Dat'): string | undefined {
  if (noun.feats.Number !== 'Plur') return undefined;
  const form = noun.norm;
  const tries = kase === 'Nom' ? [form, form.replace(/n$/, '')] : [form, /[ns]$/.test(form) ? form : `${form}n`];
  return tries.find((f) =>
    ctx.analyzer.lexicon
      .lookup(f)
      .some((x) => x.upos === 'NOUN' && x.lemma === noun.lemma && x.feats.Number === 'Plur' && x.feats.Case === kase),
  );
}

/** A hyphenated compound (`Hunde-Steuer-Marke`) has the gender of its last part: that of its nominative singular readings, when they agree. */
function lastPartGender(ctx: StepContext, noun: AnalyzedToken): string | undefined {
  const last = /-(\p{Lu}[\p{L}]+)$/u.exec(noun.norm)?.[1];
  if (!last) return undefined;
  const genders = new Set(
    ctx.analyzer.lexicon
      .lookup(last)
      .filter((x) => x.upos === 'NOUN' && x.feats.Gender && x.feats.Case === 'Nom' && x.feats.Number === 'Sing')
      .map((x) => x.feats.Gender),
  );
  return genders.size === 1 ? [...genders][0] : undefined;
}

/**
 * A name that ends at `n` after a noun the relative pronoun fits (`ihren Sohn Max Mustermann, der …`): its
 * first index. Names do not change with the case, so the restated sentence takes them as written.
 */
function nameBefore(
  ctx: StepContext,
  tokens: Tokens,
  n: number,
  pronoun: AnalyzedToken,
  cases: readonly string[],
): number | undefined {
  // names, and a capitalised noun after one (`Max Mustermann`: the surname may be read as a compound noun)
  const inName = (i: number): boolean =>
    tokens[i]!.upos === 'PROPN' ||
    (tokens[i]!.upos === 'NOUN' && /^\p{Lu}/u.test(tokens[i]!.norm) && tokens[i - 1]?.upos === 'PROPN');
  let a = n;
  while (a > 0 && inName(a)) a--;
  const first = a + 1;
  if (first > n || tokens[first]!.upos !== 'PROPN') return undefined;
  // a person's full name with no article or noun before it (`mit Carmen Johannis, die …`) is the antecedent of
  // `der`/`die` (a city or a firm would take `das`)
  const fullName =
    n > first && !['NOUN', 'DET'].includes(tokens[a]!.upos) && ['der', 'die'].includes(relativeWord(pronoun));
  if (fullName) return first;
  if (tokens[a]!.upos !== 'NOUN') return undefined;
  return pronounFits(ctx, pronoun, tokens[a]!, cases) ? first : undefined;
}

/**
 * The singular of a noun in the pronoun's case where the sentence has it in the genitive (`des
 * Nettoeinkommens, das …` → `das Nettoeinkommen`): its lemma, when the lexicon knows it in that case with a
 * gender that the pronoun fits.
 */
function singularOf(
  ctx: StepContext,
  pronoun: AnalyzedToken,
  noun: AnalyzedToken,
  cases: readonly string[],
): string | undefined {
  if (!noun.candidates.some((x) => x.upos === 'NOUN' && x.feats.Case === 'Gen' && x.feats.Number !== 'Plur'))
    return undefined;
  const word = relativeWord(pronoun);
  const fits = ctx.analyzer.lexicon
    .lookupExact(noun.lemma)
    .some(
      (x) =>
        x.upos === 'NOUN' &&
        x.lemma === noun.lemma &&
        x.feats.Number === 'Sing' &&
        x.feats.Case !== undefined &&
        x.feats.Case !== 'Gen' &&
        cases.includes(x.feats.Case) &&
        (word === 'das'
          ? x.feats.Gender === 'Neut'
          : word === 'die'
            ? x.feats.Gender === 'Fem'
            : genderFits(word, x.feats.Case, x.feats.Gender, 'Sing')),
    );
  return fits ? noun.lemma : undefined;
}

/** A plural finite verb at `i`, as tagged or among its readings (a tagger may read `erhalten` as an infinitive). */
function finitePlural(tokens: Tokens, i: number): boolean {
  const t = tokens[i]!;
  if (!isVerb(t)) return false;
  if (isFinite(tokens, i)) return t.feats.Number === 'Plur';
  return t.candidates.some((x) => x.feats.VerbForm === 'Fin' && x.feats.Number === 'Plur');
}

/**
 * The relative clause as sentences: one, or one per part where verb-final parts share the pronoun and are
 * joined by und/oder („die die Altersgrenze erreicht haben oder … sind und … können“). The later parts open
 * with „Und“/„Oder“ and name the noun again (`again`): „Oder diese Menschen sind …“.
 */
function relativeSentences(
  ctx: StepContext,
  tokens: Tokens,
  front: readonly string[],
  again: readonly string[],
  body: readonly number[],
): string[] | undefined {
  const one = verbSecond(ctx, tokens, front, body);
  if (one) return [finish(one)];
  // a cut after a verb that closes one part; no other clause or relative pronoun inside
  const repeated = (t: AnalyzedToken): boolean => t.upos === 'PRON' && relativeWord(t) in PRONOUN_CASES;
  if (body.some((i) => tokens[i]!.upos === 'SCONJ' || isPunct(tokens[i]!) || repeated(tokens[i]!))) return undefined;
  const cuts = body.filter(
    (i, k) => k > 0 && ['und', 'oder'].includes(lower(tokens[i]!)) && isVerb(tokens[body[k - 1]!]!),
  );
  if (cuts.length === 0) return undefined;
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts, undefined]) {
    const to = cut === undefined ? body.length : body.indexOf(cut);
    const part = body.slice(from, to);
    const joiner = from === 0 ? undefined : tokens[body[from - 1]!]!;
    const opener = joiner ? [lower(joiner) === 'und' ? 'Und' : 'Oder', ...again] : front;
    const clause = part.length > 1 ? verbSecond(ctx, tokens, opener, part) : undefined;
    if (!clause) return undefined;
    out.push(finish(clause));
    from = to + 1;
  }
  return out;
}

/** `zuzuordnen`, `mitzubringen`: an infinitive with `zu` inside, which no relative clause ends with. */
const zuInside = (t: AnalyzedToken): boolean => {
  const w = lower(t);
  const lemma = t.lemma.toLowerCase();
  return (
    w !== lemma &&
    /zu/.test(w) &&
    [...w.matchAll(/zu/g)].some((m) => w.slice(0, m.index) + w.slice(m.index + 2) === lemma)
  );
};

/**
 * Whether the piece after the comma at `comma`, opened by a d-word at `p` before a noun phrase, is a
 * verb-final clause: a noun before the comma it can refer to, a main clause with a finite verb before it (not a
 * list of instructions, `Formular ausfüllen, die Unterlagen einreichen`), and verbs only at its end, none of
 * them an infinitive with `zu`.
 */
function closesWithVerbs(tokens: Tokens, comma: number, p: number): boolean {
  // the noun before the comma, or before the verbs that close the main clause (`mit Carmen Johannis verheiratet, die …`)
  let n = comma - 1;
  while (n > 1 && closingVerb(tokens[n]!)) n--;
  const antecedent = tokens[n]!;
  if (antecedent.upos !== 'NOUN' && antecedent.upos !== 'PROPN') return false;
  let start = comma - 1;
  while (start > 0 && !isPunct(tokens[start - 1]!)) start--;
  if (start > 0 || !range(0, comma).some((i) => isFinite(tokens, i) || canBeFinite(tokens[i]!))) return false;
  let end = p + 1;
  while (end < tokens.length && !isPunct(tokens[end]!)) end++;
  let cluster = end;
  while (cluster - 1 > p + 1 && isVerb(tokens[cluster - 1]!)) cluster--;
  if (cluster === end || tokens[cluster - 1]?.norm.toLowerCase() === 'zu') return false;
  // `vom Landratsamt, dem Jobcenter oder der Agentur … erhalten`: a phrase joined by und/oder to another with an
  // article or a preposition continues a list, and the verbs close the clause the list stands in
  if (
    range(p + 1, cluster).some((i) => tokens[i]!.upos === 'CCONJ' && ['DET', 'ADP'].includes(tokens[i + 1]?.upos ?? ''))
  )
    return false;
  if (range(cluster, end).some((i) => zuInside(tokens[i]!))) return false;
  return !range(p + 1, cluster).some((i) => isVerb(tokens[i]!) || tokens[i]!.upos === 'SCONJ');
}

/**
 * Whether the piece at `i` is a second part of the clause before it: und/oder/aber/sondern, then words up to
 * the next punctuation whose only verbs stand at its end, with no subject of its own before them.
 */
function continuesClause(tokens: Tokens, i: number): boolean {
  if (!['und', 'oder', 'aber', 'sondern'].includes(lower(tokens[i] ?? tokens[0]!)) || i >= tokens.length) return false;
  let end = i + 1;
  while (end < tokens.length && !isPunct(tokens[end]!)) end++;
  const verbs = range(i + 1, end).filter((k) => isVerb(tokens[k]!));
  if (verbs.length === 0 || verbs.at(-1) !== end - 1) return false;
  const cluster = verbs.filter((k) => range(k, end).every((j) => isVerb(tokens[j]!)));
  return verbs.length === cluster.length && subjectAt(tokens, i + 1) === undefined;
}

interface RelativeSpan {
  /** The relative pronoun. */
  readonly introducer: number;
  /** `[start, end)`: the clause from its first token (a preposition, or the pronoun) to before its closing comma. */
  readonly start: number;
  readonly end: number;
}

/**
 * The relative clauses of a sentence: those of the clause analysis, and those it took for something else
 * (`Anträge, die … eingereicht werden, können …`): a comma, (a preposition), a d-pronoun, and a clause up to the
 * next comma or the end whose last word is its finite verb.
 */
function relativeSpans(tokens: Tokens, clauses: readonly Clause[]): RelativeSpan[] {
  const out: RelativeSpan[] = [];
  for (const c of clauses) {
    if (c.kind !== 'relative' || c.introducer === undefined || c.ranges.length !== 1) continue;
    out.push({ introducer: c.introducer, start: c.ranges[0]!.start, end: c.ranges[0]!.end });
  }
  for (let comma = 1; comma < tokens.length - 3; comma++) {
    if (tokens[comma]!.norm !== ',') continue;
    const p = tokens[comma + 1]!.upos === 'ADP' ? comma + 2 : comma + 1;
    if (!(relativeWord(tokens[p]!) in PRONOUN_CASES) || out.some((r) => r.start === comma + 1)) continue;
    // `…, von der Bank oder …`: a d-word before a noun or adjective is an article, not a relative pronoun,
    // unless the piece closes with its verbs and has no verb before them (`Menschen, die Kinder aufnehmen`):
    // a noun phrase after a comma cannot end in a verb, a relative clause must
    const next = tokens[p + 1]?.upos ?? '';
    const beforeNoun = next === 'NOUN' || next === 'PROPN' || (next === 'ADJ' && tokens[p + 2]?.upos === 'NOUN');
    if (beforeNoun && !closesWithVerbs(tokens, comma, p)) continue;
    let end = p + 1;
    // an abbreviation in brackets (`Grad der Behinderung (GdB)`) belongs to the clause
    let depth = 0;
    // and so do the commas of a list inside it (`die das Leben, die Gesundheit und die Rechte … schützen`)
    while (
      end < tokens.length &&
      (depth > 0 || !isPunct(tokens[end]!) || tokens[end]!.norm === '(' || listComma(tokens, end))
    ) {
      if (tokens[end]!.norm === '(') depth++;
      else if (tokens[end]!.norm === ')') depth--;
      end++;
    }
    const last = end - 1;
    if (last <= p + 1 || !(isFinite(tokens, last) || canBeFinite(tokens[last]!))) continue;
    // no finite verb before the verbs that close it (`die Sie freilegen können`: `freilegen` may be read as finite)
    let cluster = last;
    while (cluster - 1 > p + 1 && closingVerb(tokens[cluster - 1]!)) cluster--;
    // a finite verb before und/oder closes one part of a coordinated clause (`die … erreicht haben oder …`)
    const partEnd = (i: number): boolean => ['und', 'oder'].includes(lower(tokens[i + 1] ?? tokens[i]!));
    if (range(p + 1, cluster).some((i) => isFinite(tokens, i) && !partEnd(i))) continue;
    out.push({ introducer: p, start: comma + 1, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The number of the relative clause's finite verb where the pronoun must be its subject: no preposition before the
 * pronoun, `die`, a third-person verb, and no pronoun, and no noun outside a prepositional phrase, in the clause that
 * could be the subject instead (`die seit 2017 in Deutschland leben`).
 */
function subjectNumber(tokens: Tokens, r: RelativeSpan): 'Sing' | 'Plur' | undefined {
  if (r.introducer !== r.start || relativeWord(tokens[r.introducer]!) !== 'die') return undefined;
  const body = range(r.introducer + 1, r.end);
  const last = [...body].reverse().find((i) => isVerb(tokens[i]!));
  if (last === undefined) return undefined;
  let inPhrase = false;
  for (const i of body) {
    const t = tokens[i]!;
    if (t.upos === 'PRON') return undefined;
    if (t.upos === 'ADP') inPhrase = true;
    else if (t.upos === 'NOUN' || t.upos === 'PROPN') {
      if (!inPhrase) return undefined;
      inPhrase = tokens[i + 1]?.upos === 'NOUN' || tokens[i + 1]?.upos === 'PROPN';
    } else if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(t.upos)) inPhrase = false;
  }
  const verb = tokens[last]!;
  // a verb last that the tagger read as an infinitive (`die … leben`) has the form of the plural
  if (!isFinite(tokens, last)) return canBeFinite(verb) && verb.feats.VerbForm === 'Inf' ? 'Plur' : undefined;
  return verb.feats.Person === '3' || verb.feats.Person === undefined ? verb.feats.Number : undefined;
}

export const splitRelative: Step = {
  name: 'split-relative',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    if (structure.question) return undefined;
    for (const r of relativeSpans(tokens, structure.clauses)) {
      const pronoun = tokens[r.introducer]!;
      // `welche Vereine es gibt`: a welch- word before a noun phrase asks a question, it is no relative pronoun
      const following = tokens[r.introducer + 1]?.upos ?? '';
      if (lower(pronoun) in WELCH && ['NOUN', 'PROPN', 'ADJ'].includes(following)) continue;
      const adposition = r.introducer > r.start ? tokens[r.start]! : undefined;
      if (r.introducer - r.start > 1 || (adposition && adposition.upos !== 'ADP')) continue;
      const comma = r.start - 1;
      // the noun right before the comma, or before the verbs that close the clause (an extraposed relative
      // clause: `… vor dem Monat gezahlt, in dem …`); the pronoun must still fit it
      let n = comma - 1;
      // a separated verb particle stands between the noun and the comma (`treten Anfälle auf, die …`)
      if (n > 1 && tokens[n]!.upos === 'ADP' && tokens[n - 1]!.upos === 'NOUN') n--;
      while (n > 1 && closingVerb(tokens[n]!)) n--;
      const allCases = PRONOUN_CASES[relativeWord(pronoun)];
      // after a preposition the pronoun is not nominative (`bei der` is dative)
      const cases = adposition ? allCases?.filter((c) => c !== 'Nom') : allCases;
      if (!cases || cases.length === 0) continue;
      // `einen Fragebogen zur steuerlichen Erfassung, den …`: where the pronoun does not fit the last noun, the
      // noun that a prepositional attribute follows may be meant; the pronoun's gender and case decide. Up to
      // three such phrases back (`ein Budget in Höhe von 200 Euro zur Verfügung, das …`)
      // `Personen mit einer Duldung, die … leben`: a pronoun that is the subject of a plural verb does not point to
      // a singular noun either
      const number = subjectNumber(tokens, r);
      const misfit = (noun: AnalyzedToken): boolean =>
        !pronounFits(ctx, pronoun, noun, cases) || (number === 'Plur' && noun.feats.Number === 'Sing');
      if (tokens[n]?.upos === 'NOUN' && misfit(tokens[n]!) && relativeWord(pronoun) !== 'denen') {
        // an adjective may be read as a noun (`steuerlichen`): lower-case words count as adjectives here
        const attributive = (t: AnalyzedToken): boolean =>
          t.upos === 'ADJ' || t.upos === 'DET' || (t.upos === 'NOUN' && /^\p{Ll}/u.test(t.norm));
        let m = n;
        for (let hop = 0; hop < 3; hop++) {
          let p = m - 1;
          while (p > 0 && attributive(tokens[p]!)) p--;
          if (tokens[p]?.upos !== 'ADP') break;
          m = p - 1;
          // an amount (`von 200 Euro`) is passed over, no antecedent itself
          if (tokens[m]?.upos === 'NUM') continue;
          if (tokens[m]?.upos !== 'NOUN') break;
          if (!misfit(tokens[m]!)) {
            n = m;
            break;
          }
        }
      }
      const extraposed = n < comma - 1;
      if (tokens[comma]?.norm !== ',') continue;
      const dative = relativeWord(pronoun) === 'denen';
      // `ihren Sohn Max Mustermann, der …`: a name after a noun that the pronoun fits is restated as written
      const name = dative ? undefined : nameBefore(ctx, tokens, n, pronoun, cases);
      const noun = tokens[n];
      if (name === undefined && (!noun || noun.upos !== 'NOUN' || tokens[n - 1]?.upos === 'PROPN')) continue;
      // the noun as the restated sentence needs it: as written where the pronoun fits it as an article,
      // else its plural in the pronoun's case (`Dokumenten, die` → `die Dokumente`, `denen` → `diesen …`), or
      // its singular after a genitive (`des Nettoeinkommens, das` → `das Nettoeinkommen`)
      const nounForm =
        name !== undefined || !noun
          ? undefined
          : dative
            ? pluralIn(ctx, noun, 'Dat')
            : pronounFits(ctx, pronoun, noun, cases)
              ? noun.norm
              : relativeWord(pronoun) === 'die'
                ? (pluralIn(ctx, noun, 'Nom') ?? singularOf(ctx, pronoun, noun, cases))
                : singularOf(ctx, pronoun, noun, cases);
      if (name === undefined && !nounForm) continue;
      // a noun without an article (`Anträge, die …`) is restricted by the clause: „Manche Anträge …“ first,
      // then „Diese Anträge …“ in the main clause, so the restriction is kept
      const plural = name === undefined && noun!.feats.Number === 'Plur';
      const bare = !extraposed && comma - 1 === 0 && !adposition && NOM_ACC.has(relativeWord(pronoun)) && plural;
      // `Einen Ausweis erhalten Menschen, bei denen …`, `Grundsicherung können Menschen erhalten, die …`: a bare
      // plural right after a plural finite verb with no pronoun before it is the subject; it becomes „diese
      // Menschen“ after „Bei manchen Menschen …“
      const bareSubject =
        !bare &&
        plural &&
        n >= 2 &&
        finitePlural(tokens, n - 1) &&
        !range(0, n - 1).some((i) => tokens[i]!.upos === 'PRON');
      const article = bare || bareSubject ? (dative ? 'manchen' : 'manche') : dative ? 'diesen' : relativeWord(pronoun);
      const prep = adposition ? [adposition.norm] : [];
      const front =
        name !== undefined ? [...prep, ...words(tokens, range(name, n + 1))] : [...prep, article, nounForm!];
      // a second part of the clause (`… und keinen Anspruch haben`) speaks of „diese Menschen“ again
      const again = bare || bareSubject ? [...prep, dative ? 'diesen' : 'diese', nounForm!] : front;
      // brackets (`(GdB)`) and the commas of a list stay, other punctuation inside the clause goes
      const body = range(r.introducer + 1, r.end).filter(
        (i) => !isPunct(tokens[i]!) || /^[()]$/.test(tokens[i]!.norm) || listComma(tokens, i, r.end),
      );
      const relative = relativeSentences(ctx, tokens, front, again, body);
      if (!relative) continue;
      // the rest: without the relative clause, the comma before it and one after it
      let cutEnd = r.end;
      while (cutEnd < tokens.length && tokens[cutEnd]!.norm === ',') cutEnd++;
      // the comma after it goes, unless another clause starts there (`…, weil …`)
      const nextClause = structure.clauses.some(
        (o) => o.kind !== 'main' && o.introducer !== r.introducer && o.ranges.some((x) => x.start === cutEnd),
      );
      // `Personen, die nicht arbeiten können, weil …`: the weil clause belongs to the relative clause
      if (nextClause) continue;
      // `eine Gruppe, die ihre Stücke vorgibt, aber sich inspirieren lässt`: a conjunction and a verb-final
      // piece continue the relative clause
      if (continuesClause(tokens, cutEnd)) continue;
      const closes = cutEnd >= tokens.length || tokens.slice(cutEnd).every(isPunct);
      // `Wer eine Anschrift bestätigt, in der …, muss …`: after a leading subordinate clause the comma after
      // the relative clause also closes that clause, and stays
      const keepComma =
        !closes &&
        (isFinite(tokens, cutEnd) || canBeFinite(tokens[cutEnd]!)) &&
        /^(wer|was|wenn|ob|weil|da|falls|sobald|solange)$/.test(lower(tokens[0]!));
      // `… des Nettoeinkommens, das …, mindestens 300 Euro …`: an amount after it is an apposition of its own
      const amount = !closes && amountAt(tokens, cutEnd) !== undefined;
      const rest = [...range(0, comma), ...range(closes || keepComma || amount ? r.end : cutEnd, tokens.length)];
      // the rest keeps a finite verb (a tagger may read `umfasst` as a participle, see mainVerbAt)
      if (!rest.some((i) => mainVerbAt(tokens, i))) continue;
      if (bare && !closes) return [...relative, finish(['Diese', ...rest.map((i) => tokens[i]!.norm)])];
      if (bareSubject)
        return [...relative, finish(rest.map((i) => (i === n ? `diese ${noun!.norm}` : tokens[i]!.norm)))];
      return [finish(rest.map((i) => tokens[i]!.norm)), ...relative];
    }
    return undefined;
  },
};

// ------------------------------------------------------------------------------------------- subordinate

const REASON = new Set(['weil', 'da']);
const CONCESSION = new Set(['obwohl', 'obgleich']);

/** A main clause in verb-first order after `Deshalb`/`Trotzdem`: `Sie können kommen` → `können Sie kommen`. */
export function verbFirst(tokens: Tokens, idx: readonly number[]): string[] | undefined {
  const f = idx.findIndex((i) => isFinite(tokens, i));
  if (f < 0) return undefined;
  if (f === 0) return [inner(tokens[idx[0]!]!), ...words(tokens, idx.slice(1))];
  return [
    inner(tokens[idx[f]!]!),
    inner(tokens[idx[0]!]!),
    ...words(tokens, idx.slice(1, f)),
    ...words(tokens, idx.slice(f + 1)),
  ];
}

export const splitSubordinate: Step = {
  name: 'split-subordinate',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    if (structure.question || structure.clauses.length !== 2) return undefined;
    const sub = structure.clauses.find((c) => c.kind === 'subordinate');
    const main = structure.clauses.find((c) => c.kind === 'main');
    if (!sub || !main || sub.introducer === undefined || sub.ranges.length !== 1 || main.ranges.length !== 1)
      return undefined;
    const word = lower(tokens[sub.introducer]!);
    const reason = REASON.has(word);
    if (!reason && !CONCESSION.has(word)) return undefined;
    const subIdx = clauseIndexes(tokens, sub).filter((i) => i > sub.introducer!);
    const subjectEnd = subjectPhraseAt(tokens, subIdx[0]!);
    if (subjectEnd === undefined) return undefined;
    const front = words(tokens, range(subIdx[0]!, subjectEnd + 1));
    const clause = verbSecond(
      ctx,
      tokens,
      front,
      subIdx.filter((i) => i > subjectEnd),
    );
    if (!clause) return undefined;
    const leading = sub.ranges[0]!.start < main.ranges[0]!.start;
    // `Weil …, dann …`: the `dann` goes with the clause before; a main clause that comes first keeps its own
    // (`Dann müssen Sie …, weil …` → „Dann müssen Sie ….“ „Denn …“)
    const mainIdx = clauseIndexes(tokens, main).filter(
      (i) => !leading || !(tokens[i]!.upos === 'ADV' && lower(tokens[i]!) === 'dann'),
    );
    if (reason && !leading)
      return [
        finish(words(tokens, mainIdx)),
        finish(['Denn', ...clause.map((w, k) => (k === 0 ? inner(tokens[subIdx[0]!]!) : w))]),
      ];
    const v1 = verbFirst(tokens, mainIdx);
    if (!v1) return undefined;
    return [finish(clause), finish([reason ? 'Deshalb' : 'Trotzdem', ...v1])];
  },
};

// ------------------------------------------------------------------------------------------ coordination

const CONJUNCTIONS: Readonly<Record<string, string | undefined>> = {
  und: undefined,
  oder: 'Oder',
  aber: 'Aber',
  denn: 'Denn',
  sondern: 'Sondern',
};

/** Two finite verbs that can share a subject: some reading of each with the same person and number. */
export function agree(l: AnalyzedToken, r: AnalyzedToken): boolean {
  const finite = (t: AnalyzedToken) => [t, ...t.candidates].filter((x) => x.feats.VerbForm === 'Fin');
  return finite(l).some((a) =>
    finite(r).some((b) => a.feats.Person === b.feats.Person && a.feats.Number === b.feats.Number),
  );
}

/** Adverbs of place that may follow a subject in the prefield (`Die Fachkräfte dort`). */
const PLACE_AFTER_SUBJECT = new Set(['dort', 'hier']);

const objectCase = (t: AnalyzedToken | undefined): boolean =>
  t !== undefined && t.upos === 'DET' && ['Acc', 'Dat'].includes(t.feats.Case ?? '');

/**
 * Whether the whole prefield (from `from` to the finite verb `lf`) is the subject, to restate before a second
 * verb. German puts one phrase before the finite verb, so a prefield that starts with a subject is all subject:
 * with a genitive or prepositional attribute or a place adverb after the noun (`Die sprachliche Qualität der
 * Fassungen`, `Die Menschen in der Ukraine`, `Die Fachkräfte dort`), or a nominalised adjective (`Schwangere`).
 * A noun phrase followed by a subject pronoun after the verb is taken for an object (`Die Unterlagen schicken wir
 * …`); a pronoun in the prefield is the subject (`Wir heißen Sie …`).
 */
function prefieldSubject(tokens: Tokens, from: number, lf: number): boolean {
  const first = tokens[from]!;
  if (lf === from + 1 && first.upos === 'PRON') return subjectAt(tokens, from) === from;
  if (tokens[lf + 1]?.upos === 'PRON' && subjectAt(tokens, lf + 1) === lf + 1) return false;
  if (lf === from + 1 && first.upos === 'ADJ' && first.feats.Case === 'Nom') return true;
  if (objectCase(first)) return false;
  const end = subjectAt(tokens, from);
  if (end === undefined) return false;
  let i = end + 1;
  while (i < lf) {
    const t = tokens[i]!;
    if (t.upos === 'ADV' && PLACE_AFTER_SUBJECT.has(lower(t))) {
      i++;
      continue;
    }
    const attribute =
      (t.upos === 'DET' && t.feats.Case === 'Gen') || (t.upos === 'ADP' && /^\p{Ll}/u.test(t.norm))
        ? subjectAt(tokens, t.upos === 'ADP' ? i + 1 : i)
        : undefined;
    if (attribute === undefined || tokens[attribute]!.upos === 'PRON' || attribute >= lf) return false;
    i = attribute + 1;
  }
  return true;
}

export const splitCoordination: Step = {
  name: 'split-coordination',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    // a yes/no question in statement order (`Sie leben in … und haben …?`) or with the verb first (`Wohnen Sie
    // … und haben Sie …?`) becomes one question per clause; questions with a w-word stay whole
    const start = subjectAt(tokens, 0);
    const asked = structure.question && ((start !== undefined && isFinite(tokens, start + 1)) || isFinite(tokens, 0));
    if (structure.question && !asked) return undefined;
    const close = (w: readonly string[]): string => {
      const clause = [...w];
      while (clause.at(-1) === ',') clause.pop();
      return finish(asked ? [...clause, '?'] : clause);
    };
    // questions keep their „Und“: each asks one more condition
    const openerFor = (conj: AnalyzedToken): string | undefined =>
      asked && lower(conj) === 'und' ? 'Und' : CONJUNCTIONS[lower(conj)];
    // a clause of another kind may follow in the right part (`… und laden Sie ein, das Land kennenzulernen`):
    // it goes with that part; one before the conjunction leaves the sentence as it is
    const firstOther = Math.min(
      ...structure.clauses.filter((c) => c.kind !== 'main').map((c) => c.ranges[0]!.start),
      tokens.length,
    );
    for (let k = 2; k < Math.min(tokens.length - 2, firstOther); k++) {
      const conj = tokens[k]!;
      const semicolon = conj.norm === ';';
      // `Er ist ein Pechvogel, spielt gerne …`: a comma and a finite verb open a second clause of the same subject
      const comma = conj.norm === ',' && isFinite(tokens, k + 1) && k - 1 > tokens.findIndex((t) => isVerb(t));
      if (!semicolon && !comma && (conj.upos !== 'CCONJ' || !(lower(conj) in CONJUNCTIONS))) continue;
      const left = range(0, k);
      const right = range(k + 1, tokens.length);
      const lf = left.find((i) => isFinite(tokens, i));
      const rf = right.find((i) => isFinite(tokens, i));
      if (lf === undefined || rf === undefined) continue;
      // inside a subordinate clause the analysis missed (`wenn es um Dinge bei der Arbeit, Schule oder
      // Freizeit geht`): a conjunction with no finite verb after it before this one
      const conjunction = left.findLast((i) => tokens[i]!.upos === 'SCONJ');
      if (conjunction !== undefined && !range(conjunction + 1, k).some((i) => isFinite(tokens, i))) continue;
      // two requests: `Füllen Sie das Formular aus und schicken Sie es uns.`, also after `Bitte`; a second
      // request without its `Sie` (`Melden Sie … an und lassen es …`) gets it after its verb
      const request = lf === 0 || (lf === 1 && lower(tokens[0]!) === 'bitte');
      if (!comma && request && rf === k + 1 && lower(tokens[lf + 1]!) === 'sie' && tokens[lf + 1]!.norm === 'Sie') {
        const opener = openerFor(conj);
        const again = lower(tokens[rf + 1] ?? conj) === 'sie';
        // the second verb must be a request too: the form of `Sie` (`lassen`), not a participle or a singular
        if (!again && !agree(tokens[lf]!, tokens[rf]!)) continue;
        const second = again ? words(tokens, right) : [tokens[rf]!.norm, 'Sie', ...words(tokens, right.slice(1))];
        return [close(words(tokens, left)), finish(opener ? [opener, ...second] : second)];
      }
      // the right side in main-clause order: the finite verb first (subject left out) or second
      if (rf - (k + 1) > 4 || lf === 0) continue;
      // the left side is complete: a modal or auxiliary has its infinitive or participle
      const l0 = tokens[lf]!;
      if (
        l0.upos === 'AUX' &&
        l0.lemma !== 'sein' &&
        !left.some((i) => i > lf && isVerb(tokens[i]!) && tokens[i]!.feats.VerbForm !== 'Fin')
      ) {
        continue;
      }
      // the right side is a main clause: verb first (subject left out) or after a simple subject
      if (rf > k + 1 && subjectAt(tokens, k + 1) !== rf - 1) continue;
      let rightWords = right.map((i) => tokens[i]!.norm);
      if (semicolon && rf === k + 1) continue;
      // `… können online oder im Bürgerbüro einen Termin buchen`: a verb at the end that may be an infinitive
      // belongs to the verb of the left side
      const lastWord = [...right].reverse().find((i) => !isPunct(tokens[i]!));
      if (rf === lastWord && tokens[rf]!.candidates.some((x) => x.feats.VerbForm === 'Inf')) continue;
      /** Where a subject restated from the left side starts: its first word loses a sentence-initial capital. */
      let restated: number | undefined;
      if (rf === k + 1) {
        const l = tokens[lf]!;
        const r = tokens[rf]!;
        if (!agree(l, r)) continue;
        // `müssen … ausgefüllt und unterschrieben … abgeben`: an infinitive at the end of the right side belongs
        // to the left side's modal, so the two verbs are participles of one clause, not two clauses
        const lastVerb = tokens[lastWord ?? rf]!;
        if (lastWord !== rf && l.upos === 'AUX' && r.upos !== 'AUX' && isVerb(lastVerb) && closingVerb(lastVerb))
          continue;
        // an object in front (`Den Antrag prüft das Amt …`) is no subject
        // the clause starts after a label (`Wichtig: Sie dürfen …`)
        const colon = tokens.findIndex((t, i) => i < lf && t.norm === ':');
        const from = colon + 1;
        if (lf > from && prefieldSubject(tokens, from, lf)) {
          rightWords = [...words(tokens, range(from, lf)), ...rightWords];
          restated = from;
        } else if (comma || (subjectAt(tokens, from) !== undefined && !objectCase(tokens[from]))) {
          // a first place that may be the subject, but is not wholly one: no guess at who does the second verb
          continue;
        } else {
          // `Im Herbst schreibt die Stadt die Eltern an und teilt ihnen … mit`: the subject after the verb is
          // restated in front of the second verb; a pronoun there (`Sie`) is taken only in the polite form, an
          // article in the accusative or dative opens an object
          const after = subjectAt(tokens, lf + 1);
          if (after === undefined || after >= k || tokens[lf + 1]!.upos === 'PRON' || objectCase(tokens[lf + 1]))
            continue;
          rightWords = [...range(lf + 1, after + 1).map((i) => tokens[i]!.norm), ...rightWords];
        }
      }
      const opener = semicolon ? undefined : openerFor(conj);
      const first = opener
        ? [
            opener,
            // after a label (`Wichtig: Sie …`) the capital of a pronoun may be the polite form: it stays
            restated !== undefined &&
            (restated === 0 || tokens[restated]!.upos !== 'PRON') &&
            tokens[restated]!.upos !== 'ADJ'
              ? restated === 0
                ? innerAt(tokens, 0)
                : inner(tokens[restated]!)
              : rightWords[0]!,
            ...rightWords.slice(1),
          ]
        : rightWords;
      return [close(words(tokens, left)), finish(first)];
    }
    return undefined;
  },
};

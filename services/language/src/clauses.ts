// Clause analysis on top of the word analysis: which clauses a sentence has, their verb complex, voice,
// negation, and time and place expressions. The DGS gloss rules (order: subordinate before main, time
// first, verb last; headshake over the negated verb) and the Leichte Sprache rules (passive, one statement
// per sentence, negation) read this one structure instead of inventing heuristics of their own.
import {
  PLACE_ADPOSITIONS,
  PLACE_ADVERBS,
  PLACE_NOUN_SUFFIXES,
  PLACE_WORDS,
  TIME_ADPOSITIONS,
  TIME_NOUNS,
  TIME_WORDS,
  W_WORDS,
} from './clause-words.js';
import type { AnalyzedToken } from './types.js';

export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'infinitive';

/** A run of tokens `[start, end)` (indexes into the sentence's tokens). */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

export interface Negation {
  /** The negating token (`nicht`, `kein…`, `nie`, `niemand`, `nichts`). */
  readonly token: number;
  readonly word: string;
  /** What it negates: the verb complex for `nicht`/`nie`, the noun phrase for `kein`. */
  readonly scope: TokenRange;
}

export interface Clause {
  readonly kind: ClauseKind;
  /** Token ranges in sentence order; a main clause split by an embedded relative clause has two. */
  readonly ranges: readonly TokenRange[];
  /** The subordinating conjunction, or the relative pronoun (with its preposition, if any). */
  readonly introducer?: number;
  readonly finiteVerb?: number;
  /** Every verb of the clause (finite, infinitives, participles), the separated particle and `zu`. */
  readonly verbComplex: readonly number[];
  /** Lemma of the main (lexical) verb, with a separated particle joined: `anrufen`. */
  readonly verbLemma?: string;
  /** `werden`-passive (`wird ausgestellt`), state passive (`ist geschlossen`), or `sein … zu`-infinitive. */
  readonly voice: 'active' | 'passive' | 'state-passive' | 'modal-passive';
  readonly negations: readonly Negation[];
  readonly time: readonly TokenRange[];
  readonly place: readonly TokenRange[];
  readonly fields: ClauseFields;
}

/**
 * The topological fields of a clause, as token indexes (punctuation and a coordinating conjunction in front
 * belong to none). A clause in front of a main clause (`Wenn Sie umziehen, …`) is a clause of its own, so that main
 * clause starts with its left bracket.
 */
export interface ClauseFields {
  /** Before the finite verb of a verb-second clause (`Den Antrag` in „Den Antrag stellen Sie …“). */
  readonly prefield: readonly number[];
  /** The finite verb of a main clause; the conjunction or relative phrase that opens another clause. */
  readonly leftBracket: readonly number[];
  readonly middleField: readonly number[];
  /**
   * The verbs that close the clause (infinitives, participles, a separated particle, `zu`), and in a clause with
   * the verb last its finite verb.
   */
  readonly rightBracket: readonly number[];
  /** What follows the right bracket in the clause (`… angerufen bei der Stadt`). */
  readonly postfield: readonly number[];
}

export interface SentenceStructure {
  readonly clauses: readonly Clause[];
  /** `w` for a question with a W-word, `yes-no` for other questions. */
  readonly question?: 'w' | 'yes-no';
  /** A request in the polite imperative (`Bringen Sie … mit.`). */
  readonly imperative: boolean;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '–', '—', '(', ')']);
const NEGATORS = new Set(['nicht', 'nie', 'niemals', 'niemand', 'nichts', 'keinesfalls']);
// Verbs whose perfect takes `sein`: with them `ist` + participle is a tense, not a state passive.
const SEIN_PERFECT = new Set([
  'gehen',
  'kommen',
  'fahren',
  'ziehen',
  'umziehen',
  'einziehen',
  'ausziehen',
  'ankommen',
  'sterben',
  'passieren',
  'geschehen',
  'werden',
  'sein',
  'bleiben',
  'laufen',
  'reisen',
  'fliegen',
  'zuziehen',
  'wegziehen',
  'erscheinen',
  'entstehen',
  'eintreten',
  'ablaufen',
  'verfallen',
  'vergehen',
  'gelingen',
  'folgen',
  'begegnen',
]);

const isVerb = (t: AnalyzedToken) => t.upos === 'VERB' || t.upos === 'AUX';
const lower = (t: AnalyzedToken) => t.norm.toLowerCase();
/** A verb right after `zu` is an infinitive whatever its form suggests (`um Wohngeld zu bekommen`). */
const afterZu = (tokens: readonly AnalyzedToken[], i: number) => i > 0 && lower(tokens[i - 1]!) === 'zu';
const isFiniteAt = (tokens: readonly AnalyzedToken[], i: number) =>
  isVerb(tokens[i]!) && tokens[i]!.feats.VerbForm === 'Fin' && !afterZu(tokens, i);

function isRelativePronoun(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.feats.PronType === 'Rel') return true;
  // `der/die/das/dem/den/deren/dessen/welche…` right after a clause boundary, not followed by a noun
  // phrase of its own: a relative pronoun, not an article.
  const w = lower(t);
  if (!/^(der|die|das|dem|den|denen|deren|dessen|welche[rmns]?)$/.test(w)) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.upos !== 'NOUN' && next.upos !== 'ADJ' && next.upos !== 'PROPN';
}

interface Segment {
  start: number;
  end: number;
  kind: ClauseKind | 'fragment';
  introducer?: number;
}

/** Cuts the sentence at clause punctuation and classifies each piece by how it begins and what verbs it has. */
function segments(tokens: readonly AnalyzedToken[]): Segment[] {
  const cuts: number[] = [0];
  tokens.forEach((t, i) => {
    if (t.upos === 'PUNCT' && CLAUSE_PUNCT.has(t.norm)) cuts.push(i + 1);
  });
  cuts.push(tokens.length);
  const result: Segment[] = [];
  for (let c = 0; c < cuts.length - 1; c++) {
    const start = cuts[c]!;
    let end = cuts[c + 1]!;
    while (end > start && tokens[end - 1]!.upos === 'PUNCT') end--;
    if (end <= start) continue;
    // A coordinating conjunction opening a piece belongs to it but does not decide its kind.
    let head = start;
    while (head < end && tokens[head]!.upos === 'CCONJ') head++;
    const first = tokens[head];
    const range = Array.from({ length: end - head }, (_, k) => head + k);
    const hasFinite = range.some((i) => isFiniteAt(tokens, i));
    const hasZuInfinitive = range.some((i) => afterZu(tokens, i) && isVerb(tokens[i]!));
    let kind: Segment['kind'] = 'main';
    let introducer: number | undefined;
    if (first?.upos === 'SCONJ' && hasFinite) {
      kind = 'subordinate';
      introducer = head;
    } else if (first?.upos === 'ADP' && isRelativePronoun(tokens, head + 1) && hasFinite) {
      kind = 'relative';
      introducer = head + 1;
    } else if (isRelativePronoun(tokens, head) && hasFinite && c > 0 && !isFiniteAt(tokens, head + 1)) {
      kind = 'relative';
      introducer = head;
    } else if (!hasFinite) {
      kind = hasZuInfinitive ? 'infinitive' : 'fragment';
      if (first !== undefined && (first.upos === 'SCONJ' || lower(first) === 'um')) introducer = head;
    }
    result.push({ start, end, kind, ...(introducer === undefined ? {} : { introducer }) });
  }
  return result;
}

/** Verbless pieces (a fronted subject before a relative clause, an enumeration) join a clause. */
function groupRanges(tokens: readonly AnalyzedToken[], segs: Segment[]): { seg: Segment; ranges: TokenRange[] }[] {
  const groups: { seg: Segment; ranges: TokenRange[] }[] = [];
  let pending: TokenRange[] = [];
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s]!;
    if (seg.kind === 'fragment') {
      // "Der Antrag, den Sie gestellt haben, wird …": the piece before the relative clause is the start of
      // the main clause that continues with a finite verb after it.
      const rest = segs.slice(s + 1);
      const resume = rest.find((r) => r.kind === 'main');
      const between = resume ? rest.slice(0, rest.indexOf(resume)) : [];
      if (
        resume &&
        between.length > 0 &&
        between.every((b) => b.kind === 'relative' || b.kind === 'subordinate') &&
        isFiniteAt(tokens, resume.start)
      ) {
        pending.push({ start: seg.start, end: seg.end });
        continue;
      }
      const previous = groups[groups.length - 1];
      if (previous) previous.ranges.push({ start: seg.start, end: seg.end });
      else pending.push({ start: seg.start, end: seg.end });
      continue;
    }
    const ranges =
      seg.kind === 'main' ? [...pending, { start: seg.start, end: seg.end }] : [{ start: seg.start, end: seg.end }];
    if (seg.kind === 'main') pending = [];
    groups.push({ seg, ranges });
  }
  if (pending.length > 0) {
    const last = groups[groups.length - 1];
    if (last) last.ranges.unshift(...pending);
    else groups.push({ seg: { start: pending[0]!.start, end: pending.at(-1)!.end, kind: 'main' }, ranges: pending });
  }
  return groups;
}

function indexes(ranges: readonly TokenRange[]): number[] {
  return ranges.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k));
}

function voiceOf(tokens: readonly AnalyzedToken[], verbs: number[]): Clause['voice'] {
  const participles = verbs.filter((i) => tokens[i]!.upos === 'VERB' && tokens[i]!.feats.VerbForm === 'Part');
  const lemmas = verbs.map((i) => tokens[i]!.lemma);
  if (participles.length > 0 && lemmas.includes('werden')) {
    // `wird … bearbeitet` is passive; `wird … bearbeiten` (infinitive) is future and has no participle.
    return 'passive';
  }
  if (participles.length > 0 && lemmas.includes('sein')) {
    const lexical = tokens[participles[participles.length - 1]!]!.lemma;
    return SEIN_PERFECT.has(lexical) ? 'active' : 'state-passive';
  }
  const zu = verbs.some((i) => lower(tokens[i]!) === 'zu');
  if (zu && lemmas.includes('sein') && verbs.some((i) => tokens[i]!.feats.VerbForm === 'Inf')) return 'modal-passive';
  return 'active';
}

function negationsOf(tokens: readonly AnalyzedToken[], own: number[], verbs: number[]): Negation[] {
  const result: Negation[] = [];
  for (const i of own) {
    const t = tokens[i]!;
    const w = lower(t);
    if (t.lemma === 'kein' || /^kein(e|en|em|er|es)?$/.test(w)) {
      // `kein` negates its noun phrase: up to and including the next noun.
      let end = i + 1;
      while (end < tokens.length && own.includes(end) && !['NOUN', 'PROPN', 'PUNCT'].includes(tokens[end]!.upos)) end++;
      if (end < tokens.length && (tokens[end]!.upos === 'NOUN' || tokens[end]!.upos === 'PROPN')) end++;
      result.push({ token: i, word: t.text, scope: { start: i, end } });
    } else if (NEGATORS.has(w)) {
      // Sentence negation reaches from the negator over the rest of the clause's verb complex.
      const after = verbs.filter((v) => v > i);
      const end = (after.length > 0 ? Math.max(...after) : i) + 1;
      result.push({ token: i, word: t.text, scope: { start: i, end } });
    }
  }
  return result;
}

type Seed = 'alone' | 'in-phrase' | false;

/**
 * Time or place phrases: a seed word widened to its preposition(s) and the noun phrase that follows. Seeds
 * that are `in-phrase` only count inside a prepositional phrase, so a subject like `das Bürgerbüro` is not
 * taken for a place.
 */
function phrases(
  tokens: readonly AnalyzedToken[],
  own: number[],
  seed: (t: AnalyzedToken) => Seed,
  adps: Set<string>,
): TokenRange[] {
  const ownSet = new Set(own);
  const result: TokenRange[] = [];
  for (const i of own) {
    const kind = seed(tokens[i]!);
    if (!kind) continue;
    if (result.some((r) => i >= r.start && i < r.end)) continue;
    let start = i;
    while (ownSet.has(start - 1) && ['DET', 'ADJ', 'NUM'].includes(tokens[start - 1]!.upos)) start--;
    let hasAdp = false;
    // `innerhalb von zwei Wochen`, `bis zum 15. April`: take every preposition in front.
    while (ownSet.has(start - 1) && tokens[start - 1]!.upos === 'ADP' && adps.has(lower(tokens[start - 1]!))) {
      start--;
      hasAdp = true;
    }
    if (kind === 'in-phrase' && !hasAdp) continue;
    let end = i + 1;
    while (ownSet.has(end) && ['NUM', 'NOUN', 'PROPN'].includes(tokens[end]!.upos) && !seed(tokens[end]!)) end++;
    // `von 8 bis 12 Uhr`: a range stays one phrase.
    while (ownSet.has(end) && lower(tokens[end]!) === 'bis' && ownSet.has(end + 1)) {
      let k = end + 1;
      while (ownSet.has(k) && ['NUM', 'DET'].includes(tokens[k]!.upos) && !seed(tokens[k]!)) k++;
      if (!ownSet.has(k) || !seed(tokens[k]!)) break;
      end = k + 1;
    }
    const last = result[result.length - 1];
    if (last && last.end > start) result[result.length - 1] = { start: last.start, end: Math.max(end, last.end) };
    else result.push({ start, end });
  }
  return result;
}

const isTimeSeed = (t: AnalyzedToken): Seed => {
  const w = t.norm.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  if (t.kind === 'date' || t.kind === 'time' || TIME_WORDS.has(w) || TIME_WORDS.has(lemma)) return 'alone';
  return TIME_NOUNS.has(lemma) ? 'in-phrase' : false;
};

const isPlaceSeed = (t: AnalyzedToken): Seed => {
  const w = t.norm.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  if (PLACE_ADVERBS.has(w)) return 'alone';
  if (PLACE_WORDS.has(w) || PLACE_WORDS.has(lemma)) return 'in-phrase';
  if ((t.upos === 'NOUN' || t.upos === 'PROPN') && PLACE_NOUN_SUFFIXES.some((s) => lemma.endsWith(s)))
    return 'in-phrase';
  return false;
};

/**
 * The fields of a clause from its tokens (`own`), finite verb, opening word and verb complex: the left bracket is
 * the finite verb of a main clause, or everything up to the opening word of another; the right bracket is the
 * last run of verbs after it.
 */
function fieldsOf(
  tokens: readonly AnalyzedToken[],
  own: readonly number[],
  kind: ClauseKind,
  verbs: readonly number[],
  finiteVerb: number | undefined,
  introducer: number | undefined,
): ClauseFields {
  const words = own.filter((i) => tokens[i]!.upos !== 'PUNCT');
  while (words.length > 0 && tokens[words[0]!]!.upos === 'CCONJ') words.shift();
  const left = kind === 'main' ? finiteVerb : introducer;
  const at = left === undefined ? -1 : words.indexOf(left);
  const opening = at + 1;
  const verbSet = new Set(verbs);
  // `… hat die Eltern angeschrieben und teilt ihnen … mit`: a second clause joined without a comma stays in this
  // clause; it is left to the postfield, after the first one's right bracket
  let end = words.length;
  const second = words.findIndex((i, k) => k > opening && i !== finiteVerb && isFiniteAt(tokens, i));
  if (kind === 'main' && second > 0) {
    const joint = words.slice(opening, second).findLastIndex((i) => tokens[i]!.upos === 'CCONJ');
    if (joint >= 0) end = opening + joint;
  }
  let closeEnd = end;
  while (closeEnd > opening && !verbSet.has(words[closeEnd - 1]!)) closeEnd--;
  let closeStart = closeEnd;
  while (closeStart > opening && verbSet.has(words[closeStart - 1]!)) closeStart--;
  const none = closeStart === closeEnd;
  return {
    prefield: kind === 'main' ? words.slice(0, Math.max(at, 0)) : [],
    leftBracket: at < 0 ? [] : kind === 'main' ? [left!] : words.slice(0, opening),
    middleField: words.slice(opening, none ? end : closeStart),
    rightBracket: words.slice(closeStart, closeEnd),
    postfield: words.slice(none ? end : closeEnd),
  };
}

/** Analyses the clauses of one analysed sentence. */
export function analyzeClauses(tokens: readonly AnalyzedToken[]): SentenceStructure {
  const groups = groupRanges(tokens, segments(tokens));
  const clauses: Clause[] = groups.map(({ seg, ranges }) => {
    const own = indexes(ranges);
    const verbs = own.filter((i) => {
      const t = tokens[i]!;
      return isVerb(t) || t.verbIndex !== undefined || (lower(t) === 'zu' && t.upos === 'PART');
    });
    const finiteVerb = own.find((i) => isFiniteAt(tokens, i));
    const lexical = [...verbs].reverse().find((i) => tokens[i]!.upos === 'VERB');
    const verbLemma =
      lexical !== undefined ? tokens[lexical]!.lemma : finiteVerb !== undefined ? tokens[finiteVerb]!.lemma : undefined;
    const kind: ClauseKind = seg.kind === 'fragment' ? 'main' : seg.kind;
    return {
      kind,
      ranges,
      ...(seg.introducer === undefined ? {} : { introducer: seg.introducer }),
      ...(finiteVerb === undefined ? {} : { finiteVerb }),
      verbComplex: verbs,
      ...(verbLemma === undefined ? {} : { verbLemma }),
      voice: voiceOf(tokens, verbs),
      negations: negationsOf(tokens, own, verbs),
      time: phrases(tokens, own, isTimeSeed, TIME_ADPOSITIONS),
      place: phrases(tokens, own, isPlaceSeed, PLACE_ADPOSITIONS),
      fields: fieldsOf(tokens, own, kind, verbs, finiteVerb, seg.introducer),
    };
  });
  const last = [...tokens].reverse().find((t) => t.upos === 'PUNCT');
  const isQuestion = last?.norm === '?';
  const hasW = tokens.some((t) => W_WORDS.has(lower(t)) || t.feats.PronType === 'Int');
  const verbThenSie = (k: number): boolean => {
    const verb = tokens[k];
    const next = tokens[k + 1];
    return verb !== undefined && isFiniteAt(tokens, k) && next !== undefined && lower(next) === 'sie';
  };
  const first = tokens[0];
  const imperative =
    !isQuestion &&
    (verbThenSie(0) ||
      (first !== undefined && lower(first) === 'bitte' && verbThenSie(1)) ||
      first?.feats.Mood === 'Imp');
  return {
    clauses,
    ...(isQuestion ? { question: hasW ? ('w' as const) : ('yes-no' as const) } : {}),
    imperative,
  };
}

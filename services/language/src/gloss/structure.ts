// From the clause analysis to the units the gloss rules move around: clauses (coordinated main clauses
// split apart) and, within each clause, constituents with a role (time, subject, place, other, verb …).
import type { Clause, SentenceStructure, TokenRange } from '../clauses.js';
import type { AnalyzedToken } from '../types.js';
import type { ClauseWork, Constituent, GlossState, Role } from './state.js';
import { isVerb, lower } from './state.js';
import { CLAUSE_NEGATORS, MODAL_VERBS, W_WORDS, WIE_COMPLEMENTS } from './words.js';

const afterZu = (tokens: readonly AnalyzedToken[], i: number) => i > 0 && lower(tokens[i - 1]!) === 'zu';
const isFiniteAt = (tokens: readonly AnalyzedToken[], i: number) =>
  isVerb(tokens[i]!) && tokens[i]!.feats.VerbForm === 'Fin' && !afterZu(tokens, i);

const inRanges = (ranges: readonly TokenRange[], i: number) => ranges.some((r) => i >= r.start && i < r.end);

/**
 * Main clauses joined by `und`/`oder` are two clauses (`Füllen Sie das Formular aus und bringen Sie es
 * mit.`): the clause analysis keeps them as one, with two finite verbs. Split before the last coordinating
 * conjunction between two finite verbs.
 */
function splitCoordination(tokens: readonly AnalyzedToken[], own: readonly number[]): number[][] {
  const finite = own.filter((i) => isFiniteAt(tokens, i));
  if (finite.length < 2) return [[...own]];
  const cuts: number[] = [];
  for (let k = 1; k < finite.length; k++) {
    const between = own.filter((i) => i > finite[k - 1]! && i < finite[k]! && tokens[i]!.upos === 'CCONJ');
    const cut = between[between.length - 1];
    if (cut !== undefined) cuts.push(cut);
  }
  if (cuts.length === 0) return [[...own]];
  const parts: number[][] = [[]];
  for (const i of own) {
    if (cuts.includes(i)) parts.push([]);
    parts[parts.length - 1]!.push(i);
  }
  return parts.filter((p) => p.length > 0);
}

function clipRanges(ranges: readonly TokenRange[], part: readonly number[]): TokenRange[] {
  const first = part[0]!;
  const last = part[part.length - 1]!;
  return ranges.filter((r) => r.start >= first && r.end - 1 <= last);
}

/** Clause works in sentence order, and for each token the clause it belongs to. */
export function buildClauses(
  tokens: readonly AnalyzedToken[],
  structure: SentenceStructure,
): { clauses: ClauseWork[]; clauseOf: number[] } {
  const clauses: ClauseWork[] = [];
  const clauseOf = tokens.map(() => -1);
  structure.clauses.forEach((clause: Clause) => {
    const own = clause.ranges.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k));
    const parts = splitCoordination(tokens, own);
    parts.forEach((part, p) => {
      const set = new Set(part);
      const verbComplex = clause.verbComplex.filter((v) => set.has(v));
      const finiteVerb = part.find((i) => isFiniteAt(tokens, i));
      const lexical = [...verbComplex].reverse().find((v) => tokens[v]!.upos === 'VERB');
      const verbLemma =
        parts.length === 1
          ? clause.verbLemma
          : lexical !== undefined
            ? tokens[lexical]!.lemma
            : finiteVerb !== undefined
              ? tokens[finiteVerb]!.lemma
              : undefined;
      const introducer = p === 0 ? clause.introducer : undefined;
      const work: ClauseWork = {
        index: clauses.length,
        kind: clause.kind,
        tokens: part,
        ...(introducer === undefined ? {} : { introducer }),
        ...(clause.introducer === undefined ? {} : { introducedBy: clause.introducer }),
        ...(finiteVerb === undefined ? {} : { finiteVerb }),
        verbComplex,
        ...(verbLemma === undefined ? {} : { verbLemma }),
        voice: clause.voice,
        negations: clause.negations.filter((n) => set.has(n.token)),
        time: parts.length === 1 ? clause.time : clipRanges(clause.time, part),
        place: parts.length === 1 ? clause.place : clipRanges(clause.place, part),
        constituents: [],
        embedded: [],
      };
      for (const i of part) clauseOf[i] = work.index;
      clauses.push(work);
    });
  });
  return { clauses, clauseOf };
}

/** The W-word of a question, with `viel` of `wie viel`. */
export function isWhToken(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.feats.PronType === 'Int' || W_WORDS.has(lower(t))) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && lower(prev) === 'wie' && WIE_COMPLEMENTS.has(lower(t));
}

const isNumberToken = (t: AnalyzedToken) =>
  t.kind === 'number' || t.kind === 'money' || t.kind === 'percent' || t.kind === 'date' || t.kind === 'time';
const isNounish = (t: AnalyzedToken) => t.upos === 'NOUN' || t.upos === 'PROPN';
const isHead = (t: AnalyzedToken) =>
  isNounish(t) || (t.upos === 'PRON' && t.feats.Poss !== 'Yes') || isNumberToken(t) || t.kind === 'phone';

function isModifier(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.upos === 'DET' || t.upos === 'ADJ' || t.kind === 'ordinal') return true;
  if (t.upos === 'PRON' && t.feats.Poss === 'Yes') return true;
  if (t.upos === 'NUM' && !isNumberToken(t)) return true;
  // `sehr wichtige Unterlagen`: an adverb before an attributive adjective belongs to the noun phrase.
  const next = tokens[i + 1];
  return t.upos === 'ADV' && next !== undefined && next.upos === 'ADJ';
}

/** Cuts a run of tokens into noun phrases (modifiers + heads); other words stand alone. */
export function nounPhrases(tokens: readonly AnalyzedToken[], run: readonly number[]): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let hasHead = false;
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    hasHead = false;
  };
  run.forEach((i, n) => {
    const t = tokens[i]!;
    const last = current.length > 0 ? tokens[current[current.length - 1]!] : undefined;
    const contiguous = current.length === 0 || current[current.length - 1] === i - 1;
    if (!contiguous) flush();
    const next = run[n + 1] === i + 1 ? i + 1 : undefined;
    if (t.upos === 'CCONJ' && hasHead && next !== undefined && (isModifier(tokens, next) || isHead(tokens[next]!))) {
      // `Kinder und Jugendliche`: coordinated noun phrases are one constituent, so nothing is placed between them.
      current.push(i);
      hasHead = false;
    } else if (isModifier(tokens, i)) {
      if (hasHead) flush();
      current.push(i);
    } else if (isHead(t)) {
      // `Frau Müller`, `Hafenstraße 7`: a name after a title and a house number stay with their noun.
      const continues = last !== undefined && isNounish(last) && (isNounish(t) || isNumberToken(t));
      if (hasHead && !continues) flush();
      current.push(i);
      hasHead = true;
    } else {
      flush();
      chunks.push([i]);
    }
  });
  flush();
  return chunks;
}

/** Whether a noun phrase can be the subject of the finite verb: nominative, and agreeing with the verb. */
function isSubject(tokens: readonly AnalyzedToken[], chunk: readonly number[], finite: AnalyzedToken): boolean {
  const heads = chunk.map((i) => tokens[i]!).filter((t) => isNounish(t) || t.upos === 'PRON');
  const head = heads.find((t) => t.feats.Case === 'Nom');
  if (!head) return false;
  const vNumber = finite.feats.Number;
  const vPerson = finite.feats.Person;
  if (head.upos === 'PRON') {
    const person = head.feats.Person;
    // Plural verbs have one form for 1st and 3rd person (`wir/sie/Sie beglaubigen`).
    const samePerson =
      person === vPerson || (vNumber === 'Plur' && (person === '1' || person === '3') && vPerson !== '2');
    if (person && vPerson && !samePerson) return false;
    // The analysis gives `sie` one number; the verb decides (`sie wohnt`, `sie warten`).
    if (lower(head) === 'sie') return true;
    return !(head.feats.Number && vNumber && head.feats.Number !== vNumber);
  }
  if (vPerson && vPerson !== '3') return false;
  return !(head.feats.Number && vNumber && head.feats.Number !== vNumber);
}

function roleOf(state: GlossState, clause: ClauseWork, i: number, leading: boolean): Role {
  const { tokens } = state;
  const t = tokens[i]!;
  if (i === clause.introducer) return 'intro';
  if (leading && t.upos === 'CCONJ') return 'conj';
  if (clause.verbComplex.includes(i)) return 'verb';
  if (CLAUSE_NEGATORS.has(lower(t)) && clause.negations.some((n) => n.token === i)) return 'neg';
  if (lower(t) === 'bitte' && t.upos !== 'VERB') return 'bitte';
  if (isWhToken(tokens, i) && state.structure.question === 'w') return 'wh';
  if (inRanges(clause.time, i)) return 'time';
  if (inRanges(clause.place, i)) return 'place';
  return 'other';
}

/**
 * Groups each clause's glosses into constituents, in sentence order: time and place phrases as the clause
 * analysis found them, the verb complex as one, everything else as noun phrases; the first nominative noun
 * phrase that agrees with the finite verb is the subject.
 */
export function buildConstituents(state: GlossState): void {
  const { tokens } = state;
  for (const clause of state.clauses) {
    let leading = true;
    const roles = new Map<number, Role>();
    for (const i of clause.tokens) {
      const role = roleOf(state, clause, i, leading);
      if (role !== 'conj' && role !== 'intro') leading = false;
      roles.set(i, role);
    }
    const groups: { role: Role; tokens: number[] }[] = [];
    let verb: { role: Role; tokens: number[] } | undefined;
    let phrase: { role: Role; tokens: number[]; range: TokenRange | undefined } | undefined;
    let others: number[] = [];
    const flushOthers = () => {
      for (const chunk of nounPhrases(tokens, others)) groups.push({ role: 'other', tokens: chunk });
      others = [];
    };
    for (const i of clause.tokens) {
      const role = roles.get(i)!;
      if (role !== 'other') flushOthers();
      if (role === 'verb') {
        if (!verb) {
          verb = { role, tokens: [] };
          groups.push(verb);
        }
        verb.tokens.push(i);
        continue;
      }
      if (role === 'time' || role === 'place') {
        const range = (role === 'time' ? clause.time : clause.place).find((r) => i >= r.start && i < r.end);
        if (!phrase || phrase.role !== role || phrase.range !== range) {
          phrase = { role, tokens: [], range };
          groups.push(phrase);
        }
        phrase.tokens.push(i);
        continue;
      }
      phrase = undefined;
      if (role === 'other') others.push(i);
      else groups.push({ role, tokens: [i] });
    }
    flushOthers();
    const finite = clause.finiteVerb === undefined ? undefined : tokens[clause.finiteVerb];
    if (finite) {
      // A personal pronoun that can be the subject is it (`Informationen finden Sie …`), else the first noun phrase.
      const candidates = groups.filter((g) => g.role === 'other' && isSubject(tokens, g.tokens, finite));
      const subject =
        candidates.find((g) => g.tokens.some((i) => tokens[i]!.upos === 'PRON' && tokens[i]!.feats.Case === 'Nom')) ??
        candidates[0];
      if (subject) subject.role = 'subject';
    }
    clause.constituents = groups
      .map((g): Constituent => ({
        role: g.role,
        tokens: g.tokens,
        drafts: g.tokens.flatMap((i) => state.plans[i] ?? []),
      }))
      .filter((c) => c.drafts.length > 0);
  }
  state.blocks = [...state.clauses];
}

/** The clause opens with its finite verb (after a conjunction or `bitte`): `Rufen Sie …`, `und bringen Sie …`. */
export function opensWithVerb(state: GlossState, clause: ClauseWork): boolean {
  const verb = clause.finiteVerb;
  if (verb === undefined) return false;
  return clause.tokens
    .filter((i) => i < verb)
    .every((i) => {
      const t = state.tokens[i]!;
      return t.upos === 'CCONJ' || t.upos === 'PUNCT' || lower(t) === 'bitte';
    });
}

/**
 * A condition without `wenn`: a verb-first clause followed, after a comma, by a verb-first main clause
 * with an auxiliary or modal verb (`Wohnen Sie in einer Bewohnerparkzone, können Sie … beantragen.`).
 */
export function isVerbFirstCondition(state: GlossState, clause: ClauseWork): boolean {
  if (state.structure.question || clause.kind !== 'main' || !opensWithVerb(state, clause)) return false;
  const next = state.clauses[clause.index + 1];
  if (!next || next.kind !== 'main' || next.finiteVerb === undefined || next.tokens[0] !== next.finiteVerb)
    return false;
  const verb = state.tokens[next.finiteVerb]!;
  return verb.upos === 'AUX' || MODAL_VERBS.has(verb.lemma.toLowerCase());
}

// Feature extraction for the tagger. Everything that does not depend on predicted tags is computed once
// per sentence (`prepare`); the features of the previously predicted tags are added while decoding.
// The lexicon carries most of the weight: with ~1,400 training sentences, the set of word classes the
// lexicon allows for a form (and for its neighbours) is what generalises to unseen words.

import { isSentenceInitial } from '../disambiguate.js';
import type { Lexicon } from '../lexicon.js';
import type { Candidate, Token } from '../types.js';

export interface TaggerInput {
  readonly tokens: readonly Token[];
  /** Candidate readings per token, as generateCandidates makes them. */
  readonly candidates: readonly (readonly Candidate[])[];
  /** Lets the tagger test separable particles (`rufe … an`); optional. */
  readonly lexicon?: Lexicon;
}

export interface Prepared {
  readonly input: TaggerInput;
  readonly n: number;
  readonly lower: readonly string[];
  readonly initial: readonly boolean[];
  /** Lexicon signature: word classes of the exact readings, then `/f:` those found by case-folding … */
  readonly lex: readonly string[];
  /** Verb forms the lexicon allows (`Fin,Inf`), '' for none. */
  readonly vf: readonly string[];
  /** Index of the first token of the token's clause (after , ; : ( – "). */
  readonly clauseStart: readonly number[];
  /** Features that do not depend on predicted tags. */
  readonly static: readonly (readonly string[])[];
}

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '"', "''", '-', '--', '.', '!', '?']);

const AUX_CLASS: Readonly<Record<string, string>> = { sein: 'sein', haben: 'haben', werden: 'werden' };

const sorted = (set: Set<string>): string => [...set].sort().join('|');

/** Word classes the lexicon allows for one token, as a compact string. */
export function lexiconSignature(cands: readonly Candidate[]): string {
  const exact = new Set<string>();
  const folded = new Set<string>();
  const guess = new Set<string>();
  let compound = false;
  for (const c of cands) {
    if (c.source === 'guess' || c.source === 'tagger') guess.add(c.upos);
    else if (c.folded) folded.add(c.upos);
    else exact.add(c.upos);
    if (c.source === 'compound') compound = true;
  }
  if (exact.size === 0 && folded.size === 0) return `g:${sorted(guess)}`;
  for (const u of exact) folded.delete(u);
  let s = sorted(exact);
  if (folded.size > 0) s += `/f:${sorted(folded)}`;
  if (compound) s += '/c';
  return s;
}

function verbForms(cands: readonly Candidate[]): string {
  const set = new Set<string>();
  for (const c of cands) {
    if ((c.upos !== 'VERB' && c.upos !== 'AUX') || c.source === 'guess') continue;
    if (c.feats.Mood === 'Imp') set.add('Imp');
    else if (c.zuInfinitive) set.add('Izu');
    else if (c.feats.VerbForm) set.add(c.feats.VerbForm);
  }
  return [...set].sort().join(',');
}

/** A coarse shape: `Xx`, `x`, `X`, `d`, `Xd` … plus markers for hyphens and inner capitals. */
export function shape(word: string): string {
  let s = '';
  let last = '';
  for (const ch of word) {
    const k = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch === '-' ? '-' : 'p';
    if (k !== last) s += k;
    last = k;
  }
  return s.length > 5 ? s.slice(0, 5) : s;
}

function suffixes(w: string, out: string[], prefix: string): void {
  for (let k = 1; k <= 4 && k <= w.length; k++) out.push(`${prefix}${k}=${w.slice(-k)}`);
}

/** Whether the lower-case, clause-final word at i is the particle of a particle verb earlier in the clause. */
function particleCue(
  p: { lower: readonly string[]; clauseStart: readonly number[] },
  input: TaggerInput,
  i: number,
): boolean {
  const { tokens, lexicon } = input;
  if (!lexicon) return false;
  const w = tokens[i]!.norm;
  if (!/^\p{Ll}{2,9}$/u.test(w)) return false;
  const next = tokens[i + 1];
  if (next && next.kind !== 'punct') {
    if (!['und', 'oder', 'aber', 'sondern'].includes(next.norm)) return false;
  }
  for (let j = p.clauseStart[i]!; j < i; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    if (lexicon.joinSeparable(t.norm, w).length > 0) return true;
    if (j === p.clauseStart[i] && lexicon.joinSeparable(p.lower[j]!, w).length > 0) return true;
  }
  return false;
}

export function prepare(input: TaggerInput): Prepared {
  const { tokens, candidates } = input;
  const n = tokens.length;
  const lower = tokens.map((t) => t.norm.toLowerCase());
  const initial = tokens.map((_, i) => isSentenceInitial(tokens, i));
  const lex = candidates.map((c) => lexiconSignature(c));
  const vf = candidates.map((c) => verbForms(c));
  const clauseStart: number[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    clauseStart.push(start);
    if (tokens[i]!.kind === 'punct' && CLAUSE_BREAK.has(tokens[i]!.norm)) start = i + 1;
  }
  // what lies to the right inside the clause: participles, infinitives
  const right: string[] = new Array<string>(n).fill('');
  let seen = new Set<string>();
  for (let i = n - 1; i >= 0; i--) {
    right[i] = [...seen].sort().join('');
    if (tokens[i]!.kind === 'punct' && CLAUSE_BREAK.has(tokens[i]!.norm)) seen = new Set();
    else {
      const v = vf[i]!;
      if (v.includes('Part')) seen.add('P');
      if (v.includes('Inf')) seen.add('I');
    }
  }
  // the auxiliary before i inside the clause (sein/haben/werden/modal), from the lexicon's AUX readings
  const auxBefore: string[] = new Array<string>(n).fill('');
  for (let i = 0, aux = ''; i < n; i++) {
    if (clauseStart[i] === i) aux = '';
    auxBefore[i] = aux;
    const a = candidates[i]!.find((c) => c.upos === 'AUX' && c.feats.VerbForm === 'Fin' && !c.folded);
    if (a) aux = AUX_CLASS[a.lemma] ?? 'modal';
  }
  const word = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : lower[k]!);
  const lexAt = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : lex[k]!);
  const prep = { lower, clauseStart };
  const stat = tokens.map((t, i) => {
    const w = lower[i]!;
    const f: string[] = ['b', `w=${w}`, `sh=${shape(t.norm)}`, `L=${lex[i]}`, `k=${t.kind}`];
    suffixes(w, f, 's');
    for (let k = 1; k <= 3 && k < w.length; k++) f.push(`p${k}=${w.slice(0, k)}`);
    if (t.norm.includes('-')) f.push('hy');
    if (/\p{N}/u.test(t.norm)) f.push('dg');
    if (initial[i]) f.push('init', `init&sh=${shape(t.norm)}`, `init&L=${lex[i]}`);
    else if (/^\p{Lu}/u.test(t.norm)) f.push(`cap&L=${lex[i]}`);
    for (const u of new Set(candidates[i]!.map((c) => c.upos))) f.push(`Lh=${u}`);
    if (vf[i]) f.push(`vf=${vf[i]}`);
    f.push(
      `w-1=${word(i - 1)}`,
      `w+1=${word(i + 1)}`,
      `w-2=${word(i - 2)}`,
      `w+2=${word(i + 2)}`,
      `L-1=${lexAt(i - 1)}`,
      `L+1=${lexAt(i + 1)}`,
      `L+1&L=${lexAt(i + 1)}&${lex[i]}`,
      `L-1&L=${lexAt(i - 1)}&${lex[i]}`,
      `w&L+1=${w}&${lexAt(i + 1)}`,
      `w-1&w=${word(i - 1)}&${w}`,
      `w&w+1=${w}&${word(i + 1)}`,
      `s3-1=${word(i - 1).slice(-3)}`,
      `s3+1=${word(i + 1).slice(-3)}`,
    );
    const next = tokens[i + 1];
    if (next) {
      f.push(`k+1=${next.kind}`);
      if (vf[i + 1]) f.push(`vf+1=${vf[i + 1]}`);
      if (/^\p{Lu}/u.test(next.norm)) f.push(`w&cap+1=${w}`);
    }
    if (right[i]) f.push(`R=${right[i]}`, `R&L=${right[i]}&${lex[i]}`);
    if (auxBefore[i])
      f.push(`aux<=${auxBefore[i]}`, `aux<&L=${auxBefore[i]}&${lex[i]}`, `aux<&vf=${auxBefore[i]}&${vf[i]}`);
    f.push(`L-2=${lexAt(i - 2)}`, `L+2=${lexAt(i + 2)}`, `w&L-1=${w}&${lexAt(i - 1)}`);
    if (particleCue(prep, input, i)) f.push('prt', `prt&w=${w}`);
    if (i === clauseStart[i] && i > 0) f.push(`clause&w=${w}`);
    return f;
  });
  return { input, n, lower, initial, lex, vf, clauseStart, static: stat };
}

/** Features of the tags predicted so far (left context). */
export function dynamicFeatures(p: Prepared, i: number, tags: readonly string[]): string[] {
  const t1 = i > 0 ? tags[i - 1]! : '<s>';
  const t2 = i > 1 ? tags[i - 2]! : '<s>';
  let verbs = '';
  for (let k = p.clauseStart[i]!; k < i; k++) {
    if (tags[k] === 'AUX' && !verbs.includes('A')) verbs += 'A';
    if (tags[k] === 'VERB' && !verbs.includes('V')) verbs += 'V';
  }
  return [
    `t-1=${t1}`,
    `t-2=${t2}`,
    `t12=${t2}&${t1}`,
    `t-1&w=${t1}&${p.lower[i]}`,
    `t-1&L=${t1}&${p.lex[i]}`,
    `vb<=${verbs}`,
    `vb<&L=${verbs}&${p.lex[i]}`,
  ];
}

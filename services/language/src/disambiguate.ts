// Heuristic choice among candidate readings. Every rule is a small score adjustment with a name, so a
// decision can be explained by listing the rules that fired. The chooser sees the sentence, all
// candidates, and the readings already chosen to the left; a trained tagger can replace it through
// createAnalyzer(lexicon, { chooser }).

import { featsAgree } from './features.js';
import type { Candidate, Case, Feats, Token } from './types.js';

export interface ChoiceContext {
  readonly tokens: readonly Token[];
  readonly candidates: readonly (readonly Candidate[])[];
  readonly index: number;
  /** Readings chosen for the tokens before `index` (undefined where none was chosen yet). */
  readonly chosen: readonly (Candidate | undefined)[];
}

export interface Choice {
  readonly candidate: Candidate;
  readonly rule: string;
  readonly confidence: number;
}

export type Chooser = (ctx: ChoiceContext) => Choice;

const AGREEMENT: readonly (keyof Feats)[] = ['Case', 'Number', 'Gender'];
const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
const isAllCaps = (s: string): boolean => /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(s);
const isFinite = (c: Candidate): boolean =>
  (c.upos === 'VERB' || c.upos === 'AUX') && c.feats.VerbForm === 'Fin' && c.feats.Mood !== 'Imp';

/** First word of its sentence, allowing opening quotes/brackets and a colon before it. */
export function isSentenceInitial(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.norm === ':') return true;
    if (t.kind !== 'punct' && t.kind !== 'symbol') return false;
  }
  return true;
}

/** Whether the token after `index` looks like the start of a noun phrase's rest (adjective, noun, number). */
function nominalFollows(ctx: ChoiceContext): boolean {
  const j = ctx.index + 1;
  const next = ctx.tokens[j];
  if (!next) return false;
  if (next.kind === 'ordinal' || next.kind === 'number' || next.kind === 'money') return true;
  if (next.kind === 'abbreviation') return (ctx.candidates[j] ?? []).some((c) => c.upos === 'NOUN');
  if (next.kind !== 'word') return false;
  const cands = ctx.candidates[j] ?? [];
  if (isCapitalised(next.norm)) return !cands.every((c) => c.upos === 'PRON' || c.upos === 'DET' || c.upos === 'ADP');
  return cands.some((c) => c.upos === 'ADJ' && c.source !== 'guess') || cands.every((c) => c.source === 'guess');
}

/** The determiner a noun at `index` belongs to: nearest DET to the left with only adjectives/numbers between. */
function determinerBefore(ctx: ChoiceContext): number | undefined {
  for (let k = ctx.index - 1; k >= 0 && k >= ctx.index - 4; k--) {
    const c = ctx.chosen[k];
    if (!c) return undefined;
    if (c.upos === 'DET' || (c.upos === 'ADP' && c.contraction)) return k;
    if (c.upos !== 'ADJ' && c.upos !== 'NUM' && c.upos !== 'ADV') return undefined;
  }
  return undefined;
}

function governingCases(ctx: ChoiceContext, detIndex: number): readonly Case[] | undefined {
  const det = ctx.chosen[detIndex];
  if (det?.upos === 'ADP') return det.governs;
  const prev = ctx.chosen[detIndex - 1];
  return prev?.upos === 'ADP' ? prev.governs : undefined;
}

function score(ctx: ChoiceContext, c: Candidate): { score: number; reasons: string[] } {
  const { tokens, index } = ctx;
  const token = tokens[index]!;
  const word = token.norm;
  const initial = isSentenceInitial(tokens, index);
  const cands = ctx.candidates[index] ?? [];
  const reasons: string[] = [];
  let s = 0;
  const rule = (name: string, delta: number): void => {
    s += delta;
    reasons.push(name);
  };

  // Spelling: a reading found under a different capitalisation is weak, except at the sentence start.
  if (c.folded) s += initial || isAllCaps(word) ? 2 : 0.5;
  else s += 2;
  if (c.source === 'closed') s += 1;
  else if (c.source === 'compound') s -= 0.5;
  else if (c.source === 'guess') s -= 1.5;
  // German prefers indicative present; subjunctive and imperative readings need a reason.
  if (c.feats.Mood === 'Sub') s -= 0.3;
  if (c.feats.Mood === 'Imp') s -= 0.6;
  // Administrative text speaks of third persons; 1st/2nd person readings need a subject pronoun.
  if (c.feats.VerbForm === 'Fin' && c.feats.Person === '1') s -= 0.1;
  if (c.feats.VerbForm === 'Fin' && c.feats.Person === '2') s -= 0.2;

  const capitalised = isCapitalised(word);
  if (capitalised && !initial && (c.upos === 'NOUN' || c.upos === 'PROPN')) rule('capitalised-noun', 2);

  const next = tokens[index + 1];
  const nextCands = ctx.candidates[index + 1] ?? [];
  const nextPronoun = nextCands.find((d) => d.upos === 'PRON' && d.feats.Case === 'Nom' && d.feats.PronType === 'Prs');
  // Verb-first: „Bringen Sie …“, „Können Sie …“ — a sentence-initial word before a subject pronoun is the verb.
  if (initial && nextPronoun && next && /^\p{L}/u.test(next.norm) && isFinite(c)) {
    rule('verb-first', 3);
    if (featsAgree(c.feats, nextPronoun.feats, ['Person', 'Number'])) rule('subject-agreement', 1);
  }
  // Finite verb after a subject pronoun agrees with it.
  const prev = ctx.chosen[index - 1];
  if (prev?.upos === 'PRON' && prev.feats.Case === 'Nom' && isFinite(c)) {
    if (featsAgree(c.feats, prev.feats, ['Person', 'Number'])) rule('subject-agreement', 1);
  }

  // Inside a noun phrase: after a determiner come adjectives and the noun, not verbs.
  const det = determinerBefore(ctx);
  if (det !== undefined && !cands.every((d) => d.upos === c.upos)) {
    if (c.upos === 'NOUN' || c.upos === 'PROPN') {
      if (capitalised) rule('after-determiner', 1.5);
    } else if (c.upos === 'ADJ') {
      if (!capitalised) rule('after-determiner', 1.5);
    } else if (c.upos === 'VERB' || c.upos === 'AUX') rule('after-determiner', -1.5);
    else if (c.upos === 'PRON') rule('after-determiner', -1);
  }
  if (det !== undefined && c.upos === 'NOUN') {
    const detCands = ctx.candidates[det] ?? [];
    if (detCands.some((d) => featsAgree(d.feats, c.feats, AGREEMENT))) rule('agreement', 0.6);
    const governs = governingCases(ctx, det);
    if (governs && c.feats.Case && governs.includes(c.feats.Case)) rule('government', 0.3);
  }

  // An inflected adjective right before a noun (`Benötigte Unterlagen`, `neue Anträge`).
  if (c.upos === 'ADJ' && /(?:e|en|er|es|em)$/.test(word) && next && !isSentenceInitial(tokens, index + 1)) {
    if (isCapitalised(next.norm) && nextCands.some((d) => d.upos === 'NOUN' || d.source === 'compound')) {
      rule('adjective-before-noun', 1);
    }
  }

  // der/die/das, sein, ihr: determiner before a noun, pronoun (or verb) otherwise.
  const hasDet = cands.some((d) => d.upos === 'DET');
  const hasOther = cands.some((d) => d.upos === 'PRON' || d.upos === 'AUX');
  if (hasDet && hasOther) {
    const nominal = nominalFollows(ctx);
    if (c.upos === 'DET' && nominal) rule('determiner-before-noun', 2);
    if ((c.upos === 'PRON' || c.upos === 'AUX') && !nominal) {
      rule('standalone-pronoun', 2);
      const afterComma = prev?.upos === 'PUNCT' && tokens[index - 1]!.norm === ',';
      if (c.feats.PronType === 'Rel' && afterComma) rule('relative-after-comma', 0.5);
      if (c.feats.PronType === 'Dem' && !afterComma) rule('demonstrative', 0.5);
    }
  }

  // zu + infinitive is the particle; otherwise the preposition.
  if (word.toLowerCase() === 'zu' && (c.upos === 'PART' || c.upos === 'ADP')) {
    const infinitive =
      next !== undefined && !isCapitalised(next.norm) && nextCands.some((d) => d.feats.VerbForm === 'Inf');
    if ((c.upos === 'PART') === infinitive) rule(infinitive ? 'zu-infinitive' : 'zu-preposition', 2);
  }

  // Subordinating conjunctions open clauses: after a comma or at the start.
  if (c.upos === 'SCONJ') {
    if (initial || tokens[index - 1]?.norm === ',') rule('clause-start', 1.2);
    else rule('not-clause-start', -0.5);
  }
  if (c.upos === 'ADP' && cands.some((d) => d.upos === 'SCONJ') && next) {
    const nominal =
      ['number', 'time', 'date', 'ordinal', 'money'].includes(next.kind) || nextCands.some((d) => d.upos === 'DET');
    if (nominal) rule('preposition-before-noun-phrase', 2);
  }

  // Participles and infinitives: after an auxiliary or modal earlier in the sentence
  // („muss … gestellt werden“), or right before one at the end of a subordinate clause („… beantragt wurde“).
  if (
    (c.upos === 'VERB' || c.upos === 'AUX') &&
    (c.feats.VerbForm === 'Part' || c.feats.VerbForm === 'Inf') &&
    !capitalised
  ) {
    let clauseStart = index;
    while (clauseStart > 0 && tokens[clauseStart - 1]!.norm !== ',' && ctx.chosen[clauseStart - 1]?.upos !== 'CCONJ') {
      clauseStart--;
    }
    if (ctx.chosen.slice(clauseStart, index).some((d) => d?.upos === 'AUX')) rule('after-auxiliary', 1);
    else if (nextCands.some((d) => d.upos === 'AUX' && d.feats.VerbForm === 'Fin')) rule('before-auxiliary', 1);
  }
  return { score: s, reasons };
}

/** The default chooser: highest score wins, earlier candidates win ties (the lexicon lists likelier readings first). */
export const heuristicChooser: Chooser = (ctx) => {
  const cands = ctx.candidates[ctx.index] ?? [];
  if (cands.length === 0) throw new Error('heuristicChooser: no candidates');
  if (cands.length === 1) {
    const only = cands[0]!;
    const confidence = only.source === 'guess' ? 0.4 : only.source === 'compound' ? 0.75 : 1;
    return {
      candidate: only,
      rule: only.source === 'guess' || only.source === 'compound' ? only.source : 'only-reading',
      confidence,
    };
  }
  let best = 0;
  let bestScore = -Infinity;
  let secondScore = -Infinity;
  let bestReasons: string[] = [];
  cands.forEach((c, k) => {
    const { score: sc, reasons } = score(ctx, c);
    if (sc > bestScore) {
      secondScore = bestScore;
      bestScore = sc;
      best = k;
      bestReasons = reasons;
    } else if (sc > secondScore) secondScore = sc;
  });
  const chosen = cands[best]!;
  // Readings that differ only in features (case of a noun) leave the word class certain.
  const sameClass = cands.every((c) => c.upos === chosen.upos && c.lemma === chosen.lemma);
  const margin = bestScore - secondScore;
  let confidence = sameClass ? 0.9 : margin >= 2 ? 0.9 : margin >= 1 ? 0.75 : 0.6;
  if (chosen.source === 'guess') confidence = Math.min(confidence, 0.4);
  else if (chosen.source === 'compound') confidence = Math.min(confidence, 0.75);
  const rule = bestReasons.length > 0 ? bestReasons.join('+') : chosen.source === 'guess' ? 'guess' : 'lexicon-order';
  return { candidate: chosen, rule, confidence };
};

/**
 * Second pass over a sentence: a determiner takes the reading that agrees with its noun (and the
 * governing preposition), and the noun the reading that agrees with the determiner.
 * Returns the indices it changed.
 */
export function agreementPass(
  tokens: readonly Token[],
  candidates: readonly (readonly Candidate[])[],
  chosen: Candidate[],
): number[] {
  const changed: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const det = chosen[i];
    if (det?.upos !== 'DET') continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 4 && ['ADJ', 'NUM', 'ADV'].includes(chosen[j]?.upos ?? '')) j++;
    const noun = chosen[j];
    if (noun?.upos !== 'NOUN' && noun?.upos !== 'PROPN') continue;
    const governs = chosen[i - 1]?.upos === 'ADP' ? chosen[i - 1]!.governs : undefined;
    // Once the clause has a subject pronoun (and no copula), a bare noun phrase is rarely nominative:
    // „Füllen Sie das Formular aus“.
    let clauseStart = i;
    while (clauseStart > 0 && tokens[clauseStart - 1]!.norm !== ',') clauseStart--;
    const clause = chosen.slice(clauseStart, i);
    const subjectSeen =
      clause.some((c) => c?.upos === 'PRON' && c.feats.Case === 'Nom' && c.feats.PronType === 'Prs') &&
      !clause.some((c) => c?.upos === 'AUX' && (c.lemma === 'sein' || c.lemma === 'werden'));
    const detOptions = (candidates[i] ?? []).filter((d) => d.upos === 'DET' && d.lemma === det.lemma);
    const nounOptions = (candidates[j] ?? []).filter((n) => n.upos === noun.upos && n.lemma === noun.lemma);
    // the first (det, noun) pair that agrees, preferring the governed case
    let pair: [Candidate, Candidate] | undefined;
    for (const pass of [true, false]) {
      for (const d of detOptions) {
        if (pass && governs && d.feats.Case && !governs.includes(d.feats.Case)) continue;
        if (pass && !governs && subjectSeen && d.feats.Case === 'Nom') continue;
        const n = nounOptions.find((n) => featsAgree(d.feats, n.feats, AGREEMENT));
        if (n) {
          pair = [d, n];
          break;
        }
      }
      if (pair) break;
    }
    if (!pair) continue;
    if (pair[0] !== det) {
      chosen[i] = pair[0];
      changed.push(i);
    }
    if (pair[1] !== noun) {
      chosen[j] = pair[1];
      changed.push(j);
    }
  }
  return changed;
}

// A complexity score for one sentence: an estimate of how hard German learners find it, on the 1–7 scale of
// TextComplexityDE19 (MOS_Complexity; 1 = very easy). A linear model over a few features of the analysis;
// its weights were fitted by least squares on one half of TextComplexityDE19 (the articles with an even
// Article_ID) and are tested on the other half by scripts/eval-ls-checker.ts.

import { wordsOf } from './analysis.js';
import { letterCount, syllables } from './syllables.js';
import type { SentenceAnalysis } from './types.js';

export interface ComplexityFeatures {
  /** Words in the sentence. */
  readonly words: number;
  /** ln(1 + words): long sentences get harder, but less and less so per word. */
  readonly logWords: number;
  readonly syllablesPerWord: number;
  /** Share of words with 4 or more syllables. */
  readonly longWordShare: number;
  /** Share of words with more than 6 letters. */
  readonly longLetterShare: number;
  /** Clauses beyond the first (subordinate, relative, infinitive, coordinated). */
  readonly extraClauses: number;
  /** Passive, genitive and subjunctive forms (each counts 1). */
  readonly hardGrammar: number;
  /** Share of nouns and proper nouns among the words. */
  readonly nounShare: number;
}

export function complexityFeatures(a: SentenceAnalysis): ComplexityFeatures {
  const words = wordsOf(a.tokens);
  const n = words.length;
  if (n === 0) {
    return {
      words: 0,
      logWords: 0,
      syllablesPerWord: 0,
      longWordShare: 0,
      longLetterShare: 0,
      extraClauses: 0,
      hardGrammar: 0,
      nounShare: 0,
    };
  }
  const syl = words.map((w) => syllables(w.norm));
  const clauses = a.structure.clauses.filter((c) => c.finiteVerb !== undefined || c.kind === 'infinitive').length;
  const passive = a.structure.clauses.filter((c) => c.voice !== 'active').length;
  const genitive = a.tokens.filter((t) => t.feats.Case === 'Gen' && (t.upos === 'NOUN' || t.upos === 'PROPN')).length;
  const subjunctive = a.tokens.filter((t) => t.feats.Mood === 'Sub').length;
  return {
    words: n,
    logWords: Math.log(1 + n),
    syllablesPerWord: syl.reduce((x, y) => x + y, 0) / n,
    longWordShare: syl.filter((x) => x >= 4).length / n,
    longLetterShare: words.filter((w) => letterCount(w.norm) > 6).length / n,
    extraClauses: Math.max(0, clauses - 1),
    hardGrammar: passive + genitive + subjunctive,
    nounShare: words.filter((w) => w.token.upos === 'NOUN' || w.token.upos === 'PROPN').length / n,
  };
}

export const COMPLEXITY_FEATURES = [
  'words',
  'logWords',
  'syllablesPerWord',
  'longWordShare',
  'longLetterShare',
  'extraClauses',
  'hardGrammar',
  'nounShare',
] as const satisfies readonly (keyof ComplexityFeatures)[];

/** Intercept and weights, fitted on the even-Article_ID half of TextComplexityDE19 (`fittedOn` sentences). */
export const COMPLEXITY_MODEL: {
  readonly intercept: number;
  readonly weights: Readonly<Record<(typeof COMPLEXITY_FEATURES)[number], number>>;
  readonly fittedOn: number;
} = {
  intercept: -2.0837,
  weights: {
    words: -0.0012,
    logWords: 1.5947,
    syllablesPerWord: -0.1861,
    longWordShare: 1.5293,
    longLetterShare: 2.1165,
    extraClauses: 0.111,
    hardGrammar: 0.0536,
    nounShare: -0.9759,
  },
  fittedOn: 489,
};

/** Estimated complexity of one sentence, 1 (very easy) to 7 (very hard). */
export function complexityScore(a: SentenceAnalysis): number {
  const f = complexityFeatures(a);
  if (f.words === 0) return 1;
  let y = COMPLEXITY_MODEL.intercept;
  for (const k of COMPLEXITY_FEATURES) y += COMPLEXITY_MODEL.weights[k] * f[k];
  return Math.min(7, Math.max(1, y));
}

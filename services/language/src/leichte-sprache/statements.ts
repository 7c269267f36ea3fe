// Counts the statements (Aussagen) of a sentence, the unit of "one statement per sentence" (DIN SPEC 33429).
//
// The annotators of StaGE (GermEval 2024, Leichte-Sprache sentences from Hurraki) count a statement for every
// predication, including coordinated noun phrases, appositions and many adverbials; a sentence without a
// finite verb is a fragment (0). No single cue gets close, so the count is a rounded linear model over
// seven features of the analysis, fitted by least squares on StaGE `train.csv`, features chosen on
// `eval.csv`, and measured on `test.csv` by scripts/eval-ls-checker.ts (accuracy 0.70, MAE 0.34 there; the
// best published system reaches 0.78; always answering 1 gives 0.62).

import type { AnalyzedToken } from '../types.js';
import type { SentenceAnalysis } from './types.js';

const lower = (t: AnalyzedToken): string => t.norm.toLowerCase();
const isFinite = (tokens: readonly AnalyzedToken[], i: number): boolean =>
  (tokens[i]!.upos === 'VERB' || tokens[i]!.upos === 'AUX') &&
  tokens[i]!.feats.VerbForm === 'Fin' &&
  !(i > 0 && lower(tokens[i - 1]!) === 'zu');
const BOUNDARY = new Set([',', '.', ':', ';', '!', '?']);

export interface StatementFeatures {
  /** 1 when the sentence has no finite verb. */
  readonly noFiniteVerb: number;
  readonly commas: number;
  /** `und`/`oder` with no finite verb after them up to the next punctuation: coordinated phrases. */
  readonly coordinatedPhrases: number;
  /** Infinitive clauses (`um … zu …`). */
  readonly infinitiveClauses: number;
  readonly words: number;
  /** Prepositions (not `zu`). */
  readonly adpositions: number;
  readonly colons: number;
}

export function statementFeatures(a: SentenceAnalysis): StatementFeatures {
  const t = a.tokens;
  let finite = 0;
  let coordinated = 0;
  t.forEach((tok, i) => {
    if (isFinite(t, i)) finite++;
    if (i > 0 && tok.upos === 'CCONJ' && (lower(tok) === 'und' || lower(tok) === 'oder')) {
      let k = i + 1;
      let verb = false;
      while (k < t.length && !BOUNDARY.has(t[k]!.norm)) {
        if ((t[k]!.upos === 'VERB' || t[k]!.upos === 'AUX') && t[k]!.feats.VerbForm === 'Fin') verb = true;
        k++;
      }
      if (!verb) coordinated++;
    }
  });
  return {
    noFiniteVerb: finite === 0 ? 1 : 0,
    commas: t.filter((x) => x.norm === ',').length,
    coordinatedPhrases: coordinated,
    infinitiveClauses: a.structure.clauses.filter((c) => c.kind === 'infinitive').length,
    words: t.filter((x) => x.kind !== 'punct' && x.kind !== 'symbol').length,
    adpositions: t.filter((x) => x.upos === 'ADP' && lower(x) !== 'zu').length,
    colons: t.filter((x) => x.norm === ':').length,
  };
}

/** Weights fitted on StaGE train.csv (2,944 sentences). */
export const STATEMENT_MODEL: {
  readonly intercept: number;
  readonly weights: Readonly<Record<keyof StatementFeatures, number>>;
} = {
  intercept: 1.075,
  weights: {
    noFiniteVerb: -1.107,
    commas: 0.359,
    coordinatedPhrases: 0.367,
    infinitiveClauses: 0.658,
    words: 0.033,
    adpositions: 0.073,
    colons: -0.309,
  },
};

/** Estimated number of statements in a sentence (0 for a fragment). */
export function countStatements(a: SentenceAnalysis): number {
  const f = statementFeatures(a);
  let y = STATEMENT_MODEL.intercept;
  for (const k of Object.keys(STATEMENT_MODEL.weights) as (keyof StatementFeatures)[]) {
    y += STATEMENT_MODEL.weights[k] * f[k];
  }
  return Math.max(0, Math.round(y));
}

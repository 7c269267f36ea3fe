// Part-of-speech decoding: greedy left to right, each tag seeing the two tags before it.

import { UPOS_TAGS } from '../types.js';
import { dynamicFeatures, type Prepared } from './features.js';
import { argmax } from './perceptron.js';

export const UPOS_CLASSES: readonly string[] = UPOS_TAGS;

export interface Scorer {
  score(features: readonly string[], out: Float64Array): void;
}

export interface UposResult {
  readonly tags: string[];
  /** Score margin between the best and the second-best tag, per token. */
  readonly margins: number[];
}

export function decodeUpos(p: Prepared, scorer: Scorer, classes: readonly string[] = UPOS_CLASSES): UposResult {
  const tags: string[] = [];
  const margins: number[] = [];
  const scores = new Float64Array(classes.length);
  for (let i = 0; i < p.n; i++) {
    scores.fill(0);
    scorer.score(p.static[i]!, scores);
    scorer.score(dynamicFeatures(p, i, tags), scores);
    const best = argmax(scores);
    let second = -Infinity;
    for (let c = 0; c < scores.length; c++) if (c !== best && scores[c]! > second) second = scores[c]!;
    tags.push(classes[best]!);
    margins.push(scores[best]! - second);
  }
  copulaAsAux(p, tags);
  return { tags, margins };
}

/**
 * `sein` with a predicative adjective or a participle in its clause is the copula or auxiliary: AUX
 * („Der Antrag muss vollständig sein.“). GSD tags `sein` VERB only as a full verb („… dabei sein“), and
 * its few training examples do not teach the model the difference reliably.
 */
export function copulaAsAux(p: Prepared, tags: string[]): void {
  const { candidates } = p.input;
  for (let i = 0; i < p.n; i++) {
    if (tags[i] !== 'VERB') continue;
    if (!candidates[i]!.some((c) => c.upos === 'AUX' && c.lemma === 'sein' && (!c.folded || p.initial[i]))) continue;
    const start = p.clauseStart[i]!;
    for (let k = start; k < p.n && p.clauseStart[k] === start; k++) {
      if (k === i) continue;
      const predicativeAdjective = tags[k] === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tags[k + 1] ?? '');
      const participle = tags[k] === 'VERB' && p.vf[k]!.includes('Part');
      if (predicativeAdjective || participle) {
        tags[i] = 'AUX';
        break;
      }
    }
  }
}

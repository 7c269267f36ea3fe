// The rule translator's glosses for every sentence of the municipal samples, split by sample text into a part a
// gloss model may train on and a held-out part (every fifth text in name order) that measures it on unseen
// texts. Used by models/training/municipal_glosses.ts (training data) and tests/eval/models.ts (scores).
import type { DgsEngine } from '@bbs/translator';
import { loadSamples } from './samples.js';

/** Every fifth text is held out; the rest may be trained on. */
export const HELD_OUT_EVERY = 5;

export interface MunicipalGlossPair {
  sample: string;
  split: 'train' | 'heldout';
  /** The German sentence as it stands in the text (list markers removed). */
  text: string;
  /** The rules' glosses, space-separated, without pauses. */
  glosses: string;
}

/** The split of the `n`-th sample text (in name order). */
export const splitOf = (n: number): 'train' | 'heldout' =>
  n % HELD_OUT_EVERY === HELD_OUT_EVERY - 1 ? 'heldout' : 'train';

/** A sentence as it stands in a sample text, without its list marker and with single spaces. */
export const sentenceText = (raw: string): string =>
  raw
    .replace(/^\s*[-*#>]+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function municipalGlossPairs(dgs: DgsEngine): MunicipalGlossPair[] {
  return loadSamples().flatMap((sample, n) => {
    const split = splitOf(n);
    return dgs.gloss(sample.text).flatMap((sentence) => {
      const glosses = sentence.glosses
        .filter((g) => g.kind !== 'pause')
        .map((g) => g.gloss)
        .join(' ');
      const text = sentenceText(sample.text.slice(sentence.start, sentence.end));
      return text && glosses ? [{ sample: sample.id, split, text, glosses } as const] : [];
    });
  });
}

// Readability figures over a text's words. Every figure comes from four counts per word (syllables,
// letters) and the number of sentences, so they can be recomputed by hand.
//
// Flesch-Amstad (Amstad 1978): 180 − ASL − 58.5 × ASW, ASL = words per sentence, ASW = syllables per word.
// Wiener Sachtextformel 1 (Bamberger & Vanecek 1984): 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875,
//   MS = % words with ≥ 3 syllables, SL = words per sentence, IW = % words with > 6 letters, ES = % words with
//   one syllable.
// LIX (Björnsson 1968): SL + % words with > 6 letters.

import { letterCount, syllables } from './syllables.js';
import type { LsDocument, Stats } from './types.js';

export interface WordCounts {
  readonly syllables: number;
  readonly letters: number;
}

const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Stats from per-sentence word lists (each word's syllables and letters). */
export function statsFromCounts(sentences: readonly (readonly WordCounts[])[]): Stats {
  const nonEmpty = sentences.filter((s) => s.length > 0);
  const words = nonEmpty.flat();
  const n = words.length;
  const s = nonEmpty.length;
  if (n === 0 || s === 0) {
    return {
      sentences: s,
      words: 0,
      wordsPerSentence: 0,
      longWordShare: 0,
      syllablesPerWord: 0,
      fleschAmstad: 0,
      wienerSachtextformel: 0,
      lix: 0,
    };
  }
  const syl = words.reduce((sum, w) => sum + w.syllables, 0);
  const asl = n / s;
  const asw = syl / n;
  const share = (pred: (w: WordCounts) => boolean) => words.filter(pred).length / n;
  const ms = 100 * share((w) => w.syllables >= 3);
  const iw = 100 * share((w) => w.letters > 6);
  const es = 100 * share((w) => w.syllables === 1);
  return {
    sentences: s,
    words: n,
    wordsPerSentence: round(asl),
    longWordShare: round(
      share((w) => w.syllables >= 4),
      4,
    ),
    syllablesPerWord: round(asw),
    fleschAmstad: round(180 - asl - 58.5 * asw, 1),
    wienerSachtextformel: round(0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875, 1),
    lix: round(asl + iw, 1),
  };
}

/** Readability figures of an analysed text. */
export function readabilityStats(doc: LsDocument): Stats {
  return statsFromCounts(
    doc.sentences.map((s) => s.words.map((w) => ({ syllables: syllables(w.norm), letters: letterCount(w.norm) }))),
  );
}

import type { Timeline, TimelineItem } from '@bbs/protocol';

/** Why a sign needs a reviewer's eye: an unverified lexicon entry, or a word spelled letter by letter. */
export type SignMark = 'draft' | 'fingerspelled' | null;

/** German labels of the marks (shown as text, never as colour alone). */
export const MARK_LABELS: Record<Exclude<SignMark, null>, string> = {
  draft: 'Entwurf',
  fingerspelled: 'buchstabiert',
};

/**
 * The reviewer's mark of a timeline item. The compiler puts the lexicon entry's review state on lexical
 * items; where an item lacks it (an older service, a hand-made timeline), `lexiconReview` (the client's
 * bundled lexicon) answers. An unknown lexical gloss counts as a draft: nothing unverified looks verified.
 */
export function signMark(
  item: Pick<TimelineItem, 'kind' | 'gloss' | 'review'> | undefined,
  lexiconReview: (gloss: string) => 'draft' | 'approved' | undefined = () => undefined,
): SignMark {
  if (!item) return null;
  if (item.kind === 'fingerspell') return 'fingerspelled';
  if (item.kind !== 'lexical') return null;
  const review = item.review ?? lexiconReview(item.gloss) ?? 'draft';
  return review === 'draft' ? 'draft' : null;
}

export interface SentenceSpan {
  text: string;
  /** Timeline time (seconds) at which the sentence's signs begin and end. */
  start: number;
  end: number;
}

/**
 * Caption spans of the sentences of a whole-text timeline, from the per-sentence timelines the service
 * sends beside it (the whole is their concatenation, each starting where the one before ended).
 */
export function sentenceSpans(sentences: readonly Timeline[]): SentenceSpan[] {
  let offset = 0;
  return sentences.map((tl) => {
    const span = { text: tl.sentence?.text ?? '', start: offset, end: offset + tl.duration };
    offset += tl.duration;
    return span;
  });
}

/** Index of the sentence playing at `t`: the last that began at or before it (the first before it starts). */
export function sentenceAt(spans: readonly SentenceSpan[], t: number): number {
  if (spans.length === 0) return -1;
  let k = 0;
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start <= t + 1e-9) k = i;
  return k;
}

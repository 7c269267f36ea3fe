import type { RewriteResult, RewrittenSentence } from '@bbs/language';

/**
 * Rewrites the engine's input sentences as one text, so that a hard word is explained only where it first appears,
 * and gives each input sentence the rewritten sentences that came from it. Each input sentence is a paragraph of
 * its own: on one line only, a sentence without a full stop (`Herzlich willkommen,`) would be joined with the next,
 * and that one would come back unrewritten.
 */
export function rewritePerSentence(
  sentences: readonly string[],
  rewrite: (text: string) => RewriteResult,
): RewrittenSentence[][] {
  const starts: number[] = [];
  let joined = '';
  for (const s of sentences) {
    starts.push(joined.length);
    joined += `${s}\n\n`;
  }
  const owner = (offset: number): number => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    return i;
  };
  const out: RewrittenSentence[][] = sentences.map(() => []);
  for (const rewritten of rewrite(joined).sentences) out[owner(rewritten.sourceStart)]!.push(rewritten);
  return out;
}

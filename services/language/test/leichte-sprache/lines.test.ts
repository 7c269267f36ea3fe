// A Leichte Sprache model's output, one line per source sentence with ¶ where a line ends, laid out as the rule
// rewriter lays out its own: one sentence and one list item per line.
import { describe, expect, it } from '@jest/globals';

import { LINE_BREAK, oneSentencePerLine } from '../../src/index.js';

describe('oneSentencePerLine', () => {
  it('breaks at each ¶, so that a list ends where the model says', () => {
    expect(
      oneSentencePerLine(
        `Sie brauchen: ${LINE_BREAK} - den Personal-Ausweis ${LINE_BREAK} - ein Foto ${LINE_BREAK} Das Foto muss neu sein.`,
      ),
    ).toBe('Sie brauchen:\n- den Personal-Ausweis\n- ein Foto\nDas Foto muss neu sein.');
  });
  it('puts sentences the model wrote on one line on lines of their own, dates and amounts untouched', () => {
    expect(oneSentencePerLine('Am 3. Mai 2026 ist das Amt zu. Die Gebühr ist 12,50 €. Wer hilft mir?')).toBe(
      'Am 3. Mai 2026 ist das Amt zu.\nDie Gebühr ist 12,50 €.\nWer hilft mir?',
    );
  });
  it('leaves one sentence as it is', () => {
    expect(oneSentencePerLine('Das Bürger-Büro hilft Ihnen.')).toBe('Das Bürger-Büro hilft Ihnen.');
  });
});

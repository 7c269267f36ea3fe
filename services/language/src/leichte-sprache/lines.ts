// A Leichte Sprache model writes the easy lines of one source sentence on one line, with ¶ where a line ends, as it
// was trained (models/training/ls_rule_pairs.ts joins the rule rewriter's lines so). The service shows Leichte
// Sprache one sentence and one list item per line, as the rewriter writes it.
import { splitSentences } from '../sentences.js';

/** The mark a model writes where a line ends. */
export const LINE_BREAK = '¶';

/** One sentence per line: at each ¶, and between sentences the model wrote on one line without it; list markers stay. */
export function oneSentencePerLine(text: string): string {
  return text
    .split(LINE_BREAK)
    .flatMap((line) => splitSentences(line).map((s) => line.slice(s.marker?.start ?? s.start, s.end).trim()))
    .filter(Boolean)
    .join('\n');
}

// Synthetic German → Leichte Sprache pairs for the simplification model (build.py): the rule rewriter's output,
// its lines joined with ¶ (joinLines), kept only where the service's own gate accepts it once laid out again
// (every number and content word kept, no hard-rule error).
//
//   node --conditions=source --import tsx models/training/ls_rule_pairs.ts < sentences.jsonl > pairs.jsonl
//       reads JSON lines { text }, prints { text, target } for each accepted sentence
//   node --conditions=source --import tsx models/training/ls_rule_pairs.ts --samples > pairs.jsonl
//       the municipal samples (tests/support/municipal-leichte-sprache.ts), printed as
//       { sample, split, text, target, accepted } for every sentence
// A count goes to stderr.
import { createInterface } from 'node:readline';
import { oneSentencePerLine, rewriteLeichteSprache } from '@bbs/language';
import { acceptLeichteSprache, loadLanguageResources } from '@bbs/translator';
import { joinLines, municipalLeichteSprachePairs } from '../../tests/support/municipal-leichte-sprache.js';

const { analyzer, glossary } = await loadLanguageResources();
// The rules' own sentence is both the candidate and what the gate compares it with (explanations are the rules')
const gate = acceptLeichteSprache(glossary);
const accepted = (text: string, target: string) => gate(text, oneSentencePerLine(target), oneSentencePerLine(target), analyzer);

let read = 0;
let kept = 0;
const failed: string[] = [];
if (process.argv.includes('--samples')) {
  for (const pair of municipalLeichteSprachePairs(analyzer, glossary)) {
    read++;
    const ok = accepted(pair.text, pair.target);
    if (ok) kept++;
    console.log(JSON.stringify({ ...pair, accepted: ok }));
  }
} else {
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    read++;
    const { text } = JSON.parse(line) as { text: string };
    let target: string;
    try {
      target = joinLines(rewriteLeichteSprache(analyzer, text, { glossary }).text.split('\n'));
    } catch (err) {
      // The service would answer such a sentence with an error; the pair is left out and named for a fix.
      failed.push(`${(err as Error).message}: ${text}`);
      continue;
    }
    if (!target || !accepted(text, target)) continue;
    kept++;
    console.log(JSON.stringify({ text, target }));
  }
}
for (const f of failed) console.error(`[ls_rule_pairs] rewriter failed: ${f}`);
console.error(`[ls_rule_pairs] ${kept} of ${read} sentences rewritten and accepted by the gate; ${failed.length} failed`);

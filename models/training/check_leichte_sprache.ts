// How many of a Leichte Sprache model's outputs the service's gate (acceptLeichteSprache) accepts, with the
// reference line as the rules' sentence (for the municipal samples: the rule rewriter's output, ¶ for its line
// ends). Also each condition alone, and how many equal the reference. Prints one JSON line.
//
//   node --conditions=source --import tsx models/training/check_leichte_sprache.ts HYP_FILE SRC_FILE REF_FILE
import { readFileSync } from 'node:fs';
import {
  checkLeichteSprache,
  inventedWords,
  lostContentWords,
  oneSentencePerLine,
  preserved,
} from '@bbs/language';
import { acceptLeichteSprache, loadLanguageResources } from '@bbs/translator';

const [hypFile, srcFile, refFile] = process.argv.slice(2);
if (!hypFile || !srcFile || !refFile) throw new Error('usage: check_leichte_sprache.ts HYP_FILE SRC_FILE REF_FILE');
const lines = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
// The model marks its line ends with ¶; the service lays them out before its gate, as here.
const hyps = lines(hypFile).map(oneSentencePerLine);
const [srcs, refs] = [lines(srcFile), lines(refFile)];
const { analyzer, glossary } = await loadLanguageResources();
const accept = acceptLeichteSprache(glossary);
const count = (ok: (hyp: string, src: string, i: number) => boolean) => hyps.filter((h, i) => ok(h, srcs[i] ?? '', i)).length;
console.log(
  JSON.stringify({
    n: hyps.length,
    accepted: count((h, s, i) => accept(s, h, oneSentencePerLine(refs[i] ?? ''), analyzer)),
    numbersKept: count((h, s) => preserved(s, h)),
    wordsKept: count((h, s) => lostContentWords(analyzer, s, h).length === 0),
    nothingInvented: count((h, s, i) => inventedWords(analyzer, h, [s, refs[i] ?? '']).length === 0),
    noLineTwice: count((h) => new Set(h.split('\n')).size === h.split('\n').length),
    noErrors: count((h) => !checkLeichteSprache(analyzer, h).findings.some((f) => f.severity === 'error')),
    differFromRules: count((h, s, i) => accept(s, h, oneSentencePerLine(refs[i] ?? ''), analyzer) && h.split('\n').join(' ') !== refs[i]?.trim()),
    exact: count((h, _s, i) => h.split('\n').join(' ') === refs[i]?.trim()),
  }),
);

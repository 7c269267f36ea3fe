// Scores a hypothesis file with the project's TypeScript evaluators (tests/eval), so that build.py can check
// its Python metrics against them on the same files. Prints one JSON line.
//
//   node --conditions=source --import tsx models/training/check_metrics.ts --metric bleu|chrf|sari \
//        --src dev.src --hyp dev.greedy.hyp --ref dev.ref
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { corpusBleu, corpusChrf } from '../../tests/eval/metrics.js';
import { corpusSari, tokenize13a } from '../../tests/eval/sari.js';

const { values } = parseArgs({
  options: {
    metric: { type: 'string', default: 'bleu' },
    src: { type: 'string' },
    hyp: { type: 'string' },
    ref: { type: 'string' },
  },
});
const lines = (file: string | undefined): string[] => {
  if (!file) throw new Error('missing file argument');
  const text = readFileSync(file, 'utf8');
  return text.replace(/\n$/, '').split('\n');
};
const hyps = lines(values.hyp);
const refs = lines(values.ref);
if (values.metric === 'bleu') {
  console.log(JSON.stringify({ bleu: corpusBleu(hyps, refs).score, chrf: corpusChrf(hyps, refs), n: hyps.length }));
} else if (values.metric === 'chrf') {
  // Translation: sacreBLEU's defaults, chrF2 and BLEU after the 13a tokeniser.
  const bleu = corpusBleu(hyps.map(tokenize13a), refs.map(tokenize13a)).score;
  console.log(JSON.stringify({ chrf: corpusChrf(hyps, refs), bleu, n: hyps.length }));
} else {
  const srcs = lines(values.src);
  const sari = corpusSari(srcs, hyps, refs);
  const bleu = corpusBleu(hyps.map(tokenize13a), refs.map(tokenize13a)).score;
  console.log(JSON.stringify({ sari: sari.score, add: sari.add, keep: sari.keep, del: sari.del, bleu, n: hyps.length }));
}

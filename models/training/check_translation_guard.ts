// How many translations the service's guard for spoken targets passes (build.py, the gate of the default
// manifest): each output gets the terminology check and rewrite first, as `WithTerminology` does in the service,
// then `guardTranslation`. With a reference file, the human translations are checked the same way for comparison.
// Prints one JSON line { n, passed, rate, reasons, reference? }.
//
//   node --conditions=source --import tsx models/training/check_translation_guard.ts test.src test.hyp en [test.ref]
import { readFileSync } from 'node:fs';

import { checkTerminology, guardTranslation, type GuardReason } from '@bbs/language';

const lines = (file: string): string[] => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const [srcFile, hypFile, target = 'en', refFile] = process.argv.slice(2);
if (!srcFile || !hypFile) throw new Error('usage: check_translation_guard.ts SRC HYP [TARGET] [REF]');

function rate(sources: readonly string[], outputs: readonly string[]) {
  const reasons: Partial<Record<GuardReason, number>> = {};
  let passed = 0;
  sources.forEach((source, i) => {
    const { output, terms } = checkTerminology(source, outputs[i] ?? '', target);
    const result = guardTranslation(source, output, target, { terms });
    if (result.passed) passed++;
    for (const r of result.reasons) reasons[r] = (reasons[r] ?? 0) + 1;
  });
  return { n: sources.length, passed, rate: sources.length ? passed / sources.length : 0, reasons };
}

const sources = lines(srcFile);
const result = rate(sources, lines(hypFile));
const reference = refFile ? rate(sources, lines(refFile)) : undefined;
console.log(JSON.stringify({ ...result, ...(reference ? { reference } : {}) }));

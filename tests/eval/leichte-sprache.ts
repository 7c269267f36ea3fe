// `node --conditions=source --import tsx tests/eval/leichte-sprache.ts`: the rule rewriter German → Leichte
// Sprache on the openly licensed DEplain-web sentence test rows (767 pairs). Corpus SARI (EASSE default: 13a,
// lower-cased, micro-averaged, deletion F1; see sari.ts), BLEU (sacreBLEU default = 13a tokens, cased), the share
// of rows whose numbers/dates/amounts survive, readability and checker findings (DIN profile) per sentence for
// source, output and reference. Anchors from the dataset README and the DEplain paper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLeichteSprache, preserved, rewriteLeichteSprache } from '@bbs/language';
import { loadLanguageResources } from '@bbs/translator';
import { corpusBleu } from './metrics.js';
import { corpusSari, tokenize13a } from './sari.js';
import { parseCsv } from './csv.js';

const SHARED = fileURLToPath(new URL('../../../shared/datasets', import.meta.url));
const TEST_CSV = join(SHARED, 'deplain-web-sent-open', 'test.csv');
/** DEplain mBART (APA+web) on the 767 open test rows, computed in the dataset README with EASSE-style SARI. */
const MBART_OPEN_SARI = 40.73;
/** Best published SARI on the full 1,846-row DEplain-web sentence test (Stodden et al. 2023). */
const PUBLISHED_BEST_FULL = 38.05;

async function main(): Promise<void> {
  if (!existsSync(TEST_CSV)) {
    console.log(`DEplain-web open test set not found at ${TEST_CSV}; nothing to evaluate.`);
    return;
  }
  const [head, ...body] = parseCsv(readFileSync(TEST_CSV, 'utf8'));
  const col = (name: string) => {
    const i = head!.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing in ${TEST_CSV}`);
    return i;
  };
  const iOrig = col('original');
  const iSimple = col('simplification');
  const rows = body.filter((r) => r.length > 1 && r[iOrig]!.trim() && r[iSimple]!.trim());
  const sources = rows.map((r) => r[iOrig]!.trim());
  const references = rows.map((r) => r[iSimple]!.trim());

  const { analyzer, glossary } = await loadLanguageResources();
  const started = performance.now();
  // The rewriter gives one sentence per line; SARI and BLEU see the output as one line, as the references are.
  const outputs = sources.map((s) =>
    rewriteLeichteSprache(analyzer, s, { glossary }).text.split('\n').join(' ').trim(),
  );
  const seconds = (performance.now() - started) / 1000;
  const kept = sources.filter((s, k) => preserved(s, outputs[k]!)).length;

  const bleu = (hyps: readonly string[]) => corpusBleu(hyps.map(tokenize13a), references.map(tokenize13a)).score;
  const sari = corpusSari(sources, outputs, references);
  const identity = corpusSari(sources, sources, references);
  const sariPrecisionDel = corpusSari(sources, outputs, references, { deletion: 'precision' });

  const profile = (texts: readonly string[]) => {
    let sentences = 0;
    let words = 0;
    let flesch = 0;
    let errors = 0;
    let warnings = 0;
    for (const t of texts) {
      const r = checkLeichteSprache(analyzer, t, { profile: 'din', glossary });
      sentences += r.stats.sentences;
      words += r.stats.words;
      flesch += r.stats.fleschAmstad * r.stats.sentences;
      errors += r.findings.filter((f) => f.severity === 'error').length;
      warnings += r.findings.filter((f) => f.severity === 'warning').length;
    }
    return {
      wps: words / sentences,
      flesch: flesch / sentences,
      errors: errors / sentences,
      warnings: warnings / sentences,
    };
  };
  const rewrittenLines = sources.map((s) => rewriteLeichteSprache(analyzer, s, { glossary }).text);
  const stats = { source: profile(sources), output: profile(rewrittenLines), reference: profile(references) };

  const f = (x: number, d = 2) => x.toFixed(d);
  console.log(`DEplain-web sentence test, open rows: ${rows.length} pairs`);
  console.log(`rule rewriter: ${f(rows.length / seconds, 1)} rows/s (${f(seconds, 2)} s)\n`);
  console.log('| system | SARI | add | keep | del | BLEU |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| rule rewriter | ${f(sari.score)} | ${f(sari.add)} | ${f(sari.keep)} | ${f(sari.del)} | ${f(bleu(outputs))} |`,
  );
  console.log(
    `| identity (output = source) | ${f(identity.score)} | ${f(identity.add)} | ${f(identity.keep)} | ${f(identity.del)} | ${f(bleu(sources))} |`,
  );
  console.log(`| DEplain mBART APA+web (anchor, open rows) | ${MBART_OPEN_SARI} | | | | 40.55 |`);
  console.log(`| best published, full 1,846-row test (anchor) | ${PUBLISHED_BEST_FULL} | | | | |`);
  console.log(`\nrule rewriter SARI with precision-only deletion (Xu et al. 2016): ${f(sariPrecisionDel.score)}`);
  console.log(`numbers/dates/amounts preserved: ${kept}/${rows.length} (${f((100 * kept) / rows.length, 1)} %)\n`);
  console.log('| text | words/sentence | Flesch-Amstad | DIN errors/sentence | DIN warnings/sentence |');
  console.log('|---|---|---|---|---|');
  for (const [name, s] of Object.entries(stats))
    console.log(`| ${name} | ${f(s.wps, 1)} | ${f(s.flesch, 1)} | ${f(s.errors)} | ${f(s.warnings)} |`);
}

await main();

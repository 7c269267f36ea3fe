/// <reference types="node" />
// `npm run eval:analysis` — measures the analysis on the held-out part of UD German GSD (the last 400
// sentences of GSD test, never trained on): token F1 from raw text, UPOS, lemma and per-feature accuracy
// for the trained tagger (data/tagger-de.json) and the heuristic chooser as a baseline, analysis speed,
// and — when samples/gold/sentences.jsonl exists — UPOS and lemma on the project's own gold sentences.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createAnalyzer, createTagger, type TaggerModelJson } from '../src/index.js';
import { heldOutTable, loadFullLexicon, loadSamples, pct, scoreSamples, tokenF1 } from './evaluate.js';
import { GSD_DIR, gsdAvailable, loadSplit, REPO_ROOT, SPLIT_DESCRIPTION } from './gsd.js';

const MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'tagger-de.json');
const SAMPLES_FILE = join(REPO_ROOT, 'samples', 'gold', 'sentences.jsonl');

if (!gsdAvailable()) {
  console.log(`UD German GSD not found at ${GSD_DIR} (expected ../shared/datasets/ud-german beside the repository).`);
  console.log('Nothing to measure; skipping.');
  process.exit(0);
}
if (!existsSync(MODEL_FILE)) {
  console.log(`No model at ${MODEL_FILE}: run \`npm run train:tagger\` first.`);
  process.exit(1);
}

const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as TaggerModelJson;
const lexicon = loadFullLexicon();
const tagged = createAnalyzer(lexicon, { tagger: createTagger(model) });
const heuristic = createAnalyzer(lexicon);
const { heldOut } = loadSplit();

console.log(`Split: ${SPLIT_DESCRIPTION}.`);
console.log(`Model: ${model.meta.created}, trained on ${model.meta.data}; licence ${model.meta.licence}.`);
const { table, goldTokenCount } = heldOutTable(tagged, heuristic, heldOut);
console.log(`\nHeld-out: ${heldOut.length} sentences, ${goldTokenCount} gold tokens.`);
console.log('Raw text: each `# text` through our tokeniser; UPOS/lemma/features only where a token span equals a gold');
console.log('span (deliberate differences such as `12,50 €`, `9.30 Uhr`, `z. B.`, `US-Handel` are left out of those).');
console.log(
  "Contractions (`zum`) count as one token (ADP, lemma `zu`, the article's features). Separated particle verbs",
);
console.log(
  "are compared with GSD's bare-verb lemma (`fand … statt` → finden); the analyzer itself reports `stattfinden`.\n",
);
console.log(table.join('\n'));

const samples = loadSamples(SAMPLES_FILE);
if (samples) {
  const t = scoreSamples(tagged, samples);
  const h = scoreSamples(heuristic, samples);
  const f1 = tokenF1(t);
  console.log(
    `\nProject gold sentences (samples/gold/sentences.jsonl): ${samples.length} sentences, ${t.goldTokens} tokens`,
  );
  console.log('| measure | tagger | heuristics |');
  console.log('| --- | --- | --- |');
  console.log(`| token F1 from raw text | ${pct(f1.f1, 1)} | same tokeniser |`);
  console.log(`| UPOS | ${pct(t.upos, t.matched)} | ${pct(h.upos, h.matched)} |`);
  console.log(`| lemma | ${pct(t.lemma, t.matched)} | ${pct(h.lemma, h.matched)} |`);
} else {
  console.log("\n(samples/gold/sentences.jsonl not found: no figures on the project's own sentences.)");
}

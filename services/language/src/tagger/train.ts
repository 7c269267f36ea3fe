// Training of the tagger model (pure; scripts/train-tagger.ts feeds it UD German GSD). Deterministic:
// sentences are shuffled with a seeded generator, and ties break by class order.

import type { Lexicon } from '../lexicon.js';
import type { Candidate, Token } from '../types.js';
import { dynamicFeatures, prepare, type Prepared } from './features.js';
import { exceptionKey, lemmatize } from './lemma.js';
import {
  agreementOf,
  decideMorph,
  MORPH_FEATURES,
  morphContext,
  morphFeatures,
  type MorphAllowed,
  type MorphFeature,
  type MorphModelView,
  type MorphValues,
} from './morph.js';
import {
  argmax,
  meanWeights,
  PerceptronTrainer,
  quantise,
  seededRandom,
  shuffle,
  type WeightTableJson,
} from './perceptron.js';
import type { TaggerMeta, TaggerModelJson } from './tagger.js';
import { UPOS_CLASSES } from './upos.js';

export interface TrainingSentence {
  readonly tokens: readonly Token[];
  readonly candidates: readonly (readonly Candidate[])[];
  readonly upos: readonly string[];
  /** CoNLL-U feature strings ('' for none). */
  readonly feats: readonly string[];
  readonly lemmas: readonly string[];
}

export interface PreparedSentence extends TrainingSentence {
  readonly prepared: Prepared;
  readonly morph: readonly MorphValues[];
}

/** The predicted features of a CoNLL-U feature string, `_` where unset. */
export function morphValues(feats: string): MorphValues {
  const out: MorphValues = {};
  const map = new Map(feats ? feats.split('|').map((kv) => kv.split('=') as [string, string]) : []);
  for (const f of MORPH_FEATURES) out[f] = map.get(f) ?? '_';
  return out;
}

export function prepareSentences(sentences: readonly TrainingSentence[], lexicon?: Lexicon): PreparedSentence[] {
  return sentences.map((s) => ({
    ...s,
    prepared: prepare({ tokens: s.tokens, candidates: s.candidates, ...(lexicon ? { lexicon } : {}) }),
    morph: s.feats.map(morphValues),
  }));
}

export interface EpochHook {
  (epoch: number, snapshot: () => WeightTableJson): void;
}

export interface WeightOptions {
  /** Weights are stored as round(weight × scale). */
  readonly scale: number;
  /** Features whose largest averaged weight is below this are dropped. */
  readonly minWeight: number;
}

export const DEFAULT_WEIGHTS: WeightOptions = { scale: 100, minWeight: 0.05 };

/**
 * Trains the word-class model. With `ensemble` > 1, that many perceptrons are trained on different
 * shuffles (seeds seed, seed+1, …) and their averaged weights are averaged again: on this little data that
 * is worth about 0.25 points of accuracy in cross-validation, at the same model size.
 */
export function trainUpos(
  data: readonly PreparedSentence[],
  options: { epochs: number; seed: number; ensemble?: number; weights?: WeightOptions; onEpoch?: EpochHook },
): WeightTableJson {
  const runs = Math.max(1, options.ensemble ?? 1);
  const maps: Map<string, Float64Array>[] = [];
  for (let r = 0; r < runs; r++) {
    const trainer = uposRun(data, { ...options, seed: options.seed + r, ...(r > 0 ? { onEpoch: undefined } : {}) });
    maps.push(trainer.averaged());
  }
  return quantise(UPOS_CLASSES, runs === 1 ? maps[0]! : meanWeights(maps), options.weights ?? DEFAULT_WEIGHTS);
}

function uposRun(
  data: readonly PreparedSentence[],
  options: { epochs: number; seed: number; weights?: WeightOptions; onEpoch?: EpochHook | undefined },
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(UPOS_CLASSES);
  const random = seededRandom(options.seed);
  const scores = new Float64Array(UPOS_CLASSES.length);
  const classIndex = new Map(UPOS_CLASSES.map((c, k) => [c, k]));
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const s of shuffle([...data], random)) {
      const tags: string[] = [];
      const p = s.prepared;
      for (let i = 0; i < p.n; i++) {
        const features = [...p.static[i]!, ...dynamicFeatures(p, i, tags)];
        scores.fill(0);
        trainer.score(features, scores);
        const guess = argmax(scores);
        trainer.tick();
        trainer.update(features, classIndex.get(s.upos[i]!) ?? guess, guess);
        tags.push(UPOS_CLASSES[guess]!);
      }
    }
    options.onEpoch?.(epoch, () => trainer.toJson(weights));
  }
  return trainer;
}

/** Values each word class takes in the data, per feature (`_` included when seen unset). */
export function allowedValues(data: readonly PreparedSentence[]): MorphAllowed {
  const seen = new Map<string, Map<MorphFeature, Map<string, number>>>();
  for (const s of data) {
    s.upos.forEach((u, i) => {
      let byFeat = seen.get(u);
      if (!byFeat) seen.set(u, (byFeat = new Map()));
      for (const f of MORPH_FEATURES) {
        let counts = byFeat.get(f);
        if (!counts) byFeat.set(f, (counts = new Map()));
        const v = s.morph[i]![f]!;
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    });
  }
  const out: Record<string, Partial<Record<MorphFeature, string[]>>> = {};
  for (const [u, byFeat] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entry: Partial<Record<MorphFeature, string[]>> = {};
    for (const [f, counts] of byFeat) {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      // values seen at least twice and in at least 1 % of the class's tokens (drops annotation slips)
      const values = [...counts]
        .filter(([v, c]) => v === '_' || (c >= 2 && c >= 0.01 * total))
        .map(([v]) => v)
        .sort();
      if (values.length > 1 || (values.length === 1 && values[0] !== '_')) entry[f] = values;
    }
    out[u] = entry;
  }
  return out;
}

export function morphClasses(allowed: MorphAllowed): string[] {
  const set = new Set<string>();
  for (const byFeat of Object.values(allowed)) {
    for (const [f, values] of Object.entries(byFeat)) for (const v of values ?? []) set.add(`${f}=${v}`);
  }
  const order = new Map<string, number>(MORPH_FEATURES.map((f, k) => [f, k]));
  return [...set].sort((a, b) => {
    const fa = order.get(a.slice(0, a.indexOf('=')))!;
    const fb = order.get(b.slice(0, b.indexOf('=')))!;
    return fa - fb || (a < b ? -1 : a > b ? 1 : 0);
  });
}

export function trainMorph(
  data: readonly PreparedSentence[],
  allowed: MorphAllowed,
  options: { epochs: number; seed: number; ensemble?: number; weights?: WeightOptions; onEpoch?: EpochHook },
): WeightTableJson & { allowed: MorphAllowed } {
  const classes = morphClasses(allowed);
  const runs = Math.max(1, options.ensemble ?? 1);
  const maps: Map<string, Float64Array>[] = [];
  for (let r = 0; r < runs; r++) {
    const run = { ...options, seed: options.seed + r, ...(r > 0 ? { onEpoch: undefined } : {}) };
    maps.push(morphRun(data, allowed, classes, run).averaged());
  }
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  return { ...quantise(classes, runs === 1 ? maps[0]! : meanWeights(maps), weights), allowed };
}

function morphRun(
  data: readonly PreparedSentence[],
  allowed: MorphAllowed,
  classes: readonly string[],
  options: { epochs: number; seed: number; weights?: WeightOptions; onEpoch?: EpochHook | undefined },
): PerceptronTrainer {
  const index = new Map(classes.map((c, k) => [c, k]));
  const trainer = new PerceptronTrainer(classes);
  const random = seededRandom(options.seed);
  const scores = new Float64Array(classes.length);
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const s of shuffle([...data], random)) {
      // gold word classes while training; the predicted morphology of the left context, as at run time
      const ctx = morphContext(s.prepared, s.upos);
      const left: MorphValues[] = [];
      for (let i = 0; i < s.prepared.n; i++) {
        const features = morphFeatures(ctx, i, left);
        scores.fill(0);
        trainer.score(features, scores);
        trainer.tick();
        const byFeat = allowed[s.upos[i]!] ?? {};
        const predicted: MorphValues = {};
        for (const f of MORPH_FEATURES) {
          const values = byFeat[f];
          if (!values || values.length < 2) {
            predicted[f] = values?.[0] ?? '_';
            continue;
          }
          const idx = values.map((v) => index.get(`${f}=${v}`)!);
          const guess = argmax(scores, idx);
          const truth = index.get(`${f}=${s.morph[i]![f]}`);
          if (truth !== undefined && idx.includes(truth)) trainer.update(features, truth, guess);
          predicted[f] = classes[guess]!.slice(f.length + 1);
        }
        left.push(predicted);
      }
    }
    options.onEpoch?.(epoch, () => trainer.toJson(weights));
  }
  return trainer;
}

/**
 * Lemma corrections: where the lexicon and rules, given the gold tag and the predicted features, give a
 * different lemma than the data — and do so for most occurrences of the form and tag.
 */
export function learnLemmaExceptions(
  data: readonly PreparedSentence[],
  morph: MorphModelView,
  lexicon?: Lexicon,
): Record<string, string> {
  const stats = new Map<string, { right: number; gold: Map<string, number> }>();
  const scores = new Float64Array(morph.classes.length);
  for (const s of data) {
    const ctx = morphContext(s.prepared, s.upos);
    const left: MorphValues[] = [];
    for (let i = 0; i < s.prepared.n; i++) {
      scores.fill(0);
      morph.score(morphFeatures(ctx, i, left), scores);
      const { values, reading } = decideMorph(
        morph,
        scores,
        s.upos[i]!,
        ctx.readings[i]!,
        agreementOf(s.upos, i, left),
      );
      left.push(values);
      // learned from words inside the sentence only: a capital at the start says nothing about the lemma
      if (s.prepared.initial[i]) continue;
      const norm = s.tokens[i]!.norm;
      const lemma = lemmatize({
        text: s.tokens[i]!.text,
        norm,
        upos: s.upos[i]!,
        values,
        reading,
        candidates: s.candidates[i]!,
        initial: s.prepared.initial[i]!,
        lexicon,
      });
      const key = exceptionKey(norm, s.upos[i]!);
      let st = stats.get(key);
      if (!st) stats.set(key, (st = { right: 0, gold: new Map() }));
      const gold = s.lemmas[i]!;
      // the hand-written closed classes fix some conventions on purpose (polite `Ihr`, `Sie`): keep them
      const deliberate = reading?.source === 'closed' && gold.toLowerCase() === lemma.toLowerCase();
      if (lemma === gold || deliberate) st.right++;
      st.gold.set(gold, (st.gold.get(gold) ?? 0) + 1);
    }
  }
  const out: Record<string, string> = {};
  for (const [key, st] of [...stats].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [gold, count] = [...st.gold].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (count > st.right) out[key] = gold;
  }
  return out;
}

export function modelJson(
  meta: TaggerMeta,
  upos: WeightTableJson,
  morph: WeightTableJson & { allowed: MorphAllowed },
  lemmas: Record<string, string>,
): TaggerModelJson {
  return { format: 'bbs-tagger', version: 1, meta, upos, morph, lemmas };
}

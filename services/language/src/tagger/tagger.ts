// The trained tagger: word class (UPOS), morphological features and lemma for every token of a
// sentence, from a model file made by scripts/train-tagger.ts. Pure and browser-safe: the caller loads
// the JSON (fetch, fs, bundler) and hands it to createTagger, as with the dictionaries.

import { parseFeats } from '../features.js';
import type { Candidate, Feats, Upos } from '../types.js';
import { prepare, type TaggerInput } from './features.js';
import { exceptionKey, lemmatize } from './lemma.js';
import {
  agreementOf,
  decideMorph,
  MORPH_FEATURES,
  morphContext,
  morphFeatures,
  morphGroups,
  type MorphAllowed,
  type MorphModelView,
  type MorphValues,
} from './morph.js';
import { WeightTable, type WeightTableJson } from './perceptron.js';
import { decodeUpos } from './upos.js';

export interface TaggerMeta {
  /** What the model was trained on, its licence, split and figures: see data/TAGGER_CARD.md. */
  readonly data: string;
  readonly licence: string;
  readonly split: string;
  readonly created: string;
  /** The lexicon sources the features were computed with; the analyzer must use the same. */
  readonly lexicon: { readonly adjectives: boolean };
  readonly [key: string]: unknown;
}

export interface TaggerModelJson {
  readonly format: 'bbs-tagger';
  readonly version: 1;
  readonly meta: TaggerMeta;
  readonly upos: WeightTableJson;
  readonly morph: WeightTableJson & { readonly allowed: MorphAllowed };
  /** Lemma corrections learned from the training data: `form\tUPOS` → lemma. */
  readonly lemmas: Readonly<Record<string, string>>;
}

export interface TaggedToken {
  readonly upos: Upos;
  readonly feats: Feats;
  readonly lemma: string;
  /** The lexicon reading the features and lemma came from, if one fitted. */
  readonly reading?: Candidate;
  /** From the score margin between the best and the second-best word class, in (0.5, 1). */
  readonly confidence: number;
}

export interface Tagger {
  readonly meta: TaggerMeta;
  /** Tags one sentence: its tokens and their candidate readings (as the analyzer makes them). */
  tag(input: TaggerInput): TaggedToken[];
}

const MORPH_SET: ReadonlySet<string> = new Set(MORPH_FEATURES);

/** UD features of a token: the reading's features, with the predicted morphology in place of its own. */
export function combineFeats(reading: Candidate | undefined, values: MorphValues): Feats {
  const parts: string[] = [];
  if (reading) {
    for (const [k, v] of Object.entries(reading.feats))
      if (!MORPH_SET.has(k) && v !== undefined) parts.push(`${k}=${v}`);
  }
  for (const f of MORPH_FEATURES) {
    const v = values[f];
    if (v !== undefined && v !== '_') parts.push(`${f}=${v}`);
  }
  return parseFeats(parts.join('|'));
}

export function createTagger(model: TaggerModelJson): Tagger {
  if (model.format !== 'bbs-tagger' || model.version !== 1) throw new Error('createTagger: not a bbs-tagger v1 model');
  const upos = new WeightTable(model.upos);
  const morphTable = new WeightTable(model.morph);
  const morph: MorphModelView = {
    classes: model.morph.classes,
    groups: morphGroups(model.morph.classes),
    allowed: model.morph.allowed,
    score: (f, out) => morphTable.score(f, out),
  };
  const exceptions = model.lemmas;

  return {
    meta: model.meta,
    tag(input) {
      const p = prepare(input);
      const { tags, margins } = decodeUpos(p, upos, model.upos.classes);
      const ctx = morphContext(p, tags);
      const left: MorphValues[] = [];
      const scores = new Float64Array(morph.classes.length);
      const out: TaggedToken[] = [];
      for (let i = 0; i < p.n; i++) {
        scores.fill(0);
        morph.score(morphFeatures(ctx, i, left), scores);
        const u = tags[i]!;
        const { values, reading } = decideMorph(morph, scores, u, ctx.readings[i]!, agreementOf(tags, i, left));
        left.push(values);
        const lemma = lemmatize({
          text: input.tokens[i]!.text,
          norm: input.tokens[i]!.norm,
          upos: u,
          values,
          reading,
          candidates: input.candidates[i]!,
          initial: p.initial[i]!,
          lexicon: input.lexicon,
          exceptions,
        });
        out.push({
          upos: u as Upos,
          feats: combineFeats(reading, values),
          lemma,
          ...(reading ? { reading } : {}),
          confidence: 1 / (1 + Math.exp(-margins[i]!)),
        });
      }
      return out;
    },
  };
}

export { exceptionKey };

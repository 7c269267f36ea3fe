// Morphological features: one perceptron whose classes are feature values (`Case=Nom`, `Case=_` …).
// Each feature is decided among its own values — in effect one classifier per feature sharing one
// table — and, where the lexicon has readings of the predicted word class, the reading whose values
// score best is taken whole, so the features of a word stay a combination the lexicon knows.

import { SUBJECT_PRONOUNS } from '../closed-class.js';
import type { Candidate, FeatName } from '../types.js';
import type { Prepared } from './features.js';
import { argmax } from './perceptron.js';

/** The features the tagger predicts (the others come from the chosen lexicon reading). */
export const MORPH_FEATURES = [
  'Case',
  'Number',
  'Gender',
  'Person',
  'Tense',
  'Mood',
  'VerbForm',
  'Voice',
  'Degree',
] as const satisfies readonly FeatName[];
export type MorphFeature = (typeof MORPH_FEATURES)[number];

/** Values per feature; `_` stands for "not set". */
export type MorphValues = Partial<Record<MorphFeature, string>>;

/** Which values each word class may take, per feature (learned from the training data). */
export type MorphAllowed = Readonly<Record<string, Partial<Record<MorphFeature, readonly string[]>>>>;

/** Word classes whose lexicon readings can stand in for each other when looking up features. */
export function compatibleUpos(upos: string): readonly string[] {
  switch (upos) {
    case 'AUX':
    case 'VERB':
      return ['AUX', 'VERB'];
    case 'NOUN':
    case 'PROPN':
      return ['NOUN', 'PROPN'];
    case 'DET':
    case 'PRON':
      return ['DET', 'PRON'];
    default:
      return [upos];
  }
}

/**
 * Lexicon readings usable for a token tagged `upos`: the same class first, then compatible ones. Inside a
 * sentence, readings found only by changing the case of the word are used only when there are no others
 * (`Sie`, `Ihr` there are the polite forms).
 */
export function readingsFor(cands: readonly Candidate[], upos: string, initial = true): Candidate[] {
  let usable = cands.filter((c) => c.source !== 'guess' && c.source !== 'tagger');
  if (!initial && usable.some((c) => !c.folded && compatibleUpos(upos).includes(c.upos))) {
    usable = usable.filter((c) => !c.folded);
  }
  const same = usable.filter((c) => c.upos === upos);
  if (same.length > 0) return same;
  const compatible = compatibleUpos(upos);
  return usable.filter((c) => compatible.includes(c.upos));
}

const AGREEMENT = ['Case', 'Number', 'Gender'] as const;

/**
 * The features a noun or adjective at i must agree with: those of the determiner (or contraction `im`,
 * `zur`) that opens its noun phrase, when only adjectives, adverbs and numbers stand between.
 */
export function agreementOf(upos: readonly string[], i: number, left: readonly MorphValues[]): MorphValues | undefined {
  const u = upos[i]!;
  if (u !== 'NOUN' && u !== 'ADJ' && u !== 'PROPN') return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = upos[k]!;
    if (t === 'DET' || t === 'ADP') {
      const m = left[k];
      if (!m || (t === 'ADP' && (m.Case ?? '_') === '_')) return undefined;
      // GSD leaves Gender off plural determiners: agree on what is set
      return { Case: m.Case ?? '_', Number: m.Number ?? '_', Gender: m.Gender ?? '_' };
    }
    if (!NP_INNER.has(t)) return undefined;
  }
  return undefined;
}

const valueOf = (c: Candidate, f: MorphFeature): string => (c.feats[f] as string | undefined) ?? '_';

const NP_INNER = new Set(['ADJ', 'ADV', 'NUM']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

export interface MorphContext {
  readonly p: Prepared;
  readonly upos: readonly string[];
  /** Readings per token for its tag (readingsFor), precomputed. */
  readonly readings: readonly (readonly Candidate[])[];
}

export function morphContext(p: Prepared, upos: readonly string[]): MorphContext {
  return { p, upos, readings: upos.map((u, i) => readingsFor(p.input.candidates[i]!, u, p.initial[i])) };
}

function lexValues(readings: readonly Candidate[], f: MorphFeature): string {
  const set = new Set<string>();
  for (const c of readings) set.add(valueOf(c, f));
  return [...set].sort().join(',');
}

/** Features for the morphology of token i, given all tags and the morphology predicted to its left. */
export function morphFeatures(ctx: MorphContext, i: number, left: readonly MorphValues[]): string[] {
  const { p, upos, readings } = ctx;
  const n = p.n;
  const u = upos[i]!;
  const w = p.lower[i]!;
  const tag = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : upos[k]!);
  const f: string[] = [`u=${u}`, `uw=${u}&${w}`, `uW=${u}&${p.input.tokens[i]!.norm}`];
  for (let k = 1; k <= 4 && k <= w.length; k++) f.push(`us${k}=${u}&${w.slice(-k)}`);
  f.push(
    `u-1=${tag(i - 1)}&${u}`,
    `u+1=${u}&${tag(i + 1)}`,
    `u-1w=${tag(i - 1)}&${w}`,
    `w-1=${u}&${i > 0 ? p.lower[i - 1] : '<s>'}`,
    `w+1=${u}&${i + 1 < n ? p.lower[i + 1] : '</s>'}`,
  );
  const own = readings[i]!;
  if (own.length > 0) {
    for (const feat of MORPH_FEATURES) f.push(`lx${feat}=${u}&${lexValues(own, feat)}`);
  } else f.push(`nolex=${u}`);
  // left: the word before, the preposition and determiner of the noun phrase
  if (i > 0) {
    const m = left[i - 1]!;
    f.push(`pm=${tag(i - 1)}&${m.Case ?? '_'}${m.Number ?? '_'}${m.Gender ?? '_'}&${u}`);
  }
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = upos[k]!;
    if (t === 'ADP') {
      f.push(`adp=${u}&${p.lower[k]}`);
      break;
    }
    if (t === 'DET' && k < i - 1) {
      const m = left[k]!;
      f.push(`det=${u}&${m.Case ?? '_'}${m.Number ?? '_'}${m.Gender ?? '_'}`, `detw=${u}&${p.lower[k]}`);
    }
    if (t !== 'DET' && !NP_INNER.has(t)) break;
  }
  // right: the head noun of the phrase a determiner or adjective belongs to
  if (u === 'DET' || u === 'ADJ' || u === 'NUM' || u === 'PRON' || u === 'ADP') {
    for (let j = i + 1; j < n && j <= i + 5; j++) {
      const t = upos[j]!;
      if (NOMINAL.has(t)) {
        const r = readings[j]!;
        f.push(`hs=${u}&${p.lower[j]!.slice(-2)}`);
        if (r.length > 0)
          for (const feat of ['Case', 'Number', 'Gender'] as const) f.push(`h${feat}=${u}&${lexValues(r, feat)}`);
        else f.push(`hnolex=${u}`);
        break;
      }
      if (!NP_INNER.has(t) && t !== 'DET') break;
    }
  }
  if (u === 'VERB' || u === 'AUX') {
    // subject pronouns nearby, and a participle in the clause (passive werden)
    let part = false;
    for (let k = p.clauseStart[i]!; k < n; k++) {
      if (k > i && p.clauseStart[k] !== p.clauseStart[i]) break;
      if (k !== i && SUBJECT_PRONOUNS.has(p.lower[k]!) && Math.abs(k - i) <= 3) f.push(`subj=${u}&${p.lower[k]}`);
      if (k !== i && k > 0 && p.input.tokens[k]!.norm === 'Sie') f.push(`subjSie=${u}`);
      if (k !== i && upos[k] === 'VERB' && p.vf[k]!.includes('Part')) part = true;
    }
    if (part) f.push(`part=${u}&${w}`, `part=${u}`);
  }
  return f;
}

export interface MorphModelView {
  readonly classes: readonly string[];
  /** Class indices per feature. */
  readonly groups: Readonly<Record<MorphFeature, readonly number[]>>;
  readonly allowed: MorphAllowed;
  score(features: readonly string[], out: Float64Array): void;
}

export function morphGroups(classes: readonly string[]): Record<MorphFeature, number[]> {
  const groups = Object.fromEntries(MORPH_FEATURES.map((f) => [f, [] as number[]])) as Record<MorphFeature, number[]>;
  classes.forEach((c, k) => {
    const f = c.slice(0, c.indexOf('=')) as MorphFeature;
    groups[f]?.push(k);
  });
  return groups;
}

/**
 * Decides the features of token i. `scores` must hold the class scores for its features. Returns the
 * values (`_` = unset) and, when one was used, the lexicon reading they came from.
 */
export function decideMorph(
  model: MorphModelView,
  scores: Float64Array,
  upos: string,
  allReadings: readonly Candidate[],
  agree?: MorphValues,
): { values: MorphValues; reading?: Candidate } {
  const allowed = model.allowed[upos] ?? {};
  // inside a noun phrase, keep to readings that agree with its determiner
  let readings = allReadings;
  if (agree) {
    const agreeing = allReadings.filter((r) =>
      AGREEMENT.every((f) => {
        const a = agree[f];
        const v = r.feats[f] as string | undefined;
        return a === undefined || a === '_' || v === undefined || v === a;
      }),
    );
    if (agreeing.length > 0) readings = agreeing;
  }
  const values: MorphValues = {};
  const best: Partial<Record<MorphFeature, { value: string; score: number }>> = {};
  const classIndex = (f: MorphFeature, v: string): number | undefined =>
    model.groups[f].find((k) => model.classes[k] === `${f}=${v}`);
  for (const f of MORPH_FEATURES) {
    const vals = allowed[f];
    if (!vals || vals.length === 0 || (vals.length === 1 && vals[0] === '_')) {
      values[f] = '_';
      continue;
    }
    let idx = vals.map((v) => classIndex(f, v)).filter((k): k is number => k !== undefined);
    const a = agree?.[f];
    if (a !== undefined && a !== '_' && (AGREEMENT as readonly string[]).includes(f) && vals.includes(a)) {
      idx = idx.filter((k) => model.classes[k] === `${f}=${a}`);
    }
    const k = idx.length > 0 ? argmax(scores, idx) : -1;
    const v = k >= 0 ? model.classes[k]!.slice(f.length + 1) : '_';
    values[f] = v;
    best[f] = { value: v, score: k >= 0 ? scores[k]! : 0 };
  }
  if (readings.length === 0) return { values };
  // the lexicon reading whose values score best; a feature the reading leaves open keeps the free choice
  let chosen: Candidate | undefined;
  let chosenScore = -Infinity;
  for (const r of readings) {
    let s = 0;
    for (const f of MORPH_FEATURES) {
      const b = best[f];
      if (!b) continue;
      const v = r.feats[f] as string | undefined;
      if (v === undefined) s += b.score;
      else {
        const k = classIndex(f, v);
        s += k === undefined ? b.score - 1e3 : scores[k]!;
      }
    }
    if (s > chosenScore) {
      chosenScore = s;
      chosen = r;
    }
  }
  if (chosen) {
    // a value the reading sets wins over any other value, but the model may leave the feature unset
    // (GSD marks no Tense on participles, for example)
    for (const f of MORPH_FEATURES) {
      const v = chosen.feats[f] as string | undefined;
      const k = v === undefined ? undefined : classIndex(f, v);
      if (k === undefined || !best[f]) continue;
      const unset = classIndex(f, '_');
      values[f] = unset !== undefined && (allowed[f] ?? []).includes('_') && scores[unset]! > scores[k]! ? '_' : v;
    }
  }
  return chosen ? { values, reading: chosen } : { values };
}

// Averaged perceptron (Collins 2002) over string features: the trainer keeps running totals so that
// the averaged weights cost nothing extra per update, and the inference table holds only the pruned,
// quantised averages that ship in the model JSON.

/** Sparse, quantised weights as stored in the model file: feature → [class, weight, class, weight, …]. */
export interface WeightTableJson {
  readonly classes: readonly string[];
  /** Stored weights are round(weight × scale). */
  readonly scale: number;
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** The inference side: scores of every class for a list of features. */
export class WeightTable {
  readonly classes: readonly string[];
  /** Sparse rows: [class, weight, class, weight, …]. */
  private readonly weights: Map<string, Float64Array>;

  constructor(json: WeightTableJson) {
    this.classes = json.classes;
    this.weights = new Map();
    for (const key in json.weights) {
      const pairs = json.weights[key]!;
      const row = new Float64Array(pairs.length);
      for (let k = 0; k + 1 < pairs.length; k += 2) {
        row[k] = pairs[k]!;
        row[k + 1] = pairs[k + 1]! / json.scale;
      }
      this.weights.set(key, row);
    }
  }

  /** Adds the weights of `features` to `out` (one slot per class; the caller zeroes it). */
  score(features: readonly string[], out: Float64Array): void {
    for (const f of features) {
      const row = this.weights.get(f);
      if (row === undefined) continue;
      for (let k = 0; k < row.length; k += 2) out[row[k]!]! += row[k + 1]!;
    }
  }

  get size(): number {
    return this.weights.size;
  }
}

/** Training side. Each feature row holds [weights | totals | last-update stamps], one slot per class. */
export class PerceptronTrainer {
  readonly classes: readonly string[];
  private readonly n: number;
  private readonly rows = new Map<string, Float64Array>();
  /** Number of training instances seen (the averaging clock). */
  private clock = 0;

  constructor(classes: readonly string[]) {
    this.classes = classes;
    this.n = classes.length;
  }

  /** Current (not averaged) scores, for decoding during training. */
  score(features: readonly string[], out: Float64Array): void {
    const n = this.n;
    for (const f of features) {
      const row = this.rows.get(f);
      if (row === undefined) continue;
      for (let c = 0; c < n; c++) out[c]! += row[c]!;
    }
  }

  /** Advances the clock by one instance. */
  tick(): void {
    this.clock++;
  }

  /** Moves weight from the guessed class to the true class for every feature. */
  update(features: readonly string[], truth: number, guess: number): void {
    if (truth === guess) return;
    for (const f of features) {
      let row = this.rows.get(f);
      if (row === undefined) {
        row = new Float64Array(3 * this.n);
        this.rows.set(f, row);
      }
      this.bump(row, truth, 1);
      this.bump(row, guess, -1);
    }
  }

  private bump(row: Float64Array, c: number, delta: number): void {
    const n = this.n;
    row[n + c]! += (this.clock - row[2 * n + c]!) * row[c]!;
    row[2 * n + c] = this.clock;
    row[c]! += delta;
  }

  /** The averaged weights as they stand now (training can go on afterwards). */
  averaged(): Map<string, Float64Array> {
    const n = this.n;
    const out = new Map<string, Float64Array>();
    const clock = Math.max(1, this.clock);
    for (const [f, row] of this.rows) {
      const avg = new Float64Array(n);
      let any = false;
      for (let c = 0; c < n; c++) {
        const total = row[n + c]! + (this.clock - row[2 * n + c]!) * row[c]!;
        avg[c] = total / clock;
        if (avg[c] !== 0) any = true;
      }
      if (any) out.set(f, avg);
    }
    return out;
  }

  /**
   * Serialises averaged weights: quantised to integers (weight × scale) and pruned — weights that round
   * to zero are dropped, and so are features whose largest weight is below `minWeight`.
   */
  toJson(options: { scale: number; minWeight: number }): WeightTableJson {
    return quantise(this.classes, this.averaged(), options);
  }
}

/** Quantised, pruned weight table from float weights (see PerceptronTrainer.toJson). */
export function quantise(
  classes: readonly string[],
  rows: ReadonlyMap<string, Float64Array>,
  options: { scale: number; minWeight: number },
): WeightTableJson {
  const weights: Record<string, number[]> = {};
  const features = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [f, avg] of features) {
    let max = 0;
    for (const w of avg) max = Math.max(max, Math.abs(w));
    if (max < options.minWeight) continue;
    const pairs: number[] = [];
    avg.forEach((w, c) => {
      const q = Math.round(w * options.scale);
      if (q !== 0) pairs.push(c, q);
    });
    if (pairs.length > 0) weights[f] = pairs;
  }
  return { classes, scale: options.scale, weights };
}

/** The mean of several weight maps (an ensemble of perceptrons trained on different shuffles). */
export function meanWeights(maps: readonly ReadonlyMap<string, Float64Array>[]): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const m of maps) {
    for (const [f, row] of m) {
      let acc = out.get(f);
      if (!acc) out.set(f, (acc = new Float64Array(row.length)));
      for (let c = 0; c < row.length; c++) acc[c]! += row[c]! / maps.length;
    }
  }
  return out;
}

/** Index of the highest score among `allowed` (all classes when omitted); ties go to the lower index. */
export function argmax(scores: Float64Array, allowed?: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  if (allowed) {
    for (const c of allowed) {
      if (scores[c]! > bestScore) {
        bestScore = scores[c]!;
        best = c;
      }
    }
    return best;
  }
  for (let c = 0; c < scores.length; c++) {
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}

/** Deterministic pseudo-random numbers (mulberry32), for shuffling training data with a fixed seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

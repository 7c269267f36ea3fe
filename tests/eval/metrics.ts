// Corpus BLEU and chrF with sacreBLEU's conventions, so our figures compare with published ones:
// BLEU-4 with tokenize='none' (glosses are not tokenised again), one reference, exp smoothing, brevity
// penalty over the corpus; chrF2 with character n-grams up to 6, whitespace removed, per-order F-scores
// averaged.

function ngrams(items: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= items.length; i++) {
    const key = items.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface BleuResult {
  score: number;
  precisions: number[];
  brevityPenalty: number;
  hypLength: number;
  refLength: number;
}

export function corpusBleu(hypotheses: readonly string[], references: readonly string[], maxOrder = 4): BleuResult {
  if (hypotheses.length !== references.length) throw new Error('hypotheses and references differ in number');
  const correct = new Array<number>(maxOrder).fill(0);
  const total = new Array<number>(maxOrder).fill(0);
  let hypLength = 0;
  let refLength = 0;
  hypotheses.forEach((hyp, k) => {
    const h = hyp.split(/\s+/).filter(Boolean);
    const r = references[k]!.split(/\s+/).filter(Boolean);
    hypLength += h.length;
    refLength += r.length;
    for (let n = 1; n <= maxOrder; n++) {
      const hc = ngrams(h, n);
      const rc = ngrams(r, n);
      for (const [g, c] of hc) correct[n - 1]! += Math.min(c, rc.get(g) ?? 0);
      total[n - 1]! += Math.max(0, h.length - n + 1);
    }
  });
  if (hypLength === 0)
    return { score: 0, precisions: new Array(maxOrder).fill(0), brevityPenalty: 0, hypLength, refLength };
  let smooth = 1;
  const precisions = correct.map((c, i) => {
    const t = total[i]!;
    if (t === 0) return 0;
    if (c === 0) {
      smooth *= 2;
      return 100 / (smooth * t);
    }
    return (100 * c) / t;
  });
  const brevityPenalty = hypLength < refLength ? Math.exp(1 - refLength / hypLength) : 1;
  const logSum = precisions.reduce((acc, p) => acc + (p > 0 ? Math.log(p / 100) : -Infinity), 0);
  const score = 100 * brevityPenalty * Math.exp(logSum / maxOrder);
  return { score: Number.isFinite(score) ? score : 0, precisions, brevityPenalty, hypLength, refLength };
}

export function corpusChrf(hypotheses: readonly string[], references: readonly string[], order = 6, beta = 2): number {
  const stats = Array.from({ length: order }, () => ({ hyp: 0, ref: 0, match: 0 }));
  hypotheses.forEach((hyp, k) => {
    const h = [...hyp.replace(/\s+/g, '')];
    const r = [...references[k]!.replace(/\s+/g, '')];
    for (let n = 1; n <= order; n++) {
      const hc = ngrams(h, n);
      const rc = ngrams(r, n);
      const s = stats[n - 1]!;
      for (const [g, c] of hc) {
        s.hyp += c;
        s.match += Math.min(c, rc.get(g) ?? 0);
      }
      for (const c of rc.values()) s.ref += c;
    }
  });
  const factor = beta * beta;
  let sum = 0;
  let effective = 0;
  for (const s of stats) {
    if (s.hyp === 0 || s.ref === 0) continue;
    effective++;
    const p = s.match / s.hyp;
    const r = s.match / s.ref;
    sum += p + r > 0 ? ((1 + factor) * p * r) / (factor * p + r) : 0;
  }
  return effective === 0 ? 0 : (100 * sum) / effective;
}

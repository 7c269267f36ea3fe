// Corpus SARI (Xu et al. 2016, TACL 4) as EASSE computes it by default: `easse.sari.corpus_sari(orig, sys,
// refs, lowercase=True, tokenizer='13a', legacy=False, use_f1_for_deletion=True, use_paper_version=False)`.
//
// Variant implemented (EASSE's default, "fixed" SARI):
// - every sentence is lower-cased and tokenised with sacreBLEU's 13a tokeniser (ported below);
// - n-gram statistics for n = 1..4 are SUMMED over the corpus (micro average, not a mean of sentence scores);
// - ADD: set-based (each distinct n-gram counts once per sentence): added = sys − orig, correct = added ∩ refs,
//   reference total = refs − orig; F1 of precision and recall;
// - KEEP and DELETE: counts weighted by the number of references r (orig and sys counts are multiplied by r, the
//   references' counts are summed), kept = min(orig·r, sys·r), deleted = orig·r − sys·r (positive part);
//   KEEP is F1, DELETE is F1 too (`use_f1_for_deletion=True`); `deletion: 'precision'` gives Xu et al.'s
//   original precision-only deletion term instead;
// - each operation's score is the mean over n of its per-order F1 (or precision); SARI = (add + keep + del) / 3,
//   on a 0–100 scale. A zero denominator makes that precision or recall 0, as in EASSE.
// EASSE's `legacy=True` (mean of per-sentence scores of the original Xu et al. script) is not implemented.

export const SARI_NGRAM_ORDER = 4;

/** sacreBLEU's `Tokenizer13a` (mteval-v13a.pl's rules), character for character. */
export function tokenize13a(line: string): string {
  let s = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (s.includes('&'))
    s = s.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  s = ` ${s} `;
  // Symbols and punctuation except apostrophe, hyphen, period and comma: {|}~ [\]^_` space!"#$%& ()*+ :;<=>?@ /
  s = s.replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ');
  // Period and comma unless preceded by a digit, then unless followed by one.
  s = s.replace(/([^0-9])([.,])/g, '$1 $2 ');
  s = s.replace(/([.,])([^0-9])/g, ' $1 $2');
  // Dash after a digit.
  s = s.replace(/([0-9])(-)/g, '$1 $2 ');
  return s.split(/\s+/).filter(Boolean).join(' ');
}

/** EASSE's `utils_prep.normalize(sentence, lowercase=True, tokenizer='13a')`. */
export function normalizeForSari(sentence: string, lowercase = true): string {
  return tokenize13a(lowercase ? sentence.toLowerCase() : sentence);
}

type Counter = Map<string, number>;

function extractNgrams(sentence: string, maxOrder: number): Counter[] {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const out: Counter[] = [];
  for (let n = 1; n <= maxOrder; n++) {
    const c: Counter = new Map();
    for (let i = 0; i + n <= tokens.length; i++) {
      const g = tokens.slice(i, i + n).join(' ');
      c.set(g, (c.get(g) ?? 0) + 1);
    }
    out.push(c);
  }
  return out;
}

export interface SariStats {
  addCorrect: number[];
  addSys: number[];
  addRef: number[];
  keepCorrect: number[];
  keepSys: number[];
  keepRef: number[];
  delCorrect: number[];
  delSys: number[];
  delRef: number[];
}

export interface SariResult {
  score: number;
  add: number;
  keep: number;
  del: number;
}

export interface SariOptions {
  /** Lower-case before tokenising (EASSE default true). */
  lowercase?: boolean;
  /** Deletion term: 'f1' (EASSE default) or 'precision' (Xu et al. 2016's original). */
  deletion?: 'f1' | 'precision';
}

/** Corpus n-gram statistics (EASSE `compute_ngram_stats`) on already normalised sentences. */
export function sariStats(
  sources: readonly string[],
  outputs: readonly string[],
  references: readonly (readonly string[])[],
  maxOrder = SARI_NGRAM_ORDER,
): SariStats {
  const zero = () => new Array<number>(maxOrder).fill(0);
  const st: SariStats = {
    addCorrect: zero(),
    addSys: zero(),
    addRef: zero(),
    keepCorrect: zero(),
    keepSys: zero(),
    keepRef: zero(),
    delCorrect: zero(),
    delSys: zero(),
    delRef: zero(),
  };
  sources.forEach((source, k) => {
    const refs = references[k]!;
    const r = refs.length;
    const orig = extractNgrams(source, maxOrder);
    const sys = extractNgrams(outputs[k]!, maxOrder);
    const refNgrams: Counter[] = Array.from({ length: maxOrder }, () => new Map());
    for (const ref of refs) {
      extractNgrams(ref, maxOrder).forEach((c, n) => {
        for (const [g, v] of c) refNgrams[n]!.set(g, (refNgrams[n]!.get(g) ?? 0) + v);
      });
    }
    for (let n = 0; n < maxOrder; n++) {
      const o = orig[n]!;
      const s = sys[n]!;
      const rc = refNgrams[n]!;
      // ADD (binary).
      for (const g of s.keys()) {
        if (o.has(g)) continue;
        st.addSys[n]! += 1;
        if (rc.has(g)) st.addCorrect[n]! += 1;
      }
      for (const g of rc.keys()) if (!o.has(g)) st.addRef[n]! += 1;
      // KEEP and DELETE (weighted by the number of references). Counter `&` is min, `-` keeps positive parts.
      for (const [g, oc] of o) {
        const ow = oc * r;
        const sw = (s.get(g) ?? 0) * r;
        const rw = rc.get(g) ?? 0;
        const keptSys = Math.min(ow, sw);
        const keptRef = Math.min(ow, rw);
        st.keepSys[n]! += keptSys;
        st.keepRef[n]! += keptRef;
        st.keepCorrect[n]! += Math.min(keptSys, keptRef);
        const delSys = Math.max(0, ow - sw);
        const delRef = Math.max(0, ow - rw);
        st.delSys[n]! += delSys;
        st.delRef[n]! += delRef;
        st.delCorrect[n]! += Math.min(delSys, delRef);
      }
    }
  });
  return st;
}

function precisionRecall(correct: number, sys: number, ref: number): [number, number] {
  return [sys > 0 ? correct / sys : 0, ref > 0 ? correct / ref : 0];
}

function f1(p: number, r: number): number {
  return p > 0 || r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** EASSE `compute_micro_sari`: operation scores from corpus statistics. */
export function sariFromStats(st: SariStats, deletion: 'f1' | 'precision' = 'f1'): SariResult {
  const order = st.addSys.length;
  const addF1: number[] = [];
  const keepF1: number[] = [];
  const delScore: number[] = [];
  for (let n = 0; n < order; n++) {
    addF1.push(f1(...precisionRecall(st.addCorrect[n]!, st.addSys[n]!, st.addRef[n]!)));
    keepF1.push(f1(...precisionRecall(st.keepCorrect[n]!, st.keepSys[n]!, st.keepRef[n]!)));
    const [dp, dr] = precisionRecall(st.delCorrect[n]!, st.delSys[n]!, st.delRef[n]!);
    delScore.push(deletion === 'f1' ? f1(dp, dr) : dp);
  }
  const add = 100 * mean(addF1);
  const keep = 100 * mean(keepF1);
  const del = 100 * mean(delScore);
  return { score: (add + keep + del) / 3, add, keep, del };
}

/**
 * Corpus SARI. `references[k]` holds the references of sentence k (one or more; every sentence should have the
 * same number, as in EASSE). Strings are raw text; lower-casing and 13a tokenisation happen here.
 */
export function corpusSari(
  sources: readonly string[],
  outputs: readonly string[],
  references: readonly (readonly string[])[] | readonly string[],
  options: SariOptions = {},
): SariResult {
  if (sources.length !== outputs.length || sources.length !== references.length)
    throw new Error('sources, outputs and references differ in number');
  const lc = options.lowercase ?? true;
  const norm = (x: string) => normalizeForSari(x, lc);
  const refs = references.map((r) => (typeof r === 'string' ? [norm(r)] : r.map(norm)));
  return sariFromStats(sariStats(sources.map(norm), outputs.map(norm), refs), options.deletion ?? 'f1');
}

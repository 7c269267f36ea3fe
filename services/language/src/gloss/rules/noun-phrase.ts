// noun-phrase: the order inside a noun phrase. Numerals, quantifiers and possessives stay before the noun
// (DREI ANTRAG, POSS-2 TERMIN); attributive adjectives follow it (`der neue Ausweis` → AUSWEIS NEU), as
// is usual in DGS; `kein` follows its noun (`keinen Termin` → TERMIN KEIN), like the clause negation
// NICHT that follows the verb.
import type { AnalyzedToken } from '../../types.js';
import { isNumeralWord } from '../ordinal-words.js';
import type { Constituent, GlossRule, GlossState } from '../state.js';

type Category = 'pre' | 'noun' | 'adj' | 'kein';

const isNoun = (t: AnalyzedToken) => t.upos === 'NOUN' || t.upos === 'PROPN';
const isNumberToken = (t: AnalyzedToken) => t.kind === 'number';

function categories(tokens: readonly AnalyzedToken[], run: readonly number[]): Category[] {
  const result: Category[] = run.map((i) => {
    const t = tokens[i]!;
    if (isNoun(t)) return 'noun';
    if (t.lemma.toLowerCase() === 'kein' && t.upos === 'DET') return 'kein';
    return 'pre';
  });
  // Attributive adjectives (with an adverb before them): an ADJ followed, within the phrase, by its noun.
  for (let k = run.length - 1; k >= 0; k--) {
    const t = tokens[run[k]!]!;
    if (t.upos !== 'ADJ' || t.feats.NumType === 'Ord' || t.kind === 'ordinal' || isNumeralWord(t.norm)) continue;
    let n = k + 1;
    while (n < run.length && (result[n] === 'adj' || tokens[run[n]!]!.upos === 'ADJ')) n++;
    if (n < run.length && result[n] === 'noun') {
      result[k] = 'adj';
      if (k > 0 && tokens[run[k - 1]!]!.upos === 'ADV') result[k - 1] = 'adj';
    }
  }
  // A house number right after its street stays with it.
  for (let k = 1; k < run.length; k++) {
    if (result[k - 1] === 'noun' && isNumberToken(tokens[run[k]!]!)) result[k] = 'noun';
  }
  return result;
}

/** The constituent's tokens in DGS noun-phrase order. */
export function npOrder(tokens: readonly AnalyzedToken[], run: readonly number[]): number[] {
  const cats = categories(tokens, run);
  const out: number[] = [];
  let pending: { i: number; cat: Category }[] = [];
  let nouns: number[] = [];
  const flush = () => {
    if (nouns.length > 0) {
      out.push(...pending.filter((p) => p.cat === 'pre').map((p) => p.i), ...nouns);
      out.push(...pending.filter((p) => p.cat === 'adj').map((p) => p.i));
      out.push(...pending.filter((p) => p.cat === 'kein').map((p) => p.i));
    } else {
      out.push(...pending.map((p) => p.i));
    }
    pending = [];
    nouns = [];
  };
  run.forEach((i, k) => {
    if (cats[k] === 'noun') nouns.push(i);
    else {
      if (nouns.length > 0) flush();
      pending.push({ i, cat: cats[k]! });
    }
  });
  flush();
  return out;
}

function reorder(state: GlossState, c: Constituent): boolean {
  if (c.role === 'verb' || c.tokens.length < 2) return false;
  const order = npOrder(state.tokens, c.tokens);
  if (order.every((i, k) => i === c.tokens[k])) return false;
  const rank = new Map(order.map((i, k) => [i, k]));
  c.drafts = [...c.drafts].sort((a, b) => (rank.get(a.token) ?? 0) - (rank.get(b.token) ?? 0));
  return true;
}

export const nounPhrase: GlossRule = {
  name: 'noun-phrase',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) for (const c of clause.constituents) if (reorder(state, c)) fired = true;
    return fired;
  },
};

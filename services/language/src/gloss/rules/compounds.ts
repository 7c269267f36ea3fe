// compounds: a noun whose whole lemma has no sign is split at known signs — the longest known head, then
// the modifier, itself split again, with the linking elements -s-, -es-, -n-, -en- dropped before the
// look-up (`Personalausweisbehörde` → PERSONALAUSWEIS BEHÖRDE, `Geburtsurkunde` → GEBURT URKUNDE). A
// modifier without a sign is fingerspelled (`Wohngeldantrag` without WOHNGELD → FS-WOHNGELD ANTRAG);
// a noun without a known head is left to the lemma rule (fingerspelled whole). Guards against chance
// matches: the head must be a noun sign, a prefix is no modifier (`Unterlage` is not UNTER LAGE), and next
// to a fingerspelled modifier the head has at least four letters (`Abfuhr` is not FS-ABF UHR). Every part carries
// `compound` (the whole lemma) and its own span within the word.
import type { AnalyzedToken } from '../../types.js';
import type { Draft, GlossRule, GlossState } from '../state.js';
import { fingerspellDraft, lexicalDraft, subSpan } from '../state.js';
import type { LexiconSign } from '../types.js';

interface Part {
  /** Offsets into the lemma. */
  readonly from: number;
  readonly to: number;
  /** The word looked up (the part without its linking element). */
  readonly lemma: string;
  readonly sign?: LexiconSign;
}

interface Split {
  readonly parts: readonly Part[];
  /** Letters left to fingerspell: the split with fewest wins, then the one with fewest parts. */
  readonly spelled: number;
}

const LINKS = ['es', 's', 'en', 'n'];
/** Prefixes are no compound modifiers: `Unterlage` is not UNTER LAGE, `Vorname` not VOR NAME. */
const PREFIXES = new Set(
  'ab an auf aus be bei da dar durch ein emp ent er ge gegen hin her miss mit nach ob um un unter über ver vor weg wider zer zu zurück'.split(
    ' ',
  ),
);
const MIN_PART = 3;

const better = (a: Split, b: Split | undefined) =>
  !b || a.spelled < b.spelled || (a.spelled === b.spelled && a.parts.length < b.parts.length);

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Splits `word` (lower-case, at offset `base` in the lemma) into a known head and a modifier. */
function splitWord(state: GlossState, word: string, base: number, memo: Map<string, Split | null>): Split | undefined {
  const key = `${base}:${word}`;
  if (memo.has(key)) return memo.get(key) ?? undefined;
  let best: Split | undefined;
  for (let k = MIN_PART - 1; k <= word.length - MIN_PART; k++) {
    const head = word.slice(k);
    if (PREFIXES.has(word.slice(0, k))) continue;
    const sign = state.lexicon.lookup(capitalise(head), 'NOUN');
    // The head must be a noun sign (`Bauvorhaben` is no BAUVOR + HABEN).
    if (!sign || (sign.pos !== undefined && sign.pos !== 'NOUN')) continue;
    const modifier = splitModifier(state, word.slice(0, k), base, memo);
    // Next to a fingerspelled modifier a short head is more likely a chance match (`Abfuhr` is no ABF + UHR).
    if (modifier.spelled > 0 && head.length < 4) continue;
    const candidate: Split = {
      parts: [...modifier.parts, { from: base + k, to: base + word.length, lemma: capitalise(head), sign }],
      spelled: modifier.spelled,
    };
    if (better(candidate, best)) best = candidate;
  }
  memo.set(key, best ?? null);
  return best;
}

/** A modifier: known as it is or without its linking element, split again, or fingerspelled. */
function splitModifier(state: GlossState, modifier: string, base: number, memo: Map<string, Split | null>): Split {
  const to = base + modifier.length;
  let best: Split = { parts: [{ from: base, to, lemma: capitalise(modifier) }], spelled: modifier.length };
  const variants = [modifier, ...LINKS.filter((l) => modifier.endsWith(l)).map((l) => modifier.slice(0, -l.length))];
  for (const v of variants) {
    if (v.length < MIN_PART - 1) continue;
    const sign = state.lexicon.lookup(capitalise(v)) ?? state.lexicon.lookup(v);
    if (sign) {
      const candidate: Split = { parts: [{ from: base, to, lemma: capitalise(v), sign }], spelled: 0 };
      if (better(candidate, best)) best = candidate;
      continue;
    }
    const inner = splitWord(state, v, base, memo);
    if (inner) {
      // The linking element belongs to the last part's span.
      const parts = inner.parts.map((p, n) => (n === inner.parts.length - 1 ? { ...p, to } : p));
      const candidate: Split = { parts, spelled: inner.spelled };
      if (better(candidate, best)) best = candidate;
    }
  }
  return best;
}

/** The drafts of a split compound, or undefined when no part is known. */
export function compoundDrafts(state: GlossState, i: number): Draft[] | undefined {
  const t: AnalyzedToken = state.tokens[i]!;
  const lemma = t.lemma;
  const split = splitWord(state, lemma.toLowerCase(), 0, new Map());
  if (!split || split.parts.length < 2) return undefined;
  const head = split.parts[split.parts.length - 1]!;
  // Spans within the word when the written form starts like the lemma (the head may be inflected).
  const aligned = t.norm.toLowerCase().startsWith(lemma.slice(0, head.from).toLowerCase());
  return split.parts.map((p, n) => {
    const last = n === split.parts.length - 1;
    const span = aligned ? subSpan(t, p.from, last ? t.norm.length : p.to) : { start: t.start, end: t.end };
    const text = capitalise(lemma.slice(p.from, p.to));
    const draft = p.sign ? lexicalDraft(i, p.sign, span, p.lemma) : fingerspellDraft(i, text, span);
    return { ...draft, compound: lemma };
  });
}

export const compounds: GlossRule = {
  name: 'compounds',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((t, i) => {
      if (state.plans[i] !== undefined || t.upos !== 'NOUN' || t.lemma.length < 2 * MIN_PART) return;
      if (state.lexicon.lookup(t.lemma, 'NOUN')) return;
      const drafts = compoundDrafts(state, i);
      if (!drafts) return;
      state.plans[i] = drafts;
      fired = true;
    });
    return fired;
  },
};

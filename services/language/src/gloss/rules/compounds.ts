// compounds: a noun whose whole lemma has no sign is split at known signs — the longest known head, then
// the modifier, itself split again, with the linking elements -s-, -es-, -n-, -en- dropped before the
// look-up (`Personalausweisbehörde` → PERSONALAUSWEIS BEHÖRDE, `Geburtsurkunde` → GEBURT URKUNDE). A
// modifier without a sign is fingerspelled (`Wohngeldantrag` without WOHNGELD → FS-WOHNGELD ANTRAG);
// a noun without a known head is left to the lemma rule (fingerspelled whole). Guards against chance
// matches: the head must be a noun sign, a prefix is no modifier (`Unterlage` is not UNTER LAGE), and next
// to a fingerspelled modifier the head has at least four letters (`Abfuhr` is not FS-ABF UHR). Every part carries
// `compound` (the whole lemma) and its own span within the word. A head without a sign of its own may be signed
// with its base (`Aufenthaltserlaubnis` → … ERLAUBEN; rephrase.ts).
import type { AnalyzedToken } from '../../types.js';
import type { Draft, GlossRule, GlossState } from '../state.js';
import { fingerspellDraft, lexicalDraft, subSpan } from '../state.js';
import type { LexiconSign, Rephrasing } from '../types.js';
import { singleBaseSign } from './rephrase.js';

interface Part {
  /** Offsets into the lemma. */
  readonly from: number;
  readonly to: number;
  /** The word looked up (the part without its linking element). */
  readonly lemma: string;
  readonly sign?: LexiconSign;
  /** Set when the part is signed with its base word's sign (`…erlaubnis` → ERLAUBEN). */
  readonly rephrased?: Rephrasing;
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
/** Nouns spelled like a verb stem: as a modifier they are the noun (`Landkreis` is no LANDEN, `Rathaus` no RATEN). */
const NOUN_NOT_VERB_STEM = new Set(['land', 'rat', 'bild', 'ort', 'heim', 'bund', 'fall', 'zoll', 'stand', 'rast']);

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
    const own = state.lexicon.lookup(capitalise(head), 'NOUN');
    // The head must be a noun sign (`Bauvorhaben` is no BAUVOR + HABEN), or a derived noun whose base has a sign
    // (`…beratung` → BERATEN), long enough not to be a chance match.
    const derived =
      own && (own.pos === undefined || own.pos === 'NOUN')
        ? undefined
        : head.length >= 5
          ? singleBaseSign(state, capitalise(head), 'NOUN')
          : undefined;
    const sign = derived ? derived.sign : own && (own.pos === undefined || own.pos === 'NOUN') ? own : undefined;
    if (!sign) continue;
    const modifier = splitModifier(state, word.slice(0, k), base, memo);
    // Next to a fingerspelled modifier a short head is more likely a chance match (`Abfuhr` is no ABF + UHR).
    if (modifier.spelled > 0 && head.length < 4) continue;
    const candidate: Split = {
      parts: [
        ...modifier.parts,
        {
          from: base + k,
          to: base + word.length,
          lemma: capitalise(head),
          sign,
          ...(derived ? { rephrased: derived.rephrased } : {}),
        },
      ],
      spelled: modifier.spelled,
    };
    if (better(candidate, best)) best = candidate;
  }
  memo.set(key, best ?? null);
  return best;
}

/**
 * A modifier without a sign of its own: a verb stem (`Wartebereich` → WARTEN, `Ansprechpartner` → ANSPRECHEN) or
 * a derived noun signed with its base (`Beratungsstelle` → BERATEN).
 */
function modifierBase(state: GlossState, v: string): Omit<Part, 'from' | 'to'> | undefined {
  if (v.length < MIN_PART || NOUN_NOT_VERB_STEM.has(v)) return undefined;
  // `Warte-` → warten, `Förder-` → fördern, `Wechsel-` → wechseln
  const infinitives = v.endsWith('e') ? [`${v}n`] : /[^aeiouäöü](er|el)$/.test(v) ? [`${v}n`, `${v}en`] : [`${v}en`];
  for (const infinitive of infinitives) {
    const verb = state.lexicon.lookup(infinitive, 'VERB');
    if (verb && (verb.pos === undefined || verb.pos === 'VERB')) {
      return { lemma: infinitive, sign: verb, rephrased: { word: v, how: 'base', steps: ['verb-stem'] } };
    }
  }
  // A noun that drops its -e as a modifier: `Schulabschluss` → SCHULE, `Sprachkurs` → SPRACHE.
  const withE = state.lexicon.lookup(capitalise(`${v}e`), 'NOUN');
  if (withE && (withE.pos === undefined || withE.pos === 'NOUN')) return { lemma: capitalise(`${v}e`), sign: withE };
  const derived = singleBaseSign(state, capitalise(v), 'NOUN');
  return derived ? { lemma: capitalise(v), sign: derived.sign, rephrased: derived.rephrased } : undefined;
}

/** A modifier: known as it is or without its linking element, split again, or fingerspelled. */
function splitModifier(state: GlossState, modifier: string, base: number, memo: Map<string, Split | null>): Split {
  const key = `modifier:${base}:${modifier}`;
  const known = memo.get(key);
  if (known) return known;
  const result = modifierSplit(state, modifier, base, memo);
  memo.set(key, result);
  return result;
}

function modifierSplit(state: GlossState, modifier: string, base: number, memo: Map<string, Split | null>): Split {
  const to = base + modifier.length;
  let best: Split = { parts: [{ from: base, to, lemma: capitalise(modifier) }], spelled: modifier.length };
  // a hyphen ends a modifier that is a word of its own (`Kita-Anmeldung`, `Online-Beratung`)
  const bare = modifier.replace(/-+$/, '');
  const variants = [bare, ...LINKS.filter((l) => bare.endsWith(l)).map((l) => bare.slice(0, -l.length))];
  for (const v of variants) {
    if (v.length < MIN_PART - 1) continue;
    const own = state.lexicon.lookup(capitalise(v)) ?? state.lexicon.lookup(v);
    const known = own ? { sign: own, lemma: capitalise(v) } : modifierBase(state, v);
    if (known) {
      const part: Part = { from: base, to, ...known };
      const candidate: Split = { parts: [part], spelled: 0 };
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
    const pair = knownPair(state, v, base, to, memo);
    if (pair && better(pair, best)) best = pair;
  }
  return best;
}

/**
 * A modifier made of two known words whose second is no noun (`Schulsozial-` → SCHULE SOZIAL, `Grundschulförder-`
 * → GRUNDSCHULE FÖRDERN): inside a modifier an adjective or a verb stem may stand last. Both parts must be known;
 * nothing is spelled.
 */
function knownPair(
  state: GlossState,
  v: string,
  base: number,
  to: number,
  memo: Map<string, Split | null>,
): Split | undefined {
  for (let cut = MIN_PART; cut <= v.length - MIN_PART; cut++) {
    const left = v.slice(0, cut);
    const right = v.slice(cut);
    if (PREFIXES.has(left)) continue;
    const own = state.lexicon.lookup(capitalise(right)) ?? state.lexicon.lookup(right);
    const second = own
      ? { sign: own, lemma: capitalise(right) }
      : right.length >= 4
        ? modifierBase(state, right)
        : undefined;
    if (!second) continue;
    // the first part: a known word, or itself a modifier of known parts (`Grundschul-` → GRUND SCHULE)
    const first = splitModifier(state, left, base, memo);
    if (first.spelled > 0) continue;
    return {
      parts: [...first.parts, { from: base + cut, to, ...second }],
      spelled: 0,
    };
  }
  return undefined;
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
    const text = capitalise(lemma.slice(p.from, p.to).replace(/-+$/, ''));
    const draft = p.sign ? lexicalDraft(i, p.sign, span, p.lemma) : fingerspellDraft(i, text, span);
    return { ...draft, compound: lemma, ...(p.rephrased ? { rephrased: p.rephrased } : {}) };
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

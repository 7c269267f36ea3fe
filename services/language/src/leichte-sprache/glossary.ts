// Finds the glossary's hard words in a text and picks the sense that fits where they stand. Shared by the
// checker's `hard-word` rule and the rewriter, which explains a term the first time it appears.
//
// - A term matches a word whose lemma or form is the term; with `match: compound` also a compound whose first
//   or last parts are the term, as the compound splitter cuts it at real word boundaries. So `Kita-Anmeldung`
//   and `Antragsformular` find `Anmeldung` and `Antrag`, and `Besatzung` does not find `Satzung`.
// - A sense applies when one of its `near` words is in the sentence or the one before or after, or one of its
//   `topic` words anywhere in the text; otherwise the sense without conditions, if the term has one.

import type { GlossarySense, GlossaryTermInput } from '@bbs/protocol';
import type { Lexicon } from '../lexicon.js';
import { LINKING as COMPOUND_LINKING, type CompoundSplitter } from './compounds.js';
import { splitterFor } from './rules/compound.js';
import type { LsWord } from './types.js';

/** Lower case, without the hyphens and middle dots that separate compound parts. */
export const foldWord = (word: string): string => word.toLowerCase().replace(/[-·‧\u00ad]/g, '');

/** The linking elements a first part may end with. */
const LINKING = COMPOUND_LINKING.filter((l) => l !== '');
/** Endings a compound's head takes (`Bescheinigungen`, `Anträge` is found through its lemma). */
const INFLECTION = ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'nen'];

/**
 * The lemma of the whole word: a compound written with a separator (`Melde·bescheinigungen`) carries its analysis
 * on the last part, so the parts before it are put back in front of that part's lemma.
 */
function wholeLemma(w: LsWord): string {
  const last = w.token;
  if (w.first === w.last || !w.norm.endsWith(last.norm)) return last.lemma;
  return w.norm.slice(0, w.norm.length - last.norm.length) + last.lemma;
}

/** A noun as written: a capital letter, and a noun reading or a place inside the sentence. */
const isNoun = (w: LsWord): boolean =>
  /^\p{Lu}/u.test(w.norm) && (w.token.upos === 'NOUN' || w.token.upos === 'PROPN' || w.first > 0);

export interface GlossaryMatch {
  readonly term: GlossaryTermInput;
  /** The term folded: what `seen` sets hold. */
  readonly key: string;
}

interface CompiledTerm extends GlossaryMatch {
  readonly compound: boolean;
  readonly conditions: readonly {
    readonly sense: GlossarySense;
    readonly near: Set<string>;
    readonly topic: Set<string>;
  }[];
  readonly fallback: GlossarySense | undefined;
}

/** The words a context offers to a sense's conditions: lemmas, forms and compound parts, folded. */
export type ContextWords = ReadonlySet<string>;

export class GlossaryIndex {
  private readonly byKey = new Map<string, CompiledTerm>();
  private readonly compounds: CompiledTerm[];

  constructor(
    terms: readonly GlossaryTermInput[],
    private readonly splitter: CompoundSplitter,
  ) {
    for (const term of terms) {
      const key = foldWord(term.term);
      const fold = (words: readonly string[] | undefined) => new Set((words ?? []).map(foldWord));
      this.byKey.set(key, {
        term,
        key,
        compound: (term.match ?? 'compound') === 'compound',
        conditions: term.senses
          .filter((s) => s.when !== undefined)
          .map((sense) => ({ sense, near: fold(sense.when!.near), topic: fold(sense.when!.topic) })),
        fallback: term.senses.find((s) => s.when === undefined),
      });
    }
    this.compounds = [...this.byKey.values()].filter((t) => t.compound);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The glossary term a word stands for, if any. */
  termOf(w: LsWord): GlossaryMatch | undefined {
    const whole = wholeLemma(w);
    const exact = this.byKey.get(foldWord(whole)) ?? this.byKey.get(foldWord(w.norm));
    // a noun term only for a noun: the verb in „die Stadt sucht“ is no `Sucht`, „anschreiben“ no `Anschreiben`
    if (exact && (!/^\p{Lu}/u.test(exact.term.term) || isNoun(w))) return exact;
    if (w.token.kind !== 'word' || !/^\p{Lu}/u.test(w.norm) || this.compounds.length === 0) return undefined;
    // the lemma first (nominative singular: `Anträge` → `Antrag`), then the form as written
    for (const form of new Set([whole, w.norm])) {
      const parts = /^\p{Lu}/u.test(form) ? this.splitter.parts(form.replace(/[·‧]/g, '-')) : undefined;
      if (!parts) continue;
      const folded = parts.map(foldWord);
      // the longest run of parts first: `Wohnungsgeberbestätigung` before `Bestätigung`
      for (let n = folded.length - 1; n >= 1; n--) {
        const found =
          this.headTerm(folded.slice(folded.length - n).join('')) ?? this.firstTerm(folded.slice(0, n).join(''));
        if (found) return found;
      }
    }
    return undefined;
  }

  /** A term that is the compound's head, in any inflected form. */
  private headTerm(head: string): CompiledTerm | undefined {
    for (const ending of INFLECTION) {
      if (ending && !head.endsWith(ending)) continue;
      const t = this.byKey.get(head.slice(0, head.length - ending.length));
      if (t?.compound) return t;
    }
    return undefined;
  }

  /** A term that is the compound's first part, with or without its linking element (`Antrag|s|`). */
  private firstTerm(first: string): CompiledTerm | undefined {
    const direct = this.byKey.get(first);
    if (direct?.compound) return direct;
    for (const link of LINKING) {
      if (!first.endsWith(link)) continue;
      const t = this.byKey.get(first.slice(0, first.length - link.length));
      if (t?.compound) return t;
    }
    return undefined;
  }

  /**
   * The sense of a term that fits: the first whose `near` words are in `near` (the sentence and its neighbours)
   * or whose `topic` words are in `topic` (the whole text); else the default sense; else none.
   */
  senseOf(match: GlossaryMatch, near: ContextWords, topic: ContextWords): GlossarySense | undefined {
    const t = this.byKey.get(match.key);
    if (!t) return undefined;
    const hit = (wanted: ReadonlySet<string>, have: ContextWords) => [...wanted].some((w) => have.has(w));
    return t.conditions.find((c) => hit(c.near, near) || hit(c.topic, topic))?.sense ?? t.fallback;
  }

  /** What the words of a sentence offer to conditions: lemma, form and each compound part, folded. */
  contextOf(words: readonly LsWord[]): Set<string> {
    const out = new Set<string>();
    for (const w of words) {
      if (w.token.kind !== 'word') continue;
      out.add(foldWord(wholeLemma(w)));
      out.add(foldWord(w.token.lemma));
      out.add(foldWord(w.norm));
      const parts = /^\p{Lu}/u.test(w.norm) ? this.splitter.parts(w.norm.replace(/[·‧]/g, '-')) : undefined;
      for (const p of parts ?? []) {
        const f = foldWord(p);
        out.add(f);
        for (const link of LINKING)
          if (f.endsWith(link) && f.length - link.length >= 3) out.add(f.slice(0, -link.length));
      }
    }
    return out;
  }
}

const indexes = new WeakMap<readonly GlossaryTermInput[], WeakMap<Lexicon, GlossaryIndex>>();
const EMPTY: readonly GlossaryTermInput[] = [];

/** The index of a glossary for a lexicon, built once per pair (the checker runs on every keystroke). */
export function glossaryIndex(terms: readonly GlossaryTermInput[] | undefined, lexicon: Lexicon): GlossaryIndex {
  const key = terms ?? EMPTY;
  let byLexicon = indexes.get(key);
  if (!byLexicon) indexes.set(key, (byLexicon = new WeakMap()));
  let index = byLexicon.get(lexicon);
  if (!index) byLexicon.set(lexicon, (index = new GlossaryIndex(key, splitterFor(lexicon))));
  return index;
}

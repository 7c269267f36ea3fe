// The shapes of the rule translator German → DGS glosses. The output mirrors GlossResponse of
// @bbs/protocol (plus `rules`, and a few optional fields the avatar may use); the input is the analysed
// sentence of this package.
import type { GlossKind, NonManualType } from '@bbs/protocol';

export type { GlossKind, NonManualType };

export type SignReview = 'draft' | 'approved';

/** A sign of the lexicon, as the gloss rules need it. */
export interface LexiconSign {
  /** The upper-case gloss id (`ANTRAG`). */
  readonly id: string;
  readonly review: SignReview;
  /** The part of speech of the reading found, when the lexicon knows it (`glossLexiconFrom` does). */
  readonly pos?: string;
}

/** The sign lexicon (built elsewhere, from gloss-dictionary; see `glossLexiconFrom`). */
export interface GlossLexicon {
  /** The sign for a lemma (best for the part of speech), or undefined. */
  lookup(lemma: string, pos?: string): LexiconSign | undefined;
}

export interface GlossItem {
  /**
   * The gloss: a lexicon id (`ANTRAG`, `ANTRAG+` for a plural by repetition), `FS-MÜLLER` for
   * fingerspelling, digits (`37`) or a numeral (`DREI`) for numbers, `IX-…`/`POSS-…` for pointing, `PAUSE`.
   */
  readonly gloss: string;
  readonly kind: GlossKind;
  /** Source span: character offsets into the input, `input.slice(start, end)`; zero-width for a pause. */
  readonly start: number;
  readonly end: number;
  /** The German word mouthed with the sign (the lemma); none for index, number and pause. */
  readonly mouthing?: string;
  /** True when the avatar can sign it: a lexicon sign, fingerspelling, a number, an index, a pause. */
  readonly signable: boolean;
  /** Review state of the lexicon sign (lexical glosses only). */
  readonly review?: SignReview;
  /** Fingerspelling: the letters of the DGS manual alphabet (Ä, Ö, Ü, ß and SCH are one letter each). */
  readonly letters?: string[];
  /** Numbers: the digits to sign. */
  readonly digits?: string;
  /** Plural by repetition: how often the sign is made (2 for `ANTRAG+`). */
  readonly repeat?: number;
  /** An ordinal number (`3.`, `dritten`; the day of a date). */
  readonly ordinal?: boolean;
  /** A year (`im Jahr 1998`, the year of a date): 1100–1999 are signed in hundreds, NEUNZEHN HUNDERT … */
  readonly year?: boolean;
  /** The last digit of a digit group of a phone or case number: the signer holds a moment before the next group. */
  readonly groupEnd?: boolean;
  /** Set on each part of a compound that was split (`Personalausweisbehörde` on PERSONALAUSWEIS and BEHÖRDE). */
  readonly compound?: string;
  /** Locus letter of a third-person index (`a` for IX-3a). */
  readonly locus?: string;
  /**
   * A verb's arguments' loci (`1`, `2`, `3a` …, as the pointing signs have them): an agreement verb of the
   * lexicon moves from the one to the other (rules/agreement.ts).
   */
  readonly loci?: { readonly subject?: string; readonly object?: string };
  /** Pauses: between clauses or at the end of the sentence. */
  readonly pause?: 'clause' | 'sentence';
  /** Text to show on screen while this gloss is signed (an internet or e-mail address). */
  readonly show?: string;
  /**
   * A word without a sign of its own, signed another way rather than fingerspelled: with its base word's sign
   * (`Beratung` → BERATEN, steps `verbal-noun`), a synonym's (`bzw.` → ODER) or as part of a fixed phrase
   * (`einen Antrag stellen` → ANTRAG). The word stays the mouthing.
   */
  readonly rephrased?: Rephrasing;
}

export interface Rephrasing {
  /** The German word as analysed (its lemma). */
  readonly word: string;
  readonly how: 'base' | 'synonym' | 'phrase';
  /** For `base`: the word-formation steps from the word to the base (see derivation.ts). */
  readonly steps?: readonly string[];
}

/** A word left unsigned on purpose (DGS leaves it out), with the reason, so editors can see the choice. */
export interface OmittedWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** `reference`: dafür, dabei …; `filler`: so, jeweils …; `light-verb`: stellen in „einen Antrag stellen“. */
  readonly reason: 'reference' | 'filler' | 'light-verb';
}

/** A non-manual marker over the glosses `from`…`to` (indexes into `glosses`, both inclusive). */
export interface NonManualSpan {
  readonly type: NonManualType;
  readonly from: number;
  readonly to: number;
}

export interface GlossedSentence {
  /** The sentence as written (`input.slice(start, end)`). */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly glosses: GlossItem[];
  readonly nonManuals: NonManualSpan[];
  /** Words DGS leaves out here, in sentence order (present when there are any). */
  readonly omitted?: OmittedWord[];
  /** Names of the rules that fired, in pipeline order (for explanations). */
  readonly rules: string[];
}

export interface GlossedText {
  readonly sentences: GlossedSentence[];
}

/** What persists from sentence to sentence of one text: the loci given to third-person referents. */
export interface GlossContext {
  /** Referent key (`masc`, `fem`, `neut`, `plur`) → locus letter. */
  readonly loci: Map<string, string>;
}

export interface GlossOptions {
  /** Put the W-word of a W-question at the start as well as at the end (`WAS REISEPASS KOSTEN WAS`). */
  readonly whWordTwice?: boolean;
  /**
   * A content word without a sign: `fingerspell` (default) or `mark` (kept as an upper-case gloss with
   * `signable: false`, for editors who want to see the gaps of the lexicon).
   */
  readonly unknownWords?: 'fingerspell' | 'mark';
  /** The whole input, to give `source` exactly; without it `source` is rebuilt from the tokens. */
  readonly text?: string;
  /** Loci shared across the sentences of a text; `glossText` makes one per text. */
  readonly context?: GlossContext;
}

export function createGlossContext(): GlossContext {
  return { loci: new Map() };
}

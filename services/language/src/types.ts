// Shared shapes of the text core. Tag and feature values follow Universal Dependencies v2
// (https://universaldependencies.org/u/pos/, /u/feat/) so that a trained tagger can replace the
// heuristics later without changing what callers see.

export const UPOS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS_TAGS)[number];

export type Case = 'Nom' | 'Acc' | 'Dat' | 'Gen';
export type NumberValue = 'Sing' | 'Plur';
export type Gender = 'Masc' | 'Fem' | 'Neut';

/** UD morphological features. Only the features this package produces are listed. */
export interface Feats {
  readonly Abbr?: 'Yes';
  readonly Case?: Case;
  readonly Definite?: 'Def' | 'Ind';
  readonly Degree?: 'Pos' | 'Cmp' | 'Sup';
  readonly Gender?: Gender;
  readonly Mood?: 'Ind' | 'Sub' | 'Imp';
  readonly NumType?: 'Card' | 'Ord';
  readonly Number?: NumberValue;
  readonly Person?: '1' | '2' | '3';
  readonly Polarity?: 'Neg';
  readonly Polite?: 'Form';
  readonly Poss?: 'Yes';
  readonly PronType?: 'Art' | 'Prs' | 'Dem' | 'Rel' | 'Int' | 'Ind' | 'Neg' | 'Tot';
  readonly Reflex?: 'Yes';
  readonly Tense?: 'Pres' | 'Past';
  readonly VerbForm?: 'Fin' | 'Inf' | 'Part';
  /** Passive auxiliary `werden` (GSD marks the auxiliary, not the participle). */
  readonly Voice?: 'Pass';
}
export type FeatName = keyof Feats;

export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'money'
  | 'percent'
  | 'url'
  | 'email'
  | 'phone'
  | 'abbreviation'
  | 'punct'
  | 'symbol';

export interface Token {
  /** Exactly `input.slice(start, end)` of the raw input (may contain soft hyphens, no-break spaces …). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The normalised spelling (NFC, unified quotes/dashes/spaces, invisible characters removed); look-ups use this. */
  readonly norm: string;
  /**
   * Canonical value for machine-readable kinds: date `2025-03-12` (or `--03-12` without a year),
   * time `09:30`, money `12.50 EUR`, percent `10`, ordinal `3`, number `1000.5`, phone `+492514920`.
   */
  readonly value?: string;
  /** For abbreviation tokens: the long form chosen for this context (`z. B.` → `zum Beispiel`). */
  readonly expansion?: string;
}

export type SentenceKind = 'sentence' | 'heading' | 'item';

export interface Sentence {
  /** Exactly `input.slice(start, end)`, trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  /**
   * `item`: a list line (its bullet or number is in `marker`, outside the sentence span);
   * `heading`: a line that ended without terminal punctuation (headings, table cells, labels);
   * `sentence`: everything else.
   */
  readonly kind: SentenceKind;
  readonly marker?: { readonly text: string; readonly start: number; readonly end: number };
}

export type CandidateSource =
  | 'closed'
  | 'noun'
  | 'verb'
  /** german-adjectives-dict, when the lexicon was built with it. */
  | 'adjective'
  | 'abbreviation'
  | 'compound'
  | 'guess'
  | 'token'
  /** Made by the trained tagger where no lexicon reading has its word class (lemma from rules). */
  | 'tagger';

/** One possible analysis of a word form. Lists of candidates keep every reading the data allows. */
export interface Candidate {
  readonly lemma: string;
  readonly upos: Upos;
  readonly feats: Feats;
  /** Where the reading came from; the chooser trusts hand-written closed-class data most. */
  readonly source: CandidateSource;
  /** Separated finite stem of a particle verb (`rufe` in „rufe … an“, lemma `anrufen`). */
  readonly separable?: { readonly stem: string; readonly particle: string };
  /** Cases a preposition can govern. */
  readonly governs?: readonly Case[];
  /** Preposition+article contractions: `am` → [`an`, `dem`]. */
  readonly contraction?: readonly string[];
  /** `zu`-infinitive written as one word (`anzurufen`); UD has no feature for it. */
  readonly zuInfinitive?: boolean;
  /** Found only by changing the case of the word (`Heute` → `heute`, `ANTRAG` → `Antrag`). */
  readonly folded?: boolean;
}

export interface AnalyzedToken extends Token {
  readonly lemma: string;
  readonly upos: Upos;
  readonly feats: Feats;
  /** All readings considered, including the chosen one. */
  readonly candidates: readonly Candidate[];
  /** Name of the heuristic that decided (for explanations and debugging). */
  readonly rule: string;
  /** Rough confidence in [0, 1]: 1 for unambiguous lexicon hits, lower for guesses. */
  readonly confidence: number;
  /** Index (within the sentence) of the separated particle this finite verb was joined with. */
  readonly particleIndex?: number;
  /** Index (within the sentence) of the finite verb this separated particle belongs to. */
  readonly verbIndex?: number;
}

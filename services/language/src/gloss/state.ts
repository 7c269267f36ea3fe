// The working state the gloss rules share. Token rules decide, word by word, what each token becomes
// (`plans`); the clause structure then groups the glosses into constituents, and clause rules reorder
// constituents and clauses and add non-manual markers.
import type { Clause, ClauseKind, Negation, SentenceStructure, TokenRange } from '../clauses.js';
import type { AnalyzedToken } from '../types.js';
import { fingerspellGloss, spellLetters, spelledWord } from './fingerspell.js';
import { lexiconPos } from './lexicon.js';
import type {
  GlossContext,
  GlossItem,
  GlossLexicon,
  GlossOptions,
  LexiconSign,
  NonManualType,
  OmittedWord,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A gloss being built: the output item plus the token it came from (-1 for pauses). */
export type Draft = Mutable<GlossItem> & { readonly token: number };

/**
 * The position of a constituent in the DGS clause: conjunction and introducer first, then time, subject,
 * place, everything else, the verb (with its modal); negation, W-word and BITTE start as `other`-ranked and
 * are moved by their own rules.
 */
export type Role = 'conj' | 'intro' | 'bitte' | 'time' | 'subject' | 'place' | 'other' | 'verb' | 'neg' | 'wh';

export interface Constituent {
  role: Role;
  /** Source tokens, in sentence order. */
  readonly tokens: readonly number[];
  drafts: Draft[];
}

export interface ClauseWork {
  readonly index: number;
  readonly kind: ClauseKind;
  /** Own tokens in sentence order (a main clause around a relative clause has a gap). */
  readonly tokens: readonly number[];
  readonly introducer?: number;
  /** The conjunction of the clause this one was split from (`…, dass A und B`: `dass` for both parts). */
  readonly introducedBy?: number;
  readonly finiteVerb?: number;
  readonly verbComplex: readonly number[];
  readonly verbLemma?: string;
  readonly voice: Clause['voice'];
  readonly negations: readonly Negation[];
  readonly time: readonly TokenRange[];
  readonly place: readonly TokenRange[];
  constituents: Constituent[];
  /** Relative clauses signed right after a constituent of this clause (their antecedent). */
  embedded: { after: Constituent; clause: ClauseWork }[];
  /** Set for a relative clause placed inside another clause. */
  host?: ClauseWork;
  /** The pause after this clause, once the pause rule has run. */
  pauseAfter?: Draft;
}

export interface Mark {
  readonly type: NonManualType;
  readonly drafts: readonly Draft[];
}

export interface GlossState {
  readonly tokens: readonly AnalyzedToken[];
  readonly structure: SentenceStructure;
  readonly lexicon: GlossLexicon;
  readonly options: GlossOptions;
  readonly context: GlossContext;
  /** Per token: undefined = not decided yet, null = not signed, drafts = its glosses in order. */
  readonly plans: (Draft[] | null | undefined)[];
  /** Clauses in sentence order (coordinated main clauses already split apart). */
  readonly clauses: ClauseWork[];
  /** Token index → index into `clauses`, -1 for tokens of no clause (final punctuation). */
  readonly clauseOf: readonly number[];
  /** Clauses in signing order (relative clauses that are embedded in a host are not listed). */
  blocks: ClauseWork[];
  readonly marks: Mark[];
  /** Tokens left unsigned on purpose, with the reason (reported as the sentence's `omitted`). */
  readonly omitted: { readonly token: number; readonly reason: OmittedWord['reason'] }[];
  endPause?: Draft;
  /** Names of the rules that fired, in order. */
  readonly fired: string[];
}

export interface GlossRule {
  readonly name: string;
  /** `token`: decides what tokens become; `clause`: orders constituents and clauses, adds markers. */
  readonly stage: 'token' | 'clause';
  /** Applies the rule; returns whether it changed anything. */
  apply(state: GlossState): boolean;
}

/** Records a rule name (once) — for rules that report a sub-rule, e.g. `fingerspell` from `lemmatise`. */
export function fire(state: GlossState, name: string): void {
  if (!state.fired.includes(name)) state.fired.push(name);
}

export const lower = (t: AnalyzedToken): string => t.norm.toLowerCase();

/** The span of a part of a token, given as offsets into its normalised text (the whole token when unsure). */
export function subSpan(t: AnalyzedToken, from: number, to: number): { start: number; end: number } {
  if (t.text.length === t.norm.length && from >= 0 && to <= t.norm.length && from < to) {
    return { start: t.start + from, end: t.start + to };
  }
  return { start: t.start, end: t.end };
}

export function tokenSpan(t: AnalyzedToken): { start: number; end: number } {
  return { start: t.start, end: t.end };
}

/** Looks a lemma up with the lexicon's part of speech for the token's UD tag. */
export function lookupSign(state: GlossState, lemma: string, t?: AnalyzedToken): LexiconSign | undefined {
  return state.lexicon.lookup(lemma, t ? lexiconPos(t.upos) : undefined);
}

export function lexicalDraft(
  token: number,
  sign: LexiconSign,
  span: { start: number; end: number },
  mouthing: string | undefined,
): Draft {
  return {
    token,
    gloss: sign.id,
    kind: 'lexical',
    ...span,
    ...(mouthing ? { mouthing } : {}),
    signable: true,
    review: sign.review,
  };
}

export function fingerspellDraft(token: number, word: string, span: { start: number; end: number }): Draft {
  const spelled = spelledWord(word);
  return {
    token,
    gloss: fingerspellGloss(word),
    kind: 'fingerspell',
    ...span,
    mouthing: spelled,
    signable: true,
    letters: spellLetters(spelled),
  };
}

export function numberDraft(
  token: number,
  digits: string,
  span: { start: number; end: number },
  gloss: string = digits,
): Draft {
  return { token, gloss, kind: 'number', ...span, signable: true, digits };
}

export function indexDraft(token: number, gloss: string, span: { start: number; end: number }, locus?: string): Draft {
  return { token, gloss, kind: 'index', ...span, signable: true, ...(locus ? { locus } : {}) };
}

export function pauseDraft(at: number, pause: 'clause' | 'sentence'): Draft {
  return { token: -1, gloss: 'PAUSE', kind: 'pause', start: at, end: at, signable: true, pause };
}

/**
 * A word without a sign: fingerspelled (signable), or, with `unknownWords: 'mark'`, kept as an upper-case
 * gloss that the avatar cannot sign.
 */
export function unknownDraft(
  state: GlossState,
  token: number,
  word: string,
  span: { start: number; end: number },
): Draft {
  if (state.options.unknownWords === 'mark') {
    return { token, gloss: word.toUpperCase(), kind: 'lexical', ...span, mouthing: word, signable: false };
  }
  fire(state, 'fingerspell');
  return fingerspellDraft(token, word, span);
}

/** The clause a token belongs to. */
export function clauseOfToken(state: GlossState, i: number): ClauseWork | undefined {
  const c = state.clauseOf[i];
  return c === undefined || c < 0 ? undefined : state.clauses[c];
}

export const isVerb = (t: AnalyzedToken): boolean => t.upos === 'VERB' || t.upos === 'AUX';

/** A lexical (non-auxiliary) verb in the clause other than token `i`. */
export function clauseHasOtherVerb(state: GlossState, i: number): boolean {
  const clause = clauseOfToken(state, i);
  if (!clause) return false;
  return clause.verbComplex.some((v) => v !== i && state.tokens[v]!.upos === 'VERB');
}

/** All drafts of a clause in their current order. */
export function clauseDrafts(clause: ClauseWork): Draft[] {
  return clause.constituents.flatMap((c) => c.drafts);
}

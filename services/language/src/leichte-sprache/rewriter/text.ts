// Shared helpers of the rewriter: the step shape, rendering words into a sentence, editing token spans.

import type { Analyzer } from '../../analyse.js';
import type { Lexicon } from '../../lexicon.js';
import type { AnalyzedToken } from '../../types.js';
import { analyseSentence } from '../analysis.js';
import type { CompoundSplitter } from '../compounds.js';
import type { SentenceAnalysis, Separator } from '../types.js';

export interface StepContext {
  readonly analyzer: Analyzer;
  readonly separator: Separator;
  readonly splitter: CompoundSplitter;
  /**
   * Analyses by sentence string, for one rewrite call: every step of every pass analyses each piece again,
   * and most pieces come through unchanged, so tagging and clause analysis would run many times per string.
   */
  readonly cache?: Map<string, SentenceAnalysis>;
}

/** The analysis of a sentence, from the context's cache where there is one (steps only read it). */
export function analysed(ctx: StepContext, sentence: string): SentenceAnalysis {
  const hit = ctx.cache?.get(sentence);
  if (hit) return hit;
  const analysis = analyseSentence(ctx.analyzer, sentence);
  ctx.cache?.set(sentence, analysis);
  return analysis;
}

/** One named transformation of one sentence: the easy sentences it became, or undefined if it did not apply. */
export interface Step {
  readonly name: string;
  apply(ctx: StepContext, sentence: string): string[] | undefined;
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Replaces the spans (offsets into `text`, not overlapping). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const NO_SPACE_BEFORE = /^[,.;:!?)\]“]/;
const NO_SPACE_AFTER = /[([„]$/;

/**
 * Joins words with the usual spacing. A straight quotation mark `"` opens and closes in turn: an opening one
 * keeps the space before it and none after it (`den Film "Oz"`), a closing one the reverse.
 */
export function render(words: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  let afterOpening = false;
  for (const w of words) {
    if (!w) continue;
    const straight = w === '"';
    const closing = straight && quoteOpen;
    const tight = NO_SPACE_BEFORE.test(w) || closing || NO_SPACE_AFTER.test(out) || afterOpening;
    out += out && !tight ? ` ${w}` : w;
    if (straight) quoteOpen = !quoteOpen;
    afterOpening = straight && !closing;
  }
  return out;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence as it is written out: capital letter first, terminal punctuation last. */
export function finish(words: readonly string[]): string {
  const text = render(words)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  if (!text) return text;
  return capitalise(/[.!?]$/.test(text) ? text : `${text}.`);
}

const isPolite = (t: AnalyzedToken): boolean => t.feats.Polite === 'Form' || /^Ihr/.test(t.norm);

/** A token's word where it is no longer first in its sentence: articles, pronouns … lower-case. */
export function inner(t: AnalyzedToken): string {
  if (t.upos === 'NOUN' || t.upos === 'PROPN' || isPolite(t) || t.kind !== 'word') return t.norm;
  if (/^\p{Lu}\p{Lu}/u.test(t.norm)) return t.norm;
  return t.norm.charAt(0).toLowerCase() + t.norm.slice(1);
}

/** Forms of `du`/`ihr`, which some writers capitalise as a courtesy (`Dich`, `Euch`). */
const FAMILIAR = /^(?:du|dich|dir|dein\w*|ihr|euch|euer|eure\w*)$/i;

/** The first word as inside a sentence; a familiar pronoun keeps its capital where the writer capitalises them. */
export function innerAt(tokens: readonly AnalyzedToken[], i: number): string {
  const t = tokens[i]!;
  if (i !== 0) return t.norm;
  // an adjective first in the sentence that the tagger read as a noun (`Frühere Zeiten`) is written small inside it
  if (t.upos === 'NOUN' && tokens[1]?.upos === 'NOUN' && /\p{Ll}e[mnrs]?$/u.test(t.norm))
    return t.norm.charAt(0).toLowerCase() + t.norm.slice(1);
  // `Sie wird erteilt`: a singular verb makes the first `Sie` the pronoun `sie`, whatever the tagger read
  const verb = tokens.find((o, k) => isFinite(tokens, k) && o !== t);
  if (t.norm === 'Sie' && verb?.feats.Number === 'Sing' && tokens[1] === verb) return 'sie';
  const courteous =
    FAMILIAR.test(t.norm) && tokens.some((o, k) => k > 0 && FAMILIAR.test(o.norm) && /^\p{Lu}/u.test(o.norm));
  return courteous ? t.norm : inner(t);
}

export const lower = (t: AnalyzedToken): string => t.norm.toLowerCase();
export const isVerb = (t: AnalyzedToken): boolean => t.upos === 'VERB' || t.upos === 'AUX';
export const isFinite = (tokens: readonly AnalyzedToken[], i: number): boolean =>
  isVerb(tokens[i]!) && tokens[i]!.feats.VerbForm === 'Fin' && !(i > 0 && lower(tokens[i - 1]!) === 'zu');
/** The `welch-` relative pronouns as the d-pronoun of the same case and gender (`welchen` as the masculine accusative). */
export const WELCH: Readonly<Record<string, string>> = {
  welcher: 'der',
  welche: 'die',
  welches: 'das',
  welchem: 'dem',
  welchen: 'den',
};
/** Words that open a relative clause, also after a preposition (`…, in dem Sie warten`). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'denen',
  'deren',
  'dessen',
  ...Object.keys(WELCH),
]);

/**
 * A comma between the items of a list of phrases (`vom Landratsamt, dem Jobcenter oder der Agentur`, `aus
 * rechtlichen, persönlichen Gründen`), not one that closes or opens a clause: no verb before it, and the item
 * after it (up to the next comma, und/oder or punctuation, before `end`) opens with a noun phrase, an adjective
 * or a preposition and has no verb. A d-word not followed by a noun or adjective opens a relative clause.
 */
export function listComma(tokens: readonly AnalyzedToken[], i: number, end = tokens.length): boolean {
  if (tokens[i]?.norm !== ',' || i === 0 || isVerb(tokens[i - 1]!)) return false;
  const first = tokens[i + 1];
  if (!first || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(first.upos)) return false;
  // adjectives before one noun (`aus rechtlichen, persönlichen Gründen`): the last one's item runs to the verb
  // a tagger may read a lower-case adjective as a noun (`technischen`)
  const adjectival = (t: AnalyzedToken): boolean => t.upos === 'ADJ' || (t.upos === 'NOUN' && /^\p{Ll}/u.test(t.norm));
  const then = tokens[i + 2];
  const adjectives =
    adjectival(tokens[i - 1]!) &&
    adjectival(first) &&
    then !== undefined &&
    (['NOUN', 'ADJ', 'CCONJ'].includes(then.upos) || then.norm === ',');
  if (adjectives) return true;
  const d = first.upos === 'ADP' ? i + 2 : i + 1;
  const after = tokens[d + 1];
  if (tokens[d] && RELATIVE_OPENERS.has(lower(tokens[d]!)) && !(after && ['NOUN', 'PROPN', 'ADJ'].includes(after.upos)))
    return false;
  let k = i + 1;
  while (k < end && tokens[k]!.upos !== 'CCONJ' && tokens[k]!.upos !== 'PUNCT') {
    if (isVerb(tokens[k]!) || tokens[k]!.upos === 'SCONJ') return false;
    k++;
  }
  return k > i + 1;
}

/** `als`/`wie` after a comparative or before an amount compare (`mehr als 3 km`); other conjunctions open a clause. */
export function opensClause(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.upos !== 'SCONJ') return false;
  if (!['als', 'wie'].includes(lower(t))) return true;
  const before = tokens[i - 1];
  const comparing =
    before !== undefined &&
    (before.feats.Degree === 'Cmp' || ['mehr', 'weniger', 'so', 'genauso', 'eher', 'lieber'].includes(lower(before)));
  return !(comparing || tokens[i + 1]?.upos === 'NUM');
}

/** Words that negate a clause. */
export const NEGATION = new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);

/** `anzugeben`, `zu zahlen`: the verb of an infinitive clause, with `zu` inside it. */
export const zuInfinitive = (t: AnalyzedToken): boolean =>
  /zu/.test(t.norm) && t.norm.replace('zu', '').toLowerCase() === t.lemma.toLowerCase();

/**
 * Prefixes that are a separable particle in some verbs and an inseparable prefix in others: `umziehen` („zieht
 * um“) but `umfassen` („umfasst“), `unterbringen` but `unterschreiben`. The verb dictionary lists them all as
 * particle verbs; the participle tells them apart (`umgemeldet` has `ge` after the particle, `übermittelt` not),
 * and so does the infinitive with `zu`, which only separable verbs have inside (`unterzubringen`).
 */
const PREFIX_PARTICLES = new Set(['über', 'unter', 'wider', 'hinter', 'um', 'durch', 'wieder', 'voll']);
/** Of these, the ones that are mostly inseparable: without a separable form to confirm it, they stay joined. */
const MOSTLY_INSEPARABLE = new Set(['über', 'unter', 'wider', 'hinter']);

/**
 * Whether the finite form `particle + stem` of `lemma` splits in a main clause (`ummeldet` → „meldet … um“):
 * true, false (`übermittelt`, `unterschreibt` stay one word), or undefined where the lexicon cannot tell
 * (`übersetzt`: both readings), so the caller leaves the sentence alone rather than guess.
 */
export function splitsOff(lexicon: Lexicon, lemma: string, particle: string, stem: string): boolean | undefined {
  const p = particle.toLowerCase();
  const l = lemma.toLowerCase();
  if (!PREFIX_PARTICLES.has(p)) return true;
  const known = (form: string, fits: (f: AnalyzedToken['feats']) => boolean): boolean =>
    lexicon.lookupExact(form).some((c) => c.lemma.toLowerCase() === l && fits(c.feats));
  const participle = (form: string): boolean => known(form, (f) => f.VerbForm === 'Part' && f.Tense === 'Past');
  // a weak verb's participle is its 3rd person singular with or without `ge` after the particle
  const joined = participle(p + stem);
  const separate = participle(`${p}ge${stem}`);
  if (joined !== separate) return separate;
  if (joined) return undefined;
  // a strong verb: `unterzubringen`, `umzuziehen` are listed, `unterzuschreiben` is not
  const zuInside = known(`${p}zu${l.slice(p.length)}`, (f) => f.VerbForm === 'Inf');
  return zuInside || (MOSTLY_INSEPARABLE.has(p) ? false : undefined);
}

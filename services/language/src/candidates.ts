// Candidate generation: every reading a token could have, without choosing. Kept apart from the choice
// (disambiguate.ts) so that a trained tagger can later rank the same candidates.

import { findAbbreviation } from './abbreviations.js';
import { parseFeats } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { Candidate, Feats, Gender, Token, Upos } from './types.js';

const candidate = (lemma: string, upos: Upos, feats: Feats, source: Candidate['source']): Candidate => ({
  lemma,
  upos,
  feats,
  source,
});

const NO_FEATS = parseFeats('');
const CARD = parseFeats('NumType=Card');
const ORD = parseFeats('NumType=Ord');
const ABBR = parseFeats('Abbr=Yes');

// UD: bullets are punctuation, currency and maths signs are symbols.
const BULLETS = new Set(['•', '·', '▪', '◦', '‣', '►', '*']);

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
const isAllCaps = (s: string): boolean => /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(s);

/** Derivational suffixes that fix a German noun's gender; used for unknown capitalised words. */
const GENDER_SUFFIXES: readonly [RegExp, Gender][] = [
  [/(?:ung|heit|keit|schaft|ion|tät|ität|ei|ik|ur|enz|anz|ie)(?:en)?$/, 'Fem'],
  [/(?:chen|lein|ment|tum|um|nis)$/, 'Neut'],
  [/(?:ling|ismus|or|ant|ent|ist|eur|ör)(?:e|en|s)?$/, 'Masc'],
];

const GENDER_FORM = /^(\p{Lu}[\p{L}-]*?)([*:_]|\/-?)(innen|in)$/u;

/** Linking elements between the parts of a compound (`Geburt-s-urkunde`). */
const LINKING = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** A prefix ending in these takes a linking s, so `Ordnungs|amt` beats `Ordnung|samt`. */
const NEEDS_LINKING_S = /(?:ung|heit|keit|schaft|ion|tät|ität|ling|tum)$/;

export interface CandidateContext {
  /** First word of the sentence: a capital letter may only mark the sentence start. */
  readonly sentenceInitial: boolean;
}

/**
 * Analyses an unknown capitalised word as a compound whose last part is a known noun: the longest
 * such part wins, preferring splits whose first part is itself a word (plus a linking element).
 * `Bürgerbüros` → `Bürger` + `Büros` → lemma `Bürgerbüro`, Gender=Neut.
 */
export function compoundCandidates(lexicon: Lexicon, word: string): Candidate[] {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && hyphen < word.length - 1) {
    const head = word.slice(hyphen + 1);
    const nouns = lexicon.lookup(isCapitalised(head) ? head : capitalise(head)).filter((c) => c.upos === 'NOUN');
    if (nouns.length > 0) {
      return nouns.map((c) => ({
        ...c,
        lemma: word.slice(0, hyphen + 1) + c.lemma,
        source: 'compound',
        folded: false,
      }));
    }
  }
  let fallback: Candidate[] | undefined;
  for (let cut = 2; cut <= word.length - 3; cut++) {
    const prefix = word.slice(0, cut);
    const rest = word.slice(cut);
    if (rest.includes('-')) continue;
    if (NEEDS_LINKING_S.test(prefix) && rest.startsWith('s')) continue;
    const nouns = lexicon.lookupExact(capitalise(rest)).filter((c) => c.upos === 'NOUN');
    if (nouns.length === 0) continue;
    const joined = nouns.map<Candidate>((c) => ({ ...c, lemma: prefix + lowerFirst(c.lemma), source: 'compound' }));
    if (validPrefix(lexicon, prefix)) return joined;
    // Without a known first part, only trust long heads: short ones turn names (`Wol|beck`) into nouns.
    if (rest.length >= 5) fallback ??= joined;
  }
  return fallback ?? [];
}

function validPrefix(lexicon: Lexicon, prefix: string): boolean {
  const p = capitalise(prefix);
  for (const link of LINKING) {
    if (link && !p.endsWith(link)) continue;
    const base = p.slice(0, p.length - link.length);
    if (base.length < 2) continue;
    if (lexicon.lookupExact(base).some((c) => c.upos === 'NOUN')) return true;
  }
  // verb stems (`Melde|bescheinigung`, `Wohn|ort`) and adjectives (`Neu|bau`)
  const lower = prefix.toLowerCase();
  return (
    [lower + 'en', lower + 'n'].some((inf) =>
      lexicon.lookupExact(inf).some((c) => c.upos === 'VERB' && c.feats.VerbForm === 'Inf'),
    ) || lexicon.lookupExact(lower).some((c) => c.upos === 'ADJ')
  );
}

// Adjective suffixes, optionally followed by an inflection ending (`zuständig|en`).
const ADJECTIVE_SHAPE = /^(.*(?:lich|ig|isch|bar|sam|haft|los|iv|al|ell|är))(?:e|en|er|es|em)?$/;

/** Guesses for words the lexicon does not know, from their shape. */
export function guessCandidates(word: string, ctx: CandidateContext): Candidate[] {
  const out: Candidate[] = [];
  if (isAllCaps(word)) return [candidate(word, 'PROPN', NO_FEATS, 'guess')];
  if (isCapitalised(word)) {
    const gender = GENDER_SUFFIXES.find(([re]) => re.test(word))?.[1];
    if (gender) out.push(candidate(word, 'NOUN', parseFeats(`Gender=${gender}`), 'guess'));
    out.push(candidate(word, 'PROPN', NO_FEATS, 'guess'));
    if (!gender) out.push(candidate(word, 'NOUN', NO_FEATS, 'guess'));
    if (!ctx.sentenceInitial) return out;
  }
  const w = word.toLowerCase();
  const adjective = ADJECTIVE_SHAPE.exec(w);
  if (adjective) {
    out.push(candidate(adjective[1]!, 'ADJ', parseFeats('Degree=Pos'), 'guess'));
  } else if (w.endsWith('weise')) {
    out.push(candidate(w, 'ADV', NO_FEATS, 'guess'));
  } else if (/[^e]en$|eln$|ern$/.test(w)) {
    out.push(candidate(w, 'VERB', parseFeats('VerbForm=Inf'), 'guess'));
    out.push(candidate(w, 'ADJ', parseFeats('Degree=Pos'), 'guess'));
  } else if (w.endsWith('t')) {
    out.push(candidate(w, 'VERB', parseFeats('Tense=Past|VerbForm=Part'), 'guess'));
    out.push(candidate(w, 'ADJ', parseFeats('Degree=Pos'), 'guess'));
  } else {
    out.push(candidate(w, 'ADJ', parseFeats('Degree=Pos'), 'guess'));
  }
  return out;
}

/**
 * Inflected participles used as adjectives (`die ausgefüllten Formulare`): strip the adjective ending
 * and look for a participle.
 */
function participleAdjectives(lexicon: Lexicon, word: string): Candidate[] {
  const m = /^(.+?)(e|en|er|es|em)$/.exec(word.toLowerCase());
  if (!m) return [];
  const base = m[1]!;
  const parts = lexicon.lookupExact(base).filter((c) => c.feats.VerbForm === 'Part');
  return parts.length > 0 ? [candidate(base, 'ADJ', parseFeats('Degree=Pos'), 'verb')] : [];
}

/** All candidate readings of one token. */
export function generateCandidates(lexicon: Lexicon, token: Token, ctx: CandidateContext): Candidate[] {
  const text = token.norm;
  switch (token.kind) {
    case 'punct':
      return [candidate(text, 'PUNCT', NO_FEATS, 'token')];
    case 'symbol':
      return [candidate(text, BULLETS.has(text) ? 'PUNCT' : 'SYM', NO_FEATS, 'token')];
    // UD lists URLs and e-mail addresses among the examples of SYM (universaldependencies.org/u/pos/SYM.html).
    case 'url':
    case 'email':
      return [candidate(text, 'SYM', NO_FEATS, 'token')];
    case 'ordinal':
      // UD: ordinal numbers are adjectives
      return [candidate(text, 'ADJ', ORD, 'token')];
    case 'number':
    case 'date':
    case 'time':
    case 'money':
    case 'percent':
    case 'phone':
      return [candidate(text, 'NUM', token.kind === 'number' ? CARD : NO_FEATS, 'token')];
    case 'abbreviation': {
      const entry = findAbbreviation(text);
      if (!entry) return [candidate(text, 'PROPN', ABBR, 'abbreviation')]; // street names: `Klemensstr.`
      return [candidate(entry.form, entry.upos, ABBR, 'abbreviation')];
    }
    case 'word':
      break;
  }

  // Gender-inclusive spellings (`Bürger*innen`, `Antragsteller:in`): the readings of the base noun,
  // with the number of the ending and no grammatical gender.
  const inclusive = GENDER_FORM.exec(text);
  if (inclusive) {
    const [, base, mark, ending] = inclusive as unknown as [string, string, string, string];
    const Number = ending === 'innen' ? 'Plur' : 'Sing';
    const lemma = `${base}${mark}in`;
    const seen = new Set<string>();
    const out: Candidate[] = [];
    for (const c of lexicon.lookupExact(base)) {
      if (c.upos !== 'NOUN' || seen.has(c.feats.Case ?? '')) continue;
      seen.add(c.feats.Case ?? '');
      out.push(
        candidate(
          lemma,
          'NOUN',
          parseFeats(c.feats.Case ? `Case=${c.feats.Case}|Number=${Number}` : `Number=${Number}`),
          'noun',
        ),
      );
    }
    if (out.length > 0) return out;
  }

  let exact = lexicon.lookupExact(text);
  let folded = lexicon.lookupFolded(text);
  // Spellings from before the 1996 reform and Swiss spellings: `daß`, `muß`, `Prozeß` → ss.
  if (exact.length === 0 && folded.length === 0 && text.includes('ß')) {
    const ss = text.replace(/ß/g, 'ss');
    exact = lexicon.lookupExact(ss);
    folded = lexicon.lookupFolded(ss);
  }
  const out = [...exact, ...folded];
  const capitalised = isCapitalised(text);
  // compounds only for capitalised words the lexicon lacks as nouns (and, at the sentence start, lacks entirely)
  if (capitalised && !exact.some((c) => c.upos === 'NOUN') && (folded.length === 0 || !ctx.sentenceInitial)) {
    out.push(...compoundCandidates(lexicon, text));
  }
  if (!capitalised || ctx.sentenceInitial) {
    for (const c of participleAdjectives(lexicon, text)) {
      if (!out.some((d) => d.upos === 'ADJ' && d.lemma === c.lemma)) out.push(c);
    }
  }
  if (out.length === 0) out.push(...guessCandidates(text, ctx));
  return out;
}

// Lemmas after tagging, following UD German GSD conventions: the lexicon reading of the predicted word
// class (and features) where there is one, rules for the words the lexicon lacks, and a small table of
// corrections learned from the training data (form + tag → lemma where the rules disagree with GSD).
//
// GSD conventions worth knowing: articles → `der`/`ein`, pronouns → `ich`, `sie`, `er` …, possessives →
// `sein`/`ihr`, contractions (`zum`) → the preposition (`zu`), participles used predicatively
// („ist begeistert“) → the verb's infinitive, attributive ones („die geplanten …“) → the participle,
// comparatives and superlatives → the positive (`besser` → `gut`), separated verbs → the bare verb
// (`fand … statt` → `finden`; the analyzer's joined `stattfinden` is a project addition).

import type { Lexicon } from '../lexicon.js';
import type { Candidate } from '../types.js';
import type { MorphValues } from './morph.js';

export interface LemmaInput {
  /** The token as written (punctuation and symbols keep it as their lemma, as in GSD). */
  readonly text?: string;
  readonly norm: string;
  readonly upos: string;
  readonly values: MorphValues;
  /** The lexicon reading chosen with the features, if any. */
  readonly reading?: Candidate;
  readonly candidates: readonly Candidate[];
  readonly initial: boolean;
  readonly lexicon?: Lexicon;
  /** Learned corrections: `form\tUPOS` → lemma. */
  readonly exceptions?: Readonly<Record<string, string>>;
}

const IRREGULAR_DEGREE: Readonly<Record<string, string>> = {
  besser: 'gut',
  best: 'gut',
  mehr: 'viel',
  meist: 'viel',
  höher: 'hoch',
  höchst: 'hoch',
  näher: 'nah',
  nächst: 'nah',
  lieber: 'gern',
  liebst: 'gern',
  eher: 'bald',
  minder: 'wenig',
  mindest: 'wenig',
};

const UMLAUT: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', äu: 'au' };

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Key of the learned lemma table. Sentence-initial words are looked up (and learned) in lower case only. */
export function exceptionKey(norm: string, upos: string): string {
  return `${norm}\t${upos}`;
}

/**
 * The dictionary data keeps some lemmas in the spelling before 1996 (`Paß`, `Prozeß`); when the text
 * writes the word with ss (`Passes`), so does the lemma.
 */
export function modernSpelling(lemma: string, norm: string): string {
  if (!lemma.includes('ß') || norm.includes('ß') || !norm.toLowerCase().includes('ss')) return lemma;
  return lemma.replace(/ß$|ß(?=[^aeiouäöüy])/g, 'ss');
}

/** `größeren` → `groß`, `schnellsten` → `schnell`: comparative and superlative stems, checked against the lexicon. */
export function adjectiveLemma(word: string, values: MorphValues, lexicon?: Lexicon): string {
  const w = word.toLowerCase();
  const attributive = values.Case !== undefined && values.Case !== '_';
  const stems: string[] = [];
  const inflected = attributive ? /^(.+?)(e|en|er|es|em)$/.exec(w) : null;
  const base = inflected ? inflected[1]! : w;
  if (values.Degree === 'Cmp' || values.Degree === 'Sup') {
    const m = values.Degree === 'Cmp' ? /^(.+?)er$/.exec(base) : /^(.+?)e?st$/.exec(base);
    if (IRREGULAR_DEGREE[base]) return IRREGULAR_DEGREE[base];
    if (m) {
      const stem = m[1]!;
      stems.push(stem);
      const deUmlaut = stem.replace(/äu|[äöü]/, (u) => UMLAUT[u]!);
      if (deUmlaut !== stem) stems.push(deUmlaut);
      if (values.Degree === 'Cmp' && /[^e]$/.test(stem)) stems.push(`${stem}e`); // leise → leiser
      if (values.Degree === 'Cmp' && stem.endsWith('r')) stems.push(stem.replace(/r$/, 'er')); // teuer → teurer
    }
  }
  stems.push(base);
  if (inflected && base.endsWith('er') === false && /(?:[^aeiou])$/.test(base)) stems.push(`${base}e`); // leise
  if (lexicon) {
    for (const s of stems) if (lexicon.lookupExact(s).some((c) => c.upos === 'ADJ')) return s;
  }
  return stems[0]!;
}

/** Infinitive of an unknown verb form: `anzurufen` → `anrufen`, `gebucht` → `buchen`, `buchte` → `buchen`. */
export function verbLemma(word: string, values: MorphValues): string {
  const w = word.toLowerCase();
  if (values.VerbForm === 'Inf') {
    const zu = /^(\p{L}+?)zu(\p{L}{3,}(?:en|ern|eln))$/u.exec(w);
    return zu ? zu[1]! + zu[2]! : w;
  }
  if (values.VerbForm === 'Part') {
    if (/en$/.test(w)) return w.replace(/^(\p{L}*?)ge(\p{L}{3,})$/u, '$1$2'); // strong: gefahren → fahren
    const stem = w.replace(/e?t$/, '');
    const noGe = stem.replace(/^(\p{L}*?)ge(\p{L}{3,})$/u, '$1$2');
    return /(?:el|er)$/.test(noGe) ? `${noGe}n` : `${noGe}en`;
  }
  if (/(?:el|er)n$/.test(w) || /en$/.test(w)) return w;
  const stem = w.replace(/(?:test|tet|ten|te|est|st|et|t|e)$/, '');
  return /(?:el|er)$/.test(stem) ? `${stem}n` : `${stem}en`;
}

/** The lemma of one tagged token. */
export function lemmatize(input: LemmaInput): string {
  const { norm, upos, exceptions } = input;
  if (exceptions) {
    const hit = exceptions[exceptionKey(input.initial ? lowerFirst(norm) : norm, upos)];
    if (hit !== undefined) return hit;
  }
  switch (upos) {
    case 'PUNCT':
    case 'SYM':
    case 'NUM':
    case 'X':
      return input.text ?? norm;
  }
  return modernSpelling(lemmaByRules(input), norm);
}

function lemmaByRules(input: LemmaInput): string {
  const { norm, upos, values, reading } = input;
  if (upos === 'ADJ') {
    const predicative = values.Case === undefined || values.Case === '_';
    // „ist begeistert“: a predicative participle is lemmatised as its verb
    const participle = input.candidates.find(
      (c) => c.upos === 'VERB' && c.feats.VerbForm === 'Part' && c.source !== 'guess' && !c.folded,
    );
    if (predicative && participle && (values.Degree ?? 'Pos') === 'Pos') return participle.lemma;
    if (reading && (reading.upos === 'ADJ' || reading.upos === 'VERB') && (values.Degree ?? 'Pos') === 'Pos') {
      return reading.upos === 'ADJ' ? reading.lemma : adjectiveLemma(norm, values, input.lexicon);
    }
    return adjectiveLemma(norm, values, input.lexicon);
  }
  if (reading) {
    if (reading.contraction) return reading.contraction[0]!;
    return reading.lemma;
  }
  switch (upos) {
    case 'PROPN': {
      // genitive of a name: Israels → Israel
      if (values.Case === 'Gen' && /[^sxzß]s$/.test(norm) && norm.length > 3) return norm.slice(0, -1);
      return norm;
    }
    case 'NOUN': {
      if (values.Case === 'Gen' && values.Number === 'Sing' && norm.length > 4) {
        if (/(?:s|ß|z|x|sch)es$/.test(norm)) return norm.slice(0, -2); // Prozesses → Prozess
        if (/[^s]s$/.test(norm)) return norm.slice(0, -1);
      }
      return norm;
    }
    case 'VERB':
    case 'AUX':
      return verbLemma(norm, values);
    default:
      return input.initial || upos !== 'PROPN' ? norm.toLowerCase() : norm;
  }
}

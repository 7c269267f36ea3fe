// Consistent terminology in a machine translation: for each municipal term in the German sentence, the
// output should use the city's rendering. Known variants are rewritten to it; a term that is still missing is
// reported, so that the sentence is reviewed first. Matching is by word stems (inflection and Turkish suffixes
// change endings; Arabic and Persian attach prepositions and the article), so it can miss or over-match; it
// reports, it does not rewrite meaning.

import { MUNICIPAL_TERMS, type TermEntry } from './terms.js';

export interface TermCheck {
  /** The German term as the glossary has it. */
  source: string;
  /** The city's rendering in the target language. */
  expected: string;
  /** Whether the output uses it (after variants were rewritten). */
  found: boolean;
  /** Set when a variant in the output was rewritten to `expected`. */
  replaced?: string;
}

export interface TerminologyResult {
  output: string;
  terms: TermCheck[];
}

/** German endings of a noun's inflected forms (`Bürgerbüros`, `Ausweisen`). */
const GERMAN_ENDINGS = new Set(['', 's', 'es', 'e', 'n', 'en', 'er', 'ern']);
/** Arabic-script proclitics a word may carry before the term: and, with, for, so, like; the article. */
const PROCLITIC = /^(?:[وبلفك]?ال|[وبلفك])/u;

/** Lower case, one form of Arabic-script letters, no diacritics or zero-width joiners, single spaces. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/gu, '')
    .replace(/ي/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/[\u200C\u200D]/gu, ' ')
    .replace(/[’ʼ]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{M}\p{N}'-]+/u)
    .filter(Boolean);
}

/** The part of a word that stays under inflection: all but its last two letters, at least three. */
function stem(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.max(3, word.length - 2));
}

/** Languages whose words barely inflect: a term's word must stand as it is, or with a plural or possessive s. */
const EXACT_LANGUAGES = new Set(['en']);

function wordMatches(out: string, term: string, exact: boolean): boolean {
  if (out === term) return true;
  if (exact) return [`${term}s`, `${term}es`, `${term}'s`].includes(out);
  if (term.length < 4) return false;
  const s = stem(term);
  return out.startsWith(s) || out.replace(PROCLITIC, '').startsWith(s.replace(PROCLITIC, ''));
}

/** Whether the German sentence contains the term or one of its inflected forms. */
export function containsGermanTerm(sentence: string, term: string): boolean {
  const lemma = normalise(term);
  return words(sentence).some((w) => w.startsWith(lemma) && GERMAN_ENDINGS.has(w.slice(lemma.length)));
}

/** Whether `output` uses `term`: its words in order, each matching by stem (in English, as written). */
export function containsTargetTerm(output: string, term: string, language = ''): boolean {
  const exact = EXACT_LANGUAGES.has(language);
  const have = words(output);
  const want = words(term);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, k) => wordMatches(have[i + k]!, w, exact))) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites the first variant found to the term, keeping a capital at the start of the sentence. */
function rewriteVariant(output: string, variants: readonly string[], term: string) {
  for (const variant of variants) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(variant).replace(/'|’/g, "['’]")}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    const m = pattern.exec(output);
    if (!m) continue;
    const atStart = output.slice(0, m.index).trim() === '';
    const replacement = atStart ? term.charAt(0).toUpperCase() + term.slice(1) : term;
    return { output: output.slice(0, m.index) + replacement + output.slice(m.index + m[0].length), variant: m[0] };
  }
  return undefined;
}

/** Checks (and where it safely can, corrects) the municipal terms of one translated sentence. */
export function checkTerminology(
  source: string,
  output: string,
  target: string,
  terms: readonly TermEntry[] = MUNICIPAL_TERMS,
): TerminologyResult {
  const language = target.split('-')[0]!.toLowerCase();
  const checks: TermCheck[] = [];
  let current = output;
  for (const entry of terms) {
    const wanted = entry.targets[language];
    if (!wanted || !containsGermanTerm(source, entry.de)) continue;
    if (containsTargetTerm(current, wanted.term, language)) {
      checks.push({ source: entry.de, expected: wanted.term, found: true });
      continue;
    }
    const rewritten = wanted.variants ? rewriteVariant(current, wanted.variants, wanted.term) : undefined;
    if (rewritten) {
      current = rewritten.output;
      checks.push({ source: entry.de, expected: wanted.term, found: true, replaced: rewritten.variant });
    } else {
      checks.push({ source: entry.de, expected: wanted.term, found: false });
    }
  }
  return { output: current, terms: checks };
}

/** The target languages the glossary has terms for. */
export function terminologyLanguages(terms: readonly TermEntry[] = MUNICIPAL_TERMS): string[] {
  return [...new Set(terms.flatMap((t) => Object.keys(t.targets)))].sort();
}

// Why a rewritten sentence may not be safe to publish, so that the editor shows it next to the sentence and the
// engine's confidence says so: the rules report what they could not fix, never only what they did.
//
// - `too-long`: an output sentence still has more than 15 words;
// - `clause-left`: an output sentence still has a subordinate or relative clause, or is the rest of one whose
//   conjunction stood on the line before;
// - `abbreviation`: an abbreviation is still there (one the list does not know, or an unclear one);
// - `lost-content`: a noun, verb, adjective, adverb, modal or negation of the source is missing in the output;
// - `facts-changed`: a number, date, time or amount of the source is missing or different;
// - `unchanged`: a long source sentence (over 15 words) that no step restructured;
// - `hard-word`: a word a reader may not know is left without an explanation (vocabulary.ts; only where the
//   engine passes a vocabulary).

import { LS_CONCERNS, type LsConcern } from '@bbs/protocol';
import type { Analyzer } from '../analyse.js';
import { analyzeClauses } from '../clauses.js';
import type { AnalyzedToken } from '../types.js';
import { wordsOf } from './analysis.js';
import { lostContentWords } from './content.js';
import { preserved } from './rewriter/preserved.js';
import { MAX_WORDS } from './rules/sentence-length.js';
import { hardWordsIn, type Vocabulary } from './vocabulary.js';

/** Conjunctions that open a clause; `als` and `wie` also compare and stay out. */
const comparing = (t: AnalyzedToken): boolean => /^(als|wie)$/i.test(t.norm);
const W_WORDS = /^(wer|wen|wem|wessen|was|welche[rmns]?|wann|wo|woher|wohin|warum|wieso|weshalb|wie|ob)$/i;

/**
 * A subordinate clause the clause analysis misses because no comma marks it: a subordinating conjunction
 * anywhere (`… prüfe nochmal bevor Du …`), or in a line that is no question a w-word after a comma
 * (`entscheiden, welche Schule …`), first with two finite verbs (`Wer Deine Ansprech-Person ist hängt …`), or
 * opening words that end in a finite verb (`… vor Ort welche Angebote es gibt.`, `wann Sie … gestellt haben.`).
 */
function unmarkedClause(tokens: readonly AnalyzedToken[]): boolean {
  if (tokens.some((t) => t.upos === 'SCONJ' && !comparing(t))) return true;
  if (tokens.at(-1)?.norm === '?') return false;
  const words = tokens.filter((t) => t.upos !== 'PUNCT');
  const finite = words.filter((t) => t.feats.VerbForm === 'Fin').length;
  const verbFinal = words.at(-1)?.feats.VerbForm === 'Fin';
  if (verbFinal && clauseWithoutConjunction(tokens, words)) return true;
  return tokens.some(
    (t, i) =>
      W_WORDS.test(t.norm) &&
      tokens[i - 1]?.upos !== 'ADP' &&
      ((i > 0 && tokens[i - 1]!.norm === ',') || (i === 0 && finite >= 2) || (verbFinal && words.at(-1) !== t)),
  );
}

/**
 * The rest of a clause whose conjunction stands on the line before (`Sie bekommen Geld, wenn Sie:` / `über 65 Jahre
 * alt sind`): at least four words, its finite verb last, and starting in lower case or with a subject pronoun that
 * the verb does not follow. A list item (`- in Ihrem Haushalt wohnen`) is an infinitive, not such a clause.
 */
function clauseWithoutConjunction(tokens: readonly AnalyzedToken[], words: readonly AnalyzedToken[]): boolean {
  const [first, second] = words;
  if (!first || !second || words.length < 4 || tokens[0]?.norm === '-') return false;
  if (/^\p{Ll}/u.test(first.text)) return true;
  return first.upos === 'PRON' && first.feats.PronType === 'Prs' && second.feats.VerbForm !== 'Fin';
}

/** The highest confidence a sentence with this concern may have. */
export const CONCERN_CEILING: Readonly<Record<LsConcern, number>> = {
  'facts-changed': 0.1,
  'lost-content': 0.3,
  unchanged: 0.4,
  'too-long': 0.4,
  'clause-left': 0.6,
  abbreviation: 0.6,
  'hard-word': 0.7,
};

/** Steps that change words only; a sentence that only these touched kept its structure. */
export const WORD_LEVEL_STEPS: ReadonlySet<string> = new Set([
  'abbreviations',
  'number-words',
  'dates-times',
  'compounds',
  'glossary',
]);

/** The concerns about one source sentence and the lines the rules made of it (`steps`: the steps that changed it). */
export function sentenceConcerns(
  analyzer: Analyzer,
  source: string,
  lines: readonly string[],
  steps: readonly string[],
  vocabulary?: Vocabulary,
): LsConcern[] {
  const out = new Set<LsConcern>();
  const output = lines.join('\n');
  if (!preserved(source, output)) out.add('facts-changed');
  if (lostContentWords(analyzer, source, output).length > 0) out.add('lost-content');
  const sourceTokens = analyzer.analyzeSentence(source);
  if (wordsOf(sourceTokens, source).length > MAX_WORDS && steps.every((s) => WORD_LEVEL_STEPS.has(s))) {
    out.add('unchanged');
  }
  for (const line of lines) {
    const tokens = analyzer.analyzeSentence(line);
    if (wordsOf(tokens, line).length > MAX_WORDS) out.add('too-long');
    if (analyzeClauses(tokens).clauses.some((c) => c.kind !== 'main') || unmarkedClause(tokens)) out.add('clause-left');
    if (tokens.some((t) => t.kind === 'abbreviation')) out.add('abbreviation');
    if (vocabulary && hardWordsIn(analyzer, line, vocabulary).length > 0) out.add('hard-word');
  }
  return LS_CONCERNS.filter((c) => out.has(c));
}

/** A confidence no higher than the lowest ceiling of the concerns. */
export function cappedConfidence(confidence: number, concerns: readonly LsConcern[]): number {
  return Math.min(confidence, ...concerns.map((c) => CONCERN_CEILING[c]));
}

// The rule pipeline: token rules decide what each word becomes, the clause structure groups the glosses,
// clause rules order them and add non-manual markers; the names of the rules that fired are recorded.
import type { Analyzer } from '../analyse.js';
import { analyzeClauses, type SentenceStructure } from '../clauses.js';
import { createDoc, isDoc, type Doc } from '../doc.js';
import type { AnalyzedToken } from '../types.js';
import { addresses } from './rules/addresses.js';
import { agreement } from './rules/agreement.js';
import { clauseOrder } from './rules/clause-order.js';
import { compounds } from './rules/compounds.js';
import { conditionals } from './rules/conditionals.js';
import { constituentOrder } from './rules/constituent-order.js';
import { drop } from './rules/drop.js';
import { imperative } from './rules/imperative.js';
import { lemmatise } from './rules/lemmatise.js';
import { names } from './rules/names.js';
import { negation } from './rules/negation.js';
import { nounPhrase } from './rules/noun-phrase.js';
import { numbers } from './rules/numbers.js';
import { pauses } from './rules/pauses.js';
import { phrases } from './rules/phrases.js';
import { plurals } from './rules/plurals.js';
import { pronouns } from './rules/pronouns.js';
import { questions } from './rules/questions.js';
import { separableVerb } from './rules/separable.js';
import { topic } from './rules/topic.js';
import type { ClauseWork, Draft, GlossRule, GlossState } from './state.js';
import { buildClauses, buildConstituents } from './structure.js';
import type {
  GlossedSentence,
  GlossedText,
  GlossItem,
  GlossLexicon,
  GlossOptions,
  NonManualSpan,
  OmittedWord,
} from './types.js';
import { createGlossContext } from './types.js';

/** The rules in the order they run. Token rules first (each takes the words the ones before left), then clause rules. */
export const GLOSS_RULES: readonly GlossRule[] = [
  drop,
  separableVerb,
  pronouns,
  numbers,
  addresses,
  names,
  compounds,
  phrases,
  lemmatise,
  plurals,
  nounPhrase,
  constituentOrder,
  topic,
  negation,
  questions,
  imperative,
  agreement,
  conditionals,
  clauseOrder,
  pauses,
];

function toItem(d: Draft): GlossItem {
  const { token: _token, ...item } = d;
  return item;
}

/** The glosses in signing order: blocks, each with its embedded relative clauses, pauses, the end pause. */
function flatten(state: GlossState): Draft[] {
  const out: Draft[] = [];
  const emit = (clause: ClauseWork) => {
    const pending = [...clause.embedded];
    for (const c of clause.constituents) {
      out.push(...c.drafts);
      for (const e of pending.filter((p) => p.after === c)) {
        emit(e.clause);
        pending.splice(pending.indexOf(e), 1);
      }
    }
    for (const e of pending) emit(e.clause);
    if (clause.pauseAfter) out.push(clause.pauseAfter);
  };
  for (const b of state.blocks) emit(b);
  if (state.endPause) out.push(state.endPause);
  return out;
}

function resolveMarks(state: GlossState, drafts: readonly Draft[]): NonManualSpan[] {
  const index = new Map(drafts.map((d, k) => [d, k]));
  const spans: NonManualSpan[] = [];
  for (const mark of state.marks) {
    const at = mark.drafts.map((d) => index.get(d)).filter((k): k is number => k !== undefined);
    if (at.length === 0) continue;
    const span = { type: mark.type, from: Math.min(...at), to: Math.max(...at) };
    if (!spans.some((s) => s.type === span.type && s.from === span.from && s.to === span.to)) spans.push(span);
  }
  return spans.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The sentence text: from the input when given, else rebuilt from the tokens and the gaps between them. */
function sourceOf(
  tokens: readonly AnalyzedToken[],
  options: GlossOptions,
): { source: string; start: number; end: number } {
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? start;
  if (options.text !== undefined) return { source: options.text.slice(start, end), start, end };
  let source = '';
  let at = start;
  for (const t of tokens) {
    source += ' '.repeat(Math.max(0, t.start - at)) + t.text;
    at = t.end;
  }
  return { source, start, end };
}

/** German → DGS glosses for one analysed sentence (`structure`: its clauses, where a Doc has them already). */
export function glossSentence(
  tokens: readonly AnalyzedToken[],
  lexicon: GlossLexicon,
  options: GlossOptions = {},
  structure: SentenceStructure = analyzeClauses(tokens),
): GlossedSentence {
  const { clauses, clauseOf } = buildClauses(tokens, structure);
  const state: GlossState = {
    tokens,
    structure,
    lexicon,
    options,
    context: options.context ?? createGlossContext(),
    plans: tokens.map(() => undefined),
    clauses,
    clauseOf,
    blocks: [...clauses],
    marks: [],
    omitted: [],
    fired: [],
  };
  let structured = false;
  for (const rule of GLOSS_RULES) {
    if (rule.stage === 'clause' && !structured) {
      buildConstituents(state);
      structured = true;
    }
    // Record the rule before any sub-rule it reports (lemmatise before fingerspell).
    const at = state.fired.length;
    if (rule.apply(state)) state.fired.splice(at, 0, rule.name);
  }
  if (!structured) buildConstituents(state);
  const drafts = flatten(state);
  const omitted: OmittedWord[] = state.omitted
    .filter(({ token }) => state.plans[token] === null)
    .sort((a, b) => a.token - b.token)
    .map(({ token, reason }) => ({
      word: tokens[token]!.text,
      start: tokens[token]!.start,
      end: tokens[token]!.end,
      reason,
    }));
  return {
    ...sourceOf(tokens, options),
    glosses: drafts.map(toItem),
    nonManuals: resolveMarks(state, drafts),
    ...(omitted.length > 0 ? { omitted } : {}),
    rules: [...state.fired],
  };
}

/**
 * Glosses the sentences of a text, split and analysed as a Doc (or of a Doc a request already made); third-person
 * loci carry over from sentence to sentence.
 */
export function glossText(
  analyzer: Analyzer,
  input: string | Doc,
  lexicon: GlossLexicon,
  options: GlossOptions = {},
): GlossedText {
  const doc = isDoc(input) ? input : createDoc(analyzer, input);
  const context = options.context ?? createGlossContext();
  return {
    sentences: doc.sentences.map((s) => {
      const glossed = glossSentence(s.tokens, lexicon, { ...options, text: doc.text, context }, s.structure);
      return { ...glossed, source: s.text, start: s.sentence.start, end: s.sentence.end };
    }),
  };
}

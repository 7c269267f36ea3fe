// The rule rewriter German → Leichte Sprache: small, explainable transformations, each a named step, on
// every sentence of a text; the result has one sentence per line. Pure and browser-safe.

import type { Analyzer } from '../../analyse.js';
import { createDoc, isDoc, type Doc } from '../../doc.js';
import { wordsOf } from '../analysis.js';
import { glossaryIndex } from '../glossary.js';
import { splitterFor } from '../rules/compound.js';
import { EINFACH_TARGET_WORDS, MAX_WORDS } from '../rules/sentence-length.js';
import type { GlossaryEntry, Separator } from '../types.js';
import { expandAbbreviations } from './abbreviations.js';
import { splitCompounds, withSeparator } from './compounds.js';
import { genitiveToVon } from './genitive.js';
import { GlossaryTracker } from './glossary.js';
import { datesAndTimes, numberWords } from './numbers.js';
import { modalPassive } from './modal-passive.js';
import { passiveToActive } from './passive.js';
import {
  splitAddition,
  splitAsyndetic,
  splitExample,
  splitModalInfinitive,
  splitParallel,
  splitPrepositionList,
  splitQuestion,
  splitSince,
  splitSowie,
  splitVerbList,
} from './additions.js';
import { splitWideBracket } from './brackets.js';
import { splitCondition, splitEllipticCondition } from './conditions.js';
import {
  splitAlternatives,
  splitMannerList,
  splitObjectAttributes,
  splitSubjectList,
  splitWaysBeforeVerb,
} from './lists.js';
import {
  splitAside,
  splitColon,
  splitCommaConjunction,
  splitEnumeration,
  splitParenthesis,
  splitSemicolon,
} from './layout.js';
import { indicative, politeRequest, sollteCondition } from './mood.js';
import { splitCoordination, splitRelative, splitSubordinate } from './split.js';
import { analysed, type Step, type StepContext } from './text.js';

export { preserved, lostFacts, numericFacts } from './preserved.js';
export { presentForm } from './passive.js';
export type { Step, StepContext } from './text.js';

export interface RewriteOptions {
  readonly separator?: Separator;
  /** Hard words to explain (the service loads `@bbs/language/glossary-de.json`); default none. */
  readonly glossary?: readonly GlossaryEntry[];
}

export interface RewrittenSentence {
  readonly source: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** The easy sentences it became (explanations of hard words included). */
  readonly output: string[];
  /** Names of the steps that changed it, in order. */
  readonly transformations: string[];
}

export interface RewriteResult {
  /** One sentence per line; paragraphs of the source stay apart with a blank line. */
  readonly text: string;
  readonly sentences: RewrittenSentence[];
}

/** Word-level steps first (they keep the analysis simple), then splitting, voice, genitive, compounds last. */
const WORD_STEPS: readonly Step[] = [expandAbbreviations, numberWords, datesAndTimes];
/**
 * Cuts at punctuation first (no words move), then clauses; the whole sequence runs again on the pieces. The
 * steps that restate words (a verb-less addition, parallel objects) or move a part into a list come after
 * the clause steps, so they see clauses that are already simple.
 */
const SPLIT_STEPS: readonly Step[] = [
  politeRequest,
  indicative,
  sollteCondition,
  splitSemicolon,
  splitColon,
  splitAside,
  splitParenthesis,
  splitCommaConjunction,
  splitAsyndetic,
  splitEnumeration,
  splitPrepositionList,
  splitQuestion,
  splitRelative,
  splitSubordinate,
  splitCondition,
  splitEllipticCondition,
  splitCoordination,
  splitAddition,
  splitVerbList,
  splitParallel,
  splitExample,
  splitSince,
  splitSowie,
  splitModalInfinitive,
  splitWideBracket,
  splitSubjectList,
  splitObjectAttributes,
  splitAlternatives,
  splitWaysBeforeVerb,
  splitMannerList,
];
const SPLIT_PASSES = 3;
const LATE_STEPS: readonly Step[] = [passiveToActive, modalPassive, genitiveToVon, splitCompounds];
export const REWRITE_STEPS: readonly string[] = [
  ...WORD_STEPS,
  ...SPLIT_STEPS,
  ...LATE_STEPS,
  { name: 'glossary' },
].map((s) => s.name);

const wordsIn = (ctx: StepContext, sentence: string): number =>
  wordsOf(analysed(ctx, sentence).tokens, sentence).length;

/**
 * Whether a step's output may replace the sentence. With `keepShort`, a rewrite that only removes a warning
 * (`der Behörde` → `von der Behörde`, passive → active) must not make the sentence longer than the hard
 * limit of 15 words: the warning stays rather than becoming an error.
 */
function accepted(ctx: StepContext, s: string, out: string[] | undefined, keepShort: boolean): out is string[] {
  if (!out || (out.length === 1 && out[0] === s) || !out.every((x) => x.trim().length > 0)) return false;
  if (!keepShort || wordsIn(ctx, s) > MAX_WORDS) return true;
  return out.every((x) => wordsIn(ctx, x) <= MAX_WORDS);
}

function run(
  ctx: StepContext,
  step: Step,
  sentences: string[],
  applied: string[],
  repeat = 1,
  keepShort = false,
): string[] {
  let current = sentences;
  for (let round = 0; round < repeat; round++) {
    let changed = false;
    const next: string[] = [];
    for (const s of current) {
      const out = step.apply(ctx, s);
      if (accepted(ctx, s, out, keepShort)) {
        // a sentence that introduces what follows (`… telefonisch:`) keeps its colon at the end
        const last = out.length - 1;
        if (/:\s*$/.test(s) && /\.$/.test(out[last]!)) out[last] = `${out[last]!.slice(0, -1)}:`;
        next.push(...out);
        changed = true;
      } else next.push(s);
    }
    current = next;
    if (changed && !applied.includes(step.name)) applied.push(step.name);
    if (!changed) break;
  }
  return current;
}

/**
 * The Doc to rewrite, and a step context over its analysis scope whose cache starts with the Doc's sentences: the
 * pieces of a text are analysed once, however many steps and passes look at them.
 */
function rewriteContext(analyzer: Analyzer, input: string | Doc, separator: Separator): [Doc, StepContext] {
  const doc = isDoc(input) ? input : createDoc(analyzer, input);
  const cache = new Map(doc.sentences.map((s) => [s.text, s.local] as const));
  return [doc, { analyzer: doc.analyzer, separator, splitter: splitterFor(analyzer.lexicon), cache }];
}

/**
 * Rewrites a German text into Leichte Sprache with safe rules: one rewritten sentence per sentence of the text, in
 * order. Given a Doc, its sentences and analysis scope are used.
 */
export function rewriteLeichteSprache(
  analyzer: Analyzer,
  input: string | Doc,
  options: RewriteOptions = {},
): RewriteResult {
  const separator = options.separator ?? 'hyphen';
  const [doc, ctx] = rewriteContext(analyzer, input, separator);
  const text = doc.text;
  const glossary = new GlossaryTracker(glossaryIndex(options.glossary, analyzer.lexicon));
  const sentences: RewrittenSentence[] = [];
  const lines: string[] = [];
  let previousEnd = 0;
  const segments = doc.sentences.map((s) => s.sentence);
  const contexts = segments.map((s) => glossary.contextOf(ctx, s.text));
  const topic = new Set(contexts.flatMap((c) => [...c]));
  segments.forEach((s, index) => {
    if (sentences.length > 0 && /\n[ \t]*\n/.test(text.slice(previousEnd, s.start))) lines.push('');
    previousEnd = s.end;
    const applied: string[] = [];
    let out = [s.text];
    for (const step of WORD_STEPS) out = run(ctx, step, out, applied);
    if (s.kind === 'sentence') {
      for (let pass = 0; pass < SPLIT_PASSES; pass++) {
        const before = out.join('\n');
        for (const step of SPLIT_STEPS) out = run(ctx, step, out, applied, 4);
        if (out.join('\n') === before) break;
      }
    }
    for (const step of LATE_STEPS) {
      if ((step === passiveToActive || step === modalPassive) && s.kind !== 'sentence') continue;
      out = run(ctx, step, out, applied, 1, step !== splitCompounds);
    }
    const withExplanations: string[] = [];
    // an explanation waits until the line that introduces a list or statement (`…:`) and its items are done
    let pending: string[] = [];
    out.forEach((sentence, k) => {
      withExplanations.push(sentence);
      const near = new Set([...(contexts[index - 1] ?? []), ...contexts[index]!, ...(contexts[index + 1] ?? [])]);
      for (const explanation of glossary.explain(ctx, sentence, near, topic)) {
        if (!applied.includes('glossary')) applied.push('glossary');
        pending.push(...splitExplanation(withSeparator(explanation, separator)));
      }
      const next = out[k + 1];
      if (/:$/.test(sentence) || (next !== undefined && (next.startsWith('- ') || REFERS_BACK.test(next)))) return;
      withExplanations.push(...pending);
      pending = [];
    });
    withExplanations.push(...pending);
    sentences.push({
      source: s.text,
      sourceStart: s.start,
      sourceEnd: s.end,
      output: withExplanations,
      transformations: applied,
    });
    withExplanations.forEach((line, k) => lines.push(k === 0 && s.marker ? `${s.marker.text} ${line}` : line));
  });
  return { text: lines.join('\n'), sentences };
}

/**
 * Lines that the split steps open with a word pointing at the line before („Sie ziehen um?“ / „Dann …“,
 * „Das gilt, solange …“): an explanation of a hard word waits until after them, so it does not come between.
 */
const REFERS_BACK = /^(Dann|Danach|Das gilt|Dabei|Denn|Deshalb|Trotzdem|Und|Oder|Das hängt|Zum Beispiel)\b/;

/** „Das ist ein Amt. Dort …“ → one sentence per line. */
function splitExplanation(explanation: string): string[] {
  return explanation.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter(Boolean);
}

/**
 * Einfache Sprache splits only what is long: a sentence over 15 words, or one with more than one subordinate
 * clause, by the clause steps (no lists, no restated additions: the text stays running text).
 */
/** „Würden Sie bitte …?“ → „Bitte … Sie …“, `würde` + infinitive → indicative; a `sollte` condition stays for B1. */
const EINFACH_MOOD_STEPS: readonly Step[] = [politeRequest, indicative];
const EINFACH_SPLIT_STEPS: readonly Step[] = [
  splitSemicolon,
  splitCommaConjunction,
  splitRelative,
  splitSubordinate,
  splitCondition,
  splitCoordination,
];

function needsSplit(ctx: StepContext, sentence: string): boolean {
  if (wordsIn(ctx, sentence) > EINFACH_TARGET_WORDS) return true;
  return analysed(ctx, sentence).structure.clauses.filter((c) => c.kind !== 'main').length > 1;
}

/**
 * „Bürger-Büro“ → „Bürgerbüro“: the glossary's explanations are written in Leichte Sprache; Einfache Sprache keeps
 * the normal spelling of compounds (a short first part like `E-Mail` keeps its hyphen).
 */
export function plainSpelling(text: string): string {
  return text.replace(
    /(\p{L}{3,})-(\p{Lu})(\p{Ll}{2,})/gu,
    (_m, a: string, b: string, c: string) => `${a}${b.toLowerCase()}${c}`,
  );
}

/**
 * Rewrites German into Einfache Sprache (plain language, about B1): abbreviations written out, numbers and dates in
 * the easy form, polite subjunctives as plain requests and statements, long sentences split at their clauses, passive and modal passive addressed to the reader, each hard
 * word explained once in the running text after its first sentence. Compounds, genitive and paragraphs stay as in
 * standard German; the sentences of a paragraph stay in one paragraph.
 */
export function rewriteEinfacheSprache(
  analyzer: Analyzer,
  input: string | Doc,
  options: RewriteOptions = {},
): RewriteResult {
  const [doc, ctx] = rewriteContext(analyzer, input, 'hyphen');
  const text = doc.text;
  const glossary = new GlossaryTracker(glossaryIndex(options.glossary, analyzer.lexicon), 'einfach');
  const segments = doc.sentences.map((s) => s.sentence);
  const contexts = segments.map((s) => glossary.contextOf(ctx, s.text));
  const topic = new Set(contexts.flatMap((c) => [...c]));
  const sentences: RewrittenSentence[] = [];
  let out = '';
  let previousEnd = 0;
  segments.forEach((s, index) => {
    const applied: string[] = [];
    let parts = [s.text];
    for (const step of WORD_STEPS) parts = run(ctx, step, parts, applied);
    if (s.kind === 'sentence') {
      // a request and a statement in the indicative are plain German too, whatever the sentence's length
      for (const step of EINFACH_MOOD_STEPS) parts = run(ctx, step, parts, applied, 1, true);
      for (let pass = 0; pass < SPLIT_PASSES; pass++) {
        const before = parts.join('\n');
        for (const step of EINFACH_SPLIT_STEPS) {
          parts = parts.flatMap((p) => (needsSplit(ctx, p) ? run(ctx, step, [p], applied) : [p]));
        }
        if (parts.join('\n') === before) break;
      }
      for (const step of [passiveToActive, modalPassive]) parts = run(ctx, step, parts, applied, 1, true);
    }
    const near = new Set([...(contexts[index - 1] ?? []), ...contexts[index]!, ...(contexts[index + 1] ?? [])]);
    const explained = parts.flatMap((p) => glossary.explain(ctx, p, near, topic).map(plainSpelling));
    if (explained.length > 0) applied.push('glossary');
    const output = [...parts, ...explained];
    sentences.push({ source: s.text, sourceStart: s.start, sourceEnd: s.end, output, transformations: applied });
    // the text between sentences (spaces, line breaks, paragraphs) stays as it was
    const gap = text.slice(previousEnd, s.start);
    out += (out === '' ? text.slice(0, s.start) : gap || ' ') + output.join(' ');
    previousEnd = s.end;
  });
  return { text: out, sentences };
}

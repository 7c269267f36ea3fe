// `node --conditions=source --import tsx tests/eval/leichte-sprache-real.ts [--split=dev|test] [--show=N]`: the rule
// rewriter on real text nobody here wrote, with the figures issue 14 asks for. Two sources from ../shared/datasets
// (read here, never copied): the German Integreat pages (municipal text, CC BY 4.0; the fixed page split of
// tests/support/integreat.ts) and the German4All paragraphs (Wikipedia, expert-corrected; `train` is the dev part,
// `val` the held-out part). Rules are tuned on `--split=dev` and reported on `--split=test` (the default).
//
// Per source: words per output sentence, output sentences over 15 words, long source sentences (over 15 words)
// that no structural step touched, checker errors (DIN) in the output, paragraphs whose numbers, dates and amounts
// all survive, and source sentences whose rewrite lost a content word (noun, verb, adjective, adverb, modal or
// negation of the source missing in its output lines).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkLeichteSprache,
  lostContentWords,
  MAX_WORDS,
  preserved,
  rewriteLeichteSprache,
  wordsOf,
  WORD_LEVEL_STEPS,
  type Analyzer,
  type GlossaryEntry,
} from '@bbs/language';
import { loadLanguageResources } from '@bbs/translator';
import { integreatAvailable, loadIntegreatPages, proseLines } from '../support/integreat.js';
import { readCsv } from './csv.js';

const GERMAN4ALL = fileURLToPath(new URL('../../../shared/datasets/german4all-corrected-ls', import.meta.url));

interface Corpus {
  name: string;
  /** Texts as a reader meets them: a page or a paragraph, rewritten as a whole. */
  texts: string[];
}

const split = /^--split=(dev|test)$/.exec(process.argv.find((a) => a.startsWith('--split=')) ?? '')?.[1] ?? 'test';
const show = Number(/^--show=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--show=')) ?? '')?.[1] ?? 0);

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  if (integreatAvailable()) {
    const pages = loadIntegreatPages(split === 'dev' ? 'dev' : 'test');
    out.push({
      name: `Integreat ${split} pages`,
      texts: pages.map((p) => proseLines(p).join('\n\n')).filter((t) => t.trim() !== ''),
    });
  }
  const csv = join(GERMAN4ALL, split === 'dev' ? 'train.csv' : 'val.csv');
  if (existsSync(csv)) {
    const rows = readCsv(csv);
    out.push({
      name: `German4All ${split === 'dev' ? 'train' : 'val'} paragraphs`,
      texts: rows.map((r) => (r.text ?? '').trim()).filter(Boolean),
    });
  }
  return out;
}

const wordCount = (analyzer: Analyzer, line: string): number => wordsOf(analyzer.analyzeSentence(line), line).length;

function evaluate(analyzer: Analyzer, glossary: readonly GlossaryEntry[], corpus: Corpus) {
  let outSentences = 0;
  let outWords = 0;
  let overLimit = 0;
  let longSources = 0;
  let longUntouched = 0;
  let sourceSentences = 0;
  let lostContent = 0;
  let errors = 0;
  let factsKept = 0;
  const errorsByRule = new Map<string, number>();
  const examples: string[] = [];
  /** Long sentences no structural step changed (shown for the dev part only: the test part stays unread). */
  const untouched: string[] = [];
  const started = performance.now();
  for (const text of corpus.texts) {
    const result = rewriteLeichteSprache(analyzer, text, { glossary });
    if (preserved(text, result.text)) factsKept++;
    for (const s of result.sentences) {
      sourceSentences++;
      if (wordCount(analyzer, s.source) > MAX_WORDS) {
        longSources++;
        if (s.transformations.every((t) => WORD_LEVEL_STEPS.has(t))) {
          longUntouched++;
          if (split === 'dev' && untouched.length < show) untouched.push(`untouched: ${s.source}`);
        }
      }
      const lost = lostContentWords(analyzer, s.source, s.output.join('\n'));
      if (lost.length > 0) {
        lostContent++;
        if (split === 'dev' && examples.length < show)
          examples.push(`lost ${lost.join(', ')}: ${s.source}\n  → ${s.output.join(' | ')}`);
      }
      for (const line of s.output) {
        const n = wordCount(analyzer, line.replace(/^[-•]\s+/, ''));
        if (n === 0) continue;
        outSentences++;
        outWords += n;
        if (n > MAX_WORDS) overLimit++;
      }
    }
    for (const f of checkLeichteSprache(analyzer, result.text, { profile: 'din', glossary }).findings) {
      if (f.severity !== 'error') continue;
      errors++;
      errorsByRule.set(f.rule, (errorsByRule.get(f.rule) ?? 0) + 1);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    texts: corpus.texts.length,
    sourceSentences,
    outSentences,
    wordsPerSentence: outWords / Math.max(1, outSentences),
    overLimit: overLimit / Math.max(1, outSentences),
    longUntouched: longUntouched / Math.max(1, longSources),
    longSources,
    errors,
    errorsByRule: [...errorsByRule].sort((a, b) => b[1] - a[1]),
    factsKept: factsKept / Math.max(1, corpus.texts.length),
    lostContent: lostContent / Math.max(1, sourceSentences),
    seconds,
    examples,
    untouched,
  };
}

async function main(): Promise<void> {
  const list = corpora();
  if (list.length === 0) {
    console.log(
      'Neither ../shared/datasets/integreat-municipal nor german4all-corrected-ls found; nothing to evaluate.',
    );
    return;
  }
  const { analyzer, glossary } = await loadLanguageResources();
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`\nLeichte Sprache rules on real text (${split} part; tune on dev, report on test)`);
  console.log(
    '| text | texts | source sentences | output sentences | words/sentence (≤ 9) | over 15 words (≤ 2 %) | long sources untouched (≤ 5 %) | checker errors (0) | facts kept (100 %) | content word lost |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const all: string[] = [];
  for (const corpus of list) {
    const r = evaluate(analyzer, glossary, corpus);
    console.log(
      `| ${corpus.name} | ${r.texts} | ${r.sourceSentences} | ${r.outSentences} | ${r.wordsPerSentence.toFixed(2)} | ${pct(r.overLimit)} | ${pct(r.longUntouched)} of ${r.longSources} | ${r.errors} | ${pct(r.factsKept)} | ${pct(r.lostContent)} |`,
    );
    all.push(
      `${corpus.name}: ${r.seconds.toFixed(1)} s; errors by rule: ${r.errorsByRule.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
      ...r.examples,
      ...r.untouched,
    );
  }
  console.log(`\n${all.join('\n')}`);
}

await main();

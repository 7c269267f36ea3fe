// `npm run eval:gloss`: the rule translator's quality on PHOENIX-2014T test (a baseline for the trained
// gloss model; BLEU with sacreBLEU conventions and tokenize='none', chrF2), the sign lexicon's coverage
// of the municipal samples (how much is signed from the lexicon, how much fingerspelled), the hand-made gloss
// fixtures, the DGS number expressions (tests/fixtures/dgs-numbers.json: glosses and number signs), and how much
// of real municipal text (Integreat pages, ../shared/datasets) is fingerspelled: the rules are developed on the
// `dev` pages (their most often spelled words are listed) and reported on the held-out `test` pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment, signLine } from '@bbs/language';
import { loadDgsEngine, loadLanguageResources } from '@bbs/translator';
import type { DgsEngine } from '@bbs/translator';
import { integreatAvailable, INTEGREAT_DIR, loadIntegreatPages, proseLines } from '../support/integreat.js';
import type { IntegreatSplit } from '../support/integreat.js';
import { loadSamples } from '../support/samples.js';
import { corpusBleu, corpusChrf } from './metrics.js';

const SHARED = fileURLToPath(new URL('../../../shared/datasets', import.meta.url));
const PHOENIX = join(SHARED, 'phoenix2014T');
/** Best published test BLEU-4 on PHOENIX-2014T text→gloss (Zhu et al. 2023). */
const PUBLISHED_BEST = 25.96;

const { analyzer } = await loadLanguageResources();
const dgs = loadDgsEngine(analyzer);

/**
 * PHOENIX's German side is lower-cased and tokenised. Our analysis needs German capitalisation, so nouns
 * are restored from the lexicon's readings (a word whose only reading is a noun gets its capital back).
 */
function restoreCase(line: string): string {
  const words = line.trim().split(/\s+/);
  const text = words
    .map((w, i) => {
      const capital = w.charAt(0).toUpperCase() + w.slice(1);
      const analysed = analyzer.analyzeSentence(capital);
      const token = analysed[0];
      const noun =
        token &&
        (token.upos === 'NOUN' || token.upos === 'PROPN') &&
        !token.candidates.some((c) => c.upos !== 'NOUN' && c.upos !== 'PROPN' && !c.folded);
      return i === 0 || noun ? capital : w;
    })
    .join(' ');
  return text.replace(/ ([.,!?;:])/g, '$1');
}

function glossLine(engine: DgsEngine, text: string): string {
  return engine
    .gloss(text)
    .flatMap((s) => s.glosses)
    .filter((g) => g.kind !== 'pause')
    .map((g) => g.gloss.toUpperCase())
    .join(' ');
}

function phoenix(): void {
  if (!existsSync(join(PHOENIX, 'test.de'))) {
    console.log(`PHOENIX-2014T not found at ${PHOENIX}: skipping BLEU/chrF (the data lives in ../shared/datasets).`);
    return;
  }
  const german = readFileSync(join(PHOENIX, 'test.de'), 'utf8').trimEnd().split('\n');
  const refs = readFileSync(join(PHOENIX, 'test.gloss'), 'utf8').trimEnd().split('\n');
  const started = performance.now();
  const hyps = german.map((line) => glossLine(dgs, restoreCase(line)));
  const ms = (performance.now() - started) / german.length;
  // PHOENIX writes a sign's gloss as its German lemma; our fingerspelled words carry the lemma after `FS-`.
  // Scored once as produced and once with that prefix removed (the lemma as gloss, as PHOENIX would write a sign).
  const lemmaHyps = hyps.map((h) => h.replace(/\bFS-/g, ''));
  console.log(`\nPHOENIX-2014T test (${german.length} sentences), rule translator, tokenize=none, upper-cased`);
  for (const [label, h] of [
    ['as produced', hyps],
    ['FS- prefix removed', lemmaHyps],
  ] as const) {
    const bleu = corpusBleu(h, refs);
    const chrf = corpusChrf(h, refs);
    console.log(
      `  ${label.padEnd(20)} BLEU-4 ${bleu.score.toFixed(2)}  chrF2 ${chrf.toFixed(2)}  (precisions ${bleu.precisions.map((p) => p.toFixed(1)).join('/')}, BP ${bleu.brevityPenalty.toFixed(3)}, hyp/ref ${bleu.hypLength}/${bleu.refLength})`,
    );
  }
  console.log(`  published best (trained model, Zhu et al. 2023): BLEU-4 ${PUBLISHED_BEST}`);
  console.log(`  ${ms.toFixed(2)} ms per sentence`);
  console.log('  examples:');
  for (const i of [0, 1, 2, 3]) console.log(`    ${german[i]}\n      ours: ${hyps[i]}\n      ref:  ${refs[i]}`);
}

function coverage(): void {
  const counts = { lexical: 0, fingerspell: 0, number: 0, index: 0, pause: 0 };
  const drafts = { draft: 0, approved: 0 };
  const spelled = new Map<string, number>();
  let sentences = 0;
  for (const sample of loadSamples()) {
    for (const s of dgs.gloss(sample.text)) {
      sentences++;
      for (const g of s.glosses) {
        counts[g.kind]++;
        if (g.review) drafts[g.review]++;
        if (g.kind === 'fingerspell') spelled.set(g.gloss, (spelled.get(g.gloss) ?? 0) + 1);
      }
    }
  }
  const content = counts.lexical + counts.fingerspell;
  console.log(`\nLexicon coverage on the municipal samples (${sentences} sentences)`);
  console.log(
    `  lexical signs ${counts.lexical}, fingerspelled ${counts.fingerspell}, numbers ${counts.number}, index ${counts.index}, pauses ${counts.pause}`,
  );
  console.log(
    `  signable from the lexicon: ${((100 * counts.lexical) / content).toFixed(1)} % of words (the rest fingerspelled)`,
  );
  console.log(`  lexicon signs used: ${drafts.draft} draft, ${drafts.approved} approved (drafts are not verified DGS)`);
  const top = [...spelled.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`  most often fingerspelled: ${top.map(([g, n]) => `${g} ${n}`).join(', ')}`);
  signingRate();
}

/** How fast the avatar signs the samples at speed 1: lexical signs and fingerspelled letters per second. */
function signingRate(): void {
  let signTime = 0;
  let signs = 0;
  let letterTime = 0;
  let letters = 0;
  for (const sample of loadSamples()) {
    for (const s of dgs.gloss(sample.text)) {
      for (const item of dgs.timeline(s, 1, true).items) {
        // A multi-segment sign is several items of one sign; its first part counts the sign.
        if (item.kind === 'lexical') {
          signTime += item.duration;
          if (!item.part || item.part.index === 0) signs++;
        } else if (item.kind === 'fingerspell') {
          letterTime += item.duration;
          letters++;
        }
      }
    }
  }
  console.log(
    `  signing rate at speed 1: ${(signs / signTime).toFixed(2)} signs/s, ${(letters / letterTime).toFixed(2)} letters/s (pauses not counted)`,
  );
}

function fixtures(): void {
  const file = fileURLToPath(new URL('../../samples/gold/glosses.jsonl', import.meta.url));
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; glosses: string; knownGap?: string });
  const hyps = rows.map((r) => glossLine(dgs, r.text));
  const exact = rows.filter((r, i) => hyps[i] === r.glosses).length;
  const bleu = corpusBleu(
    hyps,
    rows.map((r) => r.glosses),
  );
  console.log(
    `\nHand-made gloss fixtures (samples/gold/glosses.jsonl): ${exact}/${rows.length} exact, BLEU-4 ${bleu.score.toFixed(2)}, ${rows.filter((r) => r.knownGap).length} known gaps`,
  );
}

/** A number expression counts as correct when both its glosses and the number signs the avatar makes match. */
function numbers(): void {
  const file = fileURLToPath(new URL('../fixtures/dgs-numbers.json', import.meta.url));
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as {
    cases: { category: string; text: string; glosses: string; signs: string; knownGap?: string }[];
  };
  const byCategory = new Map<string, { correct: number; total: number }>();
  const wrong: string[] = [];
  for (const c of cases) {
    const [sentence] = dgs.gloss(c.text);
    const glosses = sentence ? glossLine(dgs, c.text) : '';
    const signs = sentence ? signLine(sentence, dgs.signData) : '';
    const ok = glosses === c.glosses.toUpperCase() && signs === c.signs;
    const tally = byCategory.get(c.category) ?? { correct: 0, total: 0 };
    tally.total++;
    if (ok) tally.correct++;
    else wrong.push(`    ${c.text}\n      ours: ${signs}\n      want: ${c.signs}${c.knownGap ? ` (known gap)` : ''}`);
    byCategory.set(c.category, tally);
  }
  const correct = [...byCategory.values()].reduce((n, t) => n + t.correct, 0);
  console.log(`\nDGS number expressions (tests/fixtures/dgs-numbers.json)`);
  console.log(`  numbers correct: ${correct}/${cases.length}`);
  console.log(`  ${[...byCategory].map(([k, t]) => `${k} ${t.correct}/${t.total}`).join(', ')}`);
  if (wrong.length > 0) console.log(`  not as expected:\n${wrong.join('\n')}`);
}

/** Word signs (lexical or fingerspelled) of real municipal text, split by whether the word is a proper name. */
function municipal(split: IntegreatSplit): void {
  if (!integreatAvailable()) {
    console.log(`\nIntegreat pages not found at ${INTEGREAT_DIR}: skipping the real-text coverage.`);
    return;
  }
  const pages = loadIntegreatPages(split);
  const tally = { lexical: 0, spelled: 0, spelledNames: 0, sentences: 0 };
  const spelled = new Map<string, number>();
  for (const page of pages) {
    for (const line of proseLines(page)) {
      const upos = new Map<number, string>();
      for (const s of segment(line)) {
        for (const t of analyzer.analyzeSentence(s.tokens)) upos.set(t.start, t.upos);
      }
      for (const s of dgs.gloss(line)) {
        tally.sentences++;
        for (const g of s.glosses) {
          if (g.kind === 'lexical') tally.lexical++;
          if (g.kind !== 'fingerspell') continue;
          if (upos.get(g.start) === 'PROPN') tally.spelledNames++;
          else {
            tally.spelled++;
            spelled.set(g.gloss, (spelled.get(g.gloss) ?? 0) + 1);
          }
        }
      }
    }
  }
  const words = tally.lexical + tally.spelled + tally.spelledNames;
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  console.log(
    `\nReal municipal text, Integreat ${split} pages (${pages.length} pages, ${tally.sentences} sentences; ` +
      (split === 'dev' ? 'the rules are developed on these)' : 'held out: the rules were not tuned on these)'),
  );
  console.log(
    `  word signs ${words}: from the lexicon ${tally.lexical}, fingerspelled ${tally.spelled} + ${tally.spelledNames} names`,
  );
  console.log(
    `  fingerspelled share of content signs: ${pct(tally.spelled, tally.lexical + tally.spelled)} without names, ` +
      `${pct(tally.spelled + tally.spelledNames, words)} with names`,
  );
  if (split === 'dev') {
    const top = [...spelled.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60);
    console.log(`  most often fingerspelled (dev): ${top.map(([g, n]) => `${g} ${n}`).join(', ')}`);
  }
}

phoenix();
coverage();
municipal('dev');
municipal('test');
fixtures();
numbers();

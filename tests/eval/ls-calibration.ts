// `node --conditions=source --import tsx tests/eval/ls-calibration.ts [--split=dev|test] [--dump=FILE]`: how honest the
// Leichte Sprache engine's confidence is. A person labelled what the rules made of sentences from real text
// (Integreat pages, ../shared/datasets/integreat-municipal, CC BY 4.0) as `ok`, `broken` (ungrammatical or not
// Leichte Sprache) or `meaning` (a reader could act on a changed meaning). Two label sets: the dev pages'
// (tests/fixtures/ls-calibration-labels-dev.json), on which the concern detectors are tuned, and the held-out test
// pages' (tests/fixtures/ls-calibration-labels.json, the default), on which the figure is reported. The labels name
// each sentence by page id and index and hold SHA-256 hashes of its source and output, never the text itself: the
// data set stays outside the repository. A label counts only while the rules still give the output that was labelled.
//
// `--dump=FILE` writes the sentences to label (JSON lines with source, output, confidence, concerns) to FILE, which
// belongs outside the repository.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createDoc } from '@bbs/language';
import { LeichteSpracheEngine, loadLanguageResources } from '@bbs/translator';
import { integreatAvailable, loadIntegreatPages, proseLines } from '../support/integreat.js';

const split = process.argv.includes('--split=dev') ? 'dev' : 'test';
const LABELS = new URL(
  split === 'dev' ? '../fixtures/ls-calibration-labels-dev.json' : '../fixtures/ls-calibration-labels.json',
  import.meta.url,
);
/** Every how-many-th sentence of the test pages is labelled: a spread over all pages, not one page's style. */
const STRIDE = 18;
const HIGH = 0.8;

interface Label {
  page: number;
  index: number;
  sourceSha256: string;
  outputSha256: string;
  label: 'ok' | 'broken' | 'meaning';
  note?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function sentences() {
  const { analyzer, glossary } = await loadLanguageResources();
  const engine = new LeichteSpracheEngine(glossary);
  const out = [];
  let seen = 0;
  for (const page of loadIntegreatPages(split)) {
    const doc = createDoc(analyzer, proseLines(page).join('\n\n'));
    const parts = doc.sentences.map((s) => s.text);
    const results = await engine.translate(doc);
    for (let index = 0; index < parts.length; index++) {
      if (parts[index]!.split(/\s+/).length < 6 || seen++ % STRIDE !== 0) continue;
      const r = results[index]!;
      out.push({ page: page.id, index, source: parts[index]!, ...r });
    }
  }
  return out;
}

async function main(): Promise<void> {
  if (!integreatAvailable()) {
    console.log('../shared/datasets/integreat-municipal not found; nothing to calibrate.');
    return;
  }
  const all = await sentences();
  const dump = process.argv.find((a) => a.startsWith('--dump='))?.slice('--dump='.length);
  if (dump) {
    writeFileSync(
      dump,
      all
        .map((s) =>
          JSON.stringify({
            page: s.page,
            index: s.index,
            sourceSha256: sha256(s.source),
            outputSha256: sha256(s.output),
            source: s.source,
            output: s.output,
            confidence: s.confidence,
            concerns: s.concerns ?? [],
          }),
        )
        .join('\n') + '\n',
    );
    console.log(`${all.length} sentences written to ${dump}`);
    return;
  }
  if (!existsSync(LABELS)) {
    console.log(`No labels yet (${LABELS.pathname.split('/').at(-1)}).`);
    return;
  }
  const labels = (JSON.parse(readFileSync(LABELS, 'utf8')) as { labels: Label[] }).labels;
  const now = new Map(all.map((s) => [`${s.page}:${s.index}`, s]));
  const current = labels.flatMap((l) => {
    const s = now.get(`${l.page}:${l.index}`);
    return s && sha256(s.source) === l.sourceSha256 && sha256(s.output) === l.outputSha256 ? [{ ...l, s }] : [];
  });
  const count = (label: Label['label'], high: boolean) =>
    current.filter((c) => c.label === label && c.s.confidence >= HIGH === high).length;
  console.log(
    `\nLeichte Sprache confidence on ${current.length} labelled sentences of ` +
      (split === 'dev' ? 'Integreat dev pages (the detectors are tuned on these) ' : 'held-out Integreat test pages ') +
      `(${labels.length - current.length} of ${labels.length} labels stale: the rules now write something else)`,
  );
  console.log('| label | sentences | confidence ≥ 0.8 | below 0.8 |');
  console.log('|---|---|---|---|');
  for (const label of ['ok', 'broken', 'meaning'] as const) {
    console.log(
      `| ${label} | ${count(label, true) + count(label, false)} | ${count(label, true)} | ${count(label, false)} |`,
    );
  }
  const bad = current.filter((c) => c.label !== 'ok');
  const badHigh = bad.filter((c) => c.s.confidence >= HIGH).length;
  console.log(
    `\nbroken or meaning changed with confidence ≥ ${HIGH}: ${badHigh} of ${bad.length}` +
      (bad.length ? ` (${((100 * badHigh) / bad.length).toFixed(1)} %)` : ''),
  );
}

await main();

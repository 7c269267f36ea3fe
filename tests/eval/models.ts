// `npm run eval:models`: scores the model packages the service serves. For each package: the size of the files
// actually loaded; test-set scores of the model's own (unguarded) greedy output, through the service's model
// runtime with the dtype from the manifest (q8 by default); for a gloss or Leichte Sprache model also the municipal
// samples' held-out texts (tests/support/municipal-glosses.ts, municipal-leichte-sprache.ts), scored against the
// rules' output; and, through a real service
// process over HTTP (`POST /v1/translate`, one sentence per request), p50/p95 latency per sentence and the share
// of sentences the service's guard lets the model make (the rest come from the rules).
//
//   npm run eval:models [-- --models-dir models] [-- --limit N] [-- pkgDir ...]
//
// Packages: every entry of <models-dir>/manifest.json and every package folder there without an entry that has an
// eval.json (shipped but opt-in), or the package folders given on the command line (id = folder name, task from the
// package's eval.json). Test sets (from
// ../shared/datasets, never copied): task "gloss" -> PHOENIX-2014T test (BLEU-4 tokenize none, chrF2);
// "simplification" -> DEplain-web-sent open test.csv (SARI as EASSE, BLEU 13a); "translation" -> the Integreat
// held-out test pages, FLORES-101 devtest and NTREX-128 for the package's first target (chrF2 and BLEU 13a, as
// sacreBLEU's defaults; tests/eval/translation-sets.ts), with the share of Integreat lines the guard for spoken
// targets passes. Through the service, a translation counts as the model's only where the guard passed it (the
// others show the German source).
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { checkTerminology, guardTranslation, LINE_BREAK } from '@bbs/language';
import { createLogger, createMetrics, loadDgsEngine, loadLanguageResources, ModelRuntime } from '@bbs/translator';
import { readManifest, requiredFiles } from '../../services/translator/src/models/packages.js';
import type { ManifestEntry } from '../../services/translator/src/models/packages.js';
import { percentile } from '../bench/load.js';
import { startService } from '../bench/service-process.js';
import { municipalGlossPairs } from '../support/municipal-glosses.js';
import { municipalLeichteSprachePairs } from '../support/municipal-leichte-sprache.js';
import { readCsv } from './csv.js';
import { corpusBleu, corpusChrf } from './metrics.js';
import { corpusSari, tokenize13a } from './sari.js';
import { translationSets } from './translation-sets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/datasets', import.meta.url));

interface Package {
  entry: ManifestEntry;
  dir: string;
}

interface Row {
  id: string;
  task: string;
  dtype: string;
  sizeMb: number;
  n: number;
  scores: string;
  municipal: string;
  served?: Served;
}

interface Served {
  n: number;
  p50: number;
  p95: number;
  /** Sentences whose output the service took from the model (the guard passed it). */
  byModel: number;
}

/** Sentences per package sent through the service for latency and the guard's share. */
const SERVED_SENTENCES = 200;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'models-dir': { type: 'string', default: join(ROOT, 'models') },
    limit: { type: 'string' },
  },
});

function targetFor(task: string): string {
  return task === 'gloss' ? 'gsg' : task === 'simplification' ? 'de-x-ls' : 'en';
}

function packagesFromFolders(folders: string[]): Package[] {
  return folders.map((folder) => {
    const dir = resolve(folder);
    const evalFile = join(dir, 'eval.json');
    const task = existsSync(evalFile)
      ? (JSON.parse(readFileSync(evalFile, 'utf8')) as { task: string }).task
      : 'translation';
    const refFile = join(dir, 'reference_decode.json');
    const maxLength = existsSync(refFile)
      ? (JSON.parse(readFileSync(refFile, 'utf8')) as { max_length: number }).max_length
      : 257;
    const q8 = existsSync(join(dir, 'onnx', 'encoder_model_quantized.onnx'));
    const entry: ManifestEntry = {
      id: basename(dir),
      task: task as ManifestEntry['task'],
      source: 'de',
      targets: [targetFor(task)],
      targetPrefix: {},
      languageCodes: {},
      dtype: q8 ? 'q8' : 'fp32',
      maxNewTokens: Math.min(1024, maxLength - 1),
    };
    return { entry, dir };
  });
}

function testSet(task: string): { sources: string[]; references: string[] } | undefined {
  if (task === 'gloss') {
    const read = (f: string) =>
      readFileSync(join(SHARED, 'phoenix2014T', f), 'utf8')
        .replace(/\n$/, '')
        .split('\n');
    return { sources: read('test.de'), references: read('test.gloss') };
  }
  if (task === 'simplification') {
    const rows = readCsv(join(SHARED, 'deplain-web-sent-open', 'test.csv'));
    const norm = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean).join(' ');
    const kept = rows.filter((r) => norm(r.original) && norm(r.simplification));
    return { sources: kept.map((r) => norm(r.original)), references: kept.map((r) => norm(r.simplification)) };
  }
  return undefined;
}

function servedMb(pkg: Package): number {
  const bytes = requiredFiles(pkg.entry)
    .concat(['generation_config.json'])
    .map((f) => join(pkg.dir, f))
    .filter((f) => existsSync(f))
    .reduce((sum, f) => sum + statSync(f).size, 0);
  return bytes / 1e6;
}

async function main(): Promise<number> {
  if (!existsSync(SHARED)) {
    console.log(`eval:models skipped: ${SHARED} (the shared datasets) is not on this machine.`);
    return 0;
  }
  const modelsDir = resolve(values['models-dir']);
  let packages: Package[];
  if (positionals.length > 0) packages = packagesFromFolders(positionals);
  else {
    // the manifest's entries as they are served, and packages shipped in the folder without an entry (opt-in)
    const listed = existsSync(join(modelsDir, 'manifest.json'))
      ? readManifest(modelsDir).map((entry) => ({ entry, dir: join(modelsDir, entry.id) }))
      : [];
    const unlisted = readdirSync(modelsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !listed.some((p) => p.entry.id === d.name))
      .map((d) => join(modelsDir, d.name))
      .filter((dir) => existsSync(join(dir, 'config.json')) && existsSync(join(dir, 'eval.json')));
    for (const dir of unlisted) console.log(`${basename(dir)}: shipped, not in the manifest (scored as if listed)`);
    packages = [...listed, ...packagesFromFolders(unlisted)];
    if (packages.length === 0) {
      console.log(`eval:models: no model packages in ${modelsDir}; nothing to score.`);
      return 0;
    }
  }
  packages = packages.filter((p) => {
    const ok = existsSync(join(p.dir, 'config.json'));
    if (!ok) console.log(`skipping ${p.entry.id}: ${p.dir} is not a package folder`);
    return ok;
  });
  if (packages.length === 0) return 0;
  const limit = values.limit ? Number(values.limit) : Infinity;

  // A private models folder (symlinks + manifest), so that folders given on the command line need no entry in
  // models/manifest.json; with a manifest the entries are used as they are.
  const dir = mkdtempSync(join(tmpdir(), 'eval-models-'));
  for (const p of packages) symlinkSync(p.dir, join(dir, p.entry.id), 'dir');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: packages.map((p) => p.entry) }, null, 2));
  const rows: Row[] = [];
  try {
    for (const p of packages) {
      const row = await scoreModel(dir, p, limit);
      if (row) rows.push(row);
    }
    // One service for all packages, as `npm start` would run them; each package's sentences go to its target.
    if (rows.length > 0) await measureService(dir, packages, rows, limit);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
  console.log(
    '| id | task | dtype | size (MB, served files) | test sentences | test scores (model alone) | municipal held-out (model alone) | sentences through the service | by the model (guard passed) | p50 ms | p95 ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const s = r.served;
    console.log(
      `| ${r.id} | ${r.task} | ${r.dtype} | ${r.sizeMb.toFixed(2)} | ${r.n} | ${r.scores} | ${r.municipal} | ${s?.n ?? '-'} | ${s ? `${s.byModel} (${((100 * s.byModel) / s.n).toFixed(0)} %)` : '-'} | ${s?.p50.toFixed(0) ?? '-'} | ${s?.p95.toFixed(0) ?? '-'} |`,
    );
  }
  console.log('');
  console.log(
    'Scores: the model alone (greedy, one sentence per call, through ModelRuntime). Latency: POST /v1/translate ' +
      'per sentence (an Integreat line for translation packages) through a service process on this machine, ' +
      'translation memory, model, terminology and guards included.',
  );
  return 0;
}

function runtimeFor(dir: string): ModelRuntime {
  return new ModelRuntime({
    modelsDir: dir,
    workers: 1,
    maxBatch: 1,
    maxQueue: 100_000,
    timeoutMs: 120_000,
    logger: createLogger('warn'),
    metrics: createMetrics(false),
  });
}

/**
 * The held-out municipal sentences with the rules' output: glosses for a gloss model, the rule rewriter's lines
 * (joined with ¶) for a Leichte Sprache model; none for other tasks.
 */
async function municipalHeldOut(task: string): Promise<{ sources: string[]; references: string[] }> {
  const { analyzer, glossary } = await loadLanguageResources();
  if (task === 'gloss') {
    const held = municipalGlossPairs(loadDgsEngine(analyzer)).filter((p) => p.split === 'heldout');
    return { sources: held.map((p) => p.text), references: held.map((p) => p.glosses) };
  }
  if (task === 'simplification') {
    const held = municipalLeichteSprachePairs(analyzer, glossary).filter((p) => p.split === 'heldout');
    return { sources: held.map((p) => p.text), references: held.map((p) => p.target) };
  }
  return { sources: [], references: [] };
}

/** A Leichte Sprache model's output as one line, as the references are: its line marks (¶) become spaces. */
const flat = (text: string): string => text.split(LINE_BREAK).join(' ').replace(/\s+/g, ' ').trim();

async function decodeAll(runtime: ModelRuntime, p: Package, sources: readonly string[]) {
  const target = p.entry.targets[0]!;
  const outputs: string[] = [];
  let failed = 0;
  for (const [i, text] of sources.entries()) {
    try {
      const [out] = await runtime.translate(p.entry.id, target, [text]);
      outputs.push(out?.output ?? '');
    } catch {
      failed++; // e.g. an empty output the worker cannot decode; scored as an empty hypothesis
      outputs.push('');
    }
    if ((i + 1) % 100 === 0) console.log(`  ${p.entry.id}: ${i + 1}/${sources.length} sentences`);
  }
  return { outputs, failed };
}

async function scoreModel(dir: string, p: Package, limit: number): Promise<Row | undefined> {
  const { id, task, dtype } = p.entry;
  const runtime = runtimeFor(dir);
  try {
    runtime.start();
    await runtime.settled();
    const status = runtime.models().find((m) => m.entry.id === id);
    if (status?.status !== 'ready') {
      console.log(`${id}: not loaded (${status?.message ?? 'unknown'})`);
      return undefined;
    }
    const set = testSet(task);
    let scores = 'no test set';
    let n = 0;
    if (task === 'translation') return await scoreTranslation(runtime, p, limit);
    if (set) {
      const sources = set.sources.slice(0, limit);
      n = sources.length;
      const { outputs, failed } = await decodeAll(runtime, p, sources);
      const refs = set.references.slice(0, sources.length);
      if (task === 'gloss') {
        scores = `BLEU ${corpusBleu(outputs, refs).score.toFixed(2)} / chrF ${corpusChrf(outputs, refs).toFixed(2)}`;
      } else {
        const flatOutputs = outputs.map(flat);
        const sari = corpusSari(sources, flatOutputs, refs).score;
        const bleu = corpusBleu(flatOutputs.map(tokenize13a), refs.map(tokenize13a)).score;
        scores = `SARI ${sari.toFixed(2)} / BLEU ${bleu.toFixed(2)}`;
      }
      if (failed > 0) scores += ` (${failed} failed, scored empty)`;
    }
    let municipal = '-';
    const held = await municipalHeldOut(task);
    if (task === 'gloss') {
      const { outputs } = await decodeAll(runtime, p, held.sources);
      const exact = outputs.filter((o, i) => o === held.references[i]).length;
      municipal =
        `${held.sources.length} sentences: BLEU ${corpusBleu(outputs, held.references).score.toFixed(2)} ` +
        `vs the rules' glosses, ${exact} equal`;
    } else if (task === 'simplification') {
      const { outputs } = await decodeAll(runtime, p, held.sources);
      const [hyps, refs] = [outputs.map(flat), held.references.map(flat)];
      const exact = hyps.filter((o, i) => o === refs[i]).length;
      municipal =
        `${held.sources.length} sentences: SARI ${corpusSari(held.sources, hyps, refs).score.toFixed(2)} ` +
        `vs the rule rewriter, ${exact} equal`;
    }
    return { id, task, dtype, sizeMb: servedMb(p), n, scores, municipal };
  } finally {
    await runtime.close();
  }
}

/** A translation package on each test set of its first target, and how many Integreat lines its guard passes. */
async function scoreTranslation(runtime: ModelRuntime, p: Package, limit: number): Promise<Row> {
  const { id, task, dtype } = p.entry;
  const target = p.entry.targets[0]!;
  const parts: string[] = [];
  let municipal = '-';
  let n = 0;
  for (const set of translationSets(SHARED, target)) {
    const sources = set.sources.slice(0, limit);
    const refs = set.references.slice(0, sources.length);
    n += sources.length;
    const { outputs, failed } = await decodeAll(runtime, p, sources);
    const chrf = corpusChrf(outputs, refs);
    const bleu = corpusBleu(outputs.map(tokenize13a), refs.map(tokenize13a)).score;
    parts.push(
      `${set.name} (${sources.length}): chrF ${chrf.toFixed(2)} / BLEU ${bleu.toFixed(2)}` +
        (failed > 0 ? ` (${failed} failed, scored empty)` : ''),
    );
    if (set.name.startsWith('Integreat')) {
      // As the service does: the city's terms first (WithTerminology), then the guard (WithGuard).
      const passed = sources.filter((src, i) => {
        const { output, terms } = checkTerminology(src, outputs[i]!, target);
        return guardTranslation(src, output, target, { terms }).passed;
      }).length;
      municipal = `Integreat held-out: guard passes ${passed}/${sources.length} (${((100 * passed) / sources.length).toFixed(1)} %)`;
    }
  }
  return { id, task, dtype, sizeMb: servedMb(p), n, scores: parts.join('; ') || 'no test set', municipal };
}

/** Sentences per task for the service pass: the municipal held-out texts first (glosses, Leichte Sprache), then test sentences. */
async function servedSources(task: string, limit: number, target = ''): Promise<string[]> {
  if (task === 'translation') {
    const held = translationSets(SHARED, target)[0];
    return (held?.sources ?? ['Wo ist das Bürgerbüro?']).slice(0, Math.min(limit, SERVED_SENTENCES));
  }
  const set = testSet(task);
  const test = set ? set.sources.slice(0, Math.min(limit, SERVED_SENTENCES)) : ['Wo ist das Bürgerbüro?'];
  return [...(await municipalHeldOut(task)).sources, ...test].slice(0, SERVED_SENTENCES);
}

async function measureService(dir: string, packages: Package[], rows: Row[], limit: number): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'eval-models-data-'));
  const service = await startService({ MODELS_DIR: dir, DATA_DIR: data, RATE_LIMIT_MAX: '1000000' });
  try {
    for (const row of rows) {
      const p = packages.find((x) => x.entry.id === row.id)!;
      const target = p.entry.targets[0]!;
      const times: number[] = [];
      let byModel = 0;
      const sources = await servedSources(row.task, limit, target);
      for (const text of sources) {
        const t0 = performance.now();
        const res = await fetch(`${service.url}/v1/translate`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text, targets: [target] }),
        });
        const body = (await res.json()) as {
          results?: Record<string, { sentences: { engine: string; guard?: { passed: boolean } }[] }>;
        };
        times.push(performance.now() - t0);
        const sentences = body.results?.[target]?.sentences ?? [];
        const ours = (s: { engine: string; guard?: { passed: boolean } }) =>
          s.engine === `model:${row.id}` && s.guard?.passed !== false;
        if (sentences.length > 0 && sentences.every(ours)) byModel++;
      }
      const sorted = [...times].sort((a, b) => a - b);
      row.served = { n: sources.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), byModel };
    }
  } finally {
    await service.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

process.exit(await main());

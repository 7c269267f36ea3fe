// Loads a model package through the translator service's own model runtime (ModelRuntime: worker threads,
// transformers.js, the same code path the service uses) and checks that its output equals the PyTorch greedy
// decode in the package's reference_decode.json, sentence by sentence.
//
//   node --conditions=source --import tsx models/training/verify_runtime.ts <modelsDir> <id> [--dtype fp32|q8]
//
// models/manifest.json is not touched: a temporary models folder with a symlink to the package and a manifest
// of its own is made under the OS temp dir. With dtype fp32 (default) the outputs must equal the reference
// exactly (exit 1 otherwise); with q8 (the int8 graphs the service serves by default) agreement is reported.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createLogger, createMetrics, ModelRuntime } from '@bbs/translator';

interface Decode {
  input: string;
  output_text: string;
  output_ids: number[];
}
interface Reference extends Decode {
  max_length: number;
  extra_samples?: Decode[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dtype: { type: 'string', default: 'fp32' } },
});
const [modelsArg, id] = positionals;
if (!modelsArg || !id) {
  console.error('usage: verify_runtime.ts <modelsDir> <id> [--dtype fp32|q8]');
  process.exit(2);
}
const dtype = values.dtype === 'q8' ? 'q8' : 'fp32';
const pkg = resolve(modelsArg, id);
const reference = JSON.parse(readFileSync(join(pkg, 'reference_decode.json'), 'utf8')) as Reference;
const evalFile = join(pkg, 'eval.json');
const task: string = existsSync(evalFile)
  ? (JSON.parse(readFileSync(evalFile, 'utf8')) as { task: string }).task
  : 'translation';
const target = task === 'gloss' ? 'gsg' : task === 'simplification' ? 'de-x-ls' : 'en';

const dir = mkdtempSync(join(tmpdir(), 'verify-runtime-'));
symlinkSync(pkg, join(dir, id), 'dir');
const manifest = {
  models: [{ id, task, source: 'de', targets: [target], dtype, maxNewTokens: reference.max_length - 1 }],
};
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));

const runtime = new ModelRuntime({
  modelsDir: dir,
  workers: 1,
  maxBatch: 1,
  maxQueue: 1000,
  timeoutMs: 120_000,
  logger: createLogger('warn'),
  metrics: createMetrics(false),
});
let failures = 0;
try {
  runtime.start();
  await runtime.settled();
  const status = runtime.models().find((m) => m.entry.id === id);
  if (status?.status !== 'ready') throw new Error(`package not ready: ${status?.message ?? 'unknown'}`);
  console.log(`ModelRuntime loaded ${id} (task ${task}, target ${target}, dtype ${dtype}) from ${pkg}`);
  for (const ref of [reference, ...(reference.extra_samples ?? [])]) {
    const t0 = performance.now();
    let out;
    try {
      [out] = await runtime.translate(id, target, [ref.input]);
    } catch (err) {
      failures++;
      const empty = ref.output_text === '' ? ' (the reference output is empty: model-worker.mjs calls decode([]))' : '';
      console.log(`FAIL ${JSON.stringify(ref.input)}: ${(err as Error).message}${empty}`);
      continue;
    }
    const ms = (performance.now() - t0).toFixed(0);
    const same = out?.output === ref.output_text.trim();
    if (!same && dtype === 'fp32') failures++;
    const tag = same ? 'ok  ' : dtype === 'fp32' ? 'FAIL' : 'diff';
    console.log(`${tag} ${JSON.stringify(ref.input)} -> ${JSON.stringify(out?.output)} (${ms} ms, confidence ${out?.confidence.toFixed(3)})`);
    if (!same) console.log(`     PyTorch greedy: ${JSON.stringify(ref.output_text)}`);
  }
} catch (err) {
  failures++;
  console.log(`FAIL ${(err as Error).message}`);
} finally {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures === 0 ? 'PASS' : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);

// Model inference thread. Plain JavaScript on purpose: it must start as a bare worker thread both under
// `npm start` and inside Jest's process, with no TypeScript loader. onnxruntime checks `instanceof` on typed
// arrays, which fails in Jest's realm; in a worker thread it runs in a clean realm. Only strings and numbers
// travel back to the server.
import { parentPort } from 'node:worker_threads';
import { AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.useBrowserCache = false;
env.useFSCache = false;

/** @type {Map<string, { tokenizer: any, model: any, eosId: number | undefined }>} */
const loaded = new Map();

function logSoftmaxMax(row) {
  let max = -Infinity;
  let arg = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] > max) {
      max = row[i];
      arg = i;
    }
  }
  if (max === -Infinity) return { logProb: 0, token: arg };
  let sum = 0;
  for (let i = 0; i < row.length; i++) sum += Math.exp(row[i] - max);
  return { logProb: -Math.log(sum), token: arg };
}

async function load({ id, modelsDir, dtype, languageCodes = [] }) {
  env.localModelPath = modelsDir.endsWith('/') ? modelsDir : `${modelsDir}/`;
  const started = performance.now();
  const tokenizer = await AutoTokenizer.from_pretrained(id, { local_files_only: true });
  if (languageCodes.length > 0) {
    // A code the tokenizer lacks would only fail at the first request; the package is refused at load instead.
    const known = Array.isArray(tokenizer.language_codes) ? tokenizer.language_codes : [];
    if (known.length === 0) throw new Error(`${tokenizer.constructor.name} has no language codes (not NLLB or M2M100)`);
    const unknown = languageCodes.filter((c) => !known.includes(c));
    if (unknown.length > 0) throw new Error(`the tokenizer does not know the language codes ${unknown.join(', ')}`);
  }
  const model = await AutoModelForSeq2SeqLM.from_pretrained(id, { dtype, local_files_only: true, device: 'cpu' });
  const eosId = model.generation_config?.eos_token_id ?? model.config?.eos_token_id;
  loaded.set(id, { tokenizer, model, eosId: Array.isArray(eosId) ? eosId[0] : eosId });
  return performance.now() - started;
}

async function translate({ modelId, texts, prefix, sourceCode, targetCode, maxNewTokens }) {
  const entry = loaded.get(modelId);
  if (!entry) throw new Error(`model ${modelId} is not loaded in this worker`);
  const { tokenizer, model, eosId } = entry;
  const options = { padding: true, truncation: true };
  const sources = texts.map((t) => (prefix ? `${prefix} ${t}` : t));
  // NLLB and M2M100: the library's translation pipeline puts the source language's token before the text and
  // sets forced_bos_token_id to the target's token; the same helper is used here so that the package behaves
  // as it does in transformers.js' own pipeline.
  const languages = targetCode === undefined ? undefined : { src_lang: sourceCode, tgt_lang: targetCode };
  const inputs = languages
    ? tokenizer._build_translation_inputs(sources, options, languages)
    : tokenizer(sources, options);
  const forcedBos = languages?.forced_bos_token_id;
  // generate() keeps its scores to itself; a last logits processor sees each greedy step's distribution,
  // so the confidence is the geometric mean probability of the chosen tokens up to end of sequence.
  const sums = new Array(texts.length).fill(0);
  const counts = new Array(texts.length).fill(0);
  const finished = new Array(texts.length).fill(false);
  const recordConfidence = (inputIds, logits) => {
    for (let b = 0; b < texts.length; b++) {
      if (finished[b]) continue;
      // The forced language token was not the model's choice.
      if (forcedBos !== undefined && inputIds[b].length === 1) continue;
      const { logProb, token } = logSoftmaxMax(logits[b].data);
      sums[b] += logProb;
      counts[b] += 1;
      if (token === eosId) finished[b] = true;
    }
    return logits;
  };
  const sequences = await model.generate({
    ...inputs,
    max_new_tokens: maxNewTokens,
    do_sample: false,
    num_beams: 1,
    ...(forcedBos === undefined ? {} : { forced_bos_token_id: forcedBos }),
    logits_processor: [recordConfidence],
  });
  // In a batch, generate() keeps appending tokens to rows that already ended until every row has; each row
  // is cut at its own first end-of-sequence so that a sentence reads the same alone and in a batch.
  return sequences.tolist().map((row, b) => {
    const ids = row.slice(1).map(Number);
    const end = eosId === undefined ? -1 : ids.indexOf(eosId);
    const kept = end === -1 ? ids : ids.slice(0, end);
    return {
      // A model may end at once; the tokenizer refuses to decode no ids, and one such row must not fail the batch.
      output: kept.length === 0 ? '' : tokenizer.decode(kept, { skip_special_tokens: true }).trim(),
      confidence: counts[b] > 0 ? Math.exp(sums[b] / counts[b]) : 0,
    };
  });
}

parentPort.on('message', async (msg) => {
  try {
    if (msg.type === 'load') {
      const ms = await load(msg);
      parentPort.postMessage({ type: 'loaded', id: msg.id, ms });
    } else if (msg.type === 'translate') {
      const started = performance.now();
      const outputs = await translate(msg);
      parentPort.postMessage({ type: 'result', jobId: msg.jobId, outputs, ms: performance.now() - started });
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (msg.type === 'load') parentPort.postMessage({ type: 'load-error', id: msg.id, message });
    else parentPort.postMessage({ type: 'error', jobId: msg.jobId, message });
  }
});

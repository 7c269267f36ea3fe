// `npm run bench`: load from this process against the service in another, on loopback only.
// Prints p50/p95/p99 and requests/s for the main routes, and health latency while translation is under load.
// The translation figures use the tiny random-weight test model: they measure the platform (HTTP, batching,
// worker threads), not a real model's speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedSizes, frameTimes } from './client.js';
import { analysesPerRequest, languageTimings, THREE_SENTENCES } from './language.js';
import { load, table } from './load.js';
import type { LoadResult } from './load.js';
import { ROOT, startService } from './service-process.js';
import { speechTimings } from './speech.js';
import { firstTimelineLatency } from './stream.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);

const language = await languageTimings();
console.log(`\nLanguage core, in process (dictionaries loaded in ${language.loadMs.toFixed(0)} ms)\n`);
for (const t of language.timings) {
  console.log(`${t.name.padEnd(45)} p50 ${t.p50.toFixed(2)} ms  p95 ${t.p95.toFixed(2)} ms  (${t.runs} runs)`);
}
const perRequest = await analysesPerRequest();
console.log(
  `analyses per Leichte Sprache request: ${perRequest.analyses} for ${perRequest.distinct} distinct sentences ` +
    `(${perRequest.sentences} source sentences; ${(perRequest.analyses / perRequest.distinct).toFixed(2)} per sentence)`,
);

const dataDir = mkdtempSync(join(tmpdir(), 'bbs-bench-'));
const service = await startService({
  DATA_DIR: dataDir,
  MODELS_DIR: join(ROOT, 'tests/fixtures/models'),
  RATE_LIMIT_MAX: '1000000',
});

const json = { 'content-type': 'application/json' };
const translateBody = JSON.stringify({ text: THREE_SENTENCES, targets: ['en'] });
const post = (path: string, body: string) => ({
  url: `${service.url}${path}`,
  method: 'POST' as const,
  headers: json,
  body,
});
/** The routes measured one after another: name → request. */
const routes: [string, { url: string; method?: 'POST'; headers?: Record<string, string>; body?: string }][] = [
  ['GET /healthz', { url: `${service.url}/healthz` }],
  ['GET /v1/languages', { url: `${service.url}/v1/languages` }],
  ['POST /v1/translate (3 sentences)', post('/v1/translate', translateBody)],
  ['POST /v1/analyze (3 sentences)', post('/v1/analyze', JSON.stringify({ text: THREE_SENTENCES }))],
  ['POST /v1/sign (3 sentences)', post('/v1/sign', JSON.stringify({ text: THREE_SENTENCES }))],
  [
    'POST /v1/leichte-sprache/check (3 sentences)',
    post('/v1/leichte-sprache/check', JSON.stringify({ text: THREE_SENTENCES })),
  ],
  [
    'POST /translate (LibreTranslate)',
    post(
      '/translate',
      JSON.stringify({ q: 'Bitte bringen Sie Ihren Personalausweis mit.', source: 'de', target: 'en' }),
    ),
  ],
  ['POST /v1/translate 400 (bad input)', post('/v1/translate', '{"text": 1}')],
];
const results: LoadResult[] = [];
try {
  for (const [name, request] of routes) {
    results.push(await load(name, { ...request, connections: 10, duration: seconds }));
  }
  // Health latency while translation runs flat out: the event loop must stay responsive.
  const [underLoad] = await Promise.all([
    load('GET /healthz during translate load', { url: `${service.url}/healthz`, connections: 2, duration: seconds }),
    load('(translate load)', { ...post('/v1/translate', translateBody), connections: 20, duration: seconds }),
  ]);
  results.push(underLoad);
  console.log(`\nService benchmark (${seconds} s per route, loopback, tiny fixture model)\n`);
  console.log(table(results));
  const ws = await firstTimelineLatency(
    service.url.replace('http', 'ws') + '/v1/stream',
    'Ihr Termin ist am Montag um 9 Uhr.',
    100,
  );
  const sizes = embedSizes();
  console.log(
    sizes
      ? `\nEmbed download (gzipped): embed.js ${sizes.entryKb.toFixed(1)} kB up front, ${sizes.onClickKb.toFixed(0)} kB more on the first click (three.js scene)`
      : '\nEmbed: avatar-client/dist not built (npm run build)',
  );
  const frames = await frameTimes(service.url, THREE_SENTENCES);
  console.log(
    typeof frames === 'string'
      ? frames
      : `Avatar per-frame JS while signing 3 sentences (poseAt + applyPose, headless Chromium): median ${frames.median.toFixed(2)} ms, p95 ${frames.p95.toFixed(2)} ms over ${frames.frames} frames`,
  );
  const speech = await speechTimings(service.url);
  console.log(
    typeof speech === 'string'
      ? speech
      : `Read aloud, one new sentence (POST /v1/speech/marks, ${speech.runs} runs): p50 ${speech.p50.toFixed(0)} ms, p95 ${speech.p95.toFixed(0)} ms, real-time factor ${speech.realTimeFactor.toFixed(2)}; from the cache p50 ${speech.cachedP50.toFixed(1)} ms`,
  );
  console.log(
    `\nWebSocket sign → first timeline (short sentence, 100 requests): p50 ${ws.p50.toFixed(2)} ms, p95 ${ws.p95.toFixed(2)} ms, p99 ${ws.p99.toFixed(2)} ms`,
  );
} finally {
  await service.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

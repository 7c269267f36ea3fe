// The German → English model the repository ships (models/de-en-municipal, int8, trained by
// models/training/build.py --recipe de-en), served as a city runs it: through the real models folder when it is in
// the default manifest, otherwise listed by this test. What a reader gets for municipal sentences written for this
// test: either the model's English, keeping every number of the source, or — where the guard refused the model's
// sentence — the German source marked for review; never a refused sentence. /v1/translate, the WebSocket and the
// LibreTranslate face answer alike.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageGraphs, sameAsReference, servePackages, readReference } from '../../../tests/support/models-dir.js';
import type { PackageServer } from '../../../tests/support/models-dir.js';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

const MODELS = fileURLToPath(new URL('../../../models', import.meta.url));
const PACKAGE = `${MODELS}/de-en-municipal`;
const ID = 'de-en-municipal';
const MANIFEST = `${MODELS}/manifest.json`;
const SHIPPED =
  existsSync(MANIFEST) &&
  (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { models: { id: string }[] }).models.some((m) => m.id === ID);

const SENTENCES = [
  'Die Gebühr beträgt 37 Euro.',
  'Das Bürgerbüro ist am Montag von 8 bis 12 Uhr geöffnet.',
  'Bitte bringen Sie Ihren Personalausweis mit.',
  'Kinder unter 6 Jahren zahlen nichts.',
  'Der Kurs dauert 3 Wochen.',
  'Sie können den Antrag online stellen.',
];

const reference = readReference(PACKAGE);
let srv: TestServer;
let served: PackageServer | undefined;

beforeAll(async () => {
  if (SHIPPED) srv = await startTestServer({ MODELS_DIR: MODELS });
  else {
    served = await servePackages([
      {
        dir: PACKAGE,
        entry: {
          id: ID,
          task: 'translation',
          targets: ['en'],
          dtype: 'q8',
          maxNewTokens: reference.max_length - 1,
        },
      },
    ]);
    srv = served.srv;
  }
}, 60_000);

afterAll(async () => {
  if (served) await served.close();
  else await srv?.close();
});

interface Sentence {
  source: string;
  output: string;
  engine: string;
  confidence: number;
  guard?: { passed: boolean; reasons: string[] };
}

async function translate(text: string): Promise<{ text: string; sentences: Sentence[] }> {
  const res = await fetch(`${srv.url}/v1/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, targets: ['en'] }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: { en: { text: string; sentences: Sentence[] } } }).results.en;
}

const digits = (text: string): string[] => text.match(/\d+/g) ?? [];

test('the package ships only the int8 graphs the service loads, with its model card', () => {
  expect(packageGraphs(PACKAGE)).toEqual({ int8: true, fp32: false, card: true });
});

test('the reference sentences come out as PyTorch decoded them (int8 may change a few)', async () => {
  const { same, of } = await sameAsReference(srv, ID, 'en', reference);
  expect(same).toBeGreaterThanOrEqual(of - 2);
});

test('English is listed with the model as its engine', async () => {
  const { languages } = (await (await fetch(`${srv.url}/v1/languages`)).json()) as {
    languages: { code: string; engines: string[] }[];
  };
  expect(languages.find((l) => l.code === 'en')?.engines).toEqual([`model:${ID}`]);
});

test('each sentence is the model’s English with its numbers, or the German source marked for review', async () => {
  let byModel = 0;
  for (const text of SENTENCES) {
    const { sentences } = await translate(text);
    expect(sentences).toHaveLength(1);
    const s = sentences[0]!;
    expect(s.engine).toBe(`model:${ID}`);
    if (s.guard?.passed) {
      byModel++;
      expect(s.output).not.toBe(text);
      expect(s.output.trim()).not.toBe('');
      for (const d of digits(text)) expect(digits(s.output)).toContain(d);
    } else {
      expect(s.output).toBe(text);
      expect(s.guard?.reasons.length).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(0.01);
    }
  }
  // A package in the default manifest passed the gate; it must translate some of these itself.
  if (SHIPPED) expect(byModel).toBeGreaterThan(0);
});

test('the WebSocket and LibreTranslate give what /v1/translate gives', async () => {
  const text = SENTENCES[0]!;
  const v1 = await translate(text);
  const lt = await fetch(`${srv.url}/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ q: text, source: 'de', target: 'en' }),
  });
  expect(await lt.json()).toEqual({ translatedText: v1.text });
  const c = await connect(srv.wsUrl);
  c.send({ type: 'translate', id: 'm-1', text, targets: ['en'] });
  const message = await c.next((m) => m.type === 'result' && m.id === 'm-1');
  expect((message.result as { text: string }).text).toBe(v1.text);
  c.ws.close();
});

// The guard for spoken targets through the real service, with the tiny random-weight fixture: its sentences are
// nonsense that keeps no number and no term, so what a user sees is the German source, marked for review, never
// the model's sentence. (terminology.test.ts and the package tests switch the guard off to see the raw decode.)
import { ServerMessageSchema } from '@bbs/protocol';
import { apiClient as client } from '../../../tests/support/api-client.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';
import type { DocumentView } from '@bbs/protocol';

const ADMIN_TOKEN = 'test-admin-token-guard-0123456789';
const MODEL = 'model:tiny-marian-de-en';

let srv: TestServer;

beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' });
}, 60_000);

afterAll(async () => {
  await srv?.close();
});

interface Sentence {
  source: string;
  output: string;
  engine: string;
  confidence: number;
  guard?: { passed: boolean; reasons: string[]; missing?: string[]; added?: string[] };
}
interface Result {
  text: string;
  sentences: Sentence[];
  review: { status: string; label: string };
}

async function translate(text: string): Promise<Result> {
  const res = await fetch(`${srv.url}/v1/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, targets: ['en'] }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: { en: Result } }).results.en;
}

const TEXT = 'Die Gebühr beträgt 37 Euro. Das Bürgerbüro ist ab 15.04.2026 geöffnet.';

test('a sentence the model got wrong shows the German source with the reasons and the lowest confidence', async () => {
  const en = await translate(TEXT);
  const [fee, office] = en.sentences;
  // The model really said something else: the German text comes from the guard, not from the model.
  const raw = await srv.runtime.translate('tiny-marian-de-en', 'en', [fee!.source, office!.source]);
  expect(raw.map((r) => r.output)).not.toEqual([fee!.source, office!.source]);

  expect(fee).toMatchObject({ source: 'Die Gebühr beträgt 37 Euro.', output: 'Die Gebühr beträgt 37 Euro.' });
  expect(fee!.engine).toBe(MODEL);
  expect(fee!.confidence).toBeLessThanOrEqual(0.01);
  expect(fee!.guard?.passed).toBe(false);
  expect(fee!.guard?.reasons).toEqual(expect.arrayContaining(['amount']));
  expect(fee!.guard?.missing).toContain('37 Euro');

  expect(office!.output).toBe(office!.source);
  expect(office!.guard?.reasons).toEqual(expect.arrayContaining(['date', 'term']));
  expect(office!.guard?.missing).toEqual(expect.arrayContaining(['15.04.2026', 'Bürgerbüro']));

  // What a reader gets is the German text, still labelled as machine-made and unreviewed.
  expect(en.text).toBe(TEXT);
  expect(en.review.status).toBe('machine');
  expect(raw.some((r) => en.text.includes(r.output) && r.output.trim() !== '')).toBe(false);
});

test('the WebSocket and the LibreTranslate face show the same fallback', async () => {
  const lt = await fetch(`${srv.url}/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ q: 'Die Gebühr beträgt 37 Euro.', source: 'de', target: 'en' }),
  });
  expect(lt.status).toBe(200);
  expect(await lt.json()).toEqual({ translatedText: 'Die Gebühr beträgt 37 Euro.' });

  const c = await connect(srv.wsUrl);
  c.send({ type: 'translate', id: 'g-1', text: 'Die Gebühr beträgt 37 Euro.', targets: ['en'] });
  const message = await c.next((m) => m.type === 'result' && m.id === 'g-1');
  expect(ServerMessageSchema.safeParse(message).success).toBe(true);
  const result = message.result as Result;
  expect(result.text).toBe('Die Gebühr beträgt 37 Euro.');
  expect(result.sentences[0]!.guard).toMatchObject({ passed: false, missing: ['37 Euro'] });
  c.ws.close();
});

test('editors get the refused sentence with its reasons in the document view', async () => {
  const api = client(srv.url);
  const key = await api<{ token: string }>('POST', '/v1/admin/keys', {
    token: ADMIN_TOKEN,
    body: { name: 'guard-editor', role: 'editor' },
  });
  expect(key.status).toBe(201);
  const made = await api<DocumentView>('POST', '/v1/documents', {
    token: key.body.token,
    body: { slug: 'gebuehr-guard', source: 'Die Gebühr beträgt 37 Euro.', targets: ['en'] },
  });
  expect(made.status).toBe(201);
  const doc = await api<DocumentView>('GET', `/v1/documents/${made.body.id}`, { token: key.body.token });
  const target = doc.body.targets.en!;
  expect(target.status).toBe('machine');
  const [sentence] = target.proposal!.sentences;
  expect(sentence!.output).toBe('Die Gebühr beträgt 37 Euro.');
  expect(sentence!.guard).toMatchObject({ passed: false, missing: ['37 Euro'] });
  expect(sentence!.guard!.reasons).toContain('amount');
});

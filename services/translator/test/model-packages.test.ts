import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FIXTURE_MODELS, startTestServer } from '../../../tests/support/server.js';

function modelsDirWith(manifest: unknown, copy: (dir: string) => void = () => undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'bbs-models-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  copy(dir);
  return dir;
}

// The first service of this file also builds the language resources: a minute on a busy machine.
test('an incomplete package makes /readyz fail with a message naming the missing file', async () => {
  const dir = modelsDirWith(
    { models: [{ id: 'broken-de-en', task: 'translation', targets: ['en'], dtype: 'fp32' }] },
    (d) => {
      cpSync(join(FIXTURE_MODELS, 'tiny-marian-de-en'), join(d, 'broken-de-en'), { recursive: true });
      rmSync(join(d, 'broken-de-en', 'onnx', 'decoder_model_merged.onnx'));
    },
  );
  const srv = await startTestServer({ MODELS_DIR: dir });
  try {
    const ready = await request(srv.url).get('/readyz').expect(503);
    expect(ready.body.status).toBe('failed');
    expect(ready.body.checks['model:broken-de-en'].message).toContain(
      join('broken-de-en', 'onnx', 'decoder_model_merged.onnx'),
    );
    // Nothing is claimed for a package that does not work.
    const codes = (await request(srv.url).get('/v1/languages')).body.languages.map((l: { code: string }) => l.code);
    expect(codes).toEqual(['de-x-einfach', 'de-x-ls', 'gsg']);
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('a package dropped into the models folder with a manifest entry is served without code changes', async () => {
  const dir = modelsDirWith(
    {
      models: [{ id: 'dropped-in', task: 'translation', targets: ['uk', 'ar'], dtype: 'fp32', maxNewTokens: 8 }],
    },
    (d) => cpSync(join(FIXTURE_MODELS, 'tiny-marian-de-en'), join(d, 'dropped-in'), { recursive: true }),
  );
  const srv = await startTestServer({ MODELS_DIR: dir });
  try {
    const langs = await request(srv.url).get('/v1/languages').expect(200);
    expect(langs.body.languages.map((l: { code: string; dir: string }) => [l.code, l.dir])).toEqual([
      ['ar', 'rtl'],
      ['de-x-einfach', 'ltr'],
      ['de-x-ls', 'ltr'],
      ['gsg', 'ltr'],
      ['uk', 'ltr'],
    ]);
    const res = await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Guten Tag.', targets: ['ar'] })
      .expect(200);
    expect(res.body.results.ar.dir).toBe('rtl');
    expect(res.body.results.ar.sentences[0].engine).toBe('model:dropped-in');
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no manifest means no models, and the service is still ready', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbs-models-'));
  const srv = await startTestServer({ MODELS_DIR: dir });
  try {
    expect((await request(srv.url).get('/readyz').expect(200)).body.status).toBe('ready');
    const res = await request(srv.url)
      .post('/v1/translate')
      .send({ text: 'Hallo.', targets: ['en'] })
      .expect(400);
    expect(res.body.error.details).toEqual({ unsupported: ['en'], available: ['de-x-einfach', 'de-x-ls', 'gsg'] });
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an invalid manifest is refused with a message naming the field', async () => {
  const dir = modelsDirWith({ models: [{ id: 'Bad Name', task: 'translation', targets: [] }] });
  try {
    await expect(startTestServer({ MODELS_DIR: dir })).rejects.toThrow(
      /models\.0\.id.*\n.*models\.0\.targets|models\.0\.targets/s,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('closing while batches run lets them finish first, and their requests get an answer', async () => {
  const srv = await startTestServer();
  const text = Array.from({ length: 12 }, (_, i) => `Das ist Satz Nummer ${i + 1}.`).join(' ');
  const pending = request(srv.url)
    .post('/v1/translate')
    .send({ text, targets: ['en'] });
  const answered = pending.then(
    (res) => res.status,
    () => 'connection closed',
  );
  await new Promise((r) => setTimeout(r, 20));
  await srv.close();
  // The process is still here (an aborted native call would have ended it) and the client was answered.
  expect([200, 503, 'connection closed']).toContain(await answered);
});

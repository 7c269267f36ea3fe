// `npm run models`: a city installs model packages into its MODELS_DIR from a folder, a .tar.gz, a .zip or a
// Hugging Face–compatible hub (here a local server on port 0 in the hub's own HTTP layout), each checked against
// its SHA-256 list before anything is in place; the service started on that folder then offers the new targets
// without any code change. A tampered file is refused and leaves nothing behind.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create as createTar } from 'tar';
import yazl from 'yazl';
import { FIXTURE_MODELS, startTestServer, type TestServer } from '../../../tests/support/server.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MARIAN = join(FIXTURE_MODELS, 'tiny-marian-de-en');
const NLLB = join(FIXTURE_MODELS, 'tiny-nllb-de-x');
const M2M100 = join(FIXTURE_MODELS, 'tiny-m2m100-de-x');

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** The command as a city runs it (`npm run models -- …` is this line); never blocking, the hub runs in this process. */
function models(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'services/translator/src/cli/models.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', MODELS_DIR: modelsDir, ...env } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A package as its maker ships it: a copy of the folder with `sha256sum`'s list of every file. */
function withSums(src: string, name: string): string {
  const dir = join(work, name);
  cpSync(src, dir, { recursive: true });
  const lines = filesOf(dir).map((f) => `${sha256(readFileSync(join(dir, f)))}  ${f}\n`);
  writeFileSync(join(dir, 'SHA256SUMS'), lines.join(''));
  return dir;
}

function zipFolder(dir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const f of filesOf(dir)) zip.addFile(join(dir, f), `package/${f}`);
    zip.end();
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

function manifest(): { models: { id: string; targets: string[]; languageCodes?: Record<string, string> }[] } {
  const file = join(modelsDir, 'manifest.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { models: [] };
}

/** What is in MODELS_DIR besides packages that were installed on purpose (staging leftovers would show here). */
const entries = () => readdirSync(modelsDir).sort();

/**
 * The hub's HTTP layout: `/api/models/{repo}/tree/{revision}?recursive=true` lists files with the git blob SHA-1
 * (`oid`) and, for LFS files, their SHA-256 (`lfs.oid`), paged with a Link header; `/{repo}/resolve/{revision}/{path}`
 * serves a file, LFS files by a redirect to storage elsewhere, as the real hub does.
 */
function startHub(
  repos: Record<string, { dir: string; tamper?: string }>,
): Promise<{ url: string; server: Server; fetched: string[] }> {
  const fetched: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub');
    const tree = /^\/api\/models\/([^/]+\/[^/]+)\/tree\/main$/.exec(url.pathname);
    if (tree && url.searchParams.get('recursive') === 'true' && repos[tree[1]!]) {
      const { dir } = repos[tree[1]!]!;
      const all = filesOf(dir).map((path) => {
        const data = readFileSync(join(dir, path));
        const oid = createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
        const lfs = path.endsWith('.onnx') ? { oid: sha256(data), size: data.length, pointerSize: 134 } : undefined;
        return {
          type: 'file',
          oid: lfs ? 'f'.repeat(40) : oid,
          size: lfs ? 134 : data.length,
          path,
          ...(lfs ? { lfs } : {}),
        };
      });
      const page = url.searchParams.get('cursor') === '2' ? 2 : 1;
      const half = Math.ceil(all.length / 2);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (page === 1) headers.Link = `<${url.pathname}?recursive=true&cursor=2>; rel="next"`;
      res
        .writeHead(200, headers)
        .end(
          JSON.stringify(
            page === 1
              ? [{ type: 'directory', path: 'onnx', oid: 'x', size: 0 }, ...all.slice(0, half)]
              : all.slice(half),
          ),
        );
      return;
    }
    const resolveFile = /^\/([^/]+\/[^/]+)\/resolve\/main\/(.+)$/.exec(url.pathname);
    const cdn = /^\/cdn\/([^/]+\/[^/]+)\/(.+)$/.exec(url.pathname);
    const hit = resolveFile ?? cdn;
    const repo = hit ? repos[hit[1]!] : undefined;
    if (hit && repo && existsSync(join(repo.dir, hit[2]!))) {
      const path = hit[2]!;
      if (resolveFile && path.endsWith('.onnx')) {
        res.writeHead(302, { Location: `/cdn/${hit[1]}/${path}` }).end();
        return;
      }
      fetched.push(`${hit[1]}/${path}`);
      const data = Buffer.from(readFileSync(join(repo.dir, path)));
      if (repo.tamper === path) data.writeUInt8(data.readUInt8(data.length - 100) ^ 0xff, data.length - 100);
      res.writeHead(200, { 'Content-Length': data.length }).end(data);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"Repository not found"}');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, fetched }),
    ),
  );
}

let work: string;
let modelsDir: string;
let hub: Awaited<ReturnType<typeof startHub>>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bbs-models-cli-'));
  modelsDir = join(work, 'models');
  hub = await startHub({
    'meta-test/tiny-nllb': { dir: NLLB },
    'meta-test/tiny-m2m100': { dir: M2M100 },
    'meta-test/tampered-nllb': { dir: NLLB, tamper: 'onnx/decoder_model_merged.onnx' },
  });
});

afterAll(async () => {
  await new Promise((resolve) => hub?.server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

test('a folder without a SHA256SUMS list is refused; with its list it is installed, smoke-translated, its card shown', async () => {
  const bare = await models(['add', MARIAN]);
  expect(bare.code).toBe(1);
  expect(bare.err).toContain('SHA256SUMS');
  expect(existsSync(join(modelsDir, 'tiny-marian-de-en'))).toBe(false);
  expect(manifest().models).toEqual([]);

  const pkg = withSums(MARIAN, 'opus-style');
  const run = await models(['add', pkg, '--id', 'marian-folder']);
  expect(run.code).toBe(0);
  expect(run.out).toContain('Prüfsummen aus SHA256SUMS stimmen');
  expect(run.out).toMatch(/Probeübersetzung[^\n]*\n {2}en: \S/);
  expect(run.out).toContain('# tiny-marian-de-en (test fixture)');
  expect(manifest().models).toEqual([expect.objectContaining({ id: 'marian-folder', targets: ['en'], dtype: 'q8' })]);
  expect(entries()).toEqual(['manifest.json', 'marian-folder']);
}, 120_000);

test('from a .tar.gz and from a .zip; a tampered archive is refused and leaves nothing behind', async () => {
  const pkg = withSums(MARIAN, 'archived');
  const tgz = join(work, 'opus-mt-de-en.tar.gz');
  await createTar({ gzip: true, file: tgz, cwd: work }, ['archived']);
  const zip = join(work, 'opus-mt-de-en-zip.zip');
  await zipFolder(pkg, zip);

  expect((await models(['add', tgz])).code).toBe(0);
  expect((await models(['add', zip, '--id', 'marian-zip'])).code).toBe(0);
  const ids = manifest().models.map((m) => m.id);
  expect(ids).toEqual(['marian-folder', 'opus-mt-de-en', 'marian-zip']);
  expect(filesOf(join(modelsDir, 'marian-zip'))).toEqual(filesOf(join(modelsDir, 'opus-mt-de-en')));

  // One byte of a graph changed after the list was made.
  const graph = join(pkg, 'onnx', 'decoder_model_merged_quantized.onnx');
  const bytes = readFileSync(graph);
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 50) ^ 0xff, bytes.length - 50);
  writeFileSync(graph, bytes);
  const bad = join(work, 'tampered.tar.gz');
  await createTar({ gzip: true, file: bad, cwd: work }, ['archived']);
  const before = entries();
  const refused = await models(['add', bad]);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain('Prüfsumme falsch');
  expect(refused.err).toContain('onnx/decoder_model_merged_quantized.onnx');
  expect(entries()).toEqual(before);
  expect(manifest().models.map((m) => m.id)).toEqual(ids);
}, 180_000);

test('from a hub: NLLB with the city languages by default, M2M100 with chosen targets, progress on stderr', async () => {
  const nllb = await models(['add', 'meta-test/tiny-nllb', '--hub', hub.url]);
  expect(nllb.err).toContain('onnx/decoder_model_merged.onnx 100 %');
  expect(nllb.code).toBe(0);
  expect(nllb.out).toContain('Prüfsummen aus der Dateiliste des Hubs stimmen');
  // fp32 only in this package; nothing but the files the runtime loads, the config and the card is fetched.
  expect(hub.fetched.filter((f) => f.startsWith('meta-test/tiny-nllb/')).sort()).toEqual(
    [
      'MODEL_CARD.md',
      'config.json',
      'generation_config.json',
      'onnx/decoder_model_merged.onnx',
      'onnx/encoder_model.onnx',
      'tokenizer.json',
      'tokenizer_config.json',
    ].map((f) => `meta-test/tiny-nllb/${f}`),
  );
  const entry = manifest().models.find((m) => m.id === 'tiny-nllb')!;
  expect(entry.targets).toEqual(['en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa', 'fr']);
  expect(entry.languageCodes).toMatchObject({ de: 'deu_Latn', uk: 'ukr_Cyrl', ar: 'arb_Arab', fa: 'pes_Arab' });

  const m2m = await models(['add', 'meta-test/tiny-m2m100', '--targets', 'he,tr', '--id', 'm2m'], {
    HF_ENDPOINT: hub.url,
  });
  expect(m2m.code).toBe(0);
  expect(manifest().models.find((m) => m.id === 'm2m')).toMatchObject({
    targets: ['he', 'tr'],
    languageCodes: { de: 'de', he: 'he', tr: 'tr' },
  });

  const unknown = await models(['add', 'meta-test/tiny-m2m100', '--targets', 'it', '--id', 'm2m-it'], {
    HF_ENDPOINT: hub.url,
  });
  expect(unknown.code).toBe(1);
  expect(unknown.err).toContain('kennt it nicht');
}, 180_000);

test('a hub file that differs from the listed hash is refused; nothing is installed', async () => {
  const before = entries();
  const run = await models(['add', 'meta-test/tampered-nllb', '--hub', hub.url]);
  expect(run.code).toBe(1);
  expect(run.err).toContain('onnx/decoder_model_merged.onnx: Prüfsumme stimmt nicht');
  expect(entries()).toEqual(before);
  expect(manifest().models.map((m) => m.id)).not.toContain('tampered-nllb');
  const missing = await models(['add', 'meta-test/no-such-model', '--hub', hub.url]);
  expect(missing.code).toBe(1);
  expect(missing.err).toContain('nicht gefunden (404)');
}, 60_000);

test('the service started on that folder offers the new targets and translates with them', async () => {
  let srv: TestServer | undefined;
  try {
    // The random-weight fixtures' raw decodes are compared with PyTorch's; the guard would show German instead.
    srv = await startTestServer({ MODELS_DIR: modelsDir, TRANSLATION_GUARD: 'off' });
    const { languages } = (await (await fetch(`${srv.url}/v1/languages`)).json()) as {
      languages: { code: string; nativeName: string; dir: string; engines: string[] }[];
    };
    expect(languages.filter((l) => l.code === 'uk')).toEqual([
      expect.objectContaining({ nativeName: 'Українська', dir: 'ltr', engines: ['model:tiny-nllb'] }),
    ]);
    // Four packages serve English; it is listed once, with all of them.
    expect(languages.filter((l) => l.code === 'en')).toHaveLength(1);
    expect(languages.find((l) => l.code === 'en')?.engines.sort()).toEqual([
      'model:marian-folder',
      'model:marian-zip',
      'model:opus-mt-de-en',
      'model:tiny-nllb',
    ]);
    expect(languages.find((l) => l.code === 'ar')).toMatchObject({ nativeName: 'العربية', dir: 'rtl' });
    expect(languages.find((l) => l.code === 'he')).toMatchObject({
      nativeName: 'עברית',
      dir: 'rtl',
      engines: ['model:m2m'],
    });

    const reference = JSON.parse(readFileSync(join(NLLB, 'reference_decode.json'), 'utf8')) as {
      samples: { input: string; decodes: Record<string, { output_text: string }> }[];
    };
    const sample = reference.samples[0]!;
    const res = await fetch(`${srv.url}/v1/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: sample.input, targets: ['uk', 'ar'] }),
    });
    const body = (await res.json()) as {
      results: Record<string, { dir: string; sentences: { output: string; engine: string }[] }>;
    };
    expect(body.results.uk!.sentences[0]).toMatchObject({
      output: sample.decodes.ukr_Cyrl!.output_text,
      engine: 'model:tiny-nllb',
    });
    expect(body.results.ar).toMatchObject({
      dir: 'rtl',
      sentences: [{ output: sample.decodes.arb_Arab!.output_text }],
    });
  } finally {
    await srv?.close();
  }
}, 120_000);

test('list, check and remove; check finds a file changed after installation', async () => {
  const listed = await models(['list']);
  expect(listed.code).toBe(0);
  expect(listed.out).toMatch(/^tiny-nllb {2}translation {2}en,tr,ar,uk,ru,pl,fa,fr {2}fp32/m);

  const ok = await models(['check']);
  expect(ok.out).toContain('tiny-nllb: in Ordnung');
  expect(ok.code).toBe(0);

  const config = join(modelsDir, 'marian-zip', 'generation_config.json');
  writeFileSync(config, readFileSync(config, 'utf8').replace('"max_length": 20', '"max_length": 21'));
  const bad = await models(['check']);
  expect(bad.code).toBe(1);
  expect(bad.out).toContain('marian-zip: FEHLER: Prüfsumme falsch: generation_config.json');

  const removed = await models(['remove', 'marian-zip']);
  expect(removed.code).toBe(0);
  expect(existsSync(join(modelsDir, 'marian-zip'))).toBe(false);
  expect(manifest().models.map((m) => m.id)).not.toContain('marian-zip');
  expect((await models(['remove', 'marian-zip'])).code).toBe(1);
  expect(statSync(join(modelsDir, 'tiny-nllb')).isDirectory()).toBe(true);
}, 180_000);

test('an archive holding a link is refused: a package needs none, and a link could lead out of the folder', async () => {
  const dir = withSums(MARIAN, 'linked');
  symlinkSync('/etc/passwd', join(dir, 'README.md'));
  const file = join(work, 'linked.tar.gz');
  await createTar({ gzip: true, file, cwd: work }, ['linked']);
  const before = entries();
  const run = await models(['add', file]);
  expect(run.code).toBe(1);
  expect(run.err).toContain('linked/README.md (SymbolicLink)');
  expect(entries()).toEqual(before);
}, 60_000);

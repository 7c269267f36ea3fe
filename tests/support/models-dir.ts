// A service that serves exactly the model packages a test names: the package folders are linked into a private
// models folder under the ids a manifest gives them (`models/manifest.json` is never touched).
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from './server.js';

export interface LinkedPackage {
  /** The package folder. */
  dir: string;
  /** Its manifest entry; `id` is the name it is linked under. */
  entry: { id: string } & Record<string, unknown>;
}

export interface PackageServer {
  srv: TestServer;
  /** Stops the service and removes the models folder. */
  close(): Promise<void>;
}

/** `env`: service settings beside MODELS_DIR (e.g. TRANSLATION_GUARD=off to see a random fixture's raw decode). */
export async function servePackages(
  packages: readonly LinkedPackage[],
  env: Record<string, string> = {},
): Promise<PackageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'bbs-models-'));
  for (const p of packages) symlinkSync(p.dir, join(dir, p.entry.id));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: packages.map((p) => p.entry) }));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const srv = await startTestServer({ ...env, MODELS_DIR: dir });
    return {
      srv,
      async close() {
        await srv.close();
        remove();
      },
    };
  } catch (err) {
    remove();
    throw err;
  }
}

/** A PyTorch greedy decode written at export (`reference_decode.json`). */
export interface ReferenceSample {
  input: string;
  output_text: string;
}

export interface PackageReference extends ReferenceSample {
  max_length: number;
  extra_samples: ReferenceSample[];
}

/** A package's `reference_decode.json`. */
export function readReference(dir: string): PackageReference {
  return JSON.parse(readFileSync(join(dir, 'reference_decode.json'), 'utf8')) as PackageReference;
}

/** Which graphs a package folder holds: the int8 ones the service loads (`q8`), the fp32 ones the build checks. */
export function packageGraphs(dir: string): { int8: boolean; fp32: boolean; card: boolean } {
  const has = (file: string) => existsSync(join(dir, 'onnx', file));
  return {
    int8: has('encoder_model_quantized.onnx') && has('decoder_model_merged_quantized.onnx'),
    fp32: has('encoder_model.onnx') || has('decoder_model_merged.onnx'),
    card: existsSync(join(dir, 'MODEL_CARD.md')),
  };
}

/**
 * Serves one package for the whole test file that calls this at its top level (beforeAll/afterAll), with the decode
 * length its reference was made with. `server()` is the running service inside the tests.
 */
export function useServedPackage(
  dir: string,
  entry: { id: string; task: string; targets: string[]; dtype: 'q8' | 'fp32' },
  env: Record<string, string> = {},
): { reference: PackageReference; server: () => TestServer } {
  const reference = readReference(dir);
  let served: PackageServer | undefined;
  beforeAll(async () => {
    served = await servePackages([{ dir, entry: { ...entry, maxNewTokens: reference.max_length - 1 } }], env);
  }, 60_000);
  afterAll(async () => {
    await served?.close();
  });
  return {
    reference,
    server: () => {
      if (!served) throw new Error(`package ${entry.id} is not served (did beforeAll fail?)`);
      return served.srv;
    },
  };
}

/** How many of the reference sentences a served model decodes exactly as PyTorch did at export. */
export async function sameAsReference(
  srv: TestServer,
  id: string,
  target: string,
  ref: PackageReference,
): Promise<{ same: number; of: number; outputs: string[] }> {
  const samples = [ref, ...ref.extra_samples];
  const outputs = await srv.runtime.translate(
    id,
    target,
    samples.map((s) => s.input),
  );
  const texts = outputs.map((o) => o.output);
  return { same: samples.filter((s, i) => texts[i] === s.output_text).length, of: samples.length, outputs: texts };
}

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

export async function servePackages(packages: readonly LinkedPackage[]): Promise<PackageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'bbs-models-'));
  for (const p of packages) symlinkSync(p.dir, join(dir, p.entry.id));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: packages.map((p) => p.entry) }));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const srv = await startTestServer({ MODELS_DIR: dir });
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

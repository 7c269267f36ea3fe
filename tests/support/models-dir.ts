// A service that serves exactly the model packages a test names: the package folders are linked into a private
// models folder under the ids a manifest gives them (`models/manifest.json` is never touched).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

// A private models folder for a test: package folders linked in under the ids a manifest gives them, so a test
// serves exactly the packages it names (`models/manifest.json` is never touched).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LinkedPackage {
  /** The package folder. */
  dir: string;
  /** Its manifest entry; `id` is the name it is linked under. */
  entry: { id: string } & Record<string, unknown>;
}

export function linkedModelsDir(packages: readonly LinkedPackage[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bbs-models-'));
  for (const p of packages) symlinkSync(p.dir, join(dir, p.entry.id));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: packages.map((p) => p.entry) }));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

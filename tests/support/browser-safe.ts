// Browser-safe packages (protocol, language, gloss-dictionary's index) must import nothing from Node: they run
// in the avatar client too. One scanner for all of their tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const builtins = new Set(builtinModules.flatMap((m) => [m, m.replace(/^node:/, ''), m.split('/')[0]!]));

/** Module specifiers of static and dynamic imports, re-exports and require calls. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(specifier.split('/')[0]!);
}

/** Every .ts/.mjs/.js file below a folder. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every import in the folder's sources that names a Node built-in (or matches `extraForbidden`), as "file: specifier". */
export function nodeImportsIn(srcDir: string, extraForbidden: RegExp[] = []): string[] {
  return sourceFiles(srcDir).flatMap((file) =>
    importSpecifiers(readFileSync(file, 'utf8'))
      .filter((spec) => isNodeBuiltin(spec) || extraForbidden.some((re) => re.test(spec)))
      .map((spec) => `${file}: ${spec}`),
  );
}

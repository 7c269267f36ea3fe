// Browser-safe packages (protocol, language) must import nothing from Node: they run in the avatar client too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const builtins = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every import specifier in the package's sources that names a Node built-in, as "file: specifier". */
export function nodeImportsIn(srcDir: string, extraForbidden: RegExp[] = []): string[] {
  const found: string[] = [];
  const importRe =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (
        spec.startsWith('node:') ||
        builtins.has(spec) ||
        builtins.has(spec.split('/')[0]!) ||
        extraForbidden.some((re) => re.test(spec))
      ) {
        found.push(`${file}: ${spec}`);
      }
    }
  }
  return found;
}

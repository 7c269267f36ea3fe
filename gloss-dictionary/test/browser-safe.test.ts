// src/index.ts runs in the avatar client: it and every module it imports from this package must use nothing
// from Node (src/load.ts is the Node loader and is exported separately as ./load).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSpecifiers, isNodeBuiltin } from '../../tests/support/browser-safe.js';

const here = dirname(fileURLToPath(import.meta.url));

const srcDir = join(here, '..', 'src');
const specifiers = importSpecifiers;
const isNode = isNodeBuiltin;

/** src/index.ts and the package files it imports, transitively. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

describe('src/index.ts is browser-safe', () => {
  const files = reachable(join(srcDir, 'index.ts'));

  it('does not reach the Node loader', () => {
    expect(files.map((f) => f.slice(srcDir.length + 1))).toEqual(['index.ts']);
  });

  it.each(files.map((f) => [f.slice(srcDir.length + 1), f]))('%s imports nothing from Node', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(specifiers(text).filter(isNode)).toEqual([]);
    expect(/\b(?:process|Buffer|__dirname|__filename|require)\b\s*[.[(]/.test(text.replace(/\/\/.*$/gm, ''))).toBe(
      false,
    );
  });

  it('the scan catches what it should', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import type { X } from 'crypto';",
      "export * from 'worker_threads';",
      "const v = require('child_process');",
      "const w = await import('node:url');",
      "import { ok } from './ok.js';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(specifiers(sample).filter(isNode).sort()).toEqual(
      ['node:fs', 'path', 'crypto', 'worker_threads', 'child_process', 'node:url'].sort(),
    );
  });

  it('the package exports map keeps the loader out of the browser entry', () => {
    const manifest = JSON.parse(readFileSync(join(srcDir, '..', 'package.json'), 'utf8')) as {
      exports: Record<string, { source: string }>;
    };
    expect(manifest.exports['.']!.source).toBe('./src/index.ts');
    expect(manifest.exports['./load']!.source).toBe('./src/load.ts');
  });
});

describe('src/sigml/index.ts (SiGML interchange) is browser-safe', () => {
  const files = reachable(join(srcDir, 'sigml', 'index.ts'));

  it('reaches only the SiGML modules, not the Node loader', () => {
    expect(files.map((f) => f.slice(srcDir.length + 1)).sort()).toEqual(
      ['sigml/errors.ts', 'sigml/hamnosys.ts', 'sigml/index.ts', 'sigml/read.ts', 'sigml/write.ts'].sort(),
    );
  });

  it.each(files.map((f) => [f.slice(srcDir.length + 1), f]))('%s imports nothing from Node', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(specifiers(text).filter(isNode)).toEqual([]);
    expect(/\b(?:process|Buffer|__dirname|__filename|require)\b\s*[.[(]/.test(text.replace(/\/\/.*$/gm, ''))).toBe(
      false,
    );
  });

  it('is exported as ./sigml', () => {
    const manifest = JSON.parse(readFileSync(join(srcDir, '..', 'package.json'), 'utf8')) as {
      exports: Record<string, { source: string }>;
    };
    expect(manifest.exports['./sigml']!.source).toBe('./src/sigml/index.ts');
  });
});

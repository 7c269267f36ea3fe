import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extract as extractTar, type ReadEntry } from 'tar';
import yauzl from 'yauzl';
import { isSafeRelativePath } from './checksums.js';

export type ArchiveKind = 'tar' | 'zip';

export class ArchiveError extends Error {}

export function archiveKind(path: string): ArchiveKind | undefined {
  const name = path.toLowerCase();
  if (name.endsWith('.tar') || name.endsWith('.tar.gz') || name.endsWith('.tgz')) return 'tar';
  if (name.endsWith('.zip')) return 'zip';
  return undefined;
}

/** The archive's name without its extension: the package id it suggests. */
export function archiveStem(name: string): string {
  return name.replace(/\.(tar\.gz|tgz|tar|zip)$/i, '');
}

/**
 * Unpacks regular files and folders only. A package never needs links or devices, and a link inside an
 * archive could point a later file outside the staging folder; paths that leave the folder are refused.
 */
export async function extractArchive(file: string, kind: ArchiveKind, dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  if (kind === 'tar') {
    const refused: string[] = [];
    // tar detects gzip by itself; it strips leading `/` and refuses `..` unless preservePaths is set.
    await extractTar({
      file,
      cwd: dest,
      strict: true,
      filter: (path, entry) => {
        const type = (entry as ReadEntry).type;
        const ok = type === 'File' || type === 'OldFile' || type === 'ContiguousFile' || type === 'Directory';
        if (!ok) refused.push(`${path} (${type})`);
        return ok;
      },
    }).catch((err: Error) => {
      throw new ArchiveError(`Das Archiv ${file} lässt sich nicht entpacken: ${err.message}`);
    });
    if (refused.length > 0) {
      throw new ArchiveError(`Das Archiv enthält Verweise oder Sonderdateien: ${refused.join(', ')}`);
    }
    return;
  }
  await extractZip(file, dest);
}

function extractZip(file: string, dest: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => reject(new ArchiveError(`Das ZIP-Archiv ${file}: ${message}`));
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err) return fail(err.message);
      zip.on('error', (e: Error) => fail(e.message));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (name.endsWith('/')) return zip.readEntry();
        // Unix mode bits in the upper half: a link is refused like in a tar archive.
        const type = (entry.externalFileAttributes >>> 16) & 0o170000;
        if (type !== 0 && type !== 0o100000) {
          zip.close();
          return fail(`${name} ist keine gewöhnliche Datei`);
        }
        if (!isSafeRelativePath(name)) {
          zip.close();
          return fail(`der Pfad ${name} führt aus dem Paket heraus`);
        }
        const target = join(dest, name);
        zip.openReadStream(entry, (e, stream) => {
          if (e) return fail(e.message);
          mkdir(dirname(target), { recursive: true })
            .then(() => pipeline(stream, createWriteStream(target, { flags: 'wx' })))
            .then(() => zip.readEntry())
            .catch((error: Error) => fail(error.message));
        });
      });
      zip.readEntry();
    });
  });
}

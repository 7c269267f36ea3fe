import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { isSafeRelativePath } from './checksums.js';

/**
 * Model packages from a Hugging Face–compatible hub, in the hub's own HTTP layout: the file tree of a revision
 * at `{hub}/api/models/{repo}/tree/{revision}?recursive=true` (paged by `Link: <…>; rel="next"`), each file at
 * `{hub}/{repo}/resolve/{revision}/{path}`. Only the installer uses this; the service never downloads.
 */
export const DEFAULT_HUB = 'https://huggingface.co';

export class HubError extends Error {}

export interface HubFile {
  path: string;
  size: number;
  /** Large files are stored in Git LFS; the tree gives their SHA-256. */
  sha256?: string;
  /** Small files are plain git blobs; the tree gives the blob's SHA-1 (of `blob <size>\0<content>`). */
  gitSha1?: string;
}

export interface HubRef {
  hub: string;
  repo: string;
  revision: string;
  token?: string | undefined;
}

/** `Xenova/opus-mt-de-en`: an owner and a name, as the hub spells repositories. */
export function isHubRepoId(s: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s) && !s.includes('..');
}

const segments = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function headers(ref: HubRef): Record<string, string> {
  return ref.token ? { Authorization: `Bearer ${ref.token}` } : {};
}

async function hubFetch(ref: HubRef, url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { headers: headers(ref), redirect: 'follow' });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
    throw new HubError(`${url} ist nicht erreichbar: ${cause}`);
  }
  if (res.ok) return res;
  await res.body?.cancel();
  if (res.status === 401 || res.status === 403) {
    throw new HubError(`${url}: Zugriff verweigert (${res.status}). Für geschützte Modelle HF_TOKEN setzen.`);
  }
  if (res.status === 404) throw new HubError(`${url}: nicht gefunden (404). Name und Revision prüfen.`);
  throw new HubError(`${url}: HTTP ${res.status}`);
}

interface TreeEntry {
  type?: string;
  path?: unknown;
  size?: unknown;
  oid?: unknown;
  lfs?: { oid?: unknown; size?: unknown } | null;
}

function nextLink(link: string | null, base: string): string | undefined {
  const m = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
  return m ? new URL(m[1]!, base).toString() : undefined;
}

export async function listHubFiles(ref: HubRef): Promise<HubFile[]> {
  const files: HubFile[] = [];
  let url: string | undefined =
    `${ref.hub}/api/models/${segments(ref.repo)}/tree/${encodeURIComponent(ref.revision)}?recursive=true`;
  while (url) {
    const res = await hubFetch(ref, url);
    const body = (await res.json()) as unknown;
    if (!Array.isArray(body)) throw new HubError(`${url}: keine Dateiliste`);
    for (const e of body as TreeEntry[]) {
      if (e.type !== 'file' || typeof e.path !== 'string' || typeof e.size !== 'number') continue;
      if (!isSafeRelativePath(e.path)) throw new HubError(`${url}: unzulässiger Pfad ${e.path}`);
      const lfsOid = typeof e.lfs?.oid === 'string' ? e.lfs.oid.replace(/^sha256:/, '') : undefined;
      files.push({
        path: e.path,
        size: typeof e.lfs?.size === 'number' ? e.lfs.size : e.size,
        ...(lfsOid ? { sha256: lfsOid.toLowerCase() } : {}),
        ...(!lfsOid && typeof e.oid === 'string' ? { gitSha1: e.oid.toLowerCase() } : {}),
      });
    }
    url = nextLink(res.headers.get('link'), url);
  }
  return files;
}

export type Progress = (file: string, received: number, total: number) => void;

/**
 * Downloads one file to `dir/path`, checking size and hash while it streams: the LFS SHA-256 or the git blob
 * SHA-1 the tree listed. A file that does not match is refused (and left for the caller's staging cleanup).
 */
export async function downloadHubFile(ref: HubRef, file: HubFile, dir: string, progress?: Progress): Promise<string> {
  if (!file.sha256 && !file.gitSha1) throw new HubError(`${file.path}: die Dateiliste nennt keine Prüfsumme`);
  const url = `${ref.hub}/${segments(ref.repo)}/resolve/${encodeURIComponent(ref.revision)}/${segments(file.path)}`;
  const res = await hubFetch(ref, url);
  if (!res.body) throw new HubError(`${url}: leere Antwort`);
  const sha256 = createHash('sha256');
  const sha1 = createHash('sha1').update(`blob ${file.size}\0`);
  let received = 0;
  progress?.(file.path, 0, file.size);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      received += chunk.length;
      if (received > file.size) return cb(new HubError(`${file.path}: größer als angekündigt (${file.size} Bytes)`));
      sha256.update(chunk);
      sha1.update(chunk);
      progress?.(file.path, received, file.size);
      cb(null, chunk);
    },
  });
  const target = join(dir, file.path);
  await mkdir(dirname(target), { recursive: true });
  await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), meter, createWriteStream(target));
  if (received !== file.size) {
    throw new HubError(`${file.path}: ${received} statt ${file.size} Bytes erhalten`);
  }
  const gotSha256 = sha256.digest('hex');
  if (file.sha256 ? gotSha256 !== file.sha256 : sha1.digest('hex') !== file.gitSha1) {
    throw new HubError(`${file.path}: Prüfsumme stimmt nicht mit der Dateiliste des Hubs überein`);
  }
  return gotSha256;
}

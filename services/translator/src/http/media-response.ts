// Sends stored media (videos) the way players fetch them: one byte range at a time (206 with Content-Range,
// 416 outside the file), validated by an ETag made from the content's sha256 (304 on If-None-Match, and
// If-Range so a client never mixes ranges of two different videos). Range parsing is Express's req.range
// (the range-parser package). The bytes are read from the store in chunks, so a viewer holds at most one
// chunk of the video in memory, and reading stops when the viewer goes away.
import type { Request, Response } from 'express';
import { sendError } from './errors.js';

export interface Media {
  type: string;
  size: number;
  /** sha256 (hex) of the bytes: a strong validator. */
  sha256: string;
  cacheControl: string;
  /** Bytes start..end, inclusive. */
  read(start: number, end: number): Promise<Buffer>;
}

const CHUNK = 1024 * 1024;

function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** The byte range to send: the one range asked for, or all (no, an invalid or several ranges). -1: none fits. */
function rangeOf(req: Request, size: number, etag: string): { start: number; end: number; partial: boolean } | -1 {
  const all = { start: 0, end: size - 1, partial: false };
  if (!req.headers.range) return all;
  const ifRange = req.headers['if-range'];
  if (ifRange !== undefined && ifRange !== etag) return all;
  const ranges = req.range(size, { combine: true });
  if (ranges === -1) return -1;
  // A malformed header is ignored (RFC 9110 §14.2); several ranges get the whole file rather than multipart.
  if (ranges === undefined || ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return all;
  return { start: ranges[0]!.start, end: ranges[0]!.end, partial: true };
}

export async function sendMedia(req: Request, res: Response, media: Media): Promise<void> {
  const etag = `"${media.sha256}"`;
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', media.cacheControl);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const range = rangeOf(req, media.size, etag);
  if (range === -1) {
    res.removeHeader('ETag');
    res.setHeader('Content-Range', `bytes */${media.size}`);
    sendError(req, res, 'RANGE_NOT_SATISFIABLE', { size: media.size });
    return;
  }
  res.status(range.partial ? 206 : 200);
  res.setHeader('Content-Type', media.type);
  res.setHeader('Content-Length', String(range.end - range.start + 1));
  if (range.partial) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${media.size}`);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  for (let at = range.start; at <= range.end && !res.destroyed; at += CHUNK) {
    const chunk = await media.read(at, Math.min(range.end, at + CHUNK - 1));
    if (chunk.length === 0) {
      // Replaced or deleted meanwhile: a cut connection, not the start of another video under this ETag.
      res.destroy();
      return;
    }
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}

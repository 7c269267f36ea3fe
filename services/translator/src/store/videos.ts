// Interpreters' DGS videos of documents (see migration 0006): one per document, with optional WebVTT
// captions and an approval that names the video's sha256, its captions' sha256 and the source version the
// approver compared it with. The metadata queries never select the bytes; reads take a byte range.
import { createHash } from 'node:crypto';
import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';

export type VideoMimeType = 'video/mp4' | 'video/webm';

export interface DocumentVideo {
  id: string;
  documentId: string;
  /** The source version current at upload. */
  sourceVersion: number;
  mimeType: VideoMimeType;
  byteSize: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
  captions: { sha256: string; byteSize: number; by: string; at: Date } | undefined;
  approval:
    | {
        by: string;
        at: Date;
        /** The source version the approver confirmed the video for. */
        sourceVersion: number;
        revoked: { by: string; at: Date } | undefined;
      }
    | undefined;
}

/** What the approver saw: a different video, other captions or a newer source answer StoreError 'stale'. */
export interface ExpectedVideo {
  sha256: string;
  /** null: the approver saw no captions. */
  captionsSha256: string | null;
  sourceVersion: number;
}

export interface VideoRepository {
  /** Stores the video as the document's one video (replacing any other) and audits it. */
  put(input: { documentId: string; mimeType: VideoMimeType; bytes: Uint8Array; actor: string }): Promise<DocumentVideo>;
  /**
   * Sets the captions of the document's video; a standing approval is cleared (the new captions were not
   * reviewed). `expectedSha256`: the video the captions were written for, else StoreError 'stale'.
   */
  setCaptions(input: {
    documentId: string;
    text: string;
    expectedSha256?: string | undefined;
    actor: string;
  }): Promise<DocumentVideo>;
  /** The document's video without its bytes. */
  get(documentId: string): Promise<DocumentVideo | undefined>;
  /** Bytes `start`..`end` (inclusive, 0-based) of a video; empty for an unknown id. */
  read(videoId: string, start: number, end: number): Promise<Buffer>;
  captions(videoId: string): Promise<string | undefined>;
  approve(input: { documentId: string; expected: ExpectedVideo; actor: string }): Promise<DocumentVideo>;
  /** Revokes a standing approval; without one it changes nothing. */
  revoke(input: { documentId: string; actor: string }): Promise<DocumentVideo>;
  /** Deletes the video and its bytes. */
  remove(input: { documentId: string; actor: string }): Promise<void>;
}

interface VideoRow {
  id: string;
  document_id: string;
  source_version: number;
  mime_type: VideoMimeType;
  byte_size: number;
  sha256: string;
  uploaded_by: string;
  created_at: Date;
  captions_sha256: string | null;
  captions_size: number | null;
  captions_by: string | null;
  captions_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  approved_source_version: number | null;
  revoked_by: string | null;
  revoked_at: Date | null;
}

// Every column but the bytes and the captions' text; octet_length reads the size from the header only.
const COLUMNS = `id, document_id, source_version, mime_type, byte_size, sha256, uploaded_by, created_at,
  captions_sha256, octet_length(captions) AS captions_size, captions_by, captions_at,
  approved_by, approved_at, approved_source_version, revoked_by, revoked_at`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

function toVideo(row: VideoRow): DocumentVideo {
  return {
    id: row.id,
    documentId: row.document_id,
    sourceVersion: row.source_version,
    mimeType: row.mime_type,
    byteSize: Number(row.byte_size),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
    captions:
      row.captions_sha256 && row.captions_by && row.captions_at
        ? { sha256: row.captions_sha256, byteSize: Number(row.captions_size), by: row.captions_by, at: row.captions_at }
        : undefined,
    approval:
      row.approved_by && row.approved_at && row.approved_source_version !== null
        ? {
            by: row.approved_by,
            at: row.approved_at,
            sourceVersion: row.approved_source_version,
            revoked: row.revoked_by && row.revoked_at ? { by: row.revoked_by, at: row.revoked_at } : undefined,
          }
        : undefined,
  };
}

/**
 * Locks the document row, so uploads, approvals and source changes of one document happen one after the
 * other (documents.updateSource takes the same lock with its UPDATE). Returns its source version.
 */
async function lockDocument(tx: SqlExecutor, documentId: string): Promise<number> {
  if (!UUID.test(documentId)) throw new StoreError('not_found', `no document ${documentId}`);
  const { rows } = await tx.query<{ source_version: number }>(
    'SELECT source_version FROM documents WHERE id = $1 FOR UPDATE',
    [documentId],
  );
  if (!rows[0]) throw new StoreError('not_found', `no document ${documentId}`);
  return rows[0].source_version;
}

async function currentVideo(tx: SqlExecutor, documentId: string): Promise<DocumentVideo> {
  const { rows } = await tx.query<VideoRow>(`SELECT ${COLUMNS} FROM document_videos WHERE document_id = $1`, [
    documentId,
  ]);
  if (!rows[0]) throw new StoreError('not_found', `document ${documentId} has no video`);
  return toVideo(rows[0]);
}

/** What a stale answer shows: the current video, captions and source version (hashes and numbers only). */
function currentDetails(video: DocumentVideo, sourceVersion: number): Record<string, string | number> {
  return {
    videoId: video.id,
    sha256: video.sha256,
    captionsSha256: video.captions?.sha256 ?? '',
    sourceVersion,
  };
}

const standing = (v: DocumentVideo): boolean => v.approval !== undefined && v.approval.revoked === undefined;

export function videoRepository(sql: SqlClient): VideoRepository {
  return {
    async put({ documentId, mimeType, bytes, actor }) {
      if (!actor) throw new StoreError('invalid', 'actor is required');
      if (bytes.byteLength === 0) throw new StoreError('invalid', 'a video has bytes');
      const hash = sha256(bytes);
      return sql.transaction(async (tx) => {
        const sourceVersion = await lockDocument(tx, documentId);
        const { rows: old } = await tx.query<{ id: string }>(
          'DELETE FROM document_videos WHERE document_id = $1 RETURNING id',
          [documentId],
        );
        const { rows } = await tx.query<VideoRow>(
          `INSERT INTO document_videos (document_id, source_version, mime_type, byte_size, sha256, bytes, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           RETURNING ${COLUMNS}`,
          [documentId, sourceVersion, mimeType, bytes.byteLength, hash, bytes, actor],
        );
        const video = toVideo(rows[0]!);
        await appendAudit(tx, {
          actor,
          action: 'video.upload',
          entity: 'document',
          entityId: documentId,
          details: {
            videoId: video.id,
            type: mimeType,
            bytes: video.byteSize,
            sha256: hash,
            sourceVersion,
            replaced: old[0]?.id ?? null,
          },
        });
        return video;
      });
    },

    async setCaptions({ documentId, text, expectedSha256, actor }) {
      if (!actor) throw new StoreError('invalid', 'actor is required');
      const hash = sha256(text);
      return sql.transaction(async (tx) => {
        const sourceVersion = await lockDocument(tx, documentId);
        const before = await currentVideo(tx, documentId);
        if (expectedSha256 !== undefined && expectedSha256 !== before.sha256) {
          throw new StoreError('stale', 'the captions were written for another video', {
            details: currentDetails(before, sourceVersion),
          });
        }
        const { rows } = await tx.query<VideoRow>(
          `UPDATE document_videos
           SET captions = $2, captions_sha256 = $3, captions_by = $4, captions_at = now(),
               approved_by = NULL, approved_at = NULL, approved_source_version = NULL,
               revoked_by = NULL, revoked_at = NULL
           WHERE id = $1
           RETURNING ${COLUMNS}`,
          [before.id, text, hash, actor],
        );
        const video = toVideo(rows[0]!);
        await appendAudit(tx, {
          actor,
          action: 'video.captions_upload',
          entity: 'document',
          entityId: documentId,
          details: {
            videoId: video.id,
            captionsSha256: hash,
            bytes: Buffer.byteLength(text),
            approvalCleared: standing(before),
          },
        });
        return video;
      });
    },

    async get(documentId) {
      if (!UUID.test(documentId)) return undefined;
      const { rows } = await sql.query<VideoRow>(`SELECT ${COLUMNS} FROM document_videos WHERE document_id = $1`, [
        documentId,
      ]);
      return rows[0] ? toVideo(rows[0]) : undefined;
    },

    async read(videoId, start, end) {
      if (!UUID.test(videoId) || start < 0 || end < start) return Buffer.alloc(0);
      // substring counts from 1.
      const { rows } = await sql.query<{ part: Uint8Array }>(
        'SELECT substring(bytes FROM $2 FOR $3) AS part FROM document_videos WHERE id = $1',
        [videoId, start + 1, end - start + 1],
      );
      const part = rows[0]?.part;
      return part ? Buffer.from(part.buffer, part.byteOffset, part.byteLength) : Buffer.alloc(0);
    },

    async captions(videoId) {
      if (!UUID.test(videoId)) return undefined;
      const { rows } = await sql.query<{ captions: string | null }>(
        'SELECT captions FROM document_videos WHERE id = $1',
        [videoId],
      );
      return rows[0]?.captions ?? undefined;
    },

    async approve({ documentId, expected, actor }) {
      if (!actor) throw new StoreError('invalid', 'actor is required');
      return sql.transaction(async (tx) => {
        const sourceVersion = await lockDocument(tx, documentId);
        const before = await currentVideo(tx, documentId);
        const stale =
          expected.sha256 !== before.sha256
            ? 'a different video was uploaded since'
            : expected.captionsSha256 !== (before.captions?.sha256 ?? null)
              ? 'the captions changed since'
              : expected.sourceVersion !== sourceVersion
                ? 'the source text changed since'
                : undefined;
        if (stale) throw new StoreError('stale', stale, { details: currentDetails(before, sourceVersion) });
        const { rows } = await tx.query<VideoRow>(
          `UPDATE document_videos
           SET approved_by = $2, approved_at = now(), approved_source_version = $3, revoked_by = NULL, revoked_at = NULL
           WHERE id = $1
           RETURNING ${COLUMNS}`,
          [before.id, actor, sourceVersion],
        );
        const video = toVideo(rows[0]!);
        await appendAudit(tx, {
          actor,
          action: 'video.approve',
          entity: 'document',
          entityId: documentId,
          details: {
            videoId: video.id,
            sha256: video.sha256,
            captionsSha256: video.captions?.sha256 ?? null,
            sourceVersion,
          },
        });
        return video;
      });
    },

    async revoke({ documentId, actor }) {
      if (!actor) throw new StoreError('invalid', 'actor is required');
      return sql.transaction(async (tx) => {
        await lockDocument(tx, documentId);
        const before = await currentVideo(tx, documentId);
        if (!standing(before)) return before;
        const { rows } = await tx.query<VideoRow>(
          `UPDATE document_videos SET revoked_by = $2, revoked_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
          [before.id, actor],
        );
        await appendAudit(tx, {
          actor,
          action: 'video.revoke',
          entity: 'document',
          entityId: documentId,
          details: { videoId: before.id, sha256: before.sha256 },
        });
        return toVideo(rows[0]!);
      });
    },

    async remove({ documentId, actor }) {
      if (!actor) throw new StoreError('invalid', 'actor is required');
      await sql.transaction(async (tx) => {
        await lockDocument(tx, documentId);
        const before = await currentVideo(tx, documentId);
        await tx.query('DELETE FROM document_videos WHERE id = $1', [before.id]);
        await appendAudit(tx, {
          actor,
          action: 'video.delete',
          entity: 'document',
          entityId: documentId,
          details: { videoId: before.id, sha256: before.sha256 },
        });
      });
    },
  };
}

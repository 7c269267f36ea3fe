// Interpreter videos between the HTTP routes and the store: what an upload must be, what a reviewer's
// approval binds to (the video's and the captions' sha256 and the source version), and what the public may
// play (only a standing approval for the document's current source version).
import { VIDEO_LABEL } from '@bbs/protocol';
import type { ApproveVideoRequest, PublicVideo, VideoState, VideoStatus } from '@bbs/protocol';
import { ApiError } from '../http/errors.js';
import type { Media } from '../http/media-response.js';
import type { Principal } from '../http/auth.js';
import type { Document, DocumentVideo, Store, VideoMimeType } from '../store/index.js';
import { StoreError } from '../store/index.js';
import { sniffVideo } from './sniff.js';
import { checkWebVtt } from './webvtt.js';

const iso = (d: Date): string => d.toISOString();

export function videoStatus(video: DocumentVideo, currentSourceVersion: number): VideoStatus {
  if (!video.approval) return 'unreviewed';
  if (video.approval.revoked) return 'revoked';
  return video.approval.sourceVersion === currentSourceVersion ? 'approved' : 'outdated';
}

export function videoState(video: DocumentVideo, currentSourceVersion: number): VideoState {
  const { approval, captions } = video;
  return {
    id: video.id,
    documentId: video.documentId,
    sourceVersion: video.sourceVersion,
    type: video.mimeType,
    size: video.byteSize,
    sha256: video.sha256,
    uploadedBy: video.uploadedBy,
    uploadedAt: iso(video.createdAt),
    ...(captions
      ? {
          captions: {
            sha256: captions.sha256,
            size: captions.byteSize,
            uploadedBy: captions.by,
            uploadedAt: iso(captions.at),
          },
        }
      : {}),
    status: videoStatus(video, currentSourceVersion),
    ...(approval
      ? {
          approval: {
            approvedBy: approval.by,
            approvedAt: iso(approval.at),
            sourceVersion: approval.sourceVersion,
            ...(approval.revoked ? { revokedBy: approval.revoked.by, revokedAt: iso(approval.revoked.at) } : {}),
          },
        }
      : {}),
  };
}

/** Store failures as API errors, once the document is known to exist. */
async function mapped<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    if (err.code === 'not_found') throw new ApiError('VIDEO_NOT_FOUND');
    if (err.code === 'stale') throw new ApiError('STALE_REVISION', { reason: err.message, current: err.details });
    throw new ApiError('VALIDATION_FAILED', [{ path: '', message: err.message }]);
  }
}

/** The media type a request declares, without parameters; undefined when it names none. */
export function declaredType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export class VideoService {
  constructor(private readonly store: Store) {}

  async document(id: string): Promise<Document> {
    const doc = await this.store.documents.get(id);
    if (!doc) throw new ApiError('DOCUMENT_NOT_FOUND');
    return doc;
  }

  async state(documentId: string): Promise<VideoState> {
    const doc = await this.document(documentId);
    return videoState(await this.video(doc), doc.sourceVersion);
  }

  /** Stores an upload whose bytes are the video its Content-Type says; anything else is UNSUPPORTED_VIDEO. */
  async upload(documentId: string, declared: string | undefined, bytes: Buffer, actor: Principal): Promise<VideoState> {
    const doc = await this.document(documentId);
    const sniffed = sniffVideo(bytes);
    if (!sniffed.type) throw new ApiError('UNSUPPORTED_VIDEO', { declared: declared ?? null, reason: sniffed.reason });
    if (sniffed.type !== declared) {
      throw new ApiError('UNSUPPORTED_VIDEO', { declared: declared ?? null, detected: sniffed.type });
    }
    const video = await mapped(
      this.store.videos.put({ documentId: doc.id, mimeType: sniffed.type as VideoMimeType, bytes, actor: actor.name }),
    );
    return videoState(video, doc.sourceVersion);
  }

  async setCaptions(
    documentId: string,
    bytes: Buffer,
    expectedSha256: string | undefined,
    actor: Principal,
  ): Promise<VideoState> {
    const doc = await this.document(documentId);
    const checked = checkWebVtt(bytes);
    if (!checked.ok) throw new ApiError('INVALID_CAPTIONS', { line: checked.line, reason: checked.reason });
    const video = await mapped(
      this.store.videos.setCaptions({ documentId: doc.id, text: checked.text, expectedSha256, actor: actor.name }),
    );
    return videoState(video, doc.sourceVersion);
  }

  async captions(documentId: string): Promise<string> {
    const video = await this.video(await this.document(documentId));
    const text = video.captions ? await this.store.videos.captions(video.id) : undefined;
    if (text === undefined) throw new ApiError('VIDEO_NOT_FOUND', { captions: false });
    return text;
  }

  async approve(documentId: string, input: ApproveVideoRequest, actor: Principal): Promise<VideoState> {
    const doc = await this.document(documentId);
    const video = await mapped(this.store.videos.approve({ documentId: doc.id, expected: input, actor: actor.name }));
    return videoState(video, input.sourceVersion);
  }

  async revoke(documentId: string, actor: Principal): Promise<VideoState> {
    const doc = await this.document(documentId);
    const video = await mapped(this.store.videos.revoke({ documentId: doc.id, actor: actor.name }));
    return videoState(video, doc.sourceVersion);
  }

  async remove(documentId: string, actor: Principal): Promise<void> {
    const doc = await this.document(documentId);
    await mapped(this.store.videos.remove({ documentId: doc.id, actor: actor.name }));
  }

  /** The document's video for staff, approved or not. */
  async staffMedia(documentId: string): Promise<Media> {
    const video = await this.video(await this.document(documentId));
    return this.media(video, 'private, no-cache');
  }

  /** What a page's embed needs to play the approved video; 404 NOT_APPROVED without one. */
  async publicInfo(slug: string): Promise<PublicVideo> {
    const { doc, video } = await this.approved(slug);
    const base = `/v1/public/documents/${doc.slug}/video`;
    return {
      slug: doc.slug,
      type: video.mimeType,
      size: video.byteSize,
      sha256: video.sha256,
      sourceVersion: doc.sourceVersion,
      approvedAt: iso(video.approval!.at),
      label: VIDEO_LABEL,
      url: base,
      ...(video.captions ? { captionsUrl: `${base}/captions` } : {}),
    };
  }

  async publicMedia(slug: string): Promise<Media> {
    const { video } = await this.approved(slug);
    // Revalidated on every use: a revoked approval must disappear from pages at once; the ETag keeps it cheap.
    return this.media(video, 'public, no-cache');
  }

  async publicCaptions(slug: string): Promise<{ text: string; sha256: string }> {
    const { video } = await this.approved(slug);
    const text = video.captions ? await this.store.videos.captions(video.id) : undefined;
    if (text === undefined) throw new ApiError('NOT_APPROVED', { slug, target: 'video', captions: false });
    return { text, sha256: video.captions!.sha256 };
  }

  private async video(doc: Document): Promise<DocumentVideo> {
    const video = await this.store.videos.get(doc.id);
    if (!video) throw new ApiError('VIDEO_NOT_FOUND');
    return video;
  }

  private async approved(slug: string): Promise<{ doc: Document; video: DocumentVideo }> {
    const doc = await this.store.documents.getBySlug(slug);
    if (!doc) throw new ApiError('DOCUMENT_NOT_FOUND');
    const video = await this.store.videos.get(doc.id);
    if (!video || videoStatus(video, doc.sourceVersion) !== 'approved') {
      throw new ApiError('NOT_APPROVED', { slug, target: 'video' });
    }
    return { doc, video };
  }

  private media(video: DocumentVideo, cacheControl: string): Media {
    return {
      type: video.mimeType,
      size: video.byteSize,
      sha256: video.sha256,
      cacheControl,
      read: (start, end) => this.store.videos.read(video.id, start, end),
    };
  }
}

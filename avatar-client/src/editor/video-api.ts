import type { VideoState } from '@bbs/protocol';
import { ApiProblem, serviceRequest, serviceRoot } from '../net/service.js';

/** A document's interpreter video on the service, with the editor's key: raw files up, state and bytes down. */
export class VideoApi {
  constructor(private readonly token: string) {}

  private async send(method: string, path: string, body: Blob, headers: Record<string, string>): Promise<Response> {
    const res = await fetch(new URL(path.replace(/^\//, ''), serviceRoot()), {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Accept-Language': 'de', ...headers },
      body,
    });
    if (!res.ok) throw await problemOf(res);
    return res;
  }

  /** The video's state, or null when the document has none yet. */
  async info(documentId: string): Promise<VideoState | null> {
    try {
      return await serviceRequest<VideoState>(this.token, 'GET', `/v1/documents/${documentId}/video/info`);
    } catch (err) {
      if (err instanceof ApiProblem && err.code === 'VIDEO_NOT_FOUND') return null;
      throw err;
    }
  }

  /** Uploads a file; the service checks by its bytes that it is the MP4 or WebM its type says. */
  async upload(documentId: string, file: File): Promise<VideoState> {
    const type = file.type || (/\.webm$/i.test(file.name) ? 'video/webm' : 'video/mp4');
    const res = await this.send('PUT', `/v1/documents/${documentId}/video`, file, { 'Content-Type': type });
    return (await res.json()) as VideoState;
  }

  /** Captions for the video the person has on screen (`videoSha256`); a replaced video answers 409. */
  async captions(documentId: string, file: File, videoSha256: string): Promise<VideoState> {
    const res = await this.send('PUT', `/v1/documents/${documentId}/video/captions`, file, {
      'Content-Type': 'text/vtt',
      'If-Match': `"${videoSha256}"`,
    });
    return (await res.json()) as VideoState;
  }

  /** Approves the video and captions as shown, for the source version on screen; anything newer answers 409. */
  approve = (documentId: string, seen: VideoState, sourceVersion: number) =>
    serviceRequest<VideoState>(this.token, 'POST', `/v1/documents/${documentId}/video/approve`, {
      sha256: seen.sha256,
      captionsSha256: seen.captions?.sha256 ?? null,
      sourceVersion,
    });

  revoke = (documentId: string) =>
    serviceRequest<VideoState>(this.token, 'POST', `/v1/documents/${documentId}/video/revoke`, {});

  /**
   * The video and its captions as local object URLs: a <video> cannot send the key, so the bytes are fetched
   * with it. The caller revokes the URLs.
   */
  async preview(documentId: string, state: VideoState): Promise<{ video: string; captions: string | null }> {
    const get = async (path: string) => {
      const res = await fetch(new URL(path, serviceRoot()), { headers: { Authorization: `Bearer ${this.token}` } });
      if (!res.ok) throw await problemOf(res);
      return res.blob();
    };
    const [video, captions] = await Promise.all([
      get(`v1/documents/${documentId}/video`),
      state.captions ? get(`v1/documents/${documentId}/video/captions`) : Promise.resolve(null),
    ]);
    return {
      video: URL.createObjectURL(video),
      captions: captions ? URL.createObjectURL(new Blob([captions], { type: 'text/vtt' })) : null,
    };
  }
}

async function problemOf(res: Response): Promise<ApiProblem> {
  const payload = (await res.json().catch(() => undefined)) as
    { error?: { code: string; message: string } } | undefined;
  return new ApiProblem(
    res.status,
    payload?.error?.code ?? 'HTTP',
    payload?.error?.message ?? `Der Dienst antwortet mit ${res.status}.`,
  );
}

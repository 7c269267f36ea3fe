// Interpreter videos through the real service: who may upload, what an upload must be (checked by its
// bytes), captions that are text, approval bound to the video's and captions' sha256 and the source version,
// byte-range serving, what the public may play, and an audit trail without text. Runs on PGlite and on the
// run's PostgreSQL.
import { createHash, randomBytes } from 'node:crypto';
import type { DocumentHistory, DocumentView, PublicVideo, VideoState } from '@bbs/protocol';
import { apiClient } from '../../../tests/support/api-client.js';
import type { ApiCall, ErrorReply } from '../../../tests/support/api-client.js';
import { mp4, png, webm } from '../../../tests/support/media.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { describeWithPart, postgresPart } from '../../../tests/support/system-parts.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const MAX_BYTES = 256 * 1024;
const CAPTION_TEXT = 'Bringen Sie Ihren Ausweis mit';
const CAPTIONS = `WEBVTT\n\n00:00.000 --> 00:02.500\n<v Dolmetscherin>${CAPTION_TEXT}.</v>\n`;

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

interface Raw {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json<T>(): T;
}

function videoSuite(backend: 'pglite' | 'postgres'): void {
  let server: TestServer;
  let api: ApiCall;
  const tokens = { editor: '', reviewer: '' };

  /** Any request with a raw body, answered as bytes. */
  const raw = async (
    method: string,
    path: string,
    options: { token?: string; body?: Buffer | string; headers?: Record<string, string> } = {},
  ): Promise<Raw> => {
    const res = await fetch(server.url + path, {
      method,
      headers: { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...options.headers },
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, json: <T>() => JSON.parse(bytes.toString()) as T };
  };
  const upload = (id: string, body: Buffer, type: string, token = tokens.reviewer) =>
    raw('PUT', `/v1/documents/${id}/video`, { token, body, headers: { 'Content-Type': type } });
  const putCaptions = (id: string, body: Buffer | string, headers: Record<string, string> = {}) =>
    raw('PUT', `/v1/documents/${id}/video/captions`, {
      token: tokens.reviewer,
      body,
      headers: { 'Content-Type': 'text/vtt', ...headers },
    });
  const approve = (id: string, body: Record<string, unknown>, token = tokens.reviewer) =>
    api<VideoState | ErrorReply>('POST', `/v1/documents/${id}/video/approve`, { token, body });
  const code = (r: Raw): string => r.json<ErrorReply>().error.code;

  async function createDocument(source = 'Ihr Termin ist am Montag um 9 Uhr.'): Promise<DocumentView> {
    const res = await api<DocumentView>('POST', '/v1/documents', {
      token: tokens.editor,
      body: { slug: `video-${randomBytes(4).toString('hex')}`, source, targets: ['de-x-ls'] },
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  beforeAll(async () => {
    server = await startTestServer(
      { ADMIN_TOKEN, RATE_LIMIT_MAX: '100000', VIDEO_MAX_BYTES: String(MAX_BYTES) },
      { store: backend },
    );
    api = apiClient(server.url);
    for (const role of ['editor', 'reviewer'] as const) {
      const made = await api<{ token: string }>('POST', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
        body: { name: `video-${role}`, role },
      });
      tokens[role] = made.body.token;
    }
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('only signing reviewers upload; editors are refused, anonymous callers must sign in', async () => {
    const doc = await createDocument();
    const byEditor = await upload(doc.id, mp4(), 'video/mp4', tokens.editor);
    expect([byEditor.status, code(byEditor)]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await raw('PUT', `/v1/documents/${doc.id}/video`, {
      body: mp4(),
      headers: { 'Content-Type': 'video/mp4' },
    });
    expect([anonymous.status, code(anonymous)]).toEqual([401, 'UNAUTHORIZED']);
    const unknown = await upload('00000000-0000-4000-8000-000000000000', mp4(), 'video/mp4');
    expect([unknown.status, code(unknown)]).toEqual([404, 'DOCUMENT_NOT_FOUND']);
    expect(await server.store.videos.get(doc.id)).toBeUndefined();
  });

  it('stores an MP4 and a WebM as they are, checked by their bytes', async () => {
    const doc = await createDocument();
    const file = mp4(30_000);
    const put = await upload(doc.id, file, 'video/mp4');
    expect(put.status).toBe(200);
    const state = put.json<VideoState>();
    expect(state).toMatchObject({
      documentId: doc.id,
      type: 'video/mp4',
      size: file.length,
      sha256: sha256(file),
      status: 'unreviewed',
      sourceVersion: 1,
      uploadedBy: 'video-reviewer',
    });
    const info = await api<VideoState>('GET', `/v1/documents/${doc.id}/video/info`, { token: tokens.editor });
    expect(info.body).toEqual(state);

    const second = webm(20_000);
    const replaced = await upload(doc.id, second, 'video/webm; codecs="vp8"');
    expect(replaced.status).toBe(200);
    expect(replaced.json<VideoState>()).toMatchObject({
      type: 'video/webm',
      size: second.length,
      sha256: sha256(second),
    });
    expect(replaced.json<VideoState>().id).not.toBe(state.id);
    // One video per document: the first one's bytes are gone.
    const { rows } = await server.store.sql.query<{ n: number | string }>(
      'SELECT count(*) AS n FROM document_videos WHERE document_id = $1',
      [doc.id],
    );
    expect(Number(rows[0]!.n)).toBe(1);
    const watched = await raw('GET', `/v1/documents/${doc.id}/video`, { token: tokens.editor });
    expect(watched.status).toBe(200);
    expect(watched.bytes.equals(second)).toBe(true);
    expect(watched.headers.get('content-type')).toBe('video/webm');
  });

  it('refuses what is not an MP4 or WebM video, whatever the name or Content-Type says', async () => {
    const doc = await createDocument();
    const cases: [string, Buffer, string][] = [
      ['PNG as video/mp4', png(), 'video/mp4'],
      ['text as video/mp4', Buffer.from('Das ist kein Video, nur Text in einer Datei namens antrag.mp4.'), 'video/mp4'],
      ['HEIC image (ftyp heic)', mp4(2000, { brand: 'heic' }), 'video/mp4'],
      ['ftyp without moov', mp4(2000, { moov: false }), 'video/mp4'],
      ['Matroska, not WebM', webm(2000, { docType: 'matroska' }), 'video/webm'],
      ['WebM declared as MP4', webm(2000), 'video/mp4'],
      ['MP4 declared as WebM', mp4(2000), 'video/webm'],
      ['MP4 as octet-stream', mp4(2000), 'application/octet-stream'],
      ['MP4 as QuickTime', mp4(2000), 'video/quicktime'],
      ['PNG as image/png', png(), 'image/png'],
    ];
    for (const [name, body, type] of cases) {
      const res = await upload(doc.id, body, type);
      expect({ name, status: res.status, code: code(res) }).toEqual({ name, status: 415, code: 'UNSUPPORTED_VIDEO' });
    }
    const mismatch = await upload(doc.id, webm(2000), 'video/mp4');
    expect(mismatch.json<ErrorReply>().error.details).toEqual({ declared: 'video/mp4', detected: 'video/webm' });
    expect(mismatch.json<ErrorReply>().error.message).toMatch(/MP4 oder WebM/);
    const english = await raw('PUT', `/v1/documents/${doc.id}/video`, {
      token: tokens.reviewer,
      body: png(),
      headers: { 'Content-Type': 'video/mp4', 'Accept-Language': 'en' },
    });
    expect(english.json<ErrorReply>().error.message).toMatch(/not an MP4 or WebM video/);
    expect(await server.store.videos.get(doc.id)).toBeUndefined();
  });

  it('refuses uploads over VIDEO_MAX_BYTES with 413', async () => {
    const doc = await createDocument();
    const big = mp4(MAX_BYTES + 1000);
    const res = await upload(doc.id, big, 'video/mp4');
    expect([res.status, code(res)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await server.store.videos.get(doc.id)).toBeUndefined();
  });

  describe('serving by byte range', () => {
    let doc: DocumentView;
    const file = mp4(50_000, { seed: 7 });
    const path = () => `/v1/documents/${doc.id}/video`;
    const get = (headers: Record<string, string>) => raw('GET', path(), { token: tokens.editor, headers });

    beforeAll(async () => {
      doc = await createDocument();
      expect((await upload(doc.id, file, 'video/mp4')).status).toBe(200);
    });

    it('sends the whole file with range support, a strong ETag and nosniff', async () => {
      const res = await get({});
      expect(res.status).toBe(200);
      expect(res.bytes.equals(file)).toBe(true);
      expect(res.headers.get('accept-ranges')).toBe('bytes');
      expect(res.headers.get('etag')).toBe(`"${sha256(file)}"`);
      expect(res.headers.get('content-type')).toBe('video/mp4');
      expect(res.headers.get('content-length')).toBe(String(file.length));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
    });

    it('answers a range with 206 and exactly those bytes', async () => {
      const res = await get({ Range: 'bytes=100-1099' });
      expect(res.status).toBe(206);
      expect(res.headers.get('content-range')).toBe(`bytes 100-1099/${file.length}`);
      expect(res.headers.get('content-length')).toBe('1000');
      expect(res.bytes.equals(file.subarray(100, 1100))).toBe(true);
    });

    it('answers open-ended and suffix ranges', async () => {
      const open = await get({ Range: `bytes=${file.length - 300}-` });
      expect(open.status).toBe(206);
      expect(open.headers.get('content-range')).toBe(`bytes ${file.length - 300}-${file.length - 1}/${file.length}`);
      expect(open.bytes.equals(file.subarray(file.length - 300))).toBe(true);
      const suffix = await get({ Range: 'bytes=-500' });
      expect(suffix.status).toBe(206);
      expect(suffix.headers.get('content-range')).toBe(`bytes ${file.length - 500}-${file.length - 1}/${file.length}`);
      expect(suffix.bytes.equals(file.subarray(file.length - 500))).toBe(true);
      // A range past the end is cut to the file.
      const past = await get({ Range: `bytes=${file.length - 10}-${file.length + 5000}` });
      expect([past.status, past.bytes.length]).toEqual([206, 10]);
      const first = await get({ Range: 'bytes=0-0' });
      expect([first.status, first.bytes[0]]).toEqual([206, file[0]]);
    });

    it('answers 416 for a range outside the file', async () => {
      const res = await get({ Range: `bytes=${file.length}-` });
      expect([res.status, code(res)]).toEqual([416, 'RANGE_NOT_SATISFIABLE']);
      expect(res.headers.get('content-range')).toBe(`bytes */${file.length}`);
    });

    it('ignores malformed, multiple and stale ranges (200, whole file) and honours If-None-Match (304)', async () => {
      const cases: Record<string, string>[] = [
        { Range: 'bytes=abc' },
        { Range: 'bytes=0-9,2000-2009' },
        { Range: 'bytes=0-9', 'If-Range': '"0000"' },
      ];
      for (const headers of cases) {
        const res = await get(headers);
        expect([res.status, res.bytes.length]).toEqual([200, file.length]);
      }
      const matching = await get({ Range: 'bytes=0-9', 'If-Range': `"${sha256(file)}"` });
      expect(matching.status).toBe(206);
      // As a browser revalidates (fetch with an explicit If-None-Match would add Cache-Control: no-cache).
      const cached = await get({ 'If-None-Match': `"${sha256(file)}"`, 'Cache-Control': 'max-age=0' });
      expect([cached.status, cached.bytes.length]).toEqual([304, 0]);
    });

    it('answers HEAD with the headers only', async () => {
      const res = await raw('HEAD', path(), { token: tokens.editor, headers: { Range: 'bytes=0-99' } });
      expect(res.status).toBe(206);
      expect(res.headers.get('content-length')).toBe('100');
      expect(res.bytes.length).toBe(0);
    });
  });

  it('takes WebVTT captions that are text, and refuses anything else', async () => {
    const doc = await createDocument();
    const missing = await putCaptions(doc.id, CAPTIONS);
    expect([missing.status, code(missing)]).toEqual([404, 'VIDEO_NOT_FOUND']);
    const file = webm(5000);
    await upload(doc.id, file, 'video/webm');
    const bad: [string, Buffer | string, Record<string, string>?][] = [
      ['no signature', `00:00.000 --> 00:01.000\nHallo\n`],
      ['script in a cue', `WEBVTT\n\n00:00.000 --> 00:01.000\n<script>alert(1)</script>\n`],
      ['an img tag', `WEBVTT\n\n00:00.000 --> 00:01.000\n<img src=x onerror=alert(1)>\n`],
      [
        'a STYLE block',
        `WEBVTT\n\nSTYLE\n::cue { background: url(https://example.org/t.png) }\n\n00:00.000 --> 00:01.000\nHallo\n`,
      ],
      ['no timing', `WEBVTT\n\nHallo\n`],
      ['not UTF-8', Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0x0a, 0xff, 0xfe])],
      ['another charset', CAPTIONS, { 'Content-Type': 'text/vtt; charset=iso-8859-1' }],
      ['plain text', CAPTIONS, { 'Content-Type': 'text/plain' }],
    ];
    for (const [name, body, headers] of bad) {
      const res = await putCaptions(doc.id, body, headers);
      expect({ name, status: res.status, code: code(res) }).toEqual({ name, status: 400, code: 'INVALID_CAPTIONS' });
      // The answer names a line and a reason, never the text sent.
      expect(JSON.stringify(res.json())).not.toContain('alert');
    }
    const tooLarge = await putCaptions(doc.id, `WEBVTT\n\nNOTE ${'x'.repeat(600 * 1024)}\n`);
    expect([tooLarge.status, code(tooLarge)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const byEditor = await raw('PUT', `/v1/documents/${doc.id}/video/captions`, {
      token: tokens.editor,
      body: CAPTIONS,
      headers: { 'Content-Type': 'text/vtt' },
    });
    expect(byEditor.status).toBe(403);
    const otherVideo = await putCaptions(doc.id, CAPTIONS, { 'If-Match': `"${'0'.repeat(64)}"` });
    expect([otherVideo.status, code(otherVideo)]).toEqual([409, 'STALE_REVISION']);

    const ok = await putCaptions(doc.id, `\ufeff${CAPTIONS}`, { 'If-Match': `"${sha256(file)}"` });
    expect(ok.status).toBe(200);
    expect(ok.json<VideoState>().captions).toMatchObject({ sha256: sha256(CAPTIONS), uploadedBy: 'video-reviewer' });
    const read = await raw('GET', `/v1/documents/${doc.id}/video/captions`, { token: tokens.editor });
    expect([read.status, read.bytes.toString()]).toEqual([200, CAPTIONS]);
    expect(read.headers.get('content-type')).toMatch(/^text\/vtt/);
  });

  it('approval binds to the video, its captions and the source version; the public plays only that', async () => {
    const doc = await createDocument();
    const pub = `/v1/public/documents/${doc.slug}/video`;
    const publicCode = async (path: string): Promise<[number, string | undefined]> => {
      const res = await raw('GET', path);
      return [res.status, res.status === 200 ? undefined : code(res)];
    };
    expect(await publicCode(`${pub}/info`)).toEqual([404, 'NOT_APPROVED']);
    const first = mp4(20_000, { seed: 1 });
    await upload(doc.id, first, 'video/mp4');
    for (const path of [`${pub}/info`, pub, `${pub}/captions`])
      expect(await publicCode(path)).toEqual([404, 'NOT_APPROVED']);
    expect(await publicCode('/v1/public/documents/keine-solche-seite/video')).toEqual([404, 'DOCUMENT_NOT_FOUND']);

    // Someone replaces the video while the reviewer watches the first one: nothing is approved.
    const second = mp4(21_000, { seed: 2 });
    await upload(doc.id, second, 'video/mp4');
    const stale = await approve(doc.id, { sha256: sha256(first), sourceVersion: 1 });
    expect(stale.status).toBe(409);
    const staleError = (stale.body as ErrorReply).error;
    expect(staleError.code).toBe('STALE_REVISION');
    expect(staleError.details).toMatchObject({ current: { sha256: sha256(second), sourceVersion: 1 } });
    expect(
      (await api<VideoState>('GET', `/v1/documents/${doc.id}/video/info`, { token: tokens.reviewer })).body.status,
    ).toBe('unreviewed');

    const byEditor = await approve(doc.id, { sha256: sha256(second), sourceVersion: 1 }, tokens.editor);
    expect(byEditor.status).toBe(403);
    const malformed = await approve(doc.id, { sha256: 'abc', sourceVersion: 1 });
    expect([malformed.status, (malformed.body as ErrorReply).error.code]).toEqual([400, 'VALIDATION_FAILED']);

    // Captions arrive: an approval must name them.
    await putCaptions(doc.id, CAPTIONS);
    const withoutCaptions = await approve(doc.id, { sha256: sha256(second), sourceVersion: 1 });
    expect([withoutCaptions.status, (withoutCaptions.body as ErrorReply).error.code]).toEqual([409, 'STALE_REVISION']);
    const approved = await approve(doc.id, {
      sha256: sha256(second),
      captionsSha256: sha256(CAPTIONS),
      sourceVersion: 1,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approval: { approvedBy: 'video-reviewer', sourceVersion: 1 },
    });

    const info = await api<PublicVideo>('GET', `${pub}/info`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      slug: doc.slug,
      type: 'video/mp4',
      size: second.length,
      sha256: sha256(second),
      url: pub,
      captionsUrl: `${pub}/captions`,
    });
    expect(info.body.label).toMatch(/Dolmetscher/);
    const played = await raw('GET', pub, { headers: { Range: 'bytes=1000-1999' } });
    expect(played.status).toBe(206);
    expect(played.bytes.equals(second.subarray(1000, 2000))).toBe(true);
    expect(played.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(played.headers.get('cache-control')).toBe('public, no-cache');
    const captions = await raw('GET', `${pub}/captions`);
    expect([captions.status, captions.bytes.toString()]).toEqual([200, CAPTIONS]);
    expect(captions.headers.get('content-type')).toMatch(/^text\/vtt/);
    expect(captions.headers.get('etag')).toBe(`"${sha256(CAPTIONS)}"`);

    // New captions were not reviewed: the approval goes, the public stops playing it.
    const changed = CAPTIONS.replace('2.500', '3.000');
    const recaptioned = await putCaptions(doc.id, changed);
    expect(recaptioned.json<VideoState>().status).toBe('unreviewed');
    expect(await publicCode(pub)).toEqual([404, 'NOT_APPROVED']);
    expect(
      (await approve(doc.id, { sha256: sha256(second), captionsSha256: sha256(changed), sourceVersion: 1 })).status,
    ).toBe(200);

    // A new source version: the approval is outdated until a reviewer confirms the video for it.
    const updated = await api<DocumentView>('PUT', `/v1/documents/${doc.id}`, {
      token: tokens.editor,
      body: { source: 'Ihr Termin ist am Dienstag um 10 Uhr.' },
    });
    expect(updated.body.sourceVersion).toBe(2);
    expect(await publicCode(pub)).toEqual([404, 'NOT_APPROVED']);
    expect(await publicCode(`${pub}/info`)).toEqual([404, 'NOT_APPROVED']);
    const outdated = await api<VideoState>('GET', `/v1/documents/${doc.id}/video/info`, { token: tokens.editor });
    expect(outdated.body).toMatchObject({ status: 'outdated', sourceVersion: 1, approval: { sourceVersion: 1 } });
    const oldVersion = await approve(doc.id, {
      sha256: sha256(second),
      captionsSha256: sha256(changed),
      sourceVersion: 1,
    });
    expect([oldVersion.status, (oldVersion.body as ErrorReply).error.details]).toEqual([
      409,
      expect.objectContaining({ current: expect.objectContaining({ sourceVersion: 2 }) }),
    ]);
    const confirmed = await approve(doc.id, {
      sha256: sha256(second),
      captionsSha256: sha256(changed),
      sourceVersion: 2,
    });
    expect(confirmed.body).toMatchObject({ status: 'approved', approval: { sourceVersion: 2 } });
    expect((await api<PublicVideo>('GET', `${pub}/info`)).body.sourceVersion).toBe(2);

    // Revoked: gone from the public face at once, its approver still on record.
    const revoked = await api<VideoState>('POST', `/v1/documents/${doc.id}/video/revoke`, { token: tokens.reviewer });
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      approval: { approvedBy: 'video-reviewer', revokedBy: 'video-reviewer' },
    });
    expect(await publicCode(pub)).toEqual([404, 'NOT_APPROVED']);

    // Every step is in the history with ids and hashes, never the captions' or the source's text.
    const history = await api<DocumentHistory>('GET', `/v1/documents/${doc.id}/history`, { token: tokens.editor });
    const actions = history.body.events.map((e) => e.action).filter((a) => a.startsWith('video.'));
    expect(actions).toEqual([
      'video.upload',
      'video.upload',
      'video.captions_upload',
      'video.approve',
      'video.captions_upload',
      'video.approve',
      'video.approve',
      'video.revoke',
    ]);
    const upload2 = history.body.events.filter((e) => e.action === 'video.upload')[1]!;
    expect(upload2.details).toMatchObject({ sha256: sha256(second), type: 'video/mp4', bytes: second.length });
    expect(history.body.events.find((e) => e.action === 'video.captions_upload')!.details).toMatchObject({
      captionsSha256: sha256(CAPTIONS),
    });
    const { rows } = await server.store.sql.query<{ details: unknown }>(
      "SELECT details FROM audit_log WHERE entity_id = $1 AND action LIKE 'video.%'",
      [doc.id],
    );
    const audit = JSON.stringify(rows);
    expect(audit).not.toContain(CAPTION_TEXT);
    expect(audit).not.toContain('Dienstag');
    expect(server.logs.join('\n')).not.toContain(CAPTION_TEXT);
  });

  it('a reviewer deletes a video with its captions', async () => {
    const doc = await createDocument();
    await upload(doc.id, webm(3000), 'video/webm');
    const byEditor = await raw('DELETE', `/v1/documents/${doc.id}/video`, { token: tokens.editor });
    expect(byEditor.status).toBe(403);
    const deleted = await raw('DELETE', `/v1/documents/${doc.id}/video`, { token: tokens.reviewer });
    expect(deleted.status).toBe(204);
    const info = await raw('GET', `/v1/documents/${doc.id}/video/info`, { token: tokens.editor });
    expect([info.status, code(info)]).toEqual([404, 'VIDEO_NOT_FOUND']);
    const history = await api<DocumentHistory>('GET', `/v1/documents/${doc.id}/history`, { token: tokens.editor });
    expect(history.body.events.map((e) => e.action)).toContain('video.delete');
  });

  it('serves a video larger than one read chunk in one piece and by ranges across chunks', async () => {
    const doc = await createDocument();
    // Over 1 MiB needs a higher limit than this server's; the store is filled directly.
    const big = mp4(1024 * 1024 + 300_000, { seed: 3 });
    await server.store.videos.put({ documentId: doc.id, mimeType: 'video/mp4', bytes: big, actor: 'test' });
    const whole = await raw('GET', `/v1/documents/${doc.id}/video`, { token: tokens.editor });
    expect(whole.bytes.equals(big)).toBe(true);
    const start = 1024 * 1024 - 100;
    const across = await raw('GET', `/v1/documents/${doc.id}/video`, {
      token: tokens.editor,
      headers: { Range: `bytes=${start}-${start + 199}` },
    });
    expect(across.bytes.equals(big.subarray(start, start + 200))).toBe(true);
  });
}

describe('interpreter videos on PGlite', () => {
  videoSuite('pglite');
});

describeWithPart(postgresPart())('interpreter videos on PostgreSQL', () => {
  videoSuite('postgres');
});

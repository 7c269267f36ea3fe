import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { VideoState } from '@bbs/protocol';
import { problemMessage } from '../net/service.js';
import type { VideoApi } from './video-api.js';
import { formatTime, VIDEO_STATUS_LABELS } from './labels.js';

const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

/** The border colour of the section, as for text targets; the state is always written out as well. */
const tone = (state: VideoState | null): string =>
  state?.status === 'approved' ? 'approved' : state?.status === 'outdated' ? 'outdated' : 'machine';

/**
 * The interpreter's DGS video of a document: signing reviewers upload it (and WebVTT captions), watch it and
 * approve or revoke it; the public page plays it instead of the avatar once approved for the current text.
 */
export function VideoSection({
  api,
  documentId,
  sourceVersion,
  onChanged,
}: {
  api: VideoApi;
  documentId: string;
  sourceVersion: number;
  onChanged: () => void;
}) {
  const [state, setState] = useState<VideoState | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ video: string; captions: string | null } | null>(null);
  const videoFile = useRef<HTMLInputElement>(null);
  const captionsFile = useRef<HTMLInputElement>(null);

  const closePreview = useCallback(() => {
    setPreview((p) => {
      if (p) {
        URL.revokeObjectURL(p.video);
        if (p.captions) URL.revokeObjectURL(p.captions);
      }
      return null;
    });
  }, []);

  useEffect(() => {
    void api
      .info(documentId)
      .then(setState)
      .catch((err: unknown) => setMessage(problemMessage(err, 'Laden nicht möglich')));
    return closePreview;
  }, [api, documentId, closePreview]);

  const run = async (working: string, work: () => Promise<VideoState>, done: string) => {
    setBusy(true);
    setMessage(working);
    try {
      const next = await work();
      closePreview();
      setState(next);
      setMessage(done);
      onChanged();
    } catch (err) {
      setMessage(problemMessage(err));
      // After a refusal (a newer video, other captions) the person sees what is stored now.
      setState(await api.info(documentId).catch(() => state));
    } finally {
      setBusy(false);
    }
  };

  const upload = (e: FormEvent) => {
    e.preventDefault();
    const file = videoFile.current?.files?.[0];
    if (!file) return setMessage('Bitte wählen Sie zuerst eine Videodatei.');
    void run(
      'Lade das Video hoch …',
      () => api.upload(documentId, file),
      'Video hochgeladen. Es ist noch nicht freigegeben.',
    ).then(() => {
      if (videoFile.current) videoFile.current.value = '';
    });
  };

  const uploadCaptions = (e: FormEvent) => {
    e.preventDefault();
    const file = captionsFile.current?.files?.[0];
    if (!file || !state) return setMessage('Bitte wählen Sie zuerst eine Untertitel-Datei (.vtt).');
    void run(
      'Lade die Untertitel hoch …',
      () => api.captions(documentId, file, state.sha256),
      'Untertitel hochgeladen. Bitte prüfen und geben Sie das Video neu frei.',
    );
  };

  const watch = async () => {
    if (!state) return;
    setMessage('Lade das Video …');
    try {
      closePreview();
      setPreview(await api.preview(documentId, state));
      setMessage('');
    } catch (err) {
      setMessage(problemMessage(err));
    }
  };

  return (
    <section aria-labelledby="video-heading" className={`target status-${tone(state)}`}>
      <h2 id="video-heading">
        Gebärdensprach-Video (Dolmetscherin/Dolmetscher)
        {state && <span className="badge">{VIDEO_STATUS_LABELS[state.status]}</span>}
      </h2>
      <p className="meta">
        Ein freigegebenes Video zeigt die Seite statt des Avatars. Hochladen und freigeben dürfen nur Prüferinnen und
        Prüfer für Gebärdensprache.
      </p>
      {state ? (
        <>
          <p className="meta">
            {state.type === 'video/webm' ? 'WebM' : 'MP4'}, {megabytes(state.size)}, hochgeladen von {state.uploadedBy}{' '}
            am {formatTime(state.uploadedAt)} (zu Fassung {state.sourceVersion}).{' '}
            {state.captions
              ? `Untertitel von ${state.captions.uploadedBy}, ${formatTime(state.captions.uploadedAt)}.`
              : 'Ohne Untertitel.'}
            {state.approval &&
              ` Freigegeben von ${state.approval.approvedBy} am ${formatTime(state.approval.approvedAt)} (Fassung ${state.approval.sourceVersion})` +
                (state.approval.revokedBy ? `, zurückgezogen von ${state.approval.revokedBy}.` : '.')}
          </p>
          {preview ? (
            <video
              className="stage"
              controls
              playsInline
              src={preview.video}
              aria-label="Gebärdensprach-Video, Vorschau"
            >
              {preview.captions && (
                <track kind="captions" srcLang="de" label="Deutsch" src={preview.captions} default />
              )}
            </video>
          ) : (
            <div className="row">
              <button type="button" onClick={() => void watch()}>
                Video ansehen
              </button>
            </div>
          )}
          <div className="row">
            <button
              type="button"
              disabled={busy || state.status === 'approved'}
              onClick={() =>
                void run(
                  'Gebe das Video frei …',
                  () => api.approve(documentId, state, sourceVersion),
                  'Video freigegeben. Die Seite zeigt jetzt dieses Video.',
                )
              }
            >
              Video freigeben
            </button>
            {(state.status === 'approved' || state.status === 'outdated') && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(
                    'Ziehe die Freigabe zurück …',
                    () => api.revoke(documentId),
                    'Freigabe des Videos zurückgezogen.',
                  )
                }
              >
                Freigabe des Videos zurückziehen
              </button>
            )}
          </div>
        </>
      ) : (
        <p>Noch kein Video.</p>
      )}
      <form onSubmit={upload} className="row">
        <label htmlFor="video-file">Videodatei (MP4 oder WebM)</label>
        <input id="video-file" ref={videoFile} type="file" accept="video/mp4,video/webm" />
        <button type="submit" disabled={busy}>
          {state ? 'Neues Video hochladen' : 'Video hochladen'}
        </button>
      </form>
      {state && (
        <form onSubmit={uploadCaptions} className="row">
          <label htmlFor="video-captions">Untertitel (WebVTT, .vtt)</label>
          <input id="video-captions" ref={captionsFile} type="file" accept=".vtt,text/vtt" />
          <button type="submit" disabled={busy}>
            Untertitel hochladen
          </button>
        </form>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

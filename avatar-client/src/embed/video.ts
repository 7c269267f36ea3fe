// A human interpreter's video comes before any avatar: when the page's document has an approved video for
// its current text, the embed plays it (with its German captions) in the stage instead of the avatar.

/** The approved video of a page, as `GET /v1/public/documents/:slug/video/info` describes it. */
export interface ApprovedVideo {
  src: URL;
  captions: URL | null;
  label: string;
}

/** Read by screen readers for the player itself. */
export const VIDEO_NAME = 'Gebärdensprach-Video (Dolmetscherin/Dolmetscher)';

export const VIDEO_CSS = `
.stage > video { position: absolute; inset: 0; width: 100%; height: 100%; background: #1b1f24; }
video:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
`;

/** The page's approved video, or null when there is none (or the service cannot say: the avatar still works). */
export async function approvedVideo(publicDocuments: URL, slug: string): Promise<ApprovedVideo | null> {
  try {
    const res = await fetch(new URL(`${slug}/video/info`, publicDocuments));
    if (!res.ok) return null;
    const info = (await res.json()) as { url: string; captionsUrl?: string; label: string };
    return {
      src: new URL(info.url, publicDocuments),
      captions: info.captionsUrl ? new URL(info.captionsUrl, publicDocuments) : null,
      label: info.label,
    };
  } catch {
    return null;
  }
}

/**
 * A player for the video. It starts by itself only when the reader did not ask for reduced motion (the
 * click that opened the embed allows sound); otherwise the reader starts it. `onError`: it cannot be played.
 */
export function videoPlayer(
  video: ApprovedVideo,
  options: { autoplay: boolean; onError: () => void },
): HTMLVideoElement {
  const el = document.createElement('video');
  el.controls = true;
  el.playsInline = true;
  el.preload = 'metadata';
  // CORS, so the captions track (another origin than the city page) may load; the service answers the city sites.
  el.crossOrigin = 'anonymous';
  el.setAttribute('aria-label', VIDEO_NAME);
  el.lang = 'de';
  el.src = video.src.href;
  if (video.captions) {
    const track = document.createElement('track');
    track.kind = 'captions';
    track.srclang = 'de';
    track.label = 'Deutsch';
    track.src = video.captions.href;
    track.default = true;
    el.append(track);
  }
  el.append('Ihr Browser kann dieses Video nicht abspielen.');
  el.addEventListener('error', options.onError, { once: true });
  if (options.autoplay) {
    el.addEventListener('canplay', () => void el.play().catch(() => undefined), { once: true });
  }
  return el;
}

import { STREAM_PATH } from '@bbs/protocol';

/** The service's `/v1/stream` as seen from a page under the client's base (`/app/`). */
export function streamUrl(query: Record<string, string> = {}): string {
  const url = new URL(`..${STREAM_PATH}`, new URL(import.meta.env.BASE_URL, location.href));
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

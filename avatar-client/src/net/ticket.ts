import type { StreamTicket } from '@bbs/protocol';
import { serviceRoot } from './service.js';
import { StreamError } from './stream.js';
import { streamUrl } from './url.js';

/**
 * The stream address for a key: a fresh single-use ticket for every connection, so the key itself never
 * appears in a URL (where proxies and servers would log it).
 */
export function ticketUrl(token: string): () => Promise<string> {
  return async () => {
    const res = await fetch(new URL('v1/stream/ticket', serviceRoot()), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'de' },
    });
    if (res.status === 401 || res.status === 403) {
      throw new StreamError('UNAUTHORIZED', 'Der Zugangsschlüssel gilt nicht (mehr).');
    }
    if (!res.ok) throw new StreamError('HTTP', `Der Dienst antwortet mit ${res.status}.`);
    const { ticket } = (await res.json()) as StreamTicket;
    return streamUrl({ ticket });
  };
}

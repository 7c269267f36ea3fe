// Single-use tickets for opening the WebSocket from a browser, which cannot set an Authorization header on
// it: a key in the URL would be written to proxy and server logs and kept there, a ticket is worth nothing
// half a minute later or once used. Kept in this process's memory, like the counter channels they open.
import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from '../http/auth.js';

export const TICKET_TTL_MS = 30_000;
/** Bounds memory when a client asks for tickets and never uses them. */
const MAX_OPEN_TICKETS = 10_000;
const TICKET = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (ticket: string): string => createHash('sha256').update(ticket, 'utf8').digest('hex');

export class StreamTickets {
  private readonly open = new Map<string, { principal: Principal; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(principal: Principal): { ticket: string; expiresAt: Date } {
    this.dropExpired();
    if (this.open.size >= MAX_OPEN_TICKETS) {
      // The oldest ticket goes first; Map keeps insertion order.
      const oldest = this.open.keys().next().value;
      if (oldest !== undefined) this.open.delete(oldest);
    }
    const ticket = randomBytes(32).toString('base64url');
    const expires = this.now() + TICKET_TTL_MS;
    this.open.set(hashOf(ticket), { principal, expires });
    return { ticket, expiresAt: new Date(expires) };
  }

  /** The ticket's holder, once: a second use, an expired or an unknown ticket gives undefined. */
  redeem(ticket: string): Principal | undefined {
    if (!TICKET.test(ticket)) return undefined;
    const key = hashOf(ticket);
    const entry = this.open.get(key);
    this.open.delete(key);
    return entry && entry.expires > this.now() ? entry.principal : undefined;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.open) if (entry.expires <= now) this.open.delete(key);
  }
}

// Who is calling: a bearer token is either the ADMIN_TOKEN of the environment (so a fresh install can
// make its first keys) or an API key from the store. Write routes name the roles they accept.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { ApiKeyRepository, Role } from '../store/index.js';
import { ApiError } from './errors.js';

export interface Principal {
  /** Shown as the actor in the audit log and in approvals. */
  name: string;
  role: Role;
  /** A `screen` key's one channel. */
  channel?: string;
}

export interface Authenticator {
  /** The principal a token belongs to; undefined for no, an unknown or a revoked token. */
  authenticate(token: string | undefined): Promise<Principal | undefined>;
}

/** The name approvals and the audit log show for the ADMIN_TOKEN. */
export const ADMIN_TOKEN_ACTOR = 'admin-token';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createAuthenticator(keys: ApiKeyRepository, adminToken: string | undefined): Authenticator {
  return {
    async authenticate(token) {
      if (!token) return undefined;
      if (adminToken && sameSecret(token, adminToken)) return { name: ADMIN_TOKEN_ACTOR, role: 'admin' };
      const key = await keys.verify(token);
      if (!key) return undefined;
      return { name: key.name, role: key.role, ...(key.channel ? { channel: key.channel } : {}) };
    },
  };
}

/** The bearer token of a request, if any; the scheme's name is case-insensitive (RFC 9110 §11.1). */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

const principals = new WeakMap<Request, Principal>();

/** The caller of a route behind `requireRole`. */
export function principalOf(req: Request): Principal {
  const principal = principals.get(req);
  if (!principal) throw new Error('principalOf: route is not behind requireRole');
  return principal;
}

/**
 * Lets the request through when its token's role is one of `roles` (admin always is): 401 without a
 * valid token, 403 with a role that may not.
 */
export function requireRole(auth: Authenticator, ...roles: Role[]) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const principal = await auth.authenticate(bearerToken(req));
      if (!principal) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="buergerservice"');
        throw new ApiError('UNAUTHORIZED');
      }
      if (principal.role !== 'admin' && !roles.includes(principal.role)) {
        throw new ApiError('FORBIDDEN', { role: principal.role, allowed: [...roles, 'admin'] });
      }
      principals.set(req, principal);
      next();
    } catch (err) {
      next(err);
    }
  };
}

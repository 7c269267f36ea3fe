import { CreateScreenPairingRequestSchema, PairScreenRequestSchema } from '@bbs/protocol';
import type { PairedScreen, ScreenPairingView, StreamTicket } from '@bbs/protocol';
import { Router } from 'express';
import type { ScreenPairingRepository } from '../store/index.js';
import { ROLES, StoreError } from '../store/index.js';
import type { StreamTickets } from '../ws/stream-tickets.js';
import type { Authenticator } from './auth.js';
import { principalOf, requireRole } from './auth.js';
import { ApiError } from './errors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/**
 * Who may see a counter screen: counter staff pair a screen for one channel with a short code, the screen
 * trades the code for its own `screen` key, and every browser opens the WebSocket with a single-use ticket
 * instead of putting its key in the URL.
 */
export function counterRoutes(deps: {
  auth: Authenticator;
  pairings: ScreenPairingRepository;
  tickets: StreamTickets;
}): Router {
  const router = Router();
  const anyKey = requireRole(deps.auth, ...ROLES);
  const counter = requireRole(deps.auth, 'counter');

  router
    .route('/v1/stream/ticket')
    .post(anyKey, (req, res) => {
      const { ticket, expiresAt } = deps.tickets.issue(principalOf(req));
      const body: StreamTicket = { ticket, expiresAt: expiresAt.toISOString() };
      res.status(201).setHeader('Cache-Control', 'no-store').json(body);
    })
    .all(methodNotAllowed);

  router
    .route('/v1/screens')
    .post(counter, async (req, res) => {
      const { channel, name } = parseBody(req, CreateScreenPairingRequestSchema);
      const pairing = await deps.pairings.create({
        channel,
        screenName: name ?? `bildschirm-${channel}`,
        actor: principalOf(req).name,
      });
      const body: ScreenPairingView = { ...pairing, expiresAt: pairing.expiresAt.toISOString() };
      res.status(201).setHeader('Cache-Control', 'no-store').json(body);
    })
    .all(methodNotAllowed);

  router
    .route('/v1/screens/pair')
    .post(async (req, res) => {
      const { code } = parseBody(req, PairScreenRequestSchema);
      try {
        const key = await deps.pairings.redeem(code);
        const body: PairedScreen = { token: key.token, channel: key.channel!, name: key.name };
        res.status(201).setHeader('Cache-Control', 'no-store').json(body);
      } catch (err) {
        if (err instanceof StoreError && err.code === 'not_found') throw new ApiError('PAIRING_CODE_INVALID');
        throw err;
      }
    })
    .all(methodNotAllowed);

  return router;
}

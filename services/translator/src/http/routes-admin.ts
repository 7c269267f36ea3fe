import { CreateKeyRequestSchema } from '@bbs/protocol';
import { Router } from 'express';
import type { ApiKey, ApiKeyRepository } from '../store/index.js';
import { StoreError } from '../store/index.js';
import type { Authenticator } from './auth.js';
import { principalOf, requireRole } from './auth.js';
import { ApiError } from './errors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

const keyView = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  ...(k.channel ? { channel: k.channel } : {}),
  createdAt: k.createdAt.toISOString(),
  ...(k.revokedAt ? { revokedAt: k.revokedAt.toISOString() } : {}),
});

/**
 * API keys, for admins. With PGlite only the running service may open the store, so keys are made here
 * (or with `npm run keys` while the service is stopped).
 */
export function adminRoutes(deps: { keys: ApiKeyRepository; auth: Authenticator }): Router {
  const router = Router();
  const admin = requireRole(deps.auth, 'admin');

  router
    .route('/v1/admin/keys')
    .get(admin, async (_req, res) => {
      res.json({ keys: (await deps.keys.list()).map(keyView) });
    })
    .post(admin, async (req, res) => {
      const { name, role, channel } = parseBody(req, CreateKeyRequestSchema);
      const key = await deps.keys.create({ name, role, channel, actor: principalOf(req).name });
      res.status(201).json({ ...keyView(key), token: key.token });
    })
    .all(methodNotAllowed);

  router
    .route('/v1/admin/keys/:id')
    .delete(admin, async (req, res) => {
      try {
        res.json(keyView(await deps.keys.revoke(String(req.params.id), principalOf(req).name)));
      } catch (err) {
        if (err instanceof StoreError && err.code === 'not_found') throw new ApiError('NOT_FOUND');
        throw err;
      }
    })
    .all(methodNotAllowed);

  return router;
}

import {
  ApproveRequestSchema,
  CreateDocumentRequestSchema,
  EditTargetRequestSchema,
  UpdateSourceRequestSchema,
} from '@bbs/protocol';
import { Router } from 'express';
import type { ReviewService } from '../review/review-service.js';
import type { Authenticator } from './auth.js';
import { principalOf, requireRole } from './auth.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/**
 * The editorial workflow (`/v1/documents…`): every route needs a key. Editors write sources and edit and
 * approve texts; reviewers edit and approve, DGS included (the service checks that per target).
 */
export function documentRoutes(deps: { review: ReviewService; auth: Authenticator }): Router {
  const router = Router();
  const staff = requireRole(deps.auth, 'editor', 'reviewer');
  const editor = requireRole(deps.auth, 'editor');

  router
    .route('/v1/documents')
    .get(staff, async (_req, res) => {
      res.json(await deps.review.list());
    })
    .post(editor, async (req, res) => {
      const body = parseBody(req, CreateDocumentRequestSchema);
      const view = await deps.review.create(body, principalOf(req));
      res.status(201).location(`/v1/documents/${view.id}`).json(view);
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id')
    .get(staff, async (req, res) => {
      const doc = await deps.review.get(String(req.params.id));
      res.json(await deps.review.view(doc));
    })
    .put(editor, async (req, res) => {
      const { source } = parseBody(req, UpdateSourceRequestSchema);
      res.json(await deps.review.updateSource(String(req.params.id), source, principalOf(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/history')
    .get(staff, async (req, res) => {
      res.json(await deps.review.history(String(req.params.id)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/targets/:target')
    .put(staff, async (req, res) => {
      const body = parseBody(req, EditTargetRequestSchema);
      res.json(await deps.review.edit(String(req.params.id), String(req.params.target), body, principalOf(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/targets/:target/approve')
    .post(staff, async (req, res) => {
      const body = parseBody(req, ApproveRequestSchema);
      const { id, target } = req.params;
      res.json(await deps.review.approve(String(id), String(target), body, principalOf(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/targets/:target/revoke')
    .post(staff, async (req, res) => {
      const { id, target } = req.params;
      res.json(await deps.review.revoke(String(id), String(target), principalOf(req)));
    })
    .all(methodNotAllowed);

  return router;
}

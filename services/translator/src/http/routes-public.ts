import { Router } from 'express';
import type { ReviewService } from '../review/review-service.js';
import { methodNotAllowed } from './method-not-allowed.js';

/**
 * What a city page and its embed read, without a key: which targets of a page are approved, and the
 * approved text or timeline of one. Machine output never comes from here (on-demand machine output is
 * `/v1/translate`, labelled `machine`).
 */
export function publicRoutes(deps: { review: ReviewService }): Router {
  const router = Router();

  router
    .route('/v1/public/documents/:slug')
    .get(async (req, res) => {
      // Revalidated on every use: a revoked approval must disappear from pages at once.
      res.setHeader('Cache-Control', 'public, no-cache');
      res.json(await deps.review.publicDocument(String(req.params.slug)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/public/documents/:slug/:target')
    .get(async (req, res) => {
      const { body, approvalId } = await deps.review.publicTarget(String(req.params.slug), String(req.params.target));
      // An approval never changes, so its id names the content; Express answers 304 to a matching If-None-Match.
      res.setHeader('ETag', `"${approvalId}"`);
      res.setHeader('Cache-Control', 'public, no-cache');
      res.json(body);
    })
    .all(methodNotAllowed);

  return router;
}

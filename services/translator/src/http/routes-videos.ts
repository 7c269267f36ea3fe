import { ApproveVideoRequestSchema, CAPTIONS_TYPE, MAX_CAPTIONS_BYTES, VIDEO_TYPES } from '@bbs/protocol';
import express, { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { declaredType, type VideoService } from '../video/video-service.js';
import type { Authenticator } from './auth.js';
import { principalOf, requireRole } from './auth.js';
import { ApiError } from './errors.js';
import { sendMedia } from './media-response.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/**
 * Interpreter videos: signing reviewers upload, caption, approve and revoke a document's DGS video (editors
 * may watch it); the public plays only an approved video of the current source. Register before
 * publicRoutes: `/v1/public/documents/:slug/:target` would take `…/video` as a target.
 */
export function videoRoutes(deps: { videos: VideoService; auth: Authenticator; maxBytes: number }): Router {
  const router = Router();
  const staff = requireRole(deps.auth, 'editor', 'reviewer');
  // Like DGS glosses: only signing reviewers decide what is published as signed.
  const reviewer = requireRole(deps.auth, 'reviewer');
  const id = (req: Request): string => String(req.params.id);
  // The document is looked up before a body of up to VIDEO_MAX_BYTES is read for it.
  const documentExists = async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    try {
      await deps.videos.document(id(req));
      next();
    } catch (err) {
      next(err);
    }
  };
  const videoBody = express.raw({
    type: (req) => (VIDEO_TYPES as readonly string[]).includes(declaredType(req.headers['content-type']) ?? ''),
    limit: deps.maxBytes,
  });
  const captionsBody = express.raw({ type: CAPTIONS_TYPE, limit: MAX_CAPTIONS_BYTES });

  router
    .route('/v1/documents/:id/video')
    .get(staff, async (req, res) => {
      await sendMedia(req, res, await deps.videos.staffMedia(id(req)));
    })
    .put(reviewer, documentExists, videoBody, async (req, res) => {
      const declared = declaredType(req.headers['content-type']);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw new ApiError('UNSUPPORTED_VIDEO', { declared: declared ?? null, accepted: VIDEO_TYPES });
      }
      res.json(await deps.videos.upload(id(req), declared, req.body, principalOf(req)));
    })
    .delete(reviewer, async (req, res) => {
      await deps.videos.remove(id(req), principalOf(req));
      res.status(204).end();
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/video/info')
    .get(staff, async (req, res) => {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(await deps.videos.state(id(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/video/captions')
    .get(staff, async (req, res) => {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.type(CAPTIONS_TYPE).send(await deps.videos.captions(id(req)));
    })
    .put(reviewer, documentExists, captionsBody, async (req, res) => {
      const charset = /;\s*charset=([^;\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.replace(/"/g, '');
      if (!Buffer.isBuffer(req.body) || (charset && charset.toLowerCase() !== 'utf-8')) {
        throw new ApiError('INVALID_CAPTIONS', { line: 0, reason: `send ${CAPTIONS_TYPE} in UTF-8` });
      }
      const ifMatch = /^"([0-9a-f]{64})"$/.exec(req.headers['if-match'] ?? '')?.[1];
      if (req.headers['if-match'] && req.headers['if-match'] !== '*' && !ifMatch) {
        throw new ApiError('VALIDATION_FAILED', [{ path: 'If-Match', message: 'the video’s ETag, "<sha256>"' }]);
      }
      res.json(await deps.videos.setCaptions(id(req), req.body, ifMatch, principalOf(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/video/approve')
    .post(reviewer, async (req, res) => {
      const body = parseBody(req, ApproveVideoRequestSchema);
      res.json(await deps.videos.approve(id(req), body, principalOf(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/documents/:id/video/revoke')
    .post(reviewer, async (req, res) => {
      res.json(await deps.videos.revoke(id(req), principalOf(req)));
    })
    .all(methodNotAllowed);

  // The public face: approved and current only, readable from city pages (the embed plays it there).
  const crossOrigin = (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  };
  const slug = (req: Request): string => String(req.params.slug);

  router
    .route('/v1/public/documents/:slug/video/info')
    .get(async (req, res) => {
      res.setHeader('Cache-Control', 'public, no-cache');
      res.json(await deps.videos.publicInfo(slug(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/public/documents/:slug/video')
    .get(crossOrigin, async (req, res) => {
      await sendMedia(req, res, await deps.videos.publicMedia(slug(req)));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/public/documents/:slug/video/captions')
    .get(crossOrigin, async (req, res) => {
      const { text, sha256 } = await deps.videos.publicCaptions(slug(req));
      res.setHeader('ETag', `"${sha256}"`);
      res.setHeader('Cache-Control', 'public, no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      res.type(CAPTIONS_TYPE).send(text);
    })
    .all(methodNotAllowed);

  return router;
}

import { GLOSS_ID, SignCorrectionRequestSchema } from '@bbs/protocol';
import type { SignEntry } from '@bbs/protocol';
import { Router } from 'express';
import type { DgsEngine } from '../engines/dgs.js';
import type { SignReviewRepository } from '../store/index.js';
import type { Authenticator } from './auth.js';
import { principalOf, requireRole } from './auth.js';
import { ApiError } from './errors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/**
 * The sign lexicon as it stands (`GET`, public: it holds no personal data) and signing reviewers' decisions
 * on it: approve a draft sign, or correct its parameters. Decisions are stored, laid over the shipped
 * lexicon at once, and audited.
 */
export function lexiconRoutes(deps: { dgs: DgsEngine; reviews: SignReviewRepository; auth: Authenticator }): Router {
  const router = Router();
  const reviewer = requireRole(deps.auth, 'reviewer');
  const staff = requireRole(deps.auth, 'editor', 'reviewer');

  const signOf = (id: string): SignEntry => {
    const sign = GLOSS_ID.test(id) ? deps.dgs.signData.sign(id) : undefined;
    if (!sign) throw new ApiError('NOT_FOUND', { sign: id.slice(0, 64) });
    return sign;
  };
  const today = (): string => new Date().toISOString().slice(0, 10);
  const record = async (action: 'approve' | 'correct', entry: SignEntry, actor: string): Promise<SignEntry> => {
    await deps.reviews.record({ action, entry, reviewer: actor });
    deps.dgs.applyReviewedSigns([entry]);
    return entry;
  };

  router
    .route('/v1/lexicon/signs')
    .get((_req, res) => {
      res.json({ signs: deps.dgs.signs() });
    })
    .all(methodNotAllowed);

  router
    .route('/v1/lexicon/signs/:id')
    .get((req, res) => {
      res.json(signOf(String(req.params.id)));
    })
    .put(reviewer, async (req, res) => {
      const current = signOf(String(req.params.id));
      const { entry, approve } = parseBody(req, SignCorrectionRequestSchema);
      if (entry.id !== current.id) {
        throw new ApiError('VALIDATION_FAILED', [{ path: 'entry.id', message: 'must be the gloss of the address' }]);
      }
      const shapes = [entry.dominant.handshape, entry.nondominant?.handshape].filter((h): h is string => !!h);
      const unknown = shapes.filter((h) => !deps.dgs.handshapes.has(h));
      if (unknown.length > 0) {
        throw new ApiError('VALIDATION_FAILED', [{ path: 'entry.dominant.handshape', message: 'unknown handshape' }]);
      }
      const actor = principalOf(req).name;
      const review = approve
        ? { status: 'approved' as const, reviewer: actor, date: today() }
        : ({ status: 'draft' } as const);
      res.json(await record('correct', { ...entry, review }, actor));
    })
    .all(methodNotAllowed);

  router
    .route('/v1/lexicon/signs/:id/approve')
    .post(reviewer, async (req, res) => {
      const current = signOf(String(req.params.id));
      const actor = principalOf(req).name;
      res.json(
        await record('approve', { ...current, review: { status: 'approved', reviewer: actor, date: today() } }, actor),
      );
    })
    .all(methodNotAllowed);

  router
    .route('/v1/lexicon/signs/:id/history')
    .get(staff, async (req, res) => {
      const sign = signOf(String(req.params.id));
      const reviews = await deps.reviews.history(sign.id);
      res.json({
        reviews: reviews.map((r) => ({
          action: r.action,
          reviewer: r.reviewer,
          reviewedAt: r.reviewedAt.toISOString(),
          entry: r.entry,
        })),
      });
    })
    .all(methodNotAllowed);

  return router;
}

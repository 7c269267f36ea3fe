import { sameFormGroups } from '@bbs/gloss-dictionary';
import {
  GLOSS_ID,
  ownSegments,
  palmAcrossFingers,
  resolveSegments,
  SignCorrectionRequestSchema,
  SignFormError,
} from '@bbs/protocol';
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
      checkCorrection(deps.dgs, entry);
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

/**
 * A corrected entry must be signable as it stands: every handshape (of every segment and variant) in the
 * inventory and held in an orientation a hand can take, every part of a compound in the lexicon without a cycle, and a form no other sign has, unless that
 * was so before the correction or both signs document the homonym.
 */
function checkCorrection(dgs: DgsEngine, entry: SignEntry): void {
  const segments = [
    ...ownSegments(entry).map((s, i) => ({ path: entry.segments ? `entry.segments.${i}` : 'entry', s })),
    ...(entry.variants ?? []).flatMap((v, i) =>
      (v.segments ?? []).map((s, j) => ({ path: `entry.variants.${i}.segments.${j}`, s })),
    ),
  ];
  const issues = segments.flatMap(({ path, s }) =>
    (['dominant', 'nondominant'] as const).flatMap((hand) => {
      const config = s[hand];
      if (!config) return [];
      return [
        ...(dgs.handshapes.has(config.handshape)
          ? []
          : [{ path: `${path}.${hand}.handshape`, message: 'unknown handshape' }]),
        ...(palmAcrossFingers(config.palm, config.fingers)
          ? []
          : [{ path: `${path}.${hand}.palm`, message: 'the palm must face at right angles to the fingers' }]),
      ];
    }),
  );
  if (issues.length > 0) throw new ApiError('VALIDATION_FAILED', issues);
  const lookup = (id: string) => (id === entry.id ? entry : dgs.signData.sign(id));
  try {
    resolveSegments(entry, lookup);
    for (const variant of entry.variants ?? []) resolveSegments(entry, lookup, { variant });
  } catch (error) {
    if (!(error instanceof SignFormError)) throw error;
    throw new ApiError('VALIDATION_FAILED', [{ path: 'entry.sequence', message: error.message }]);
  }
  const involves = (group: string[]) => group.some((label) => label.split(' ')[0] === entry.id);
  const before = new Set(
    sameFormGroups(dgs.signs())
      .filter(involves)
      .map((g) => g.join()),
  );
  const after = sameFormGroups(dgs.signs().map((s) => (s.id === entry.id ? entry : s))).filter(involves);
  const fresh = after.filter((g) => !before.has(g.join()));
  if (fresh.length > 0) {
    throw new ApiError(
      'VALIDATION_FAILED',
      fresh.map((g) => ({
        path: 'entry',
        message: `same form as ${g.filter((l) => l.split(' ')[0] !== entry.id).join(', ')}`,
      })),
    );
  }
}

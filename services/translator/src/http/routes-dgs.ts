import { GlossRequestSchema, SignRequestSchema } from '@bbs/protocol';
import { concatTimelines } from '@bbs/language';
import { SigmlError } from '@bbs/gloss-dictionary/sigml';
import type { Timeline } from '@bbs/protocol';
import { Router } from 'express';
import type { DgsEngine } from '../engines/dgs.js';
import { MACHINE_LABEL } from '../engines/translation-service.js';
import { ApiError } from './errors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/** `POST /v1/gloss` (German → glosses) and `POST /v1/sign` (German or glosses → timeline). */
export function dgsRoutes(deps: { dgs: DgsEngine }): Router {
  const router = Router();
  const review = { status: 'machine' as const, label: MACHINE_LABEL };

  router
    .route('/v1/gloss')
    .post((req, res) => {
      const { text } = parseBody(req, GlossRequestSchema);
      res.json({ sentences: deps.dgs.gloss(text), review });
    })
    .all(methodNotAllowed);

  router
    .route('/v1/sign')
    .post((req, res) => {
      const body = parseBody(req, SignRequestSchema);
      const speed = body.speed ?? 1;
      if ('sigml' in body) {
        const timeline = sigmlTimeline(deps.dgs, body.sigml, speed);
        res.json({ timeline, sentences: [timeline], review });
        return;
      }
      const sentences = 'text' in body ? deps.dgs.gloss(body.text) : [deps.dgs.fromGlosses(body.glosses)];
      const timelines = sentences.map((s, i) => deps.dgs.timeline(s, speed, i === sentences.length - 1));
      res.json({ timeline: concatTimelines(timelines), sentences: timelines, review });
    })
    .all(methodNotAllowed);

  return router;
}

/** A SiGML document's timeline; what cannot be read answers 400 INVALID_SIGML, saying what and where. */
function sigmlTimeline(dgs: DgsEngine, sigml: string, speed: number): Timeline {
  try {
    return dgs.sigmlTimeline(sigml, speed);
  } catch (error) {
    if (!(error instanceof SigmlError)) throw error;
    throw new ApiError('INVALID_SIGML', { reason: error.code, message: error.message, ...error.where });
  }
}

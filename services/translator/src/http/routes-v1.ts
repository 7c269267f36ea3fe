import { SOURCE_LANGUAGE, TranslateRequestSchema } from '@bbs/protocol';
import type { TargetResult, TranslateResponse } from '@bbs/protocol';
import { Router } from 'express';
import type { EngineRegistry } from '../engines/registry.js';
import type { TranslationService } from '../engines/translation-service.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

export function v1Routes(deps: {
  registry: EngineRegistry;
  translation: TranslationService;
  openApi: () => unknown;
}): Router {
  const router = Router();

  router
    .route('/v1/languages')
    .get((_req, res) => {
      res.json({ source: SOURCE_LANGUAGE, languages: deps.registry.available() });
    })
    .all(methodNotAllowed);

  router
    .route('/v1/translate')
    .post(async (req, res) => {
      const body = parseBody(req, TranslateRequestSchema);
      const targets = [...new Set(body.targets)];
      deps.translation.assertTargets(targets);
      // A client that hangs up stops its sentences from occupying the model queue.
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const results: Record<string, TargetResult> = {};
      await Promise.all(
        targets.map(async (target) => {
          results[target] = await deps.translation.translate(body.text, target, abort.signal, body.format);
        }),
      );
      const response: TranslateResponse = { results };
      res.json(response);
    })
    .all(methodNotAllowed);

  router
    .route('/v1/openapi.json')
    .get((_req, res) => {
      res.json(deps.openApi());
    })
    .all(methodNotAllowed);

  return router;
}

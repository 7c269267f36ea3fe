import { LS_RULES, checkLeichteSprache } from '@bbs/language';
import type { Analyzer } from '@bbs/language';
import { LsCheckRequestSchema } from '@bbs/protocol';
import { Router } from 'express';
import { termsOf, type GlossarySource } from '../glossary/live-glossary.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/** `POST /v1/leichte-sprache/check` (findings and readability) and `GET /v1/leichte-sprache/rules` (the catalogue). */
export function leichteSpracheRoutes(deps: { analyzer: Analyzer; glossary: GlossarySource }): Router {
  const router = Router();
  router
    .route('/v1/leichte-sprache/check')
    .post((req, res) => {
      const { text, profile, separator, rules } = parseBody(req, LsCheckRequestSchema);
      const result = checkLeichteSprache(deps.analyzer, text, {
        profile,
        separator,
        glossary: termsOf(deps.glossary),
        ...(rules ? { rules } : {}),
      });
      res.json(result);
    })
    .all(methodNotAllowed);
  router
    .route('/v1/leichte-sprache/rules')
    .get((_req, res) => {
      res.json({
        rules: LS_RULES.map((r) => ({
          id: r.id,
          title: r.title,
          severity: r.severity,
          description: r.description,
          source: r.source,
        })),
      });
    })
    .all(methodNotAllowed);
  return router;
}

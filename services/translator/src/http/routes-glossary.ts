import { checkLeichteSprache, type Analyzer } from '@bbs/language';
import { GlossaryTermSchema } from '@bbs/protocol';
import { Router } from 'express';
import { LiveGlossary } from '../glossary/live-glossary.js';
import type { GlossaryTermRepository } from '../store/index.js';
import type { Authenticator } from './auth.js';
import { principalOf, requireRole } from './auth.js';
import { ApiError } from './errors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/** A term in the address: letters and hyphens, as the schema allows. */
const TERM = /^\p{L}[\p{L}-]{1,59}$/u;

/**
 * The glossary of hard words in force (`GET`, public: it holds no personal data) and editors' changes to it: add
 * or correct a term with its senses, or remove one. Changes are stored, audited, and laid over the shipped file at
 * once; the next Leichte Sprache or Einfache Sprache request uses them. An explanation must itself be Leichte
 * Sprache: one with a hard-rule error of the checker is refused.
 */
export function glossaryRoutes(deps: {
  glossary: LiveGlossary;
  changes: GlossaryTermRepository;
  analyzer: Analyzer;
  auth: Authenticator;
}): Router {
  const router = Router();
  const staff = requireRole(deps.auth, 'editor', 'reviewer');

  const keyOf = (raw: unknown): string => {
    const term = String(raw);
    if (!TERM.test(term)) throw new ApiError('NOT_FOUND', { term: term.slice(0, 64) });
    return LiveGlossary.keyOf(term);
  };
  const viewOf = (key: string) => {
    const term = deps.glossary.view().find((t) => LiveGlossary.keyOf(t.term) === key);
    if (!term) throw new ApiError('NOT_FOUND', { term: key });
    return term;
  };

  router
    .route('/v1/glossary')
    .get((_req, res) => {
      res.json({ terms: deps.glossary.view() });
    })
    .all(methodNotAllowed);

  router
    .route('/v1/glossary/:term')
    .get((req, res) => {
      res.json(viewOf(keyOf(req.params.term)));
    })
    .put(staff, async (req, res) => {
      const key = keyOf(req.params.term);
      const entry = parseBody(req, GlossaryTermSchema);
      if (LiveGlossary.keyOf(entry.term) !== key) {
        throw new ApiError('VALIDATION_FAILED', [{ path: 'term', message: 'must be the term of the address' }]);
      }
      const issues = entry.senses.flatMap((sense, i) =>
        checkLeichteSprache(deps.analyzer, sense.explanation)
          .findings.filter((f) => f.severity === 'error')
          .map((f) => ({ path: `senses.${i}.explanation`, message: f.message })),
      );
      if (issues.length > 0) throw new ApiError('VALIDATION_FAILED', issues);
      await deps.changes.record({ key, action: 'set', entry, editor: principalOf(req).name });
      deps.glossary.apply([{ key, entry }]);
      res.json(viewOf(key));
    })
    .delete(staff, async (req, res) => {
      const key = keyOf(req.params.term);
      viewOf(key);
      await deps.changes.record({ key, action: 'remove', editor: principalOf(req).name });
      deps.glossary.apply([{ key, entry: null }]);
      res.status(204).end();
    })
    .all(methodNotAllowed);

  router
    .route('/v1/glossary/:term/history')
    .get(staff, async (req, res) => {
      const key = keyOf(req.params.term);
      const changes = await deps.changes.history(key);
      if (changes.length === 0 && !deps.glossary.has(key)) throw new ApiError('NOT_FOUND', { term: key });
      res.json({
        changes: changes.map((c) => ({
          action: c.action,
          editor: c.editor,
          changedAt: c.changedAt.toISOString(),
          ...(c.entry ? { entry: c.entry } : {}),
        })),
      });
    })
    .all(methodNotAllowed);

  return router;
}

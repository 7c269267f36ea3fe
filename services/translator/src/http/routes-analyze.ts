import { analyzeClauses, analyzeText } from '@bbs/language';
import type { Analyzer } from '@bbs/language';
import { AnalyzeRequestSchema } from '@bbs/protocol';
import type { AnalyzeResponse } from '@bbs/protocol';
import { Router } from 'express';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/** `POST /v1/analyze`: the language core's analysis of German text, as the engines see it. */
export function analyzeRoutes(deps: { analyzer: Analyzer }): Router {
  const router = Router();
  router
    .route('/v1/analyze')
    .post((req, res) => {
      const { text } = parseBody(req, AnalyzeRequestSchema);
      const response: AnalyzeResponse = {
        sentences: analyzeText(deps.analyzer, text).sentences.map((s) => {
          const structure = analyzeClauses(s.tokens);
          return {
            text: s.text,
            start: s.start,
            end: s.end,
            kind: s.kind,
            tokens: s.tokens.map((t) => ({
              text: t.text,
              start: t.start,
              end: t.end,
              kind: t.kind,
              lemma: t.lemma,
              pos: t.upos,
              feats: { ...t.feats } as Record<string, string>,
            })),
            clauses: structure.clauses.map((c) => ({
              ...c,
              ranges: [...c.ranges],
              verbComplex: [...c.verbComplex],
              negations: [...c.negations],
              time: [...c.time],
              place: [...c.place],
            })),
            ...(structure.question ? { question: structure.question } : {}),
            imperative: structure.imperative,
          };
        }),
      };
      res.json(response);
    })
    .all(methodNotAllowed);
  return router;
}

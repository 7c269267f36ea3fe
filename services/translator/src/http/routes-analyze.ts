import { createDoc } from '@bbs/language';
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
        sentences: createDoc(deps.analyzer, text).sentences.map((s) => {
          const structure = s.structure;
          return {
            text: s.text,
            start: s.sentence.start,
            end: s.sentence.end,
            kind: s.sentence.kind,
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
              fields: {
                prefield: [...c.fields.prefield],
                leftBracket: [...c.fields.leftBracket],
                middleField: [...c.fields.middleField],
                rightBracket: [...c.fields.rightBracket],
                postfield: [...c.fields.postfield],
              },
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

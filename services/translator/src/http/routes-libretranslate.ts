import {
  LtDetectRequestSchema,
  LtTranslateRequestSchema,
  SOURCE_LANGUAGE,
  errorMessage,
  errorStatus,
  languageInfo,
} from '@bbs/protocol';
import express, { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { detectLanguage } from '../engines/detect.js';
import type { EngineRegistry } from '../engines/registry.js';
import type { TranslationService } from '../engines/translation-service.js';
import { ApiError, errorHandler, localeOf } from './errors.js';
import type { Logger } from '../logger.js';
import { parseBody } from './validate.js';

/**
 * The LibreTranslate-compatible face (POST /translate, GET /languages, POST /detect), so that CMS plugins
 * written for LibreTranslate work unchanged. It routes to the same engines as /v1. LibreTranslate clients
 * send JSON or form data and read errors as `{ error: "<message>" }`; the code is added alongside.
 */
export function libreTranslateRoutes(deps: {
  registry: EngineRegistry;
  translation: TranslationService;
  bodyLimit: number;
  logger: Logger;
}): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: deps.bodyLimit });
  const json = express.json({ limit: deps.bodyLimit, strict: true });

  router.get('/languages', (_req, res) => {
    const targets = deps.registry.available().map((l) => l.code);
    const source = languageInfo(SOURCE_LANGUAGE);
    res.json([
      { code: source.code, name: source.name, targets },
      ...deps.registry.available().map((l) => ({ code: l.code, name: l.name, targets: [] as string[] })),
    ]);
  });

  router.post('/translate', json, form, async (req, res) => {
    const body = parseBody(req, LtTranslateRequestSchema);
    let detectedLanguage: { language: string; confidence: number } | undefined;
    const texts = Array.isArray(body.q) ? body.q : [body.q];
    if (body.source === 'auto') {
      detectedLanguage = detectLanguage(texts.join('\n'), 1)[0] ?? { language: SOURCE_LANGUAGE, confidence: 0 };
      if (detectedLanguage.language !== SOURCE_LANGUAGE) throw new ApiError('UNSUPPORTED_SOURCE', detectedLanguage);
    } else if (body.source !== SOURCE_LANGUAGE) {
      throw new ApiError('UNSUPPORTED_SOURCE', { source: body.source });
    }
    deps.translation.assertTargets([body.target]);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const translated = await Promise.all(
      texts.map(async (t) => (await deps.translation.translate(t, body.target, abort.signal, body.format)).text),
    );
    res.json({
      translatedText: Array.isArray(body.q) ? translated : translated[0],
      ...(detectedLanguage ? { detectedLanguage } : {}),
    });
  });

  router.post('/detect', json, form, (req, res) => {
    const body = parseBody(req, LtDetectRequestSchema);
    res.json(detectLanguage(body.q));
  });

  // Reshape our error model into LibreTranslate's.
  const ours = errorHandler(deps.logger);
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    const json = res.json.bind(res);
    res.json = (body: { error?: { code: string; message: string } }) =>
      json(body?.error ? { error: body.error.message, code: body.error.code } : body);
    ours(err, req, res, next);
  });
  return router;
}

export function ltErrorBody(req: Request, code: 'RATE_LIMITED') {
  return { status: errorStatus(code), body: { error: errorMessage(code, localeOf(req)), code } };
}

import { errorBody, errorStatus } from '@bbs/protocol';
import type { ErrorCode, MessageLocale } from '@bbs/protocol';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';

/** An error with a catalogue code: thrown anywhere, answered as `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export function localeOf(req: Request): MessageLocale {
  return req.acceptsLanguages('de', 'en') === 'en' ? 'en' : 'de';
}

export function sendError(req: Request, res: Response, code: ErrorCode, details?: unknown): void {
  res.status(errorStatus(code)).json(errorBody(code, details, localeOf(req)));
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/** Maps what body parsers and handlers throw to catalogue codes; never sends a stack trace. */
export function errorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof ApiError) {
      sendError(req, res, err.code, err.details);
      return;
    }
    const e = err as BodyParserError;
    // The parser's own message quotes the body, which may be citizen text: only its type is used.
    if (e?.type === 'entity.parse.failed') return sendError(req, res, 'MALFORMED_JSON');
    if (e?.type === 'entity.too.large') return sendError(req, res, 'PAYLOAD_TOO_LARGE');
    if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
      return sendError(req, res, 'UNSUPPORTED_MEDIA_TYPE');
    if (e?.type === 'request.aborted') return;
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      return sendError(req, res, 'VALIDATION_FAILED');
    }
    logger.error({ reqId: req.id, err: { name: e?.name, stack: e?.stack } }, 'unhandled error');
    sendError(req, res, 'INTERNAL');
  };
}

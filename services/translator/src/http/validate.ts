import type { Request } from 'express';
import type { ZodType, z } from 'zod';
import { ApiError } from './errors.js';

/**
 * Parses a request body with its protocol schema. The details name the failing fields and why, never the
 * values sent (they may be citizen text).
 */
export function parseBody<S extends ZodType>(req: Request, schema: S): z.output<S> {
  if (req.body === undefined) {
    throw new ApiError(
      req.is('application/json') || !req.headers['content-type'] ? 'VALIDATION_FAILED' : 'UNSUPPORTED_MEDIA_TYPE',
    );
  }
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', issuesOf(parsed.error));
  return parsed.data;
}

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

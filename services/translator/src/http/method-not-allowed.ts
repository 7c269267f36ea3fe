import type { Request, Response } from 'express';
import { sendError } from './errors.js';

export function methodNotAllowed(req: Request, res: Response): void {
  sendError(req, res, 'METHOD_NOT_ALLOWED');
}

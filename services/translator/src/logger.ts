import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';

export type { Logger };

/**
 * Citizen text must never reach a log: the logger redacts the fields that could hold it, and the HTTP
 * logging only ever records method, path (without query), status and timings.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'translator' },
      redact: {
        paths: ['text', 'q', 'source', 'body', '*.text', '*.q', '*.body', 'req.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

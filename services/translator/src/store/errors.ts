/** A failure the caller can act on, without the database's own message (which can quote row data). */
export class StoreError extends Error {
  readonly code: 'not_found' | 'conflict' | 'invalid' | 'stale';
  /** Ids, numbers and hashes the caller may show (never row text). */
  readonly details: Readonly<Record<string, string | number>> | undefined;
  constructor(
    code: StoreError['code'],
    message: string,
    options?: { cause?: unknown; details?: Readonly<Record<string, string | number>> },
  ) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
    this.details = options?.details;
  }
}

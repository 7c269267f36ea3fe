/** A failure the caller can act on, without the database's own message (which can quote row data). */
export class StoreError extends Error {
  readonly code: 'not_found' | 'conflict' | 'invalid';
  constructor(code: StoreError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

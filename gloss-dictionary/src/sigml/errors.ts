// What can be wrong with a SiGML document, said so that the person who sent it can find the place.

export type SigmlErrorCode =
  | 'MALFORMED_XML'
  | 'ENTITIES_REFUSED'
  | 'NO_SIGNS'
  | 'UNKNOWN_SYMBOL'
  | 'UNSUPPORTED_SYMBOL'
  | 'INVALID_SIGN'
  | 'UNSUPPORTED_HANDSHAPE'
  | 'UNSUPPORTED_LOCATION';

export interface SigmlErrorWhere {
  /** The `gloss` of the `hns_sign` (or its number, `#2`, without one). */
  sign?: string;
  /** The HamNoSys symbol name. */
  symbol?: string;
  /** Its position among the sign's manual symbols, from 1. */
  position?: number;
  /** Line in the document (malformed XML). */
  line?: number;
}

export class SigmlError extends Error {
  constructor(
    readonly code: SigmlErrorCode,
    message: string,
    readonly where: SigmlErrorWhere = {},
  ) {
    super(message);
    this.name = 'SigmlError';
  }
}

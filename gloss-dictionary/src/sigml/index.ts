// SiGML / HamNoSys interchange (browser-safe): read SiGML into draft sign entries, write entries as SiGML.
export { readSigml, glossId, type SigmlSource } from './read.js';
export { writeSigml, signToSigml, segmentSymbols } from './write.js';
export { SigmlError, type SigmlErrorCode, type SigmlErrorWhere } from './errors.js';
export {
  canonicalHandshape,
  HANDSHAPE_SYMBOLS,
  LETTER_HANDSHAPES,
  SITE_SYMBOLS,
  HEIGHT_SYMBOLS,
  HAMNOSYS_SYMBOLS,
} from './hamnosys.js';

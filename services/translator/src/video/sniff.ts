// What an uploaded file is, by its bytes: the name and the Content-Type are what the uploader says, the
// bytes are what a browser would play. Only the containers browsers play for an interpreter video pass:
// MP4 (ISO BMFF with a video brand: not HEIC/AVIF images, M4A audio or QuickTime) and WebM (Matroska's
// EBML with DocType "webm", not other Matroska files). The structure is walked, not just the first bytes
// compared, so a PNG or text with a faked header does not pass.
import type { VideoMimeType } from '../store/index.js';

export type Sniffed = { type: VideoMimeType } | { type: undefined; reason: string };

/** Major brands of ISO BMFF files that are MP4 video. */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'iso8',
  'iso9',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'mmp4',
  'msnv',
  'M4V ',
  'M4VH',
  'M4VP',
]);

export function sniffVideo(bytes: Uint8Array): Sniffed {
  if (bytes.length >= 8 && ascii(bytes, 4, 8) === 'ftyp') return sniffMp4(bytes);
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return sniffWebm(bytes);
  }
  return { type: undefined, reason: 'neither an MP4 ftyp box nor an EBML header' };
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

const fail = (reason: string): Sniffed => ({ type: undefined, reason });

function sniffMp4(bytes: Uint8Array): Sniffed {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let first = true;
  let moov = false;
  while (offset < bytes.length) {
    if (bytes.length - offset < 8) return fail('MP4 box header cut off');
    let size = view.getUint32(offset);
    const type = ascii(bytes, offset + 4, offset + 8);
    let header = 8;
    if (!/^[\x20-\x7e]{4}$/.test(type)) return fail('MP4 box type is not four characters');
    if (size === 1) {
      if (bytes.length - offset < 16) return fail('MP4 box header cut off');
      const large = view.getBigUint64(offset + 8);
      if (large > BigInt(Number.MAX_SAFE_INTEGER)) return fail('MP4 box too large');
      size = Number(large);
      header = 16;
    } else if (size === 0) {
      size = bytes.length - offset;
    }
    if (size < header || offset + size > bytes.length) return fail('MP4 box size outside the file');
    if (first) {
      if (type !== 'ftyp' || size < 16) return fail('MP4 does not start with an ftyp box');
      const major = ascii(bytes, offset + 8, offset + 12);
      if (!MP4_BRANDS.has(major)) return fail('ISO BMFF brand that is not MP4 video');
      first = false;
    }
    if (type === 'moov') moov = true;
    offset += size;
  }
  return moov ? { type: 'video/mp4' } : fail('MP4 without a moov box');
}

/** An EBML variable-length number at `offset`: its value, its length in bytes, and whether it is all ones. */
function vint(
  bytes: Uint8Array,
  offset: number,
  keepMarker: boolean,
): { value: number; length: number; unknown: boolean } | undefined {
  const first = bytes[offset];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 8 || offset + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = bytes[offset + i]!;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

interface Element {
  id: number;
  /** Offset of the element's data. */
  start: number;
  /** undefined: unknown size (live streams, MediaRecorder). */
  size: number | undefined;
}

function element(bytes: Uint8Array, offset: number): Element | undefined {
  const id = vint(bytes, offset, true);
  if (!id || id.length > 4) return undefined;
  const size = vint(bytes, offset + id.length, false);
  if (!size) return undefined;
  const start = offset + id.length + size.length;
  if (size.unknown) return { id: id.value, start, size: undefined };
  if (start + size.value > bytes.length) return undefined;
  return { id: id.value, start, size: size.value };
}

const EBML = 0x1a45dfa3;
const DOC_TYPE = 0x4282;
const SEGMENT = 0x18538067;
const TRACKS = 0x1654ae6b;
const CLUSTER = 0x1f43b675;
const VOID = 0xec;

function sniffWebm(bytes: Uint8Array): Sniffed {
  const header = element(bytes, 0);
  if (!header || header.id !== EBML || header.size === undefined) return fail('EBML header malformed');
  const headerEnd = header.start + header.size;
  let docType: string | undefined;
  for (let at = header.start; at < headerEnd;) {
    const child = element(bytes, at);
    if (!child || child.size === undefined || child.start + child.size > headerEnd)
      return fail('EBML header malformed');
    if (child.id === DOC_TYPE) docType = ascii(bytes, child.start, child.start + child.size).replace(/\0+$/, '');
    at = child.start + child.size;
  }
  if (docType !== 'webm') return fail('EBML DocType is not webm');
  let at = headerEnd;
  let segment = element(bytes, at);
  while (segment?.id === VOID && segment.size !== undefined) {
    at = segment.start + segment.size;
    segment = element(bytes, at);
  }
  if (!segment || segment.id !== SEGMENT) return fail('WebM without a Segment');
  // A player needs the Tracks before the first Cluster; they sit among the Segment's first elements.
  const end = segment.size === undefined ? bytes.length : segment.start + segment.size;
  for (let pos = segment.start; pos < end;) {
    const child = element(bytes, pos);
    if (!child || child.size === undefined) break;
    if (child.id === TRACKS) return { type: 'video/webm' };
    if (child.id === CLUSTER) break;
    pos = child.start + child.size;
  }
  return fail('WebM without Tracks before its media');
}

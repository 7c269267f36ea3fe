// Small media files built byte by byte for the upload tests: an MP4 (ftyp, moov with mvhd, mdat) and a
// WebM (EBML header, Segment with Info, Tracks and a Cluster) that are valid containers, with a payload of
// deterministic pseudo-random bytes so that byte ranges can be checked. They are not decodable pictures;
// the browser test records a real WebM with Chromium's MediaRecorder instead.

/** Deterministic bytes (xorshift32), the same for the same seed. */
export function noise(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export function box(type: string, ...body: Buffer[]): Buffer {
  const content = Buffer.concat(body);
  return Buffer.concat([u32(8 + content.length), Buffer.from(type, 'latin1'), content]);
}

/** An MP4 of about `payload` bytes; `brand` changes the major brand (e.g. 'heic' for an image). */
export function mp4(payload = 40_000, options: { brand?: string; moov?: boolean; seed?: number } = {}): Buffer {
  const brand = options.brand ?? 'isom';
  const ftyp = box('ftyp', Buffer.from(brand, 'latin1'), u32(0x200), Buffer.from('isomiso2avc1mp41', 'latin1'));
  const mvhd = box(
    'mvhd',
    Buffer.concat([
      u32(0),
      u32(0),
      u32(0),
      u32(1000),
      u32(2000),
      u32(0x00010000),
      Buffer.from([1, 0]),
      Buffer.alloc(10),
    ]),
    Buffer.concat([u32(0x00010000), u32(0), u32(0), u32(0), u32(0x00010000), u32(0), u32(0), u32(0), u32(0x40000000)]),
    Buffer.alloc(24),
    u32(2),
  );
  const parts = [ftyp];
  if (options.moov !== false) parts.push(box('moov', mvhd));
  parts.push(box('mdat', noise(payload, options.seed)));
  return Buffer.concat(parts);
}

/** An EBML element with an 8-byte size. */
function ebml(id: number, ...body: Buffer[]): Buffer {
  const content = Buffer.concat(body);
  const idBytes = Buffer.from(
    id.toString(16).padStart(id > 0xffffff ? 8 : id > 0xffff ? 6 : id > 0xff ? 4 : 2, '0'),
    'hex',
  );
  const size = Buffer.alloc(8);
  size[0] = 0x01;
  size.writeUIntBE(content.length, 2, 6);
  return Buffer.concat([idBytes, size, content]);
}
const uint = (id: number, n: number): Buffer => ebml(id, Buffer.from([n]));
const str = (id: number, s: string): Buffer => ebml(id, Buffer.from(s, 'latin1'));

/** A WebM of about `payload` bytes; `docType` 'matroska' makes a Matroska file that is not WebM. */
export function webm(payload = 40_000, options: { docType?: string; seed?: number } = {}): Buffer {
  const header = ebml(
    0x1a45dfa3,
    uint(0x4286, 1),
    uint(0x42f7, 1),
    uint(0x42f2, 4),
    uint(0x42f3, 8),
    str(0x4282, options.docType ?? 'webm'),
    uint(0x4287, 4),
    uint(0x4285, 2),
  );
  const info = ebml(0x1549a966, ebml(0x2ad7b1, Buffer.from([0x0f, 0x42, 0x40])), str(0x4d80, 'bbs-test'));
  const tracks = ebml(
    0x1654ae6b,
    ebml(
      0xae,
      uint(0xd7, 1),
      uint(0x73c5, 1),
      uint(0x83, 1),
      str(0x86, 'V_VP8'),
      ebml(0xe0, uint(0xb0, 16), uint(0xba, 16)),
    ),
  );
  const cluster = ebml(0x1f43b675, uint(0xe7, 0), ebml(0xa3, noise(payload, options.seed)));
  return Buffer.concat([header, ebml(0x18538067, info, tracks, cluster)]);
}

/** The first bytes of a PNG, followed by noise: a picture renamed .mp4. */
export function png(): Buffer {
  return Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), noise(2000)]);
}

// 16-bit mono PCM in and out of WAV. espeak-ng writes its WAV to stdout before it knows the length, so
// its header sizes are placeholders: the samples are read from the `data` chunk to the end of the stream.

export interface Pcm {
  readonly samples: Int16Array;
  readonly sampleRate: number;
}

export function readWav(bytes: Buffer): Pcm {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV stream');
  let sampleRate = 0;
  let pos = 12;
  while (pos + 8 <= bytes.length) {
    const id = bytes.toString('ascii', pos, pos + 4);
    const size = bytes.readUInt32LE(pos + 4);
    const body = pos + 8;
    if (id === 'fmt ') {
      const format = bytes.readUInt16LE(body);
      const channels = bytes.readUInt16LE(body + 2);
      const bits = bytes.readUInt16LE(body + 14);
      if (format !== 1 || channels !== 1 || bits !== 16) throw new Error('expected 16-bit mono PCM');
      sampleRate = bytes.readUInt32LE(body + 4);
    } else if (id === 'data') {
      if (!sampleRate) throw new Error('WAV data before its format');
      const data = bytes.subarray(body, body + Math.min(size, bytes.length - body));
      const samples = new Int16Array(Math.floor(data.length / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(i * 2);
      return { samples, sampleRate };
    }
    pos = body + size + (size % 2);
  }
  throw new Error('WAV without data');
}

export function writeWav(pcm: Pcm): Buffer {
  const dataBytes = pcm.samples.length * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(pcm.sampleRate, 24);
  out.writeUInt32LE(pcm.sampleRate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < pcm.samples.length; i++) out.writeInt16LE(pcm.samples[i]!, 44 + i * 2);
  return out;
}

/** Frames of 10 ms whose loudest sample stays under this are silence (about −38 dBFS). */
const SILENCE_LEVEL = 400;

/** [start, end) sample ranges of sound, merging sounds separated by less than `minGapSeconds` of silence. */
export function soundRanges(pcm: Pcm, minGapSeconds: number): Array<[number, number]> {
  const frame = Math.max(1, Math.round(pcm.sampleRate / 100));
  const minGap = Math.round(minGapSeconds * pcm.sampleRate);
  const ranges: Array<[number, number]> = [];
  for (let start = 0; start < pcm.samples.length; start += frame) {
    const end = Math.min(start + frame, pcm.samples.length);
    let peak = 0;
    for (let i = start; i < end; i++) peak = Math.max(peak, Math.abs(pcm.samples[i]!));
    if (peak < SILENCE_LEVEL) continue;
    const last = ranges.at(-1);
    if (last && start - last[1] < minGap) last[1] = end;
    else ranges.push([start, end]);
  }
  return ranges;
}

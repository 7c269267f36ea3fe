// A reader for the binary `.pose` format of sign-language-processing/pose (versions 0.1 and 0.2), written from
// the format description: little-endian throughout.
//
// header:  version float32 · width, height, depth uint16 · component count uint16 · per component:
//          name str · point format str (e.g. "XYZC") · point, limb, colour counts uint16 ·
//          point names str[] · limbs (uint16, uint16)[] · colours (uint16, uint16, uint16)[]
//          (str = uint16 byte length + UTF-8 bytes)
// body:    v0.2: fps float32 · frame count uint32 · people uint16
//          v0.1: fps uint16 · frame count uint16 (too small for long files; derived from the remaining bytes)
//          then data float32 [frames][people][points][dims] and confidence float32 [frames][people][points],
//          dims = longest point format − 1 (the C of "XYZC" is the confidence).

export interface PoseComponent {
  name: string;
  format: string;
  points: string[];
  limbs: [number, number][];
  colors: [number, number, number][];
  /** Index of the component's first point among all points of a frame. */
  offset: number;
}

export interface PoseFile {
  version: number;
  width: number;
  height: number;
  depth: number;
  components: PoseComponent[];
  fps: number;
  frames: number;
  people: number;
  /** Points per frame and person, all components together. */
  points: number;
  dims: number;
  /** [frame][person][point][dim], flattened. */
  data: Float32Array;
  /** [frame][person][point], flattened. */
  confidence: Float32Array;
}

class Reader {
  private offset = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(n: number): void {
    if (this.offset + n > this.bytes.byteLength) {
      throw new Error(`pose file truncated: need ${n} bytes at offset ${this.offset} of ${this.bytes.byteLength}`);
    }
  }
  float32(): number {
    this.need(4);
    const v = this.view.getFloat32(this.offset, true);
    this.offset += 4;
    return v;
  }
  uint16(): number {
    this.need(2);
    const v = this.view.getUint16(this.offset, true);
    this.offset += 2;
    return v;
  }
  uint32(): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return v;
  }
  str(): string {
    const length = this.uint16();
    this.need(length);
    const s = new TextDecoder().decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return s;
  }
  float32Array(count: number): Float32Array {
    this.need(count * 4);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.view.getFloat32(this.offset + i * 4, true);
    this.offset += count * 4;
    return out;
  }
  remaining(): number {
    return this.bytes.byteLength - this.offset;
  }
}

export function readPose(bytes: Uint8Array): PoseFile {
  const r = new Reader(bytes);
  const version = Math.round(r.float32() * 1000) / 1000;
  if (version !== 0.1 && version !== 0.2) throw new Error(`unsupported pose-format version ${version}`);
  const width = r.uint16();
  const height = r.uint16();
  const depth = r.uint16();
  const componentCount = r.uint16();
  const components: PoseComponent[] = [];
  let offset = 0;
  for (let c = 0; c < componentCount; c++) {
    const name = r.str();
    const format = r.str();
    const pointCount = r.uint16();
    const limbCount = r.uint16();
    const colorCount = r.uint16();
    const points = Array.from({ length: pointCount }, () => r.str());
    const limbs = Array.from({ length: limbCount }, (): [number, number] => [r.uint16(), r.uint16()]);
    const colors = Array.from({ length: colorCount }, (): [number, number, number] => [
      r.uint16(),
      r.uint16(),
      r.uint16(),
    ]);
    components.push({ name, format, points, limbs, colors, offset });
    offset += pointCount;
  }
  const points = offset;
  const dims = Math.max(...components.map((c) => c.format.length)) - 1;

  let fps: number;
  let frames: number;
  let people: number;
  if (version === 0.2) {
    fps = r.float32();
    frames = r.uint32();
    people = r.uint16();
  } else {
    fps = r.uint16();
    r.uint16();
    people = r.uint16();
    frames = Math.floor(r.remaining() / (people * points * (dims + 1) * 4));
  }
  const data = r.float32Array(frames * people * points * dims);
  const confidence = r.float32Array(frames * people * points);
  if (r.remaining() !== 0) throw new Error(`pose file has ${r.remaining()} unread bytes after the body`);
  return { version, width, height, depth, components, fps, frames, people, points, dims, data, confidence };
}

export type Vec3 = [number, number, number];

/** The points of one component for one frame and person, with their confidences. */
export function componentFrame(
  pose: PoseFile,
  componentName: string,
  frame: number,
  person = 0,
): { points: Vec3[]; confidence: number[] } {
  const component = pose.components.find((c) => c.name === componentName);
  if (!component) throw new Error(`no component ${componentName}`);
  const points: Vec3[] = [];
  const confidence: number[] = [];
  for (let p = 0; p < component.points.length; p++) {
    const index = (frame * pose.people + person) * pose.points + component.offset + p;
    const base = index * pose.dims;
    points.push([pose.data[base]!, pose.data[base + 1]!, pose.dims > 2 ? pose.data[base + 2]! : 0]);
    confidence.push(pose.confidence[index]!);
  }
  return { points, confidence };
}

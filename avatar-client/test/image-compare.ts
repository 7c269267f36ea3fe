// Screenshot comparison that tolerates software rendering's small differences (antialiased edges, a pixel
// of a silhouette here or there) but catches a real change of pose: images are compared tile by tile, and
// one tile whose mean difference is large enough fails, wherever it is. A raised brow or a bent finger
// changes a few tiles a lot; rendering noise changes many tiles a little.
import sharp from 'sharp';

/** Reference images are stored at half the canvas size: small files, and a first smoothing of the noise. */
export const REFERENCE_WIDTH = 480;
export const TILE = 8;
/** Mean absolute difference (0–255, over RGB) above which a tile counts as changed. */
export const TILE_LIMIT = 10;

export interface Comparison {
  /** Largest mean difference of any tile. */
  worstTile: number;
  /** Where it is, in reference pixels. */
  at: { x: number; y: number };
  /** Tiles over TILE_LIMIT. */
  changedTiles: number;
  /** Mean difference over the whole image. */
  mean: number;
}

/** A screenshot scaled to the reference size, as raw RGB. */
export async function normalise(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png)
    .removeAlpha()
    .resize({ width: REFERENCE_WIDTH, kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The same image as the small PNG that is committed. */
export async function referencePng(png: Buffer): Promise<Buffer> {
  const { data, width, height } = await normalise(png);
  return sharp(data, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}

export async function compare(actualPng: Buffer, referencePngBuffer: Buffer): Promise<Comparison> {
  const a = await normalise(actualPng);
  const { data: b, info } = await sharp(referencePngBuffer).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== a.width || info.height !== a.height) {
    throw new Error(`size differs: ${a.width}×${a.height} against the reference's ${info.width}×${info.height}`);
  }
  let worstTile = 0;
  let at = { x: 0, y: 0 };
  let changedTiles = 0;
  let total = 0;
  for (let ty = 0; ty < a.height; ty += TILE) {
    for (let tx = 0; tx < a.width; tx += TILE) {
      let sum = 0;
      let n = 0;
      for (let y = ty; y < Math.min(ty + TILE, a.height); y++) {
        for (let x = tx; x < Math.min(tx + TILE, a.width); x++) {
          const i = (y * a.width + x) * 3;
          sum +=
            Math.abs(a.data[i]! - b[i]!) + Math.abs(a.data[i + 1]! - b[i + 1]!) + Math.abs(a.data[i + 2]! - b[i + 2]!);
          n += 3;
        }
      }
      total += sum;
      const mean = sum / n;
      if (mean > TILE_LIMIT) changedTiles++;
      if (mean > worstTile) {
        worstTile = mean;
        at = { x: tx, y: ty };
      }
    }
  }
  return { worstTile, at, changedTiles, mean: total / (a.width * a.height * 3) };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageTagSchema } from '@bbs/protocol';
import { z } from 'zod';

/**
 * `models/manifest.json` lists the packages this installation serves. A folder in the transformers.js layout
 * (DESIGN §6) plus an entry here is served without code changes, including packages made elsewhere.
 */
export const ManifestEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'folder name: lower-case letters, digits, dot, dash, underscore'),
    task: z.enum(['translation', 'simplification', 'gloss']),
    source: z.literal('de').default('de'),
    targets: z.array(LanguageTagSchema).min(1),
    /** Marian-style multi-target models expect a target token such as `>>en<<` before the source. */
    targetPrefix: z.record(z.string(), z.string()).default({}),
    /**
     * NLLB-200 and M2M100 packages serve many targets from one model: the model's code for German and for each
     * target (`deu_Latn`, `ukr_Cyrl`; M2M100: `de`, `uk`), which transformers.js turns into the source token
     * before the text and the target token forced as the first generated one (`src_lang`, `tgt_lang`).
     */
    languageCodes: z.record(LanguageTagSchema, z.string().min(1)).default({}),
    dtype: z.enum(['fp32', 'q8']).default('q8'),
    maxNewTokens: z.number().int().min(1).max(1024).default(256),
    description: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    const codes = Object.keys(entry.languageCodes);
    if (codes.length === 0) return;
    for (const tag of [entry.source, ...entry.targets]) {
      if (!entry.languageCodes[tag]) {
        ctx.addIssue({ code: 'custom', path: ['languageCodes', tag], message: `no language code for ${tag}` });
      }
    }
  });
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({ models: z.array(ManifestEntrySchema) });

export const MANIFEST_FILE = 'manifest.json';

export class ManifestError extends Error {}

export function readManifest(modelsDir: string): ManifestEntry[] {
  const file = join(modelsDir, MANIFEST_FILE);
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ManifestError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ManifestError(`${file} is invalid:\n${lines.join('\n')}`);
  }
  const ids = parsed.data.models.map((m) => m.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new ManifestError(`${file} lists ${twice.join(', ')} more than once`);
  return parsed.data.models;
}

/** The files transformers.js needs for a seq2seq package of this dtype. */
export function requiredFiles(entry: ManifestEntry): string[] {
  const suffix = entry.dtype === 'q8' ? '_quantized' : '';
  return [
    'config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    `onnx/encoder_model${suffix}.onnx`,
    `onnx/decoder_model_merged${suffix}.onnx`,
  ];
}

/** The absolute paths of the files a package lacks; empty when it is complete. */
export function missingFiles(modelsDir: string, entry: ManifestEntry): string[] {
  return requiredFiles(entry)
    .map((f) => join(modelsDir, entry.id, f))
    .filter((f) => !existsSync(f));
}

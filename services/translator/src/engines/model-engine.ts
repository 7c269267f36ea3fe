import type { Doc } from '@bbs/language';
import type { ManifestEntry } from '../models/packages.js';
import type { ModelRuntime } from '../models/runtime.js';
import type { EngineOutput, TextEngine } from './engine.js';

/** A translation engine backed by one model package. */
export class ModelEngine implements TextEngine {
  readonly id: string;
  readonly targets: readonly string[];

  constructor(
    private readonly entry: ManifestEntry,
    private readonly runtime: ModelRuntime,
  ) {
    this.id = `model:${entry.id}`;
    this.targets = entry.targets;
  }

  translate(doc: Doc, target: string, signal?: AbortSignal): Promise<EngineOutput[]> {
    // a model reads the sentences' text only; the Doc's analysis is never made for it
    return this.runtime.translate(
      this.entry.id,
      target,
      doc.sentences.map((s) => s.text),
      signal,
    );
  }
}

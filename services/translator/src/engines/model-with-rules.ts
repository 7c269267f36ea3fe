import type { EngineOutput, TextEngine } from './engine.js';

/**
 * A trained model with the rules as its guard: each sentence takes the model's output when `accept` passes it,
 * and the rules' output otherwise, and records which engine made it. The rules run for every sentence, so a
 * failing model (overload, timeout, a broken package) costs nothing but the fallback.
 */
export class ModelWithRules implements TextEngine {
  readonly id: string;
  readonly targets: readonly string[];
  readonly layout: TextEngine['layout'];

  constructor(
    private readonly model: TextEngine,
    private readonly rules: TextEngine,
    /** Whether the model's output for `source` may be used as it is (`rules`: the rules' output for it). */
    private readonly accept: (source: string, output: string, rules: string) => boolean,
    /** Lays out the model's output as the rules lay out theirs, before the check (Leichte Sprache: lines). */
    private readonly arrange: (output: string) => string = (output) => output,
  ) {
    this.id = model.id;
    this.targets = model.targets.filter((t) => rules.targets.includes(t));
    this.layout = rules.layout;
  }

  async translate(sentences: readonly string[], target: string, signal?: AbortSignal): Promise<EngineOutput[]> {
    const [made, ruled] = await Promise.all([
      this.model.translate(sentences, target, signal).catch(() => undefined),
      this.rules.translate(sentences, target, signal),
    ]);
    return sentences.map((source, i) => {
      const candidate = made?.[i];
      const output = candidate ? this.arrange(candidate.output) : '';
      if (candidate && output.trim() !== '' && this.accept(source, output, ruled[i]!.output)) {
        return { ...candidate, output, engine: this.model.id };
      }
      return { ...ruled[i]!, engine: this.rules.id };
    });
  }
}

import type { Analyzer, Doc } from '@bbs/language';
import type { EngineOutput, TextEngine } from './engine.js';

/**
 * Whether a model's output for a source sentence may be used as it is (`rules`: the rules' output for it). A gate
 * that analyses uses `analyzer`: the request's analysis scope, where the rules' lines are analysed already.
 */
export type ModelGate = (source: string, output: string, rules: string, analyzer: Analyzer) => boolean;

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
    private readonly accept: ModelGate,
    /** Lays out the model's output as the rules lay out theirs, before the check (Leichte Sprache: lines). */
    private readonly arrange: (output: string) => string = (output) => output,
  ) {
    this.id = model.id;
    this.targets = model.targets.filter((t) => rules.targets.includes(t));
    this.layout = rules.layout;
  }

  async translate(doc: Doc, target: string, signal?: AbortSignal): Promise<EngineOutput[]> {
    const [made, ruled] = await Promise.all([
      this.model.translate(doc, target, signal).catch(() => undefined),
      this.rules.translate(doc, target, signal),
    ]);
    return doc.sentences.map((sentence, i) => {
      const candidate = made?.[i];
      const output = candidate ? this.arrange(candidate.output) : '';
      if (candidate && output.trim() !== '' && this.accept(sentence.text, output, ruled[i]!.output, doc.analyzer)) {
        return { ...candidate, output, engine: this.model.id };
      }
      return { ...ruled[i]!, engine: this.rules.id };
    });
  }
}

import { guardTranslation, type Doc } from '@bbs/language';
import { EngineWrapper, type EngineOutput } from './engine.js';

/** The confidence of a sentence the guard refused: the lowest in review, so editors see it first. */
export const GUARD_FALLBACK_CONFIDENCE = 0.01;

/**
 * A translation model into a spoken language, guarded sentence by sentence (`@bbs/language` guardTranslation):
 * a sentence that loses a number, amount, date, time, phone number, address or municipal term, or that is
 * empty, looping or of an implausible length, is replaced by its German source with the reasons and the lowest
 * confidence, so that nobody reads a sentence the model may have invented; it stays a machine draft for review.
 * Wraps `WithTerminology`, whose term check (after its rewrites) it reuses.
 */
export class WithGuard extends EngineWrapper {
  async translate(doc: Doc, target: string, signal?: AbortSignal): Promise<EngineOutput[]> {
    const made = await this.engine.translate(doc, target, signal);
    return made.map((out, i) => {
      const source = doc.sentences[i]!.text;
      const guard = guardTranslation(source, out.output, target, out.terms ? { terms: out.terms } : {});
      if (guard.passed) return { ...out, guard };
      return { ...out, output: source, confidence: Math.min(out.confidence, GUARD_FALLBACK_CONFIDENCE), guard };
    });
  }
}

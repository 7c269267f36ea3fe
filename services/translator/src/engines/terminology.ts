import { checkTerminology, type Doc } from '@bbs/language';
import { EngineWrapper, type EngineOutput } from './engine.js';

/** How much a sentence's confidence drops when it misses a municipal term: editors see it early in review. */
const MISSING_TERM_FACTOR = 0.5;

/**
 * A translation model with the municipal terminology (`@bbs/language` terminology): each sentence's terms are
 * checked, known variants rewritten to the city's term, and a sentence that still misses one carries the
 * finding and a lower confidence. Translation memory output never passes here: a person already approved it.
 */
export class WithTerminology extends EngineWrapper {
  async translate(doc: Doc, target: string, signal?: AbortSignal): Promise<EngineOutput[]> {
    const made = await this.engine.translate(doc, target, signal);
    return made.map((out, i) => {
      const { output, terms } = checkTerminology(doc.sentences[i]!.text, out.output, target);
      if (terms.length === 0) return out;
      const missing = terms.some((t) => !t.found);
      return { ...out, output, terms, confidence: missing ? out.confidence * MISSING_TERM_FACTOR : out.confidence };
    });
  }
}

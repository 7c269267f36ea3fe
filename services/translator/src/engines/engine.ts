import type { TermCheck } from '@bbs/language';
import type { MemorySuggestion } from '@bbs/protocol';

/** What one engine returns for one sentence. */
export interface EngineOutput {
  output: string;
  /** 0..1: how much the engine trusts this sentence; editors sort their review by it. */
  confidence: number;
  /** Set by engines that combine others (a model guarded by rules): which one made this sentence. */
  engine?: string;
  /** The municipal terms of the source and whether the output uses the city's rendering (translations). */
  terms?: TermCheck[];
  /** A similar approved sentence from the translation memory (set by the translation service). */
  memorySuggestion?: MemorySuggestion;
}

/**
 * An engine turns German sentences into one target. `id` is what the API reports per sentence:
 * `memory`, `rules` or `model:<package id>`.
 */
export interface TextEngine {
  readonly id: string;
  readonly targets: readonly string[];
  /** `lines`: the target puts each sentence on its own line (Leichte Sprache); default: the source's spacing. */
  readonly layout?: 'inline' | 'lines';
  translate(sentences: readonly string[], target: string, signal?: AbortSignal): Promise<EngineOutput[]>;
}

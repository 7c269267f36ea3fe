import type { Doc, TermCheck } from '@bbs/language';
import type { GuardCheck, LsConcern, MemorySuggestion } from '@bbs/protocol';

/** What one engine returns for one sentence. */
export interface EngineOutput {
  output: string;
  /** 0..1: how much the engine trusts this sentence; editors sort their review by it. */
  confidence: number;
  /** Set by engines that combine others (a model guarded by rules): which one made this sentence. */
  engine?: string;
  /** The municipal terms of the source and whether the output uses the city's rendering (translations). */
  terms?: TermCheck[];
  /** Model translations into spoken languages: the guard's verdict (when it failed, `output` is the source). */
  guard?: GuardCheck;
  /** Leichte Sprache by the rules: what they could not make safe (each caps `confidence`). */
  concerns?: LsConcern[];
  /** A similar approved sentence from the translation memory (set by the translation service). */
  memorySuggestion?: MemorySuggestion;
}

/**
 * An engine turns the sentences of a German Doc (split and analysed once per request, see `@bbs/language`
 * createDoc) into one target: one output per sentence, in order. `id` is what the API reports per sentence:
 * `memory`, `rules` or `model:<package id>`.
 */
export interface TextEngine {
  readonly id: string;
  readonly targets: readonly string[];
  /** `lines`: the target puts each sentence on its own line (Leichte Sprache); default: the source's spacing. */
  readonly layout?: 'inline' | 'lines';
  translate(doc: Doc, target: string, signal?: AbortSignal): Promise<EngineOutput[]>;
}

/** An engine that checks or corrects another engine's sentences, and serves what that one serves. */
export abstract class EngineWrapper implements TextEngine {
  readonly id: string;
  readonly targets: readonly string[];
  readonly layout: TextEngine['layout'];

  constructor(protected readonly engine: TextEngine) {
    this.id = engine.id;
    this.targets = engine.targets;
    this.layout = engine.layout;
  }

  abstract translate(doc: Doc, target: string, signal?: AbortSignal): Promise<EngineOutput[]>;
}

import { createDoc, splitSentences, type Analyzer } from '@bbs/language';
import { languageInfo } from '@bbs/protocol';
import type { MemorySuggestion, TargetResult } from '@bbs/protocol';
import { ApiError } from '../http/errors.js';
import { htmlTexts, translateHtml } from './html.js';
import type { TextEngine } from './engine.js';
import type { EngineRegistry } from './registry.js';
import { sanitizeHtml } from './sanitize-html.js';

/** The label every machine-made output carries until a person approved it (EU AI Act transparency). */
export const MACHINE_LABEL = 'maschinell erstellt, nicht geprüft';

/** The engine id of sentences that come from the translation memory. */
export const MEMORY_ENGINE = 'memory';

/**
 * The translation memory for the sentences of one text: per sentence a person-approved translation of it
 * (`output`), or else the approved translation of a similar sentence (`suggestion`, a fuzzy match offered
 * beside the machine output, never used as it).
 */
export type MemoryRecall = (
  target: string,
  sentences: readonly string[],
) => Promise<{ output?: string; suggestion?: MemorySuggestion }[]>;

/**
 * Makes one Doc of a German text (split into sentences, each analysed once, on first use) and hands the sentences
 * the translation memory does not answer to the target's engine. Shared by `/v1/translate`, the LibreTranslate face
 * and the WebSocket `translate` message, so all three behave alike.
 */
export class TranslationService {
  constructor(
    private readonly registry: EngineRegistry,
    private readonly analyzer: Analyzer,
    private readonly memory?: MemoryRecall,
  ) {}

  /** Refuses the whole request when any target has no engine, naming those that do. */
  assertTargets(targets: readonly string[]): void {
    const unsupported = targets.filter((t) => !this.registry.has(t));
    if (unsupported.length > 0) {
      throw new ApiError('UNSUPPORTED_TARGET', {
        unsupported,
        available: this.registry.available().map((l) => l.code),
      });
    }
  }

  /**
   * `html`: the markup stays and each text node is translated (see html.ts); sentences are listed in order.
   * The HTML that comes out is sanitised: pages insert it as it is, so nothing in it may run script.
   */
  async translate(
    text: string,
    target: string,
    signal?: AbortSignal,
    format: 'text' | 'html' = 'text',
  ): Promise<TargetResult> {
    if (format === 'text') return this.translateText(text, target, signal);
    const engine = this.registry.engineFor(target);
    if (!engine) throw new ApiError('UNSUPPORTED_TARGET', { unsupported: [target] });
    const { html, parts } = await translateHtml(text, (t) => this.translateText(t, target, signal), {
      lineBreaks: engine.layout === 'lines',
    });
    return {
      text: sanitizeHtml(html),
      dir: languageInfo(target).dir,
      sentences: parts.flatMap((p) => p.sentences),
      review: { status: 'machine', label: MACHINE_LABEL },
    };
  }

  /**
   * `source` (HTML) with the sentences' outputs in place of its text, as `translate` would lay them out, and
   * sanitised. `sentences` are what `translate` listed for this source, e.g. after edits and approval;
   * undefined when they do not belong to this source (other sentences, or split differently).
   */
  renderHtml(
    source: string,
    target: string,
    sentences: readonly { source: string; output: string }[],
  ): string | undefined {
    const layout = this.registry.engineFor(target)?.layout;
    const doc = htmlTexts(source);
    const texts: string[] = [];
    let next = 0;
    for (const text of doc.texts) {
      const spans = splitSentences(text);
      const mine = sentences.slice(next, next + spans.length);
      if (mine.length !== spans.length || mine.some((s, i) => s.source !== spans[i]!.text)) return undefined;
      next += spans.length;
      texts.push(
        joinSpans(
          text,
          spans,
          mine.map((s) => s.output),
          layout,
        ),
      );
    }
    if (next !== sentences.length) return undefined;
    return sanitizeHtml(doc.render(texts, { lineBreaks: layout === 'lines' }));
  }

  private async translateText(text: string, target: string, signal?: AbortSignal): Promise<TargetResult> {
    const engine = this.registry.engineFor(target);
    if (!engine) throw new ApiError('UNSUPPORTED_TARGET', { unsupported: [target] });
    const doc = createDoc(this.analyzer, text);
    const spans = doc.sentences.map((s) => s.sentence);
    // Approved sentences first: what a person already checked is reused word for word, and says so.
    const recalled = this.memory
      ? await this.memory(
          target,
          spans.map((s) => s.text),
        )
      : [];
    const remembered = spans.map((_, i) => recalled[i]?.output);
    const suggested = spans.map((_, i) => recalled[i]?.suggestion);
    const open = spans.flatMap((_, i) => (remembered[i] === undefined ? [i] : []));
    const made = open.length > 0 ? await engine.translate(doc.select(open), target, signal) : [];
    let next = 0;
    const outputs = spans.map((_, i) => {
      const hit = remembered[i];
      if (hit !== undefined) return { output: hit, confidence: 1, engine: MEMORY_ENGINE };
      const out = made[next++];
      const suggestion = suggested[i];
      return {
        output: out?.output ?? '',
        confidence: out?.confidence ?? 0,
        engine: out?.engine ?? engine.id,
        ...(suggestion ? { memorySuggestion: suggestion } : {}),
        ...(out?.terms ? { terms: out.terms } : {}),
        ...(out?.guard ? { guard: out.guard } : {}),
        ...(out?.concerns?.length ? { concerns: out.concerns } : {}),
      };
    });
    return {
      text: joinSpans(
        text,
        spans,
        outputs.map((o) => o.output),
        engine.layout,
      ),
      dir: languageInfo(target).dir,
      sentences: spans.map((span, i) => ({
        source: span.text,
        output: outputs[i]?.output ?? '',
        engine: outputs[i]?.engine ?? engine.id,
        confidence: outputs[i]?.confidence ?? 0,
        ...(outputs[i]?.memorySuggestion ? { memorySuggestion: outputs[i]!.memorySuggestion } : {}),
        ...(outputs[i]?.terms ? { terms: outputs[i]!.terms } : {}),
        ...(outputs[i]?.guard ? { guard: outputs[i]!.guard } : {}),
        ...(outputs[i]?.concerns ? { concerns: outputs[i]!.concerns } : {}),
      })),
      review: { status: 'machine', label: MACHINE_LABEL },
    };
  }
}

/**
 * The outputs put where their sentences were in `text`: each sentence replaces its own span, so line breaks
 * and paragraphs between sentences survive; a target that puts one sentence per line gets a line break where
 * the source had only a space.
 */
function joinSpans(
  text: string,
  spans: readonly { start: number; end: number }[],
  outputs: readonly string[],
  layout: TextEngine['layout'],
): string {
  let joined = '';
  let cursor = 0;
  spans.forEach((span, i) => {
    const gap = text.slice(cursor, span.start);
    joined += (layout === 'lines' && i > 0 && !gap.includes('\n') ? '\n' : gap) + (outputs[i] ?? '');
    cursor = span.end;
  });
  joined += text.slice(cursor);
  return joined.trim();
}

import { languageInfo } from '@bbs/protocol';
import type { TextEngine } from './engine.js';

/**
 * Maps each target tag to the engines that serve it, in the order they were registered (the first is
 * used). Only registered targets are ever reported as available.
 */
export class EngineRegistry {
  private readonly byTarget = new Map<string, TextEngine[]>();

  register(engine: TextEngine): void {
    for (const target of engine.targets) {
      const list = this.byTarget.get(target) ?? [];
      list.push(engine);
      this.byTarget.set(target, list);
    }
  }

  /** Registers an engine in front of those already serving its targets (a model that arrives after the rules). */
  prefer(engine: TextEngine): void {
    for (const target of engine.targets) {
      this.byTarget.set(target, [engine, ...(this.byTarget.get(target) ?? []).filter((e) => e !== engine)]);
    }
  }

  engineFor(target: string): TextEngine | undefined {
    return this.byTarget.get(target)?.[0];
  }

  has(target: string): boolean {
    return this.byTarget.has(target);
  }

  available() {
    return [...this.byTarget.entries()]
      .map(([code, engines]) => ({ ...languageInfo(code), engines: engines.map((e) => e.id) }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
}

// The glossary in force: the shipped file with editors' changes laid over it. Engines and the checker read
// `terms` per request, so a change applies to the next request; the array is replaced on every change (never
// edited in place), so the language core's index per array stays right.
import { foldWord, type GlossaryEntry } from '@bbs/language';
import type { GlossaryTerm, GlossaryTermView } from '@bbs/protocol';

export class LiveGlossary {
  private readonly shipped: Map<string, GlossaryEntry>;
  private readonly edited = new Map<string, GlossaryTerm | null>();
  private current: readonly GlossaryEntry[];

  constructor(shipped: readonly GlossaryEntry[]) {
    this.shipped = new Map(shipped.map((t) => [LiveGlossary.keyOf(t.term), t]));
    this.current = shipped;
  }

  /** One key per term whatever its spelling (`Kita-Anmeldung` = `Kitaanmeldung`). */
  static keyOf(term: string): string {
    return foldWord(term);
  }

  /** The terms in force. */
  get terms(): readonly GlossaryEntry[] {
    return this.current;
  }

  /** Lays changes over the shipped file: a term, or null for a removed one. */
  apply(changes: readonly { key: string; entry: GlossaryTerm | null }[]): void {
    for (const c of changes) this.edited.set(c.key, c.entry);
    const merged = new Map<string, GlossaryEntry>(this.shipped);
    for (const [key, entry] of this.edited) {
      if (entry) merged.set(key, entry);
      else merged.delete(key);
    }
    this.current = [...merged.values()];
  }

  has(key: string): boolean {
    return this.current.some((t) => LiveGlossary.keyOf(t.term) === key);
  }

  /** The terms with where they come from, sorted as a reader looks them up. */
  view(): GlossaryTermView[] {
    return this.current
      .map((t) => {
        const key = LiveGlossary.keyOf(t.term);
        return {
          term: t.term,
          match: t.match ?? 'compound',
          senses: t.senses,
          ...(t.einfach === undefined ? {} : { einfach: t.einfach }),
          ...(t.source === undefined ? {} : { source: t.source }),
          origin: this.edited.has(key) ? ('edited' as const) : ('shipped' as const),
        };
      })
      .sort((a, b) => a.term.localeCompare(b.term, 'de'));
  }
}

/** A fixed list (scripts, tests) or the live glossary of the service. */
export type GlossarySource = readonly GlossaryEntry[] | { readonly terms: readonly GlossaryEntry[] };

export const termsOf = (source: GlossarySource): readonly GlossaryEntry[] =>
  'terms' in source ? source.terms : source;

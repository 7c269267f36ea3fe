// Splits a German compound noun into its parts with the lexicon, for the Leichte Sprache spelling with a
// separator (`Bürgerbüro` → `Bürger-Büro` or `Bürger·büro`). Like candidates.ts `compoundCandidates`, the
// longest known noun at the end is the head; the rest must be a known noun (with a linking element: `Geburt|s|`),
// a verb stem (`Melde|`), an adjective (`Neu|`), or itself a compound (`Wohnungs-Geber-Bestätigung`).

import type { Lexicon, Spelling } from '../lexicon.js';
import type { Separator } from './types.js';

/** Linking elements between compound parts (`Geburt|s|urkunde`); the empty one first. */
export const LINKING = ['', 's', 'es', 'n', 'en', 'e', 'er'] as const;
/** A first part ending like this takes a linking s, so `Ordnungs|amt` beats `Ordnung|samt`. */
const NEEDS_LINKING_S = /(?:ung|heit|keit|schaft|ion|tät|ität|ling|tum)$/;
/** Derivational suffixes that are nouns too (`Wirt|schaft`, `Vers|ion`): never a head. */
const SUFFIX_HEADS = new Set(
  // derivational suffixes, and inflection and feminine endings that happen to be words
  // (`Mitarbeit|enden`, `Besuche|rinnen`)
  `schaft schaften heit heiten keit keiten ung ungen tum nis ling chen lein ion ionen tät ismus ist
  isten ant anten ent enten ei erei rei ie ier iere ur anz enz age ade ose ine ette ese ett ende enden
  ender endes innen rinnen rin erin erinnen ern ler lern`
    .split(/\s+/)
    .filter(Boolean),
);
/** First parts that are prefixes rather than words. */
const NO_FIRST_PART = new Set(
  `ver ent zer emp miss ge be er un ur erz in ex re de an ab aus auf bei mit vor zu um über unter durch
  nach hinter wider gegen ein weg her hin los fort dar vorbei zurück zusammen heraus herein hinaus
  voran weiter wieder`
    .split(/\s+/)
    .filter(Boolean),
);

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export class CompoundSplitter {
  private readonly cache = new Map<string, readonly string[] | null>();

  private readonly spelling: Spelling | undefined;

  constructor(private readonly lexicon: Lexicon) {
    this.spelling = lexicon.spelling;
  }

  /**
   * With a spelling dictionary: every part is a word, or a first part is a word less its linking element
   * (`Lebens|`). How much more a first part may be depends on what the dictionary says of the whole word:
   * - a compound it builds by its own rules (`Meldebescheinigung`): also a stem, of a noun (`Sach|`, `Hochschul|`)
   *   or a verb (`Melde|`);
   * - a word it lists as one (`Erbrecht`, `Hebamme`): also a noun stem (`Erb|recht`), no verb stem, so never
   *   `Heb|amme` or `Erleb|nisse`;
   * - a word it does not know (`Schwabmünchen`, a name): nothing more.
   */
  private spelled(word: string, parts: readonly string[]): boolean {
    const spelling = this.spelling;
    if (!spelling) return true;
    const listed = spelling.isListedWord(word);
    const built = !listed && spelling.isWord(word);
    return parts.every((part, i) => {
      const lower = part.toLowerCase();
      const forms = [part, capitalise(lower), lower];
      if (i < parts.length - 1) {
        for (const link of LINKING)
          if (link && lower.endsWith(link)) forms.push(capitalise(lower.slice(0, -link.length)));
        if (listed || built) forms.push(capitalise(lower) + 'e');
        if (built) forms.push(lower + 'en', lower + 'n');
      }
      return forms.some((f) => f.length > 1 && spelling.isWord(f));
    });
  }

  private isNoun(form: string): boolean {
    return this.lexicon.lookupExact(capitalise(form)).some((c) => c.upos === 'NOUN');
  }

  private isVerb(infinitive: string): boolean {
    return this.lexicon.lookupExact(infinitive).some((c) => c.upos === 'VERB' && c.feats.VerbForm === 'Inf');
  }

  /** A head noun: in the lexicon, or a verbal noun in -ung of a known verb (`bescheinigung` ← bescheinigen). */
  private isHead(form: string): boolean {
    if (this.isNoun(form)) return true;
    const m = /^(.{3,})ung(?:en)?$/.exec(form.toLowerCase());
    return m !== null && (this.isVerb(m[1]! + 'en') || this.isVerb(m[1]! + 'n'));
  }

  /** Parts of a first part (its linking element stays with it), or undefined. */
  private firstParts(prefix: string, depth: number): readonly string[] | undefined {
    const lower = prefix.toLowerCase();
    if (prefix.length < 3 || NO_FIRST_PART.has(lower)) return undefined;
    for (const link of LINKING) {
      if (link && !lower.endsWith(link)) continue;
      const base = prefix.slice(0, prefix.length - link.length);
      if (base.length < 3) continue;
      if (this.isNoun(base)) return [prefix];
    }
    if (
      // `Sach|bearbeiter` (Sache), verb stems `Melde|`, adjectives `Neu|`
      this.isNoun(prefix + 'e') ||
      this.isVerb(lower + 'en') ||
      this.isVerb(lower + 'n') ||
      this.lexicon.lookupExact(lower).some((c) => c.upos === 'ADJ')
    ) {
      return [prefix];
    }
    if (depth === 0) return undefined;
    for (const link of LINKING) {
      if (link && !lower.endsWith(link)) continue;
      const base = prefix.slice(0, prefix.length - link.length);
      const parts = this.split(capitalise(base), depth - 1);
      // the parts are slices of the capitalised base; the first keeps the prefix's own first letter
      if (parts) return [prefix.charAt(0) + parts[0]!.slice(1), ...parts.slice(1, -1), parts.at(-1)! + link];
    }
    return undefined;
  }

  /**
   * `Straßenverkehr|samt` or `Straßenverkehrs|amt`: where the head less its `s` is a noun too and starts with a
   * vowel, the `s` is the linking element after a first part ending in a consonant (`Verkehrs|amt`, `Arbeits|ort`)
   * or after `-e` of a linking `-es` (`Standes|amt`). After `-n` it is not (`Kirchen|saal`).
   */
  private linkingSBeforeVowel(prefix: string, head: string): boolean {
    const rest = head.slice(1);
    if (!head.startsWith('s') || !/^[aeiouäöü]/.test(rest) || rest.length < 3 || !this.isHead(rest)) return false;
    const lower = prefix.toLowerCase();
    // the first part may be a compound itself (`Landrat|s|amt`)
    const firstPart = (p: string) => this.isNoun(p) || this.firstParts(p, 1) !== undefined;
    if (/[bcdfghklmprtvw]$/.test(lower)) return firstPart(prefix);
    return lower.endsWith('e') && prefix.length > 3 && this.isNoun(prefix.slice(0, -1));
  }

  private split(word: string, depth: number): readonly string[] | undefined {
    for (let cut = 3; cut <= word.length - 3; cut++) {
      const head = word.slice(cut);
      const prefix = word.slice(0, cut);
      if (SUFFIX_HEADS.has(head.toLowerCase())) continue;
      if (NEEDS_LINKING_S.test(prefix) && head.startsWith('s')) continue;
      if (this.linkingSBeforeVowel(prefix, head)) continue;
      if (!this.isHead(head)) continue;
      // `Einbürgerung` is the noun of `einbürgern`, not `Ein` + `Bürgerung`
      const verbal = /^(.+)ung(?:en)?$/.exec(word.toLowerCase());
      if (verbal && (this.isVerb(verbal[1]! + 'en') || this.isVerb(verbal[1]! + 'n'))) return undefined;
      const first = this.firstParts(prefix, depth);
      if (first && this.spelled(word, [...first, head])) return [...first, head];
    }
    return undefined;
  }

  /**
   * The parts of a compound noun as written (`Meldebescheinigungen` → `Melde`, `bescheinigungen`), or
   * undefined when it is no compound of known words. Words with a hyphen are split at the hyphen.
   */
  parts(word: string): readonly string[] | undefined {
    if (word.includes('-')) {
      const parts = word.split('-').filter(Boolean);
      return parts.length > 1 ? parts : undefined;
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.length < 6) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const parts = this.split(word, 2);
    this.cache.set(word, parts ?? null);
    return parts;
  }
}

/** Joins compound parts the Leichte Sprache way: `Bürger-Büro` (hyphen) or `Bürger·büro` (mediopunkt). */
export function joinParts(parts: readonly string[], separator: Separator): string {
  if (separator === 'mediopunkt') {
    return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join('·');
  }
  return parts.map((p, i) => (i === 0 ? p : capitalise(p))).join('-');
}

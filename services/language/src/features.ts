// Conversion between UD feature objects and CoNLL-U feature strings. Parsed objects are interned and
// frozen: the lexicon holds hundreds of thousands of readings that share a few hundred feature sets.

import type { Feats } from './types.js';

const EMPTY: Feats = Object.freeze({});
const interned = new Map<string, Feats>([['', EMPTY]]);

/** `Case=Nom|Gender=Masc|Number=Sing` → `{ Case: 'Nom', Gender: 'Masc', Number: 'Sing' }` (shared, frozen). */
export function parseFeats(s: string | undefined): Feats {
  if (!s) return EMPTY;
  const key = formatFeats(Object.fromEntries(s.split('|').map((kv) => kv.split('=') as [string, string])) as Feats);
  let f = interned.get(key);
  if (!f) {
    f = Object.freeze(Object.fromEntries(key.split('|').map((kv) => kv.split('=') as [string, string]))) as Feats;
    interned.set(key, f);
  }
  return f;
}

/** CoNLL-U spelling: features sorted by name (case-insensitively, as UD asks), `_` for none. */
export function formatFeats(f: Feats, empty = ''): string {
  const keys = Object.keys(f).filter((k) => f[k as keyof Feats] !== undefined);
  if (keys.length === 0) return empty;
  return keys
    .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
    .map((k) => `${k}=${f[k as keyof Feats]}`)
    .join('|');
}

/** Interns a feature object built in code. */
export function internFeats(f: Feats): Feats {
  return parseFeats(formatFeats(f));
}

/** True when every feature both sets have agrees (missing features agree with anything). */
export function featsAgree(a: Feats, b: Feats, names: readonly (keyof Feats)[]): boolean {
  return names.every((n) => a[n] === undefined || b[n] === undefined || a[n] === b[n]);
}

// What a gloss written by a person or a model stands for, read from its form alone (the rule translator knows
// the kind of every gloss it makes; glosses typed in the editor or decoded by a gloss model do not).

import { parseNumberWord } from '../number-words.js';
import { parseOrdinalWord } from './ordinal-words.js';
import type { GlossKind } from './types.js';

const INDEX = /^(IX|POSS)(-|$)/;
/** Pointing as the rules write it: person, optional locus letter, optional plural (`IX-3b-PL`). */
const INDEX_FORM = /^(IX|POSS)-[1-3][a-z]?(-PL)?$/;
const DIGITS = /^[0-9][0-9.,]*$/;
const SPELLED = /^FS-[A-ZÄÖÜß0-9]+$/;
/** `KIND+`: the plural of a sign is the sign repeated. */
const PLURAL = /\+$/;

/** The digits a number gloss stands for (`37` → 37, `DREI` → 3, `DRITTE` → 3), or undefined. */
export function numberDigits(gloss: string): string | undefined {
  if (DIGITS.test(gloss)) return gloss.replace(/[^0-9]/g, '');
  const value = parseNumberWord(gloss) ?? parseOrdinalWord(gloss)?.value;
  return value === undefined ? undefined : String(value);
}

/** The kind of a gloss: `known` says whether an id is a sign of the lexicon. Unknown words are fingerspelled. */
export function glossKindOf(gloss: string, known: (id: string) => boolean): GlossKind {
  if (gloss === 'PAUSE') return 'pause';
  if (INDEX.test(gloss)) return 'index';
  if (gloss.startsWith('FS-')) return 'fingerspell';
  if (known(gloss.replace(PLURAL, ''))) return 'lexical';
  if (numberDigits(gloss) !== undefined) return 'number';
  return 'fingerspell';
}

/**
 * Whether a gloss is one the rules could have written: a sign of the lexicon (or its plural), a number,
 * pointing in the rules' form, or explicit fingerspelling (`FS-…`). A bare unknown word (a weather sign we do
 * not have, a corpus marker) is not.
 */
export function isKnownGlossForm(gloss: string, known: (id: string) => boolean): boolean {
  if (INDEX.test(gloss)) return INDEX_FORM.test(gloss);
  if (gloss.startsWith('FS-')) return SPELLED.test(gloss);
  return known(gloss.replace(PLURAL, '')) || numberDigits(gloss) !== undefined;
}

/**
 * How far two gloss sequences use the same signs, order aside: the F1 of their gloss multisets (1 = the same
 * glosses, 0 = none in common). DGS order differs from German, so order is left to the model.
 */
export function glossAgreement(a: string, b: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const g of s.split(/\s+/).filter(Boolean)) m.set(g, (m.get(g) ?? 0) + 1);
    return m;
  };
  const x = count(a);
  const y = count(b);
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

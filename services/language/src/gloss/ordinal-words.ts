// German ordinals written as words → their value (`dritten` → 3, `zwanzigste` → 20, `einundzwanzigsten` → 21).
import { parseNumberWord } from '../number-words.js';

/** Stems whose ordinal is not the cardinal + t/st. */
const IRREGULAR: Readonly<Record<string, number>> = { erst: 1, dritt: 3, siebt: 7, siebent: 7, acht: 8 };

/**
 * The value of an inflected German ordinal word and its citation form (`dritten` → 3, `dritte`), or undefined.
 * The ending is required: `acht` alone is the cardinal, `achte`/`achten` the ordinal.
 */
export function parseOrdinalWord(word: string): { value: number; citation: string } | undefined {
  const w = word.toLowerCase().normalize('NFC');
  const stem = /^([a-zäöüß]+?)(?:e|en|er|es|em)$/.exec(w)?.[1];
  if (!stem) return undefined;
  const citation = `${stem}e`;
  if (stem in IRREGULAR) return { value: IRREGULAR[stem]!, citation };
  // 2.–19. take -t (zweite, sechste, neunzehnte), 20. and the round hundreds and thousands -st (zwanzigste,
  // hundertste): `sechst` is sechs + t, not sech + st.
  const readings = [
    { cardinal: stem.endsWith('t') ? stem.slice(0, -1) : '', st: false },
    { cardinal: stem.endsWith('st') ? stem.slice(0, -2) : '', st: true },
  ];
  for (const { cardinal, st } of readings) {
    const value = cardinal ? parseNumberWord(cardinal) : undefined;
    if (value === undefined || value < 2) continue;
    const below = value % 100;
    if (st ? below === 0 || below >= 20 : below >= 2 && below < 20) return { value, citation };
  }
  return undefined;
}

/** A numeral word, cardinal or ordinal, whatever the tagger made of it (`zweiundzwanzig` is often an ADJ). */
export function isNumeralWord(word: string): boolean {
  return parseNumberWord(word) !== undefined || parseOrdinalWord(word) !== undefined;
}

// German mouthing as visemes. The set follows the common 15-viseme convention (sil, PP, FF, TH, DD, kk,
// CH, SS, nn, RR, aa, E, I, O, U) that avatar face rigs use, so any rig with those morph targets can play it.
// Mouthing is read from spelling: German spelling is close enough to sound for lip shapes.

export type Viseme =
  'sil' | 'PP' | 'FF' | 'TH' | 'DD' | 'kk' | 'CH' | 'SS' | 'nn' | 'RR' | 'aa' | 'E' | 'I' | 'O' | 'U';

// Longest graphemes first: "sch" before "s", "ch" before "c".
const GRAPHEMES: readonly (readonly [string, readonly Viseme[]])[] = [
  ['tsch', ['DD', 'CH']],
  ['sch', ['CH']],
  ['chs', ['kk', 'SS']],
  ['äu', ['O', 'I']],
  ['eu', ['O', 'I']],
  ['au', ['aa', 'U']],
  ['ei', ['aa', 'I']],
  ['ai', ['aa', 'I']],
  ['ie', ['I']],
  ['ch', ['CH']],
  ['ck', ['kk']],
  ['ng', ['nn']],
  ['nk', ['nn', 'kk']],
  ['pf', ['PP', 'FF']],
  ['ph', ['FF']],
  ['qu', ['kk', 'FF']],
  ['tz', ['SS']],
  ['th', ['DD']],
  ['ß', ['SS']],
  ['a', ['aa']],
  ['ä', ['E']],
  ['e', ['E']],
  ['i', ['I']],
  ['y', ['I']],
  ['o', ['O']],
  ['ö', ['O']],
  ['u', ['U']],
  ['ü', ['U']],
  ['b', ['PP']],
  ['p', ['PP']],
  ['m', ['PP']],
  ['f', ['FF']],
  ['v', ['FF']],
  ['w', ['FF']],
  ['d', ['DD']],
  ['t', ['DD']],
  ['l', ['DD']],
  ['n', ['nn']],
  ['g', ['kk']],
  ['k', ['kk']],
  ['c', ['kk']],
  ['x', ['kk', 'SS']],
  ['j', ['I']],
  ['h', []],
  ['r', ['RR']],
  ['s', ['SS']],
  ['z', ['SS']],
];

/** The viseme sequence of a German word, with repeats of one viseme merged (they look like one). */
export function visemesOf(word: string): Viseme[] {
  const w = word.toLowerCase().normalize('NFC');
  const out: Viseme[] = [];
  let i = 0;
  while (i < w.length) {
    const match = GRAPHEMES.find(([g]) => w.startsWith(g, i));
    if (!match) {
      i++; // digits, hyphens, letters from other scripts: no lip shape of their own
      continue;
    }
    for (const v of match[1]) if (out[out.length - 1] !== v) out.push(v);
    i += match[0].length;
  }
  return out;
}

export interface VisemeKey {
  viseme: Viseme;
  start: number;
  duration: number;
}

/** Shortest time a viseme may take and still be seen; longer words are cut to their first syllables. */
export const MIN_VISEME_SECONDS = 0.07;

/**
 * Spreads a word's visemes over the time the sign offers. DGS mouthing often shows only the start of a
 * long word, so when the time is too short the tail is dropped rather than squeezed.
 */
export function timeVisemes(word: string, start: number, duration: number): VisemeKey[] {
  const all = visemesOf(word);
  const fit = Math.max(1, Math.floor(duration / MIN_VISEME_SECONDS + 1e-9));
  const kept = all.slice(0, fit);
  if (kept.length === 0) return [];
  const each = duration / kept.length;
  return kept.map((viseme, k) => ({ viseme, start: start + k * each, duration: each }));
}

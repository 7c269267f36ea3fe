// Fingerspelling with the DGS manual alphabet. The letters come from the timeline compiler's
// `spellLetters` (Ä, Ö, Ü, ß and SCH are letters of their own), so gloss rules and avatar agree.
import { spellLetters } from '../timeline/compile.js';

/** Symbols that have no letters to spell: they are spelled as the word one reads aloud. */
const SPOKEN_SYMBOLS: Readonly<Record<string, string>> = {
  '§': 'Paragraf',
  '§§': 'Paragrafen',
  '%': 'Prozent',
  '€': 'Euro',
  '&': 'und',
  '@': 'at',
  '+': 'plus',
};

/** The word that is spelled for `word`: a symbol's spoken form, else the word itself. */
export function spelledWord(word: string): string {
  return SPOKEN_SYMBOLS[word] ?? word;
}

/** The fingerspelling gloss of a word: `FS-` and its letters (`Müller` → `FS-MÜLLER`, `z. B.` → `FS-ZB`). */
export function fingerspellGloss(word: string): string {
  return `FS-${spellLetters(spelledWord(word)).join('')}`;
}

export { spellLetters };

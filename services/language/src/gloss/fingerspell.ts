// Fingerspelling with the DGS manual alphabet. The letters come from the timeline compiler's
// `spellLetters` (Ä, Ö, Ü, ß and SCH are letters of their own), so gloss rules and avatar agree.
import { spellLetters } from '../timeline/compile.js';

/** The fingerspelling gloss of a word: `FS-` and its letters (`Müller` → `FS-MÜLLER`, `z. B.` → `FS-ZB`). */
export function fingerspellGloss(word: string): string {
  return `FS-${spellLetters(word).join('')}`;
}

export { spellLetters };

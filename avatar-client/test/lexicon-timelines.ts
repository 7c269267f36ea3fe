// Every form the avatar can be asked to sign, compiled as the service compiles them: each lexicon sign, each
// fingerspelled letter, the number forms (one- and two-handed digits, teens, tens, hundreds, thousands,
// ordinals) and pointing to the loci. Framing checks run over all of them.
import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import { compileTimeline, glossKindOf, numberDigits, spellLetters, type SignData } from '@bbs/language';
import type { Timeline } from '@bbs/protocol';

const dictionary = loadGlossDictionary();

export const signData: SignData = {
  sign: (id) => dictionary.signs.find((s) => s.id === id),
  fingerspelling: dictionary.fingerspelling,
  numbers: dictionary.numbers,
};

/** Letters of the manual alphabet as one spelled word, so every letter is preceded by another. */
export const SPELLED = `FS-${dictionary.fingerspelling.symbols.map((s) => s.symbol).join('')}`;

/**
 * Number glosses: every number symbol of numbers.json, and numbers made with each of its forms (teens, tens,
 * doubles, hundreds, thousands, an ordinal, a year).
 */
export const NUMBERS = [
  ...dictionary.numbers.symbols.map((s) => s.symbol),
  ...['13', '16', '20', '22', '60', '100', '700', '1000', '3.', '2026'],
];

export const INDEX = ['IX-1', 'IX-2', 'IX-3a', 'IX-3b', 'IX-3c', 'POSS-1', 'POSS-3a'];

/** The glosses, in the order a `POST /v1/sign` with `glosses` takes them. */
export function everyGloss(): string[] {
  return [...dictionary.signs.map((s) => s.id), SPELLED, ...NUMBERS, ...INDEX];
}

/** One timeline with every gloss, compiled like `POST /v1/sign` with `{ glosses }`. */
export function everyFormTimeline(speed = 1): Timeline {
  const known = (id: string) => dictionary.signs.some((s) => s.id === id);
  const glosses = everyGloss().map((gloss) => {
    const kind = glossKindOf(gloss, known);
    return {
      gloss,
      kind,
      start: 0,
      end: 0,
      ...(kind === 'fingerspell' ? { letters: spellLetters(gloss.replace(/^FS-/, '')) } : {}),
      ...(kind === 'number' ? { digits: numberDigits(gloss) ?? '' } : {}),
    };
  });
  return compileTimeline({ glosses, nonManuals: [] }, signData, { speed, final: true });
}

// DGS number signs: the signs a number is made of. DGS follows the German number word, not the written digits:
// 25 is FÜNF ZWANZIG (unit before ten), 153 is HUNDERT DREI FÜNFZIG, 2026 is ZWEITAUSEND SECHS ZWANZIG, a year
// 1998 is NEUNZEHN HUNDERT ACHT NEUNZIG. 13–19, the tens, 22/33/…/99, the hundreds and the thousands are one
// sign each, made from the unit's hand with an orientation and movement of their own (the `forms` of
// gloss-dictionary/numbers.json); 1.–10. are the digit with the ordinal turn. Codes are signed digit by digit.
// Sources and the forms chosen: gloss-dictionary/README.md, "Numbers".
import type { NumberForm } from '@bbs/protocol';

export interface NumberPart {
  /** What the sign stands for: `16`, `2000`, `3.`, `HUNDERT`, `TAUSEND`. */
  label: string;
  /** The number symbol whose hands the sign is made with (0–12). */
  unit: number;
  /** `digit`: the symbol as it is; otherwise the number form applied to the unit's hands. */
  form: 'digit' | NumberForm;
}

export interface NumberSignOptions {
  /** An ordinal (`3.`, `dritten`): 1.–10. take the ordinal turn, from 11. on the cardinal sign is used. */
  ordinal?: boolean;
  /** A year: 1100–1999 are signed in hundreds (NEUNZEHN HUNDERT …), as German says them. */
  year?: boolean;
}

/** Above this, no composed form is described; the digits are signed one by one. */
const LARGEST = 999_999;

const part = (label: string | number, unit: number, form: NumberPart['form']): NumberPart => ({
  label: String(label),
  unit,
  form,
});

function belowHundred(n: number): NumberPart[] {
  if (n === 0) return [];
  // 11 and 12 have signs of their own.
  if (n <= 12) return [part(n, n, 'digit')];
  if (n < 20) return [part(n, n - 10, 'teen')];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (unit === 0) return [part(n, tens, 'ten')];
  if (unit === tens) return [part(n, unit, 'double')];
  return [part(unit, unit, 'digit'), part(tens * 10, tens, 'ten')];
}

function belowThousand(n: number): NumberPart[] {
  const hundreds = Math.floor(n / 100);
  return [...(hundreds > 0 ? [part(hundreds * 100, hundreds, 'hundred')] : []), ...belowHundred(n % 100)];
}

/** One digit sign per digit: phone and case numbers, codes with a leading zero. */
export function digitParts(digits: string): NumberPart[] {
  return [...digits].filter((d) => d >= '0' && d <= '9').map((d) => part(d, Number(d), 'digit'));
}

/** Whether digits are a code rather than a quantity: a leading zero (`0251`), or beyond the composed forms. */
export function isDigitCode(digits: string): boolean {
  return (digits.length > 1 && digits.startsWith('0')) || Number(digits) > LARGEST;
}

/**
 * The DGS number signs for a number written as digits (`16` → one sign, `25` → 5 20, `2026` → 2000 6 20);
 * empty for anything that is not a run of digits.
 */
export function numberSignParts(digits: string, options: NumberSignOptions = {}): NumberPart[] {
  if (!/^\d+$/.test(digits)) return [];
  if (isDigitCode(digits)) return digitParts(digits);
  const n = Number(digits);
  if (n === 0) return [part(0, 0, 'digit')];
  if (options.ordinal && n <= 10) return [part(`${n}.`, n, 'ordinal')];
  if (options.year && n >= 1100 && n < 2000) {
    return [...belowHundred(Math.floor(n / 100)), part('HUNDERT', 1, 'hundred'), ...belowHundred(n % 100)];
  }
  const thousands = Math.floor(n / 1000);
  const head =
    thousands === 0
      ? []
      : thousands <= 9
        ? [part(thousands * 1000, thousands, 'thousand')]
        : [...belowThousand(thousands), part('TAUSEND', 1, 'thousand')];
  return [...head, ...belowThousand(n % 1000)];
}

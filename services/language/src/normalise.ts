// Text normalisation with an offset map.
//
// Design choice: the service must report offsets into the ORIGINAL input (to highlight and replace
// passages of a web page), but the splitter, tokeniser and lexicon want clean text (one kind of quote,
// no soft hyphens inside words, composed umlauts). So we normalise once and keep, for every UTF-16 unit
// of the normalised text, the raw range it came from. The splitter and tokeniser work on the
// normalised text and map every span back; `text` fields are always raw slices, `norm` fields the
// normalised spelling. Mapping is by raw "cluster" (a code point plus its combining marks, or a
// whitespace run), so a span never starts or ends inside a raw character.

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** The raw input it came from. */
  readonly raw: string;
  /** For normalised unit i: the raw offset where its source cluster starts. */
  readonly rawStart: Int32Array;
  /** For normalised unit i: the raw offset where its source cluster ends (exclusive). */
  readonly rawEnd: Int32Array;
}

// Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM, Mongolian
// vowel separator. Web pages use them for hyphenation hints and they would split or hide words.
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);

// One-to-one replacements. Quotes become ASCII so that the splitter needs no opening/closing table;
// hyphens and minus become '-', dashes become the en dash (Gedankenstrich/range) so the two stay apart.
const REPLACE = new Map<number, string>([
  [0x201e, '"'], // „
  [0x201c, '"'], // “
  [0x201d, '"'], // ”
  [0x201f, '"'], // ‟
  [0x00ab, '"'], // «
  [0x00bb, '"'], // »
  [0x2033, '"'], // ″
  [0x201a, "'"], // ‚
  [0x2018, "'"], // ‘
  [0x2019, "'"], // ’
  [0x201b, "'"], // ‛
  [0x2039, "'"], // ‹
  [0x203a, "'"], // ›
  [0x00b4, "'"], // ´ used as apostrophe
  [0x0060, "'"], // ` used as apostrophe
  [0x2032, "'"], // ′
  [0x2010, '-'], // hyphen
  [0x2011, '-'], // non-breaking hyphen
  [0x2212, '-'], // minus sign
  [0xfe63, '-'],
  [0xff0d, '-'],
  [0x2012, '–'], // figure dash
  [0x2013, '–'], // en dash
  [0x2014, '–'], // em dash
  [0x2015, '–'], // horizontal bar
  [0xfe58, '–'],
  [0x2026, '...'], // ellipsis: three ASCII dots, as most authors type it
]);

function isWhitespace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Line breaks a whitespace character stands for (a paragraph separator counts as a blank line). */
function newlinesOf(cp: number): number {
  if (cp === 0x2029) return 2;
  return cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d || cp === 0x85 || cp === 0x2028 ? 1 : 0;
}

const COMBINING = /\p{M}/u;

/**
 * Normalises `raw`: NFC, unified quotes/dashes/ellipsis, invisible characters removed, every
 * whitespace run collapsed to one space, one newline, or a blank line (`\n\n`) — line structure is
 * kept because headings, list items and paragraphs end sentences.
 */
export function normalize(raw: string): NormalizedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, from: number, to: number): void => {
    out += s;
    for (let k = 0; k < s.length; k++) {
      starts.push(from);
      ends.push(to);
    }
  };

  let i = 0;
  const n = raw.length;
  while (i < n) {
    const cp = raw.codePointAt(i)!;
    if (isWhitespace(cp)) {
      let j = i;
      let newlines = 0;
      while (j < n) {
        const c = raw.codePointAt(j)!;
        if (isWhitespace(c)) {
          // \r\n is one line break
          if (!(c === 0x0a && j > i && raw.charCodeAt(j - 1) === 0x0d)) newlines += newlinesOf(c);
        } else if (!INVISIBLE.has(c)) break;
        j += c > 0xffff ? 2 : 1;
      }
      emit(newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ', i, j);
      i = j;
      continue;
    }
    if (INVISIBLE.has(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let j = i + (cp > 0xffff ? 2 : 1);
    const single = j;
    while (j < n && raw.charCodeAt(j) >= 0x300) {
      const ch = String.fromCodePoint(raw.codePointAt(j)!);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    const replaced = j === single ? REPLACE.get(cp) : undefined;
    emit(replaced ?? raw.slice(i, j).normalize('NFC'), i, j);
    i = j;
  }
  return { text: out, raw, rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
}

/** The normalised string alone, for callers that need no offsets. */
export function normalizeText(raw: string): string {
  return normalize(raw).text;
}

/** Maps a span [start, end) of the normalised text to the raw input. */
export function toRawSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < n.rawStart.length ? n.rawStart[start]! : n.raw.length;
    return { start: at, end: at };
  }
  return { start: n.rawStart[start]!, end: n.rawEnd[end - 1]! };
}

/** A lower-case word without its umlauts (`hände` → `hande`), to find the base of a plural or derivation. */
export const withoutUmlauts = (word: string): string => word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

// Sentence splitting on top of the tokeniser. The tokeniser already decided which periods belong to
// abbreviations, ordinals, dates, numbers, URLs and e-mail addresses, so here a period token is a
// real candidate full stop. What remains is layout: blank lines, headings, list items.
//
// Rules, in order:
//  1. A blank line always ends a sentence.
//  2. `.`, `!`, `?`, `...` end a sentence (closing quotes/brackets right after them belong to it) unless
//     the next token starts with a lower-case letter or is `,;:` — then it was an unknown abbreviation or
//     an exclamation inside a sentence.
//  3. An abbreviation that may close a sentence (`usw.`, `Fr.` as Freitag, `Min.`) ends one before a
//     capitalised word; an ordinal or a date ending in a period (`der 3.`, `am 12.03.`) ends one before a
//     typical sentence opener (`Die`, `Bitte`, `Sie` …) or at the end of a line.
//  4. A single line break ends a sentence (headings, labels, list items) unless the line plainly
//     continues: it ends with a comma, hyphen, article, preposition or conjunction, or the next line
//     starts in lower case. Scraped pages put one block per line; hard-wrapped prose is rarer.
//  5. Lines starting with a bullet (`- `, `• `, `* `) or a number (`1. `, `1)`, `a)`) are list items; the
//     marker is reported apart from the sentence span, and an item always ends at its line break (even
//     after a comma). `1. Januar` and `2. OG` at a line start are not items.

import { findAbbreviation } from './abbreviations.js';
import { CONTINUATION_WORDS, LINE_START_ORDINAL_NOUNS, SENTENCE_STARTERS } from './context-words.js';
import { normalize, toRawSpan, type NormalizedText } from './normalise.js';
import { scanTokens, toToken, type ScanToken } from './tokens.js';
import type { Sentence, SentenceKind, Token } from './types.js';

export interface SegmentedSentence extends Sentence {
  readonly tokens: readonly Token[];
}

const MARKER_RE = /(?:[-–•*·▪◦‣►]|\d{1,2}[.)]|[a-zA-Z]\)|\(\d{1,2}\)|\([a-z]\))(?= )/y;
const CLOSERS = new Set(['"', "''", "'", ')', ']', '}']);
const TERMINAL_RE = /^(?:[.!?]+|\.\.\.)$/;

function listMarker(s: string, t: ScanToken): number | undefined {
  MARKER_RE.lastIndex = t.start;
  const m = MARKER_RE.exec(s);
  if (!m) return undefined;
  if (/^\d+\.$/.test(m[0])) {
    // `1. Januar` and `2. OG` at a line start are a date and a floor, not item numbers.
    const next = /^ ([\p{L}][\p{L}\p{M}-]*\.?)/u.exec(s.slice(t.start + m[0].length))?.[1]?.toLowerCase();
    if (next && (LINE_START_ORDINAL_NOUNS.has(next) || LINE_START_ORDINAL_NOUNS.has(next.replace(/\.$/, '')))) {
      return undefined;
    }
  }
  return t.start + m[0].length;
}

function lineStartBefore(s: string, t: ScanToken): boolean {
  let k = t.start - 1;
  while (k >= 0 && s[k] === ' ') k--;
  return k < 0 || s[k] === '\n';
}

const startsLower = (w: string): boolean => /^\p{Ll}/u.test(w);
const startsUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Splits text into sentences with their tokens. Offsets are into `text`. */
export function segment(text: string): SegmentedSentence[] {
  const n = normalize(text);
  const s = n.text;
  const toks = scanTokens(s);
  const out: SegmentedSentence[] = [];
  const str = (t: ScanToken | undefined): string => (t ? s.slice(t.start, t.end) : '');

  let first = -1; // index of the first token of the open sentence
  let marker: { start: number; end: number } | undefined;
  let terminated = false;

  const close = (last: number): void => {
    if (first >= 0 && last >= first) out.push(build(n, toks, first, last, marker, terminated));
    first = -1;
    marker = undefined;
    terminated = false;
  };

  for (let i = 0; i < toks.length; i++) {
    let t = toks[i]!;
    if (first < 0) {
      if (lineStartBefore(s, t)) {
        const markerEnd = listMarker(s, t);
        if (markerEnd !== undefined) {
          marker = { start: t.start, end: markerEnd };
          while (i < toks.length && toks[i]!.end <= markerEnd) i++;
          if (i >= toks.length) break;
          t = toks[i]!;
          if (s.slice(markerEnd, t.start).includes('\n')) {
            // a bare marker line: nothing to say
            marker = undefined;
          }
        }
      }
      first = i;
    }

    const word = str(t);
    let kindOfEnd: 'strong' | 'abbreviation' | 'ordinal' | 'none' = 'none';
    if (t.kind === 'punct' && TERMINAL_RE.test(word)) {
      kindOfEnd = 'strong';
      // closing quotes and brackets written right after the full stop belong to this sentence
      while (i + 1 < toks.length && toks[i + 1]!.start === toks[i]!.end && CLOSERS.has(str(toks[i + 1]))) i++;
    } else if (t.kind === 'abbreviation' && word.endsWith('.')) {
      kindOfEnd = 'abbreviation';
    } else if ((t.kind === 'ordinal' || t.kind === 'date') && word.endsWith('.')) {
      kindOfEnd = 'ordinal';
    }

    const last = toks[i]!;
    const next = toks[i + 1];
    // a line ending in a colon introduces what follows: a sentence, not a heading
    const colon = word === ':';
    if (!next) {
      terminated = kindOfEnd !== 'none' || colon;
      close(i);
      break;
    }
    const gap = s.slice(last.end, next.start);
    const nextWord = str(next);
    if (gap.includes('\n\n')) {
      terminated = kindOfEnd !== 'none' || colon;
      close(i);
      continue;
    }

    let boundary = false;
    if (kindOfEnd === 'strong') {
      // a missing space (`da!Rufen`) still ends the sentence when a capital follows
      boundary =
        (gap.length > 0 || startsUpper(nextWord)) && !startsLower(nextWord) && ![',', ';', ':'].includes(nextWord);
    } else if (kindOfEnd === 'abbreviation') {
      const entry = findAbbreviation(word);
      const weekdayAsTitle = entry?.kind === 'weekday' && t.expansion !== entry.expansion;
      boundary =
        gap.length > 0 &&
        entry?.canEndSentence === true &&
        !weekdayAsTitle &&
        (startsUpper(nextWord) || nextWord === '"');
    } else if (kindOfEnd === 'ordinal') {
      boundary = gap.length > 0 && SENTENCE_STARTERS.has(nextWord.toLowerCase()) && startsUpper(nextWord);
    }
    if (boundary) {
      terminated = true;
      close(i);
      continue;
    }

    if (gap.includes('\n')) {
      const nextIsItem = listMarker(s, next) !== undefined;
      // an abbreviation that never ends a sentence (`z. B.`) at a line end means the line was wrapped
      const openAbbreviation = kindOfEnd === 'abbreviation' && findAbbreviation(word)?.canEndSentence !== true;
      const continues =
        word === ',' ||
        word.endsWith('-') ||
        CONTINUATION_WORDS.has(word.toLowerCase()) ||
        startsLower(nextWord) ||
        openAbbreviation;
      if (marker !== undefined || nextIsItem || !continues) {
        terminated = (kindOfEnd !== 'none' && !openAbbreviation) || colon;
        close(i);
      }
    }
  }
  return out;
}

function build(
  n: NormalizedText,
  toks: readonly ScanToken[],
  first: number,
  last: number,
  marker: { start: number; end: number } | undefined,
  terminated: boolean,
): SegmentedSentence {
  const start = toks[first]!.start;
  const end = toks[last]!.end;
  const span = toRawSpan(n, start, end);
  let kind: SentenceKind = terminated ? 'sentence' : 'heading';
  let markerSpan: Sentence['marker'];
  if (marker) {
    kind = 'item';
    const m = toRawSpan(n, marker.start, marker.end);
    markerSpan = { text: n.raw.slice(m.start, m.end), start: m.start, end: m.end };
  }
  return {
    text: n.raw.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    norm: n.text.slice(start, end),
    kind,
    ...(markerSpan ? { marker: markerSpan } : {}),
    tokens: toks.slice(first, last + 1).map((t) => toToken(n, t)),
  };
}

/** Splits text into sentences; offsets are into `text` (end exclusive) and `text.slice(start, end) === sentence.text`. */
export function splitSentences(text: string): Sentence[] {
  return segment(text).map(({ tokens: _tokens, ...sentence }) => sentence);
}

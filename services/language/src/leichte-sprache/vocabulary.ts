// Words a Leichte Sprache reader may not know, left in a rewritten sentence without an explanation: a content word
// outside a list of easy words (the lemmas a children's lexicon uses often, data/easy-words-de.json) that the
// glossary does not explain, and an acronym the glossary does not know (`BAMF`, `SGB`). A compound counts as easy
// when each of its parts is (`Kranken-Versicherung`). The concern `hard-word` (concerns.ts) reads this.

import type { Analyzer } from '../analyse.js';
import type { AnalyzedToken } from '../types.js';
import { LINKING } from './compounds.js';
import { withoutUmlauts } from '../normalise.js';

export interface Vocabulary {
  /** Lower-case lemmas a reader knows. */
  readonly easy: ReadonlySet<string>;
  /** Lower-case words the glossary explains where they occur. */
  readonly explained: ReadonlySet<string>;
}

const CONTENT = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);
/** Acronyms everyone reads as a word. */
const KNOWN_ACRONYMS = new Set(['EU', 'USA', 'UN', 'TV', 'PDF', 'SMS', 'WLAN', 'DVD', 'CD', 'ICE', 'PC', 'OK', 'WC']);
/** Shorter words are almost always everyday words or parts the analyser knows. */
const MIN_LENGTH = 5;
const MIN_PART = 3;
/** Letters from which a compound written in one piece is too long to read (Leichte Sprache splits it). */
const LONG_COMPOUND = 20;

/** A street's name (`Pestalozzistraße`, `Bahnhofstr.`, `Am Rathausplatz`): a name, not a word to explain. */
const STREET = /(straße|str\.?|weg|gasse|platz|allee|ring|damm|ufer)$/iu;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/**
 * Forms of a word the easy list may have instead: without a linking element or an ending (`Aufenthalts` →
 * `aufenthalt`, `Tipps` → `tipp`, `genauere` → `genau`), the masculine of a feminine (`Ärztin` → `arzt`), the verb
 * of a participle (`ausgewählten` → `auswählen`, `wählen`) or of a verb stem (`Wohn-` → `wohnen`).
 */
function forms(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set([lower]);
  for (const l of LINKING) {
    if (l && lower.endsWith(l) && lower.length - l.length >= MIN_PART) out.add(lower.slice(0, -l.length));
  }
  for (const ending of ['innen', 'in']) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_PART) continue;
    const base = lower.slice(0, -ending.length);
    out.add(base).add(withoutUmlauts(base));
  }
  const adjective = /^(.{3,}?)(er|st)?(e|en|er|es|em)?$/.exec(lower);
  if (adjective) out.add(adjective[1]!).add(withoutUmlauts(adjective[1]!));
  const participle = /^([a-zäöüß]*?)ge([a-zäöüß]{3,}?)e?t(e|en|er|es|em)?$/.exec(lower);
  if (participle) out.add(`${participle[1]}${participle[2]}en`).add(`${participle[2]}en`);
  for (const f of [...out]) out.add(`${f}en`).add(`${f}n`);
  return [...out];
}

function easyPart(part: string, vocabulary: Vocabulary): boolean {
  return forms(part).some((f) => vocabulary.easy.has(f) || vocabulary.explained.has(f));
}

/**
 * An unsplit compound whose parts are all easy (`Schulweg`, `Wohnungssuche`, `Sprachlernspiele`): an easy head
 * (in any of its forms), and before it an easy word or another such compound.
 */
function easyCompound(word: string, vocabulary: Vocabulary, depth = 0): boolean {
  const lower = word.toLowerCase();
  if (depth > 3) return false;
  for (let cut = MIN_PART; cut <= lower.length - 3; cut++) {
    const modifier = lower.slice(0, cut);
    if (!easyPart(lower.slice(cut), vocabulary)) continue;
    if (easyPart(modifier, vocabulary) || easyCompound(modifier, vocabulary, depth + 1)) return true;
  }
  return false;
}

function hard(t: AnalyzedToken, vocabulary: Vocabulary): boolean {
  if (t.kind !== 'word' || !CONTENT.has(t.upos) || /\d/.test(t.norm)) return false;
  if (t.norm.length < MIN_LENGTH) return false;
  if ([t.lemma, t.norm].some((w) => easyPart(w, vocabulary))) return false;
  // `Kranken-Versicherung`, `Hirnhaut- und …`: every part of a written-out compound; a street is a name
  if (STREET.test(t.norm)) return false;
  const parts = t.lemma.split('-').filter((p) => p.length > 0);
  if (parts.length > 1)
    return !parts.every((p) => p.length < MIN_PART || easyPart(p, vocabulary) || easyCompound(p, vocabulary));
  // a long compound left in one piece is hard however easy its parts (`Grundschuleingangsuntersuchung`)
  // only a noun compound is as easy as its parts: `rechtskräftig`, `fristwahrend` mean more than theirs
  return t.norm.length > LONG_COMPOUND || t.upos !== 'NOUN' || !easyCompound(parts[0] ?? t.lemma, vocabulary);
}

/** The hard words of one line of output, as written. */
export function hardWordsIn(analyzer: Analyzer, line: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (const t of analyzer.analyzeSentence(line)) {
    const acronym =
      ACRONYM.test(t.norm) && !KNOWN_ACRONYMS.has(t.norm) && !vocabulary.explained.has(t.norm.toLowerCase());
    if (acronym || hard(t, vocabulary)) out.push(t.norm);
  }
  return out;
}

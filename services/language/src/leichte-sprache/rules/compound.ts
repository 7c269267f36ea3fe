import type { Lexicon } from '../../lexicon.js';
import { CompoundSplitter, joinParts } from '../compounds.js';
import { syllables } from '../syllables.js';
import type { LsRule, RuleHit } from '../types.js';

/** Longer than this (letters) is a very long word. */
export const LONG_WORD_LETTERS = 20;

const splitters = new WeakMap<object, CompoundSplitter>();

/** One splitter per lexicon, so its cache lives as long as the analyzer. */
export function splitterFor(lexicon: Lexicon): CompoundSplitter {
  let s = splitters.get(lexicon);
  if (!s) {
    s = new CompoundSplitter(lexicon);
    splitters.set(lexicon, s);
  }
  return s;
}

const letters = (w: string): number => w.match(/\p{L}/gu)?.length ?? 0;

export const compound: LsRule = {
  id: 'compound',
  title: 'Lange Wörter trennen',
  severity: { din: 'info', netzwerk: 'warning' },
  strongSeverity: { din: 'warning', netzwerk: 'error' },
  description:
    'Lange zusammengesetzte Wörter sind schwer zu lesen. Trennen Sie die Teile mit einem Binde-Strich ' +
    '(Bürger-Büro) oder einem Medio-Punkt (Bürger·büro). Das gilt für Wörter aus 3 oder mehr Teilen und ' +
    'für Wörter mit 4 oder mehr Silben. Sehr lange Wörter (ab 20 Buchstaben) sind ein größeres Problem.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc, analyzer, separator, profile }) {
    const hits: RuleHit[] = [];
    const splitter = splitterFor(analyzer.lexicon);
    for (const s of doc.sentences) {
      for (const w of s.words) {
        const t = w.token;
        if (w.first !== w.last || t.kind !== 'word' || (t.upos !== 'NOUN' && t.upos !== 'PROPN')) continue;
        if (t.norm.includes('-')) {
          // Netzwerk: after the hyphen a capital letter (`Bürger-Büro`, not `Bürger-büro`)
          const parts = t.norm.split('-');
          if (profile === 'netzwerk' && separator === 'hyphen' && parts.slice(1).some((p) => /^\p{Ll}{2}/u.test(p))) {
            hits.push({
              start: w.start,
              end: w.end,
              message: 'Nach dem Binde-Strich schreiben Sie groß weiter.',
              suggestion: joinParts(parts, 'hyphen'),
            });
          }
          continue;
        }
        const parts = splitter.parts(t.norm);
        if (!parts) continue;
        const syl = syllables(t.norm);
        if (parts.length < 3 && syl < 4) continue;
        const veryLong = letters(t.norm) >= LONG_WORD_LETTERS;
        hits.push({
          start: w.start,
          end: w.end,
          message: veryLong
            ? `„${w.text}“ ist ein sehr langes Wort. Es hat ${parts.length} Teile.`
            : `„${w.text}“ ist ein langes Wort. Trennen Sie die Teile.`,
          suggestion: joinParts(parts, separator),
          ...(veryLong ? { strong: true } : {}),
        });
      }
    }
    return hits;
  },
};

export const longWord: LsRule = {
  id: 'long-word',
  title: 'Sehr lange Wörter',
  severity: { din: 'warning', netzwerk: 'warning' },
  description: `Wörter mit ${LONG_WORD_LETTERS} oder mehr Buchstaben sind sehr schwer zu lesen. Benutzen Sie ein kürzeres Wort oder erklären Sie das Wort.`,
  source: 'DIN SPEC 33429',
  check({ doc, analyzer }) {
    const hits: RuleHit[] = [];
    const splitter = splitterFor(analyzer.lexicon);
    for (const s of doc.sentences) {
      for (const w of s.words) {
        if (!['word', 'abbreviation'].includes(w.token.kind) || w.first !== w.last) continue;
        const parts = w.norm.split(/[-·]/);
        if (!parts.some((p) => letters(p) >= LONG_WORD_LETTERS)) continue;
        // compounds the compound rule can split are reported there, with the split as suggestion
        if (parts.length === 1 && (w.token.upos === 'NOUN' || w.token.upos === 'PROPN') && splitter.parts(w.norm))
          continue;
        hits.push({
          start: w.start,
          end: w.end,
          message: `„${w.text}“ ist ein sehr langes Wort.`,
          suggestion: 'Benutzen Sie ein kürzeres Wort. Oder erklären Sie das Wort mit kurzen Sätzen.',
        });
      }
    }
    return hits;
  },
};

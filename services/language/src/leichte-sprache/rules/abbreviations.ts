import { FOREIGN_WORDS } from '../data/words.js';
import type { LsRule, RuleHit } from '../types.js';

export const abbreviations: LsRule = {
  id: 'abbreviation',
  title: 'Keine Abkürzungen',
  severity: { din: 'warning', netzwerk: 'error' },
  description: 'Abkürzungen wie „z. B.“, „ggf.“ oder „Nr.“ sind schwer. Schreiben Sie das ganze Wort.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const t of s.tokens) {
        if (t.kind !== 'abbreviation' || !t.expansion) continue;
        hits.push({
          start: t.start,
          end: t.end,
          message: `„${t.text}“ ist eine Abkürzung. Schreiben Sie das ganze Wort.`,
          // `ca.` → circa is a foreign word itself: suggest the plain word
          suggestion: FOREIGN_WORDS[t.expansion.toLowerCase()] ?? t.expansion,
        });
      }
    }
    return hits;
  },
};

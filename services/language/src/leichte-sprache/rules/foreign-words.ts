import { FOREIGN_PREFIXES, FOREIGN_WORDS } from '../data/words.js';
import type { LsRule, RuleHit } from '../types.js';

/** Multi-word entries (`de facto`) by their first word. */
const MULTI = Object.keys(FOREIGN_WORDS)
  .filter((k) => k.includes(' '))
  .map((k) => k.split(' '));

export const foreignWords: LsRule = {
  id: 'foreign-word',
  title: 'Keine Fremd-Wörter',
  severity: { din: 'warning', netzwerk: 'warning' },
  description:
    'Fremd-Wörter aus dem Englischen oder Lateinischen sind schwer. Benutzen Sie deutsche Wörter: ' +
    '„im Internet“ statt „online“. Bekannte Wörter wie E-Mail, Internet oder Handy sind in Ordnung.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const t = s.tokens;
      for (let i = 0; i < t.length; i++) {
        const tok = t[i]!;
        if (tok.kind !== 'word') continue;
        const w = tok.norm.toLowerCase();
        const multi = MULTI.find((m) => m.every((part, k) => t[i + k]?.norm.toLowerCase() === part));
        if (multi) {
          const last = t[i + multi.length - 1]!;
          hits.push({
            start: tok.start,
            end: last.end,
            message: `„${doc.text.slice(tok.start, last.end)}“ ist ein Fremd-Wort.`,
            suggestion: FOREIGN_WORDS[multi.join(' ')]!,
          });
          i += multi.length - 1;
          continue;
        }
        let plain = FOREIGN_WORDS[w] ?? FOREIGN_WORDS[tok.lemma.toLowerCase()];
        if (plain === undefined) {
          const parts = w.split('-');
          const part = parts.length > 1 ? parts.find((p) => FOREIGN_WORDS[p] !== undefined && p.length > 3) : undefined;
          const prefix = FOREIGN_PREFIXES.find((p) => w.startsWith(p) && w.length > p.length + 2);
          if (part) plain = `ein deutsches Wort für „${part}“: ${FOREIGN_WORDS[part]}`;
          else if (prefix) plain = `ein deutsches Wort für „${prefix}“: ${FOREIGN_WORDS[prefix]}`;
        }
        if (plain === undefined) continue;
        hits.push({
          start: tok.start,
          end: tok.end,
          message: `„${tok.text}“ ist ein Fremd-Wort. Viele Menschen kennen es nicht.`,
          suggestion: plain.startsWith('ein deutsches') ? `Benutzen Sie ${plain}` : plain,
        });
      }
    }
    return hits;
  },
};

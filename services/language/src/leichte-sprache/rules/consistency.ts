import { SYNONYM_GROUPS } from '../data/words.js';
import type { LsRule, RuleHit } from '../types.js';

const GROUP_OF = new Map<string, number>();
SYNONYM_GROUPS.forEach((group, g) => {
  for (const w of group) GROUP_OF.set(w.toLowerCase().replace(/[-·]/g, ''), g);
});

export const consistency: LsRule = {
  id: 'consistency',
  title: 'Immer das gleiche Wort',
  severity: { din: 'info', netzwerk: 'warning' },
  description:
    'Benutzen Sie für eine Sache immer das gleiche Wort. Schreiben Sie nicht einmal „Ausweis“ und einmal ' +
    '„Personal-Ausweis“. Schreiben Sie ein Wort auch immer gleich: nicht „Bürgerbüro“ und „Bürger-Büro“.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    // first spelling of each lemma without separators, first word used for each synonym group
    const spelling = new Map<string, string>();
    const groupWord = new Map<number, string>();
    // each other word or spelling is reported once, where it first appears
    const reported = new Set<string>();
    for (const s of doc.sentences) {
      for (const w of s.words) {
        const t = w.token;
        if (t.kind !== 'word' || (t.upos !== 'NOUN' && t.upos !== 'PROPN')) continue;
        const lemma = t.lemma;
        const key = lemma.toLowerCase().replace(/[-·]/g, '');
        const written = /[-·]/.test(w.norm) ? 'separated' : 'joined';
        const before = spelling.get(key);
        if (before === undefined) spelling.set(key, `${written}|${w.text}`);
        else if (!before.startsWith(written) && key.length > 5) {
          const first = before.slice(before.indexOf('|') + 1);
          if (reported.has(`spelling|${key}`)) continue;
          reported.add(`spelling|${key}`);
          hits.push({
            start: w.start,
            end: w.end,
            message: `Sie haben das Wort vorher anders geschrieben: „${first}“. Schreiben Sie ein Wort immer gleich.`,
            suggestion: first,
          });
          continue;
        }
        const group = GROUP_OF.get(key);
        if (group === undefined) continue;
        const used = groupWord.get(group);
        if (used === undefined) groupWord.set(group, lemma);
        else if (used.toLowerCase().replace(/[-·]/g, '') !== key && !reported.has(`word|${key}`)) {
          reported.add(`word|${key}`);
          hits.push({
            start: w.start,
            end: w.end,
            message: `Vorher haben Sie „${used}“ geschrieben. Benutzen Sie für eine Sache immer das gleiche Wort.`,
            suggestion: used,
          });
        }
      }
    }
    return hits;
  },
};

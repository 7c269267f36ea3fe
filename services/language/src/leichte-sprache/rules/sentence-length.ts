import type { LsRule, RuleHit } from '../types.js';

export const TARGET_WORDS = 10;
export const MAX_WORDS = 15;

export const sentenceLength: LsRule = {
  id: 'sentence-length',
  title: 'Kurze Sätze',
  severity: { din: 'info', netzwerk: 'warning' },
  strongSeverity: { din: 'error', netzwerk: 'error' },
  description: `Ein Satz soll höchstens ${TARGET_WORDS} Wörter haben. Über ${MAX_WORDS} Wörter ist ein Satz zu lang.`,
  source: 'DIN SPEC 33429',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const n = s.words.length;
      if (n <= TARGET_WORDS) continue;
      hits.push({
        start: s.sentence.start,
        end: s.sentence.end,
        message:
          n > MAX_WORDS
            ? `Der Satz ist zu lang: ${n} Wörter. Ein Satz soll höchstens ${TARGET_WORDS} Wörter haben.`
            : `Der Satz ist lang: ${n} Wörter. Besser sind höchstens ${TARGET_WORDS} Wörter.`,
        suggestion: 'Machen Sie aus dem Satz 2 oder mehr kurze Sätze.',
        ...(n > MAX_WORDS ? { strong: true } : {}),
      });
    }
    return hits;
  },
};

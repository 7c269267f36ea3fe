import type { LsRule, RuleHit } from '../types.js';

export const TARGET_WORDS = 10;
export const MAX_WORDS = 15;
/** Einfache Sprache: up to 15 words is fine, over 20 too long. */
export const EINFACH_TARGET_WORDS = 15;
export const EINFACH_MAX_WORDS = 20;

export const sentenceLength: LsRule = {
  id: 'sentence-length',
  title: 'Kurze Sätze',
  severity: { din: 'info', netzwerk: 'warning' },
  strongSeverity: { din: 'error', netzwerk: 'error' },
  description: `Ein Satz soll höchstens ${TARGET_WORDS} Wörter haben. Über ${MAX_WORDS} Wörter ist ein Satz zu lang.`,
  source: 'DIN SPEC 33429',
  check({ doc, profile }) {
    const hits: RuleHit[] = [];
    const [target, max] = profile === 'einfach' ? [EINFACH_TARGET_WORDS, EINFACH_MAX_WORDS] : [TARGET_WORDS, MAX_WORDS];
    for (const s of doc.sentences) {
      const n = s.words.length;
      if (n <= target) continue;
      hits.push({
        start: s.sentence.start,
        end: s.sentence.end,
        message:
          n > max
            ? `Der Satz ist zu lang: ${n} Wörter. Ein Satz soll höchstens ${target} Wörter haben.`
            : `Der Satz ist lang: ${n} Wörter. Besser sind höchstens ${target} Wörter.`,
        suggestion: 'Machen Sie aus dem Satz 2 oder mehr kurze Sätze.',
        ...(n > max ? { strong: true } : {}),
      });
    }
    return hits;
  },
};

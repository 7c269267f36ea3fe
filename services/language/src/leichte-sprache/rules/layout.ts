import type { LsRule, RuleHit } from '../types.js';

export const oneSentencePerLine: LsRule = {
  id: 'one-sentence-per-line',
  title: 'Jeder Satz in einer neuen Zeile',
  severity: { din: 'info', netzwerk: 'warning' },
  description: 'Beginnen Sie jeden Satz in einer neuen Zeile. Dann ist der Text leichter zu lesen.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    doc.sentences.forEach((s, i) => {
      const previous = doc.sentences[i - 1];
      if (!previous || s.words.length === 0 || previous.endLine !== s.line) return;
      hits.push({
        start: s.sentence.start,
        end: s.sentence.end,
        message: 'Hier stehen 2 Sätze in einer Zeile.',
        suggestion: 'Beginnen Sie diesen Satz in einer neuen Zeile.',
      });
    });
    return hits;
  },
};

export const MAX_PARAGRAPH_SENTENCES = 6;

export const longParagraph: LsRule = {
  id: 'long-paragraph',
  title: 'Kurze Absätze',
  severity: { din: 'info', netzwerk: 'info' },
  description: `Ein Absatz soll höchstens ${MAX_PARAGRAPH_SENTENCES} Sätze haben. Machen Sie nach einem Thema einen neuen Absatz.`,
  source: 'DIN SPEC 33429',
  check({ doc }) {
    const hits: RuleHit[] = [];
    const byParagraph = new Map<number, typeof doc.sentences>();
    for (const s of doc.sentences) {
      if (s.words.length === 0) continue;
      byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
    }
    for (const sentences of byParagraph.values()) {
      if (sentences.length <= MAX_PARAGRAPH_SENTENCES) continue;
      hits.push({
        start: sentences[0]!.sentence.start,
        end: sentences.at(-1)!.sentence.end,
        message: `Der Absatz ist lang: ${sentences.length} Sätze.`,
        suggestion: 'Teilen Sie den Absatz. Eine Leer-Zeile trennt 2 Absätze.',
      });
    }
    return hits;
  },
};

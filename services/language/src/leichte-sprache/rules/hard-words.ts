import type { GlossaryIndex, GlossaryMatch } from '../glossary.js';
import type { LsRule, LsSentence, LsWord, RuleHit } from '../types.js';

/** Phrases that introduce an explanation: „Das ist …“, „Das bedeutet: …“, „… heißt: …“. */
const EXPLAINS =
  /\b(?:das|dies|er|sie|es)\s+(?:ist|sind|heißt|bedeutet|meint)\b|\bbedeutet\b|\bheißt\b|\bnennt man\b|\bdas sind\b/i;

function explained(
  sentences: readonly LsSentence[],
  index: number,
  w: LsWord,
  term: GlossaryMatch,
  glossary: GlossaryIndex,
): boolean {
  const isTerm = (x: LsWord) => glossary.termOf(x)?.key === term.key;
  const here = sentences[index]!;
  const after = here.sentence.text.slice(w.end - here.sentence.start);
  // in the same sentence: „Bürger-Büro: Dort …“, „Bürger-Büro. Das ist …“, „… Wohn-Geld. Das heißt …“
  if (/^\s*(?::|–|—|\(|,\s*(?:das|also)\b)/i.test(after) || EXPLAINS.test(after)) return true;
  for (const next of sentences.slice(index + 1, index + 3)) {
    if (EXPLAINS.test(next.sentence.text) && (next.index === index + 1 || next.words.some(isTerm))) {
      return true;
    }
    // „Das Bürger-Büro ist ein Amt von der Stadt.“
    const k = next.words.findIndex(isTerm);
    if (k >= 0 && /^(?:ist|sind|heißt|heißen|bedeutet)$/i.test(next.words[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

export const hardWords: LsRule = {
  id: 'hard-word',
  title: 'Schwere Wörter erklären',
  severity: { din: 'warning', netzwerk: 'warning' },
  description:
    'Schwere Wörter aus dem Amt müssen Sie erklären. Zum Beispiel: „Sie brauchen eine Melde-Bescheinigung. ' +
    'Das ist ein Papier. Darauf steht: Hier wohnen Sie.“ Das Wort wird beim ersten Mal geprüft.',
  source: 'DIN SPEC 33429',
  check({ doc, glossary, profile }) {
    const hits: RuleHit[] = [];
    if (glossary.size === 0) return hits;
    const seen = new Set<string>();
    const context = doc.sentences.map((s) => glossary.contextOf(s.words));
    const topic = new Set(context.flatMap((c) => [...c]));
    doc.sentences.forEach((s, index) => {
      for (const w of s.words) {
        if (w.token.kind !== 'word') continue;
        const term = glossary.termOf(w);
        if (!term || seen.has(term.key)) continue;
        // Einfache Sprache leaves out what a reader at about B1 knows
        if (profile === 'einfach' && term.term.einfach === false) continue;
        const near = new Set([...(context[index - 1] ?? []), ...context[index]!, ...(context[index + 1] ?? [])]);
        const sense = glossary.senseOf(term, near, topic);
        // a term with senses for some contexts only is no hard word elsewhere
        if (!sense) continue;
        seen.add(term.key);
        if (explained(doc.sentences, index, w, term, glossary)) continue;
        hits.push({
          start: w.start,
          end: w.end,
          message: `„${w.text}“ ist ein schweres Wort. Erklären Sie das Wort.`,
          suggestion: sense.explanation,
        });
      }
    });
    return hits;
  },
};

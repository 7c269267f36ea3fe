import type { GlossaryEntry, LsRule, LsSentence, LsWord, RuleHit } from '../types.js';

/** Phrases that introduce an explanation: „Das ist …“, „Das bedeutet: …“, „… heißt: …“. */
const EXPLAINS =
  /\b(?:das|dies|er|sie|es)\s+(?:ist|sind|heißt|bedeutet|meint)\b|\bbedeutet\b|\bheißt\b|\bnennt man\b|\bdas sind\b/i;

interface Term {
  readonly entry: GlossaryEntry;
  readonly key: string;
}

const compileTerms = (glossary: readonly GlossaryEntry[]): Term[] =>
  glossary
    .map((entry) => ({ entry, key: entry.term.toLowerCase().replace(/[-·]/g, '') }))
    .sort((a, b) => b.key.length - a.key.length);

/** The glossary term a word stands for: its lemma, or a compound ending in the term (`Wohngeldantrag`). */
function termOf(w: LsWord, terms: readonly Term[]): Term | undefined {
  const lemma = w.token.lemma.toLowerCase().replace(/[-·]/g, '');
  const norm = w.norm.toLowerCase().replace(/[-·]/g, '');
  return (
    terms.find((t) => t.key === lemma || t.key === norm) ??
    terms.find((t) => t.key.length >= 5 && (lemma.endsWith(t.key) || lemma.startsWith(t.key)))
  );
}

function explained(sentences: readonly LsSentence[], index: number, w: LsWord, term: Term): boolean {
  const here = sentences[index]!;
  const after = here.sentence.text.slice(w.end - here.sentence.start);
  // in the same sentence: „Bürger-Büro: Dort …“, „Bürger-Büro. Das ist …“, „… Wohn-Geld. Das heißt …“
  if (/^\s*(?::|–|—|\(|,\s*(?:das|also)\b)/i.test(after) || EXPLAINS.test(after)) return true;
  for (const next of sentences.slice(index + 1, index + 3)) {
    if (EXPLAINS.test(next.sentence.text) && (next.index === index + 1 || next.words.some((x) => termOf(x, [term])))) {
      return true;
    }
    // „Das Bürger-Büro ist ein Amt von der Stadt.“
    const k = next.words.findIndex((x) => termOf(x, [term]));
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
  check({ doc, glossary }) {
    const hits: RuleHit[] = [];
    const terms = compileTerms(glossary);
    const seen = new Set<string>();
    doc.sentences.forEach((s, index) => {
      for (const w of s.words) {
        if (w.token.kind !== 'word' || !/^\p{Lu}/u.test(w.norm)) continue;
        const term = termOf(w, terms);
        if (!term || seen.has(term.key)) continue;
        seen.add(term.key);
        if (explained(doc.sentences, index, w, term)) continue;
        hits.push({
          start: w.start,
          end: w.end,
          message: `„${w.text}“ ist ein schweres Wort. Erklären Sie das Wort.`,
          suggestion: term.entry.explanation,
        });
      }
    });
    return hits;
  },
};

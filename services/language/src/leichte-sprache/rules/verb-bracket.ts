import type { LsRule, RuleHit } from '../types.js';
import { spanHit } from './util.js';

/** Words between the two parts of the verb that a reader holds in mind before the sentence says what happens. */
export const BRACKET_WORDS = 6;
/** Over this many, the stronger form. */
export const WIDE_BRACKET_WORDS = 10;
/** Punctuation inside the middle field: an insertion or a clause the analysis may have joined (other rules' work). */
const INSERTION = new Set([',', ';', ':', '(', ')', '–', '—']);

/**
 * „Sie müssen den Antrag mit allen Unterlagen bis zum 15. März beim Bürgerbüro abgeben.“: the finite verb of a main
 * clause and the rest of its verb (infinitive, participle, separated particle) stand far apart, and the reader learns
 * only at the end what happens. Read from the clause's topological fields: the words of the middle field before its
 * first verb.
 */
export const verbBracket: LsRule = {
  id: 'verb-bracket',
  title: 'Verbteile nah beieinander',
  severity: { din: 'info', netzwerk: 'warning' },
  strongSeverity: { din: 'warning', netzwerk: 'warning' },
  description:
    `Die Teile des Verbs (zum Beispiel „müssen … abgeben“) sollen nah beieinander stehen: höchstens ` +
    `${BRACKET_WORDS} Wörter dazwischen. Sonst erfährt man erst am Ende des Satzes, was passiert.`,
  source: 'Bürgernahe Verwaltungssprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const clause of s.structure.clauses) {
        const { leftBracket, middleField, rightBracket } = clause.fields;
        if (clause.kind !== 'main' || leftBracket.length === 0) continue;
        const verbs = new Set(clause.verbComplex);
        const firstVerb = middleField.findIndex((i) => verbs.has(i));
        const closing = firstVerb >= 0 ? middleField[firstVerb] : rightBracket[0];
        if (closing === undefined) continue;
        const open = leftBracket[0]!;
        // words as the reader counts them (`Bürger-Büro` is one), of this clause only
        const own = new Set(firstVerb >= 0 ? middleField.slice(0, firstVerb) : middleField);
        const between = s.words.filter((w) => own.has(w.first)).length;
        if (between <= BRACKET_WORDS) continue;
        if (s.tokens.slice(open + 1, closing).some((t) => INSERTION.has(t.norm))) continue;
        const parts = `„${s.tokens[open]!.text} … ${s.tokens[closing]!.text}“`;
        hits.push(
          spanHit(
            s,
            open,
            closing,
            `Zwischen den Teilen des Verbs ${parts} stehen ${between} Wörter.`,
            'Stellen Sie die Teile des Verbs näher zusammen, oder machen Sie 2 Sätze daraus.',
            between > WIDE_BRACKET_WORDS,
          ),
        );
      }
    }
    return hits;
  },
};

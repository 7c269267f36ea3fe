import type { AnalyzedToken } from '../../types.js';
import type { LsRule, LsSentence, RuleHit } from '../types.js';
import { lower } from './util.js';

const EXPLAINING = new Set(['bedeuten', 'heißen', 'meinen']);

const isFinite = (tokens: readonly AnalyzedToken[], i: number): boolean => {
  const t = tokens[i]!;
  return (
    (t.upos === 'VERB' || t.upos === 'AUX') && t.feats.VerbForm === 'Fin' && !(i > 0 && lower(tokens[i - 1]!) === 'zu')
  );
};

/**
 * The finite verbs of a sentence (token indexes). A verb complex has one (`Sie können … bezahlen`), so each
 * stands for a clause: a main clause, a subordinate clause, or a coordinated main clause without a comma
 * (`Bringen Sie den Ausweis mit und zahlen Sie die Gebühr.`).
 */
export function predications(s: Pick<LsSentence, 'tokens' | 'structure'>): number[] {
  const verbs: number[] = [];
  s.tokens.forEach((t, i) => {
    if (!isFinite(s.tokens, i)) return;
    // „Das bedeutet: …“, „Das heißt: …“ introduce an explanation, they are no statement of their own
    if (EXPLAINING.has(t.lemma) && s.tokens[i + 1]?.norm === ':') return;
    verbs.push(i);
  });
  return verbs;
}

export const oneStatement: LsRule = {
  id: 'one-statement',
  title: 'Eine Aussage pro Satz',
  severity: { din: 'warning', netzwerk: 'warning' },
  description:
    'Jeder Satz soll nur eine Aussage haben. Der Satz hat mehr als einen Teil-Satz mit einem Verb, ' +
    'zum Beispiel einen Neben-Satz oder 2 Haupt-Sätze mit „und“. Das ist nur ein Hinweis: Auch gute Texte in ' +
    'Leichter Sprache haben manchmal 2 Aussagen in einem Satz.',
  source: 'DIN SPEC 33429',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const verbs = predications(s);
      const clauses = s.structure.clauses.filter(
        (c) => (c.finiteVerb !== undefined && verbs.includes(c.finiteVerb)) || c.kind === 'infinitive',
      );
      const n = Math.max(verbs.length, clauses.length);
      if (n < 2) continue;
      const sub = s.structure.clauses.find((c) => c.kind !== 'main');
      const what = sub
        ? sub.kind === 'relative'
          ? 'einen Relativ-Satz'
          : sub.kind === 'infinitive'
            ? 'einen Satz mit „zu“'
            : 'einen Neben-Satz'
        : 'mehrere Haupt-Sätze';
      hits.push({
        start: s.sentence.start,
        end: s.sentence.end,
        message: `Der Satz hat ${n} Aussagen. Er hat ${what}. Schreiben Sie nur eine Aussage in einen Satz.`,
        suggestion: 'Machen Sie für jede Aussage einen eigenen Satz.',
      });
    }
    return hits;
  },
};

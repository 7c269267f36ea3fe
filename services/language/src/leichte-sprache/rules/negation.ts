import type { Lexicon } from '../../lexicon.js';
import type { AnalyzedToken } from '../../types.js';
import type { LsRule, RuleHit } from '../types.js';
import { lower } from './util.js';

/** Negating words the clause analysis does not list itself. */
const EXTRA_NEGATORS = new Set(['keineswegs', 'nirgends', 'nirgendwo', 'weder', 'noch nie']);

function negationTokens(tokens: readonly AnalyzedToken[], fromClauses: readonly number[]): number[] {
  const found = new Set(fromClauses);
  tokens.forEach((t, i) => {
    const w = lower(t);
    if (EXTRA_NEGATORS.has(w) || (t.feats.Polarity === 'Neg' && t.upos !== 'VERB')) found.add(i);
  });
  return [...found].sort((a, b) => a - b);
}

export const negation: LsRule = {
  id: 'negation',
  title: 'Positiv schreiben',
  severity: { din: 'info', netzwerk: 'warning' },
  strongSeverity: { din: 'warning', netzwerk: 'error' },
  description:
    'Verneinungen wie „nicht“, „kein“ oder „nie“ werden leicht überlesen. Schreiben Sie positiv. ' +
    'Zwei Verneinungen in einem Satz sind besonders schwer.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc, analyzer }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const fromClauses = s.structure.clauses.flatMap((c) => c.negations.map((n) => n.token));
      const negators = negationTokens(s.tokens, fromClauses);
      const prefixed = s.tokens.filter((t) => negativePrefix(analyzer.lexicon, t) !== undefined).length;
      const double = negators.length + prefixed >= 2 && negators.length >= 1;
      for (const i of negators) {
        const t = s.tokens[i]!;
        const kein = /^kein/.test(lower(t));
        hits.push({
          start: t.start,
          end: t.end,
          message: double
            ? `Der Satz hat mehr als eine Verneinung. Das ist sehr schwer zu verstehen.`
            : `„${t.text}“ ist eine Verneinung. Verneinungen werden leicht überlesen.`,
          suggestion: kein
            ? 'Schreiben Sie positiv: Was gibt es? Was ist richtig?'
            : 'Schreiben Sie positiv. Zum Beispiel: „Das Amt ist zu.“ statt „Das Amt ist nicht offen.“',
          ...(double ? { strong: true } : {}),
        });
      }
    }
    return hits;
  },
};

/** Words in `un-` that are not negations, and `un…` words of other origin. */
const NOT_NEGATED: readonly string[] = `unter unser unbedingt ungefähr unverzüglich universität uni union
  universal unten unheimlich unternehm unterhalt unfall unglück ungeziefer unwetter unmenge unzahl`
  .split(/\s+/)
  .filter(Boolean);
const ADJECTIVE_SUFFIX = /(?:lich|ig|isch|bar|sam|haft)(?:e|en|er|es|em)?$/;

/** For `ungültig` the positive word `gültig`, or undefined when the word is no negation with `un-`. */
export function negativePrefix(lexicon: Lexicon, t: AnalyzedToken): string | undefined {
  if (t.kind !== 'word' || (t.upos !== 'ADJ' && t.upos !== 'ADV')) return undefined;
  const w = t.norm.toLowerCase();
  if (!w.startsWith('un') || w.length < 6 || NOT_NEGATED.some((p) => w.startsWith(p))) return undefined;
  const rest = w.slice(2);
  const known = lexicon
    .lookupExact(rest)
    .some((c) => c.upos === 'ADJ' || (c.upos === 'VERB' && c.feats.VerbForm === 'Part'));
  return known || ADJECTIVE_SUFFIX.test(rest) ? rest : undefined;
}

export const negativePrefixRule: LsRule = {
  id: 'negative-prefix',
  title: 'Verneinung mit un-',
  severity: { din: 'off', netzwerk: 'info' },
  description: 'Die Silbe „un“ am Wort-Anfang wird leicht überlesen. Schreiben Sie „nicht gültig“ statt „ungültig“.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc, analyzer }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const t of s.tokens) {
        const rest = negativePrefix(analyzer.lexicon, t);
        if (rest === undefined) continue;
        hits.push({
          start: t.start,
          end: t.end,
          message: `„${t.text}“ ist eine Verneinung mit „un“. Die Silbe „un“ wird leicht überlesen.`,
          suggestion: `Schreiben Sie: nicht ${rest}`,
        });
      }
    }
    return hits;
  },
};

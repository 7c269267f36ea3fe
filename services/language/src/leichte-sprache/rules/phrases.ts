import { IDIOMS, NOMINAL_STYLE, type FixedPhrase } from '../data/phrases.js';
import type { LsRule, LsSentence, RuleHit } from '../types.js';
import { clauseOf, lemmaOf, lower } from './util.js';

interface CompiledPhrase extends FixedPhrase {
  readonly parts: readonly string[];
  readonly verbs: readonly string[];
}

const compile = (list: readonly FixedPhrase[]): CompiledPhrase[] =>
  list.map((p) => ({ ...p, parts: p.words.split(' '), verbs: p.verb ? p.verb.split('|') : [] }));

const IDIOM_LIST = compile(IDIOMS);
const NOMINAL_LIST = compile(NOMINAL_STYLE);

interface PhraseIndex {
  /** Phrases by their first word (`*`-initial phrases under `*`). */
  readonly byFirst: ReadonlyMap<string, readonly CompiledPhrase[]>;
}

function index(list: readonly CompiledPhrase[]): PhraseIndex {
  const byFirst = new Map<string, CompiledPhrase[]>();
  for (const p of list) byFirst.set(p.parts[0]!, [...(byFirst.get(p.parts[0]!) ?? []), p]);
  return { byFirst };
}

const IDIOM_INDEX = index(IDIOM_LIST);
const NOMINAL_INDEX = index(NOMINAL_LIST);

/** Matches of fixed phrases in a sentence: the first and last token of the match (verb included). */
export function matchPhrases(
  s: LsSentence,
  phrases: PhraseIndex,
): { phrase: CompiledPhrase; first: number; last: number }[] {
  const out: { phrase: CompiledPhrase; first: number; last: number }[] = [];
  const t = s.tokens;
  const forms = t.map((x) => lower(x));
  const lemmas = t.map((x) => lemmaOf(x));
  const at = (k: number, part: string): boolean => part === '*' || forms[k] === part || lemmas[k] === part;
  for (let i = 0; i < t.length; i++) {
    const candidates = [
      ...(phrases.byFirst.get(forms[i]!) ?? []),
      ...(forms[i] === lemmas[i] ? [] : (phrases.byFirst.get(lemmas[i]!) ?? [])),
      ...(phrases.byFirst.get('*') ?? []),
    ];
    for (const phrase of candidates) {
      if (i + phrase.parts.length > t.length) continue;
      if (!phrase.parts.every((part, k) => at(i + k, part))) continue;
      const end = i + phrase.parts.length - 1;
      let first = i;
      let last = end;
      if (phrase.verbs.length > 0) {
        const clause = clauseOf(s, i);
        const verb = t.findIndex(
          (x, k) =>
            (x.upos === 'VERB' || x.upos === 'AUX') &&
            phrase.verbs.includes(lemmas[k]!) &&
            (clause < 0 || clauseOf(s, k) === clause),
        );
        if (verb < 0) continue;
        // a verb close by belongs to the span; a far one (verb second) is left out
        if (verb > end && verb - end <= 3) last = verb;
        if (verb < i && i - verb <= 3) first = verb;
      }
      if (out.some((o) => o.first <= last && first <= o.last)) continue;
      out.push({ phrase, first, last });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

export const idioms: LsRule = {
  id: 'idiom',
  title: 'Keine Redewendungen',
  severity: { din: 'warning', netzwerk: 'warning' },
  description:
    'Redewendungen und bildliche Sprache versteht man oft wörtlich, zum Beispiel „unter die Arme greifen“. ' +
    'Schreiben Sie, was gemeint ist: „helfen“.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const m of matchPhrases(s, IDIOM_INDEX)) {
        hits.push({
          start: s.tokens[m.first]!.start,
          end: s.tokens[m.last]!.end,
          message: `„${doc.text.slice(s.tokens[m.first]!.start, s.tokens[m.last]!.end)}“ ist eine Redewendung. Manche Menschen verstehen sie wörtlich.`,
          suggestion: `Schreiben Sie einfach: ${m.phrase.plain}`,
        });
      }
    }
    return hits;
  },
};

export const nominalStyle: LsRule = {
  id: 'nominal-style',
  title: 'Verben statt Haupt-Wörter',
  severity: { din: 'info', netzwerk: 'warning' },
  description:
    'Viele Haupt-Wörter machen einen Text schwer. Benutzen Sie Verben: „beantragen“ statt „einen Antrag stellen“.',
  source: 'DIN SPEC 33429',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const m of matchPhrases(s, NOMINAL_INDEX)) {
        hits.push({
          start: s.tokens[m.first]!.start,
          end: s.tokens[m.last]!.end,
          message: 'Hier sagt ein Verb dasselbe einfacher.',
          suggestion: `Schreiben Sie: ${m.phrase.plain}`,
        });
      }
    }
    return hits;
  },
};

import type { Analyzer } from '../../analyse.js';
import type { AnalyzedToken, Gender } from '../../types.js';
import type { LsRule, LsSentence, RuleHit } from '../types.js';
import { lower } from './util.js';

const GENITIVE_WORDS = new Set(['des', 'eines', 'dessen', 'deren', 'meines', 'deines', 'seines', 'unseres', 'eures']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Forms that are genitive or dative (`der`, `einer`, `Ihrer` …): genitive only after a noun or a genitive preposition. */
const AMBIGUOUS =
  /^(?:der|einer|keiner|ihrer|meiner|deiner|seiner|unserer|eurer|dieser|jener|jeder|welcher|aller|mancher)$/;
/** Prepositions with the genitive. */
const GENITIVE_ADPOSITIONS = new Set(
  `wegen während trotz statt anstatt aufgrund anhand innerhalb außerhalb oberhalb unterhalb mittels zwecks
  bezüglich hinsichtlich seitens infolge anlässlich zugunsten einschließlich abzüglich zuzüglich inklusive
  exklusive jenseits diesseits unweit angesichts`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a genitive reading at token i is plausible from its left neighbour. */
function genitiveContext(s: LsSentence, i: number): boolean {
  const tok = s.tokens[i]!;
  const before = s.tokens[i - 1];
  const w = lower(tok);
  if (GENITIVE_WORDS.has(w)) return true;
  const afterNounOrGenitiveAdp =
    before !== undefined &&
    (NOMINAL.has(before.upos) || (before.upos === 'ADP' && GENITIVE_ADPOSITIONS.has(lower(before))));
  if (AMBIGUOUS.test(w)) return afterNounOrGenitiveAdp;
  if (NOMINAL.has(tok.upos)) {
    // a genitive noun: its article or adjective decides (`der Polizei` after a verb is dative); without
    // one, it needs an adjective or determiner (`jeden Alters`) and is never first in the sentence
    let j = i;
    while (j > 0 && s.tokens[j - 1]!.upos === 'ADJ') j--;
    if (j > 0 && s.tokens[j - 1]!.upos === 'DET') j--;
    if (j < i) return genitiveContext(s, j);
    return false;
  }
  return true;
}

const isGenitive = (t: AnalyzedToken): boolean =>
  t.feats.Case === 'Gen' && ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(t.upos);

/** Lemma and gender of a noun, also for forms the analysis left without features (`Amtes` → Amt, Neut). */
function nounInfo(analyzer: Analyzer, t: AnalyzedToken): { lemma: string; gender?: Gender; plural: boolean } {
  if (t.feats.Gender || t.feats.Number === 'Plur') {
    return { lemma: t.lemma, ...(t.feats.Gender ? { gender: t.feats.Gender } : {}), plural: t.feats.Number === 'Plur' };
  }
  for (const cut of [2, 1]) {
    const base = t.norm.slice(0, -cut);
    if (!/(es|s)$/.test(t.norm) || base.length < 2) continue;
    const reading = analyzer.lexicon.lookupExact(base).find((c) => c.upos === 'NOUN' && c.feats.Gender);
    if (reading) return { lemma: reading.lemma, gender: reading.feats.Gender!, plural: false };
  }
  return { lemma: t.lemma, plural: false };
}

/** `des Antrags` → `von dem Antrag`, `der Stadt` → `von der Stadt`. */
function withVon(analyzer: Analyzer, s: LsSentence, first: number, last: number): string | undefined {
  const article = s.tokens[first]!;
  const noun = s.tokens[last]!;
  if (!NOMINAL.has(noun.upos)) return undefined;
  const middle = s.tokens.slice(first + 1, last);
  if (middle.length > 0 || article.upos !== 'DET') return undefined;
  const info = nounInfo(analyzer, noun);
  if (info.plural) return undefined;
  const w = lower(article);
  const definite = w === 'des' || w === 'der';
  const indefinite = w === 'eines' || w === 'einer';
  if (info.gender === 'Fem' && definite) return `von der ${info.lemma}`;
  if (info.gender === 'Fem' && indefinite) return `von einer ${info.lemma}`;
  if ((info.gender === 'Masc' || info.gender === 'Neut') && definite) return `von dem ${info.lemma}`;
  if ((info.gender === 'Masc' || info.gender === 'Neut') && indefinite) return `von einem ${info.lemma}`;
  return undefined;
}

export const genitive: LsRule = {
  id: 'genitive',
  title: 'Kein Genitiv',
  severity: { din: 'warning', netzwerk: 'error' },
  description: 'Der Genitiv ist schwer. Schreiben Sie „von dem Amt“ statt „des Amtes“.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc, analyzer }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const t = s.tokens;
      for (let i = 0; i < t.length; i++) {
        const tok = t[i]!;
        const w = lower(tok);
        const relative = (w === 'dessen' || w === 'deren') && tok.upos !== 'NOUN';
        if (!isGenitive(tok) && !(GENITIVE_WORDS.has(w) && (tok.upos === 'DET' || tok.upos === 'PRON'))) continue;
        if (!genitiveContext(s, i)) continue;
        // the phrase: article, adjectives … up to the noun
        let last = i;
        if (!NOMINAL.has(tok.upos)) {
          let k = i + 1;
          const modifier = (x: AnalyzedToken) =>
            ['ADJ', 'ADV', 'NUM', 'DET'].includes(x.upos) || (NOMINAL.has(x.upos) && /^\p{Ll}/u.test(x.norm));
          while (k < t.length && modifier(t[k]!) && t[k]!.kind !== 'punct') k++;
          if (k < t.length && NOMINAL.has(t[k]!.upos)) last = k;
          else if (!relative && tok.upos === 'PRON') last = i;
        }
        const von = relative ? undefined : withVon(analyzer, s, i, last);
        hits.push({
          start: tok.start,
          end: t[last]!.end,
          message: relative
            ? `„${tok.text}“ ist ein Genitiv. Das ist schwer zu verstehen.`
            : 'Das ist ein Genitiv. Der Genitiv ist schwer zu verstehen.',
          suggestion: relative
            ? 'Schreiben Sie 2 Sätze.'
            : von
              ? `Schreiben Sie mit „von“: ${von}`
              : 'Schreiben Sie mit „von“. Zum Beispiel: „das Haus von der Stadt“ statt „das Haus der Stadt“.',
        });
        i = last;
      }
    }
    return hits;
  },
};

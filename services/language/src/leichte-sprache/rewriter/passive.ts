// Passive → active, only for the `werden`-passive in the present tense of a transitive verb with its
// subject first („Der Antrag wird … geprüft.“, „Der Antrag kann … gestellt werden.“):
//
// - with a known agent (`von der Stadt`, `vom Bürgerbüro`, `durch das Amt`, `von Ihnen`: an office, the
//   city, a person in a role) the agent becomes the subject: „Die Stadt prüft den Antrag.“;
// - a modal without agent takes „Sie“ for the steps citizens take themselves (stellen, beantragen,
//   bezahlen, mitbringen …): „Sie können den Antrag online stellen.“, and „man“ otherwise;
// - plain `wird …` without agent takes „man“: „Man prüft den Antrag.“
//
// The old subject becomes the object (`der Antrag` → `den Antrag`). Verb forms are never guessed: the
// 3rd person singular is built from the infinitive and taken only when the lexicon confirms it (for particle
// verbs as a separated stem: `stellt … her`). Past, perfect and impersonal passives stay as they are.

import type { Lexicon } from '../../lexicon.js';
import type { AnalyzedToken } from '../../types.js';
import { thirdPerson } from '../data/verb-forms.js';
import { analysed, finish, inner, innerAt, lower, splitsOff, type Step } from './text.js';

/** Steps the citizen takes: with them a modal passive addresses the reader („Sie können …“). */
export const CITIZEN_VERBS = new Set(
  `stellen beantragen bezahlen zahlen einreichen vorlegen mitbringen abholen ausfüllen buchen vereinbaren
  unterschreiben anmelden abmelden ummelden herunterladen senden schicken zuschicken vorzeigen nachweisen
  beilegen hochladen kündigen absagen verschieben nutzen verwenden mitnehmen abgeben ausdrucken überweisen
  melden erledigen einreichen beifügen eintragen angeben nennen`
    .split(/\s+/)
    .filter(Boolean),
);

const AGENT =
  /(?:stadt|amt|behörde|büro|stelle|kasse|gericht|verwaltung|center|dienst|polizei|bank|arbeitgeber(?:in)?|schule|kita|mitarbeiter(?:in)?|vermieter(?:in)?|geber(?:in)?|versicherung|ärztin|arzt)$/i;

const ACCUSATIVE_PRONOUN: Readonly<Record<string, string>> = {
  Sie: 'Sie',
  sie: 'sie',
  er: 'ihn',
  es: 'es',
  wir: 'uns',
  ich: 'mich',
};
const ACCUSATIVE_DET: Readonly<Record<string, string>> = {
  der: 'den',
  ein: 'einen',
  kein: 'keinen',
  ihr: 'ihren',
  mein: 'meinen',
  dein: 'deinen',
  sein: 'seinen',
  unser: 'unseren',
  euer: 'euren',
  dieser: 'diesen',
  jeder: 'jeden',
};

/** The old subject as object: `der neue Antrag` → `den neuen Antrag`; undefined if the form is unclear. */
export function accusative(
  tokens: readonly AnalyzedToken[],
  idx: readonly number[],
  singular: boolean,
): string[] | undefined {
  if (idx.length === 1 && tokens[idx[0]!]!.upos === 'PRON') {
    const t = tokens[idx[0]!]!;
    // `Sie wird …` is she or it, `Sie werden …` the reader
    const acc = ACCUSATIVE_PRONOUN[lower(t) === 'sie' ? (singular ? 'sie' : 'Sie') : lower(t)];
    return acc && lower(t) !== 'es' ? [acc] : undefined;
  }
  const noun = tokens[idx.at(-1)!]!;
  if (noun.upos !== 'NOUN' && noun.upos !== 'PROPN') return undefined;
  const masc = noun.feats.Gender === 'Masc' && noun.feats.Number !== 'Plur';
  if (!masc) return idx.map((i) => (i === 0 ? innerAt(tokens, 0) : inner(tokens[i]!)));
  if (!noun.candidates.some((c) => c.upos === 'NOUN' && c.feats.Case === 'Acc' && c.feats.Number !== 'Plur'))
    return undefined;
  const out: string[] = [];
  for (const i of idx.slice(0, -1)) {
    const t = tokens[i]!;
    const w = lower(t);
    if (t.upos === 'DET') {
      const acc = ACCUSATIVE_DET[w];
      if (!acc) return undefined;
      out.push(/^Ihr/.test(t.norm) ? 'Ihren' : acc);
    } else if (t.upos === 'ADJ' && /e[r]?$/.test(w)) {
      out.push(t.norm.replace(/er?$/, 'en'));
    } else return undefined;
  }
  return [...out, noun.norm];
}

const VOWEL_CHANGES: readonly [RegExp, string][] = [
  [/e(?=[^aeiouäöü]*$)/, 'i'],
  [/e(?=[^aeiouäöü]*$)/, 'ie'],
  [/au(?=[^aeiouäöü]*$)/, 'äu'],
  [/a(?=[^aeiouäöü]*$)/, 'ä'],
  [/o(?=[^aeiouäöü]*$)/, 'ö'],
];

function thirdSingular(base: string): string[] {
  const stem = base.replace(/e?n$/, '');
  const out = [`${stem}t`, `${stem}et`];
  // a stem in -t keeps one t after the vowel change (`erhalten` → `erhält`, `raten` → `rät`)
  for (const [re, to] of VOWEL_CHANGES) {
    if (!re.test(stem)) continue;
    const changed = stem.replace(re, to);
    out.push(/t$/.test(changed) ? changed : `${changed}t`);
  }
  return out;
}

/** The present-tense form of `lemma` (3rd person), confirmed by the lexicon: `prüft`, `stellt … her`. */
export function presentForm(
  lexicon: Lexicon,
  lemma: string,
  number: 'Sing' | 'Plur',
): { stem: string; particle?: string } | undefined {
  const matches = (c: { lemma: string; feats: AnalyzedToken['feats'] }) =>
    c.lemma === lemma &&
    c.feats.Person === '3' &&
    c.feats.Number === number &&
    c.feats.Tense === 'Pres' &&
    c.feats.Mood === 'Ind';
  for (let cut = 2; cut <= lemma.length - 4; cut++) {
    const particle = lemma.slice(0, cut);
    const base = lemma.slice(cut);
    for (const form of number === 'Plur' ? [base] : thirdSingular(base)) {
      if (!lexicon.separated(form).some((c) => matches(c) && c.separable?.particle === particle)) continue;
      // `überprüfen` is listed as a particle verb too: „prüft … über“ is no German; it stays `überprüft`
      const splits = splitsOff(lexicon, lemma, particle, form);
      if (splits === undefined) return undefined;
      if (splits) return { stem: form, particle };
    }
  }
  for (const form of number === 'Plur' ? [lemma] : thirdSingular(lemma)) {
    if (lexicon.lookupExact(form).some(matches)) return { stem: form };
  }
  return undefined;
}

interface Agent {
  readonly words: string[];
  readonly plural: boolean;
  readonly start: number;
  readonly end: number;
}

/** `von der Stadt` → `die Stadt`, `vom Amt` → `das Amt`, `von Ihnen` → `Sie`. */
function agentAt(tokens: readonly AnalyzedToken[], i: number): Agent | undefined {
  const w = lower(tokens[i]!);
  const next = tokens[i + 1];
  if (!next) return undefined;
  if (w === 'von' && next.norm === 'Ihnen') return { words: ['Sie'], plural: true, start: i, end: i + 2 };
  let det: string | undefined;
  let noun = i + 1;
  if (w === 'von' || w === 'durch') {
    if (next.upos !== 'DET') return undefined;
    det = lower(next);
    noun = i + 2;
  } else if (w !== 'vom') return undefined;
  const n = tokens[noun];
  if (!n || n.upos !== 'NOUN' || n.feats.Number === 'Plur' || !AGENT.test(n.lemma)) return undefined;
  if (!n.candidates.some((c) => c.upos === 'NOUN' && c.feats.Case === 'Nom' && c.lemma === n.lemma)) return undefined;
  const gender = n.feats.Gender;
  const nominative =
    gender === 'Fem'
      ? det === 'der' || det === 'die'
        ? 'die'
        : undefined
      : det === undefined || det === 'dem' || det === 'den' || det === 'das'
        ? gender === 'Masc'
          ? 'der'
          : gender === 'Neut'
            ? 'das'
            : undefined
        : undefined;
  if (!nominative) return undefined;
  // a name belongs to the agent (`von der Stadt Münster`); an attribute after it (`der Familienkasse der
  // Bundesagentur`, `… von der Agentur`) would be left behind in the middle of the sentence, so the passive stays
  let end = noun + 1;
  while (tokens[end]?.upos === 'PROPN') end++;
  const after = tokens[end];
  if (after && (after.upos === 'DET' || (after.upos === 'ADP' && lower(after) === 'von'))) return undefined;
  return { words: [nominative, ...tokens.slice(noun, end).map((t) => t.norm)], plural: false, start: i, end };
}

export const passiveToActive: Step = {
  name: 'passive',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    if (structure.question || structure.clauses.length !== 1) return undefined;
    const c = structure.clauses[0]!;
    if (c.voice !== 'passive' || c.ranges.length !== 1 || c.finiteVerb === undefined) return undefined;
    let last = tokens.length;
    while (last > 0 && tokens[last - 1]!.kind === 'punct') last--;
    if (tokens.slice(0, last).some((t) => t.kind === 'punct' && t.norm !== '.')) return undefined;
    const f = c.finiteVerb;
    const finite = tokens[f]!;
    if (finite.feats.Tense !== 'Pres' || finite.feats.Mood !== 'Ind') return undefined;
    // the modals that a passive goes with in official text (`kann … werden`); not wollen or mögen
    const modal = ['können', 'müssen', 'dürfen', 'sollen'].includes(finite.lemma) ? finite.lemma : undefined;
    let p = last - 1;
    if (modal) {
      if (tokens[p]?.lemma !== 'werden' || tokens[p]!.feats.VerbForm !== 'Inf') return undefined;
      p--;
    } else if (finite.lemma !== 'werden') return undefined;
    const participle = tokens[p];
    if (!participle || participle.upos !== 'VERB' || participle.feats.VerbForm !== 'Part') return undefined;
    // the subject first, then the finite verb
    const subject = Array.from({ length: f }, (_, k) => k);
    if (subject.length === 0 || subject.length > 5) return undefined;
    if (!subject.every((i) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(tokens[i]!.upos))) return undefined;
    if (tokens[0]!.upos === 'PRON' && subject.length > 1) return undefined;
    if (subject.some((i) => tokens[i]!.feats.Case && tokens[i]!.feats.Case !== 'Nom')) return undefined;
    const head = tokens[f - 1]!;
    // a known noun at the end of the subject (`Rückwirkend wird …` is an adverb the analysis only guessed)
    if (head.upos !== 'PRON' && !head.candidates.some((x) => x.upos === 'NOUN' && !x.folded && x.source !== 'guess')) {
      return undefined;
    }
    const object = accusative(tokens, subject, finite.feats.Number === 'Sing');
    if (!object) return undefined;
    // the middle: an agent, pronouns (they come before the object), the rest
    let agent: Agent | undefined;
    const middle: number[] = [];
    for (let i = f + 1; i < p; i++) {
      const a = agent ? undefined : agentAt(tokens, i);
      if (a) {
        agent = a;
        i = a.end - 1;
      } else middle.push(i);
    }
    if (middle.some((i) => tokens[i]!.upos === 'VERB' || tokens[i]!.upos === 'AUX')) return undefined;
    // an agent we do not know (`von der Bundesdruckerei`) would be lost with `man`
    const unknownAgent = middle.some(
      (i) => ['von', 'vom', 'durch'].includes(lower(tokens[i]!)) && tokens[i - 1]?.upos !== 'ADP',
    );
    if (unknownAgent) return undefined;
    const pronouns = middle.filter(
      (i, k) => tokens[i]!.upos === 'PRON' && middle.slice(0, k).every((j) => tokens[j]!.upos === 'PRON'),
    );
    const rest = middle.filter((i) => !pronouns.includes(i));
    const lemma = participle.lemma;
    const actor = agent?.words ?? (modal && CITIZEN_VERBS.has(lemma) ? ['Sie'] : ['man']);
    const plural = agent ? agent.plural : actor[0] === 'Sie';
    const midWords = [...pronouns.map((i) => tokens[i]!.norm), ...object, ...rest.map((i) => tokens[i]!.norm)];
    if (modal) return [finish([...actor, thirdPerson(modal, plural ? 'Plur' : 'Sing')!, ...midWords, lemma])];
    const form = presentForm(ctx.analyzer.lexicon, lemma, plural ? 'Plur' : 'Sing');
    if (!form) return undefined;
    return [finish([...actor, form.stem, ...midWords, ...(form.particle ? [form.particle] : [])])];
  },
};

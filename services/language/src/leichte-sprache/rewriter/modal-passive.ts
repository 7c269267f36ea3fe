// The modal passive with `sein` + zu-infinitive, the most common instruction in municipal text („Der Antrag ist
// bis Freitag zu stellen.“, „Dem Antrag sind die Unterlagen beizufügen.“), becomes an instruction to the reader:
// „Sie müssen den Antrag bis Freitag stellen.“, „Dem Antrag müssen Sie die Unterlagen beifügen.“
//
// - steps citizens take (CITIZEN_VERBS: stellen, einreichen, unterschreiben …) take „Sie müssen“; finding and
//   reaching (`ist … zu erreichen`) „Sie können“; anything else „man muss“ (`ist … zu prüfen`);
// - `nicht` turns the duty into a ban („ist nicht zu knicken“ → „Sie dürfen … nicht knicken“); „kein“ is left
//   alone (`ist kein Antrag zu stellen` is no duty, and no ban either);
// - the nominative phrase (the old subject) becomes the object (`der Antrag` → `den Antrag`); where its form is
//   unclear, the sentence stays as it is;
// - coordinated infinitives keep their order (`auszufüllen und zu unterschreiben` → `ausfüllen und unterschreiben`).
// Only the present tense (`ist`, `sind`) of one main clause; `Es ist wichtig, … zu …` is no modal passive.

import type { AnalyzedToken } from '../../types.js';
import { accusative, CITIZEN_VERBS } from './passive.js';
import { thirdPerson } from '../data/verb-forms.js';
import { analysed, finish, inner, lower, zuInfinitive, type Step } from './text.js';

/** Verbs of finding and reaching: what the text says can be done, not must. */
const CAN_VERBS = new Set(['erreichen', 'finden', 'sehen', 'lesen', 'nachlesen', 'einsehen', 'entnehmen', 'abrufen']);
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** The infinitives at the end: `zu stellen`, `beizufügen`, `auszufüllen und zu unterschreiben`; start index and lemmas. */
function zuInfinitives(tokens: readonly AnalyzedToken[], last: number): { start: number; verbs: string[] } | undefined {
  const verbs: string[] = [];
  let i = last - 1;
  for (;;) {
    const t = tokens[i];
    if (!t || t.upos !== 'VERB') return undefined;
    // after `zu` it is an infinitive, whatever a guessed form says
    if (tokens[i - 1] && lower(tokens[i - 1]!) === 'zu' && /n$/.test(t.norm)) i -= 2;
    else if (t.feats.VerbForm === 'Inf' && zuInfinitive(t)) i -= 1;
    else return undefined;
    verbs.unshift(t.lemma);
    const joiner = tokens[i];
    if (joiner && (lower(joiner) === 'und' || lower(joiner) === 'oder') && tokens[i - 1]?.upos === 'VERB') {
      verbs.unshift(lower(joiner));
      i -= 1;
      continue;
    }
    return { start: i + 1, verbs };
  }
}

/** The nominative noun phrase in `tokens[from, to)`: its indexes, or undefined. */
function nominativePhrase(tokens: readonly AnalyzedToken[], from: number, to: number): number[] | undefined {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.feats.Case !== 'Nom' || !NOMINAL.has(t.upos)) continue;
    const idx = [i];
    let j = i;
    while (j + 1 < to && tokens[j]!.upos !== 'NOUN' && tokens[j]!.upos !== 'PROPN' && tokens[j]!.upos !== 'PRON') {
      j++;
      if (!NOMINAL.has(tokens[j]!.upos)) return undefined;
      idx.push(j);
    }
    return idx;
  }
  return undefined;
}

/**
 * A subject whose accusative is written the same: only feminine, neuter or plural nouns in the nominative, with
 * `und`/`oder` between phrases and genitive attributes after them (`Die Möglichkeit des Familiennachzugs`,
 * `Einreiseregeln und Visabestimmungen`).
 */
function sameAsObject(tokens: readonly AnalyzedToken[], idx: readonly number[]): boolean {
  if (!idx.every((i) => NOMINAL.has(tokens[i]!.upos) || tokens[i]!.upos === 'CCONJ')) return false;
  if (idx.some((i) => tokens[i]!.upos === 'PRON')) return false;
  const nominative = idx.filter((i) => tokens[i]!.upos === 'NOUN' && tokens[i]!.feats.Case === 'Nom');
  return (
    nominative.length > 0 &&
    nominative.every((i) => tokens[i]!.feats.Gender !== 'Masc' || tokens[i]!.feats.Number === 'Plur') &&
    idx.every(
      (i) =>
        tokens[i]!.upos !== 'NOUN' ||
        ['Nom', 'Gen'].includes(tokens[i]!.feats.Case ?? (tokens[i - 1]?.feats.Case === 'Gen' ? 'Gen' : '')),
    )
  );
}

export const modalPassive: Step = {
  name: 'modal-passive',
  apply(ctx, sentence) {
    const { tokens, structure } = analysed(ctx, sentence);
    if (structure.question || structure.clauses.length !== 1) return undefined;
    let last = tokens.length;
    while (last > 0 && tokens[last - 1]!.kind === 'punct') last--;
    if (tokens.slice(0, last).some((t) => t.kind === 'punct' && t.norm !== '.')) return undefined;
    const f = tokens.findIndex((t) => t.lemma === 'sein' && t.feats.VerbForm === 'Fin');
    if (f <= 0) return undefined;
    const finite = tokens[f]!;
    if (finite.feats.Tense !== 'Pres' || finite.feats.Mood !== 'Ind' || !['ist', 'sind'].includes(lower(finite))) {
      return undefined;
    }
    const tail = zuInfinitives(tokens, last);
    if (!tail || tail.start <= f + 1) return undefined;
    const middle = Array.from({ length: tail.start - f - 1 }, (_, k) => f + 1 + k);
    if (middle.some((i) => tokens[i]!.upos === 'VERB' || tokens[i]!.upos === 'AUX')) return undefined;
    if (middle.some((i) => lower(tokens[i]!).startsWith('kein'))) return undefined;
    const front = Array.from({ length: f }, (_, k) => k);
    if (front.some((i) => lower(tokens[i]!) === 'es' || tokens[i]!.upos === 'VERB')) return undefined;
    const negated = middle.some((i) => lower(tokens[i]!) === 'nicht');
    const main = tail.verbs.filter((v) => v !== 'und' && v !== 'oder');
    const can = main.every((v) => CAN_VERBS.has(v));
    const citizen = can || main.every((v) => CITIZEN_VERBS.has(v));
    const modal = can ? 'können' : negated ? 'dürfen' : 'müssen';
    const [actor, finiteModal] = citizen ? ['Sie', modal] : ['man', thirdPerson(modal, 'Sing')!];
    const subjectFirst = nominativePhrase(tokens, 0, f);
    let frontWords: string[];
    let middleWords: string[];
    if ((subjectFirst && subjectFirst.length === front.length) || sameAsObject(tokens, front)) {
      const object =
        subjectFirst?.length === front.length
          ? accusative(tokens, front, finite.feats.Number === 'Sing')
          : front.map((i) => inner(tokens[i]!));
      if (!object) return undefined;
      frontWords = [actor, finiteModal];
      middleWords = [...object, ...middle.map((i) => tokens[i]!.norm)];
    } else {
      // something else first (`Dem Antrag sind die Unterlagen beizufügen`): it stays first, the subject follows
      const subject = nominativePhrase(tokens, f + 1, tail.start);
      if (!subject) return undefined;
      const object = accusative(tokens, subject, finite.feats.Number === 'Sing');
      if (!object) return undefined;
      frontWords = [...front.map((i) => (i === 0 ? tokens[i]!.norm : inner(tokens[i]!))), finiteModal, actor];
      middleWords = middle.flatMap((i) => (i === subject[0] ? object : subject.includes(i) ? [] : [tokens[i]!.norm]));
    }
    return [finish([...frontWords, ...middleWords, ...tail.verbs])];
  },
};

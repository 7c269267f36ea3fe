// drop: German words DGS does not sign. Articles, the copula and the tense/passive auxiliaries, the `zu`
// of infinitives, expletive `es`, reflexive and relative pronouns, case-marking prepositions, `und`,
// `dass`/`ob`, modal particles, generic `man`, and punctuation (the pause rule puts pauses at clause and
// sentence ends). `bitte` stays (BITTE).
//
// `sein` is always dropped — as an auxiliary (`ist umgezogen`), in the state passive (`ist geschlossen`)
// and as the copula (`ist gültig`, `ist im Bürgerbüro`): DGS has no copula; a place is expressed by the
// place phrase, presence by DA (`Ich bin da` → IX-1 DA; `da` is an adverb and stays).
// `haben`/`werden` are dropped only next to another verb; alone they are full verbs (HABEN, WERDEN).
import type { AnalyzedToken } from '../../types.js';
import type { GlossRule, GlossState } from '../state.js';
import { clauseHasOtherVerb, clauseOfToken, lower } from '../state.js';
import {
  COMPLEMENT_CONJUNCTIONS,
  DROPPED_CONJUNCTIONS,
  GRAMMATICAL_PREPOSITIONS,
  IMPERSONAL_VERBS,
  MODAL_PARTICLES,
  TENSE_AUXILIARIES,
} from '../words.js';

/**
 * `es` that refers to nothing: with impersonal verbs (`es gibt`, `es regnet`), in `es geht um`, and as the
 * placeholder for a following `dass`/`ob`/`zu` clause (`Es ist wichtig, dass …`). Any other `es` is a
 * pronoun (IX-3 with a locus).
 */
export function isExpletiveEs(state: GlossState, i: number): boolean {
  const t = state.tokens[i]!;
  if (lower(t) !== 'es' || t.upos !== 'PRON') return false;
  const clause = clauseOfToken(state, i);
  if (!clause) return false;
  const lemmas = clause.verbComplex.map((v) => state.tokens[v]!.lemma.toLowerCase());
  if (lemmas.some((l) => IMPERSONAL_VERBS.has(l))) return true;
  if (lemmas.includes('gehen') && clause.tokens.some((k) => lower(state.tokens[k]!) === 'um')) return true;
  if (t.feats.Case === 'Acc' || t.feats.Case === 'Dat') return false;
  return state.clauses.some(
    (c) =>
      c.index > clause.index &&
      (c.kind === 'infinitive' ||
        (c.kind === 'subordinate' &&
          c.introducer !== undefined &&
          COMPLEMENT_CONJUNCTIONS.has(lower(state.tokens[c.introducer]!)))),
  );
}

/** An object pronoun that points back to the subject (`Ich melde mich an`): not signed. */
function isReflexive(state: GlossState, i: number): boolean {
  const t = state.tokens[i]!;
  if (t.feats.Reflex === 'Yes') return true;
  if (t.upos !== 'PRON' || t.feats.PronType !== 'Prs' || (t.feats.Case !== 'Acc' && t.feats.Case !== 'Dat'))
    return false;
  if (t.feats.Person !== '1' && t.feats.Person !== '2') return false;
  const clause = clauseOfToken(state, i);
  return (
    clause?.tokens.some((k) => {
      const s = state.tokens[k]!;
      return (
        k !== i &&
        s.upos === 'PRON' &&
        s.feats.Case === 'Nom' &&
        s.feats.Person === t.feats.Person &&
        s.feats.Number === t.feats.Number
      );
    }) ?? false
  );
}

/**
 * Prepositions of direction that DGS expresses in space, dropped where the analysis marks their phrase as a place
 * (`nach Münster` → MÜNSTER); `nach` in time (`nach dem Termin`) keeps its sign.
 */
const SPATIAL_PREPOSITIONS = new Set(['nach', 'ins', 'zum', 'zur']);

function inPlace(clause: ReturnType<typeof clauseOfToken>, i: number): boolean {
  return clause?.place.some((r) => i >= r.start && i < r.end) ?? false;
}

const isZuParticle = (tokens: readonly AnalyzedToken[], i: number) => {
  const next = tokens[i + 1];
  return lower(tokens[i]!) === 'zu' && next !== undefined && (next.upos === 'VERB' || next.upos === 'AUX');
};

/** Why a token is not signed, or undefined when it is. */
export function dropReason(state: GlossState, i: number): string | undefined {
  const { tokens } = state;
  const t = tokens[i]!;
  const w = lower(t);
  const lemma = t.lemma.toLowerCase();
  if (t.upos === 'PUNCT' || t.kind === 'punct') return 'punctuation';
  if (t.verbIndex !== undefined) return undefined; // the separated particle: separable-verb
  if (t.upos === 'DET' && t.feats.PronType === 'Art') return 'article';
  if (t.upos === 'DET' && t.feats.PronType === 'Dem') return 'demonstrative';
  if (isVerb(t) && lemma === 'sein') return 'copula';
  if (t.upos === 'AUX' && TENSE_AUXILIARIES.has(lemma) && clauseHasOtherVerb(state, i)) return 'auxiliary';
  if (isZuParticle(tokens, i)) return 'zu-infinitive';
  const clause = clauseOfToken(state, i);
  if (clause?.kind === 'relative' && clause.introducer === i) return 'relative-pronoun';
  if (t.upos === 'PRON') {
    if (isExpletiveEs(state, i)) return 'expletive';
    if (isReflexive(state, i)) return 'reflexive';
    if (t.feats.PronType === 'Rel') return 'relative-pronoun';
    if (lemma === 'man') return 'generic-man';
  }
  if ((t.upos === 'SCONJ' || t.upos === 'CCONJ') && DROPPED_CONJUNCTIONS.has(w)) return 'conjunction';
  if (
    t.upos === 'ADP' &&
    !isStranded(tokens, i) &&
    (GRAMMATICAL_PREPOSITIONS.has(lemma) || GRAMMATICAL_PREPOSITIONS.has(w))
  ) {
    return 'preposition';
  }
  if (t.upos === 'ADP' && w === 'unter' && isContactUnter(tokens, i)) return 'preposition';
  // `nach Münster`, `nach Hause`: a direction to a place is shown by the movement towards its locus.
  if (t.upos === 'ADP' && SPATIAL_PREPOSITIONS.has(w) && inPlace(clause, i)) return 'preposition';
  if ((t.upos === 'ADV' || t.upos === 'PART') && MODAL_PARTICLES.has(w) && !isSentenceAnswer(tokens, i)) {
    return 'modal-particle';
  }
  return undefined;
}

const CONTACT_NOUNS = new Set([
  'nummer',
  'telefonnummer',
  'rufnummer',
  'adresse',
  'internetadresse',
  'e-mail',
  'e-mail-adresse',
]);

/**
 * `unter` with an address, number or link (`unter https://…`, `unter 0251 492-0`, `unter der Nummer …`) means
 * "at" and has no sign; only the spatial and limit senses (`unter 16 Jahren`) are signed as UNTER.
 */
const isContactUnter = (tokens: readonly AnalyzedToken[], i: number): boolean => {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const next = tokens[k]!;
    if (next.kind === 'url' || next.kind === 'email' || next.kind === 'phone') return true;
    if (CONTACT_NOUNS.has(next.lemma.toLowerCase())) return true;
    if (next.upos !== 'DET' && next.upos !== 'ADJ') return false;
  }
  return false;
};

/** A preposition with nothing after it is no preposition (`Das Amt ist zu.`: closed). */
export const isStranded = (tokens: readonly AnalyzedToken[], i: number): boolean => {
  const next = tokens[i + 1];
  // before a colon the object follows on the next lines (`Wir helfen bei:` + a list): not stranded
  return next === undefined || (next.upos === 'PUNCT' && next.norm !== ':');
};

const isVerb = (t: AnalyzedToken) => t.upos === 'VERB' || t.upos === 'AUX';

/** `Ja, …` at the start is an answer, not a particle. */
const isSentenceAnswer = (tokens: readonly AnalyzedToken[], i: number) =>
  i === 0 && tokens[1] !== undefined && tokens[1].upos === 'PUNCT';

export const drop: GlossRule = {
  name: 'drop',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((_, i) => {
      if (state.plans[i] !== undefined) return;
      if (dropReason(state, i) !== undefined) {
        state.plans[i] = null;
        fired = true;
      }
    });
    return fired;
  },
};

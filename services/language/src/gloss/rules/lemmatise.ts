// lemmatise: every word not yet decided becomes its lemma's sign (`Anträge` → ANTRAG, `rufen … an` →
// ANRUFEN, `keinen` → KEIN, `müssen` → MÜSSEN), mouthing the lemma. Special cases:
//   two words that are one sign (`wie viel` → WIE-VIEL, `zum Beispiel`) when the lexicon has the pair;
//   existential `es gibt`: the sign for `es gibt`, else DA, else nothing (the noun phrase says what exists);
//   `möchte` is looked up as `möchten` before `mögen`;
//   a state-passive participle is looked up as an adjective first (`ist geschlossen` → GESCHLOSSEN).
// A word without a sign of its own may be signed another way first (rephrase.ts: a synonym, its base word, or
// left out where DGS leaves it out). A content word without a sign is fingerspelled (rule `fingerspell`; with `unknownWords: 'mark'` it is
// kept, `signable: false`); a function word without a sign (a preposition, a conjunction) is dropped,
// unless it carries meaning (`ohne`, `weil`, `bis`, negation, quantifiers), which is fingerspelled.
import type { AnalyzedToken } from '../../types.js';
import type { Draft, GlossRule, GlossState } from '../state.js';
import type { LexiconSign } from '../types.js';
import { clauseOfToken, fire, lexicalDraft, lookupSign, lower, tokenSpan, unknownDraft } from '../state.js';
import { rephrasedDrafts } from './rephrase.js';
import { MEANINGFUL_FUNCTION_WORDS } from '../words.js';
import { isExpletiveEs, isStranded } from './drop.js';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'INTJ', 'X', 'NUM']);

function isContent(t: AnalyzedToken, stranded: boolean): boolean {
  if (CONTENT.has(t.upos) || (t.upos === 'ADP' && stranded)) return true;
  if ((t.upos === 'PRON' || t.upos === 'DET') && (t.feats.PronType === 'Int' || t.feats.PronType === 'Neg'))
    return true;
  return MEANINGFUL_FUNCTION_WORDS.has(lower(t)) || MEANINGFUL_FUNCTION_WORDS.has(t.lemma.toLowerCase());
}

/** Conjunctions signed with the sign of a synonym (`da` = because → WEIL). */
const CONJUNCTION_SYNONYMS: Readonly<Record<string, string>> = { da: 'weil', falls: 'wenn', sofern: 'wenn' };

/**
 * A conjunction takes only a conjunction's (or a preposition's) sign: `da` (because) is not DA (there),
 * `wie` (as) not WIE (how).
 */
function fits(t: AnalyzedToken, sign: LexiconSign): boolean {
  if (t.upos !== 'SCONJ' && t.upos !== 'CCONJ') return true;
  return sign.pos === undefined || sign.pos === 'SCONJ' || sign.pos === 'CCONJ' || sign.pos === 'ADP';
}

const STRANDED_STATES: Readonly<Record<string, string>> = { zu: 'geschlossen', auf: 'offen' };

/** Lemmas to try, best first. */
function candidates(state: GlossState, i: number): string[] {
  const t = state.tokens[i]!;
  const list: string[] = [];
  const synonym = t.upos === 'SCONJ' ? CONJUNCTION_SYNONYMS[lower(t)] : undefined;
  if (synonym) list.push(synonym);
  if (t.lemma === 'mögen' && lower(t).startsWith('möcht')) list.push('möchten');
  if (t.feats.VerbForm === 'Part' && clauseOfToken(state, i)?.voice === 'state-passive') list.push(lower(t));
  // `Das Amt ist zu.` / `… ist auf.`: a stranded zu or auf says closed or open
  const closedOrOpen = STRANDED_STATES[lower(t)];
  if (closedOrOpen && t.upos !== 'VERB' && isStranded(state.tokens, i)) list.push(closedOrOpen);
  list.push(t.lemma, lower(t));
  return [...new Set(list)];
}

/**
 * Singular forms for a noun whose lemma the analyser left in the plural (`Impfungen`, `Ärztinnen`, `Fächer`):
 * the usual plural endings taken off, an umlaut undone before `-er`. Only whole-word signs of nouns match them,
 * so a guess that is no word finds nothing.
 */
export function singularGuesses(lemma: string): string[] {
  const out: string[] = [];
  const drop = (n: number) => lemma.slice(0, -n);
  if (/(ung|heit|keit|schaft|ion|tät)en$/.test(lemma)) out.push(drop(2));
  if (/innen$/.test(lemma)) out.push(drop(3));
  if (/[^e]en$|[el]n$|[^e]e$|s$/.test(lemma)) out.push(drop(/en$/.test(lemma) ? 2 : 1));
  if (/er$/.test(lemma)) {
    const stem = drop(2);
    out.push(
      stem,
      stem
        .replace(/ä(?=[^aäeiouöü]*$)/, 'a')
        .replace(/ö(?=[^aäeiouöü]*$)/, 'o')
        .replace(/ü(?=[^aäeiouöü]*$)/, 'u'),
    );
  }
  return out.filter((g) => g.length >= 3 && g !== lemma);
}

/** `es gibt`: existence, not GEBEN. */
function existential(state: GlossState, i: number): Draft[] | null | undefined {
  const t = state.tokens[i]!;
  if (t.lemma !== 'geben') return undefined;
  const clause = clauseOfToken(state, i);
  if (!clause?.tokens.some((k) => isExpletiveEs(state, k))) return undefined;
  for (const [lemma, pos] of [
    ['es gibt', undefined],
    ['da', 'ADV'],
  ] as const) {
    const sign = state.lexicon.lookup(lemma, pos);
    if (sign) return [lexicalDraft(i, sign, tokenSpan(t), lemma)];
  }
  return null;
}

/** Two neighbouring words that the lexicon has as one sign. */
function pair(state: GlossState, i: number): Draft[] | undefined {
  const t = state.tokens[i]!;
  const next = state.tokens[i + 1];
  if (!next || state.plans[i + 1] !== undefined || t.upos === 'PUNCT' || next.upos === 'PUNCT') return undefined;
  for (const lemma of [`${lower(t)} ${lower(next)}`, `${t.lemma} ${next.lemma}`]) {
    const sign = state.lexicon.lookup(lemma);
    if (sign) {
      state.plans[i + 1] = null;
      return [lexicalDraft(i, sign, { start: t.start, end: next.end }, `${t.norm} ${next.norm}`)];
    }
  }
  return undefined;
}

function lemmaDrafts(state: GlossState, i: number): Draft[] | null {
  const t = state.tokens[i]!;
  const exists = existential(state, i);
  if (exists !== undefined) return exists;
  const joined = pair(state, i);
  if (joined) return joined;
  for (const lemma of candidates(state, i)) {
    const sign = lookupSign(state, lemma, t);
    if (sign && fits(t, sign)) return [lexicalDraft(i, sign, tokenSpan(t), lemma)];
  }
  if (t.upos === 'NOUN') {
    for (const lemma of singularGuesses(t.lemma)) {
      const sign = state.lexicon.lookup(lemma, 'NOUN');
      if (sign && (sign.pos === undefined || sign.pos === 'NOUN')) return [lexicalDraft(i, sign, tokenSpan(t), lemma)];
    }
  }
  const rephrased = rephrasedDrafts(state, i);
  if (rephrased !== undefined) {
    if (rephrased) fire(state, 'rephrase');
    return rephrased;
  }
  if (!isContent(t, isStranded(state.tokens, i))) return null;
  const word = t.upos === 'PROPN' || t.upos === 'X' || t.upos === 'INTJ' ? t.norm : t.lemma;
  return [unknownDraft(state, i, word, tokenSpan(t))];
}

export const lemmatise: GlossRule = {
  name: 'lemmatise',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((t, i) => {
      if (state.plans[i] !== undefined) return;
      if (t.upos === 'PUNCT') {
        state.plans[i] = null;
        return;
      }
      state.plans[i] = lemmaDrafts(state, i);
      fired = true;
    });
    return fired;
  },
};

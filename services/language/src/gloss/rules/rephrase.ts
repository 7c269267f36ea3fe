// Before a word without a sign is fingerspelled, it is signed another way where DGS would: with a synonym's
// sign (`bzw.` → ODER), with its base word's sign (`Beratung` → BERATEN, `beruflich` → BERUF, `Mitarbeiterin` →
// MITARBEITER, `Berater` → BERATEN PERSON, `unvollständig` → VOLLSTÄNDIG NICHT under a headshake), or not at
// all where DGS leaves it out (`dafür`, `so`, `stattfinden`). The German word stays the mouthing, and each
// choice is recorded (`rephrased` on the gloss, `omitted` on the sentence) so editors see it.
import type { AnalyzedToken } from '../../types.js';
import { baseForms } from '../derivation.js';
import { ADJECTIVE_FILLERS, OMITTED, SYNONYMS } from '../rephrase-words.js';
import type { Draft, GlossState } from '../state.js';
import { lexicalDraft, lower, tokenSpan } from '../state.js';
import type { LexiconSign, Rephrasing } from '../types.js';

/** The keys a word is known by in the word lists: as written, its lemma, an abbreviation's long form. */
function keys(t: AnalyzedToken): string[] {
  return [...new Set([lower(t), t.lemma.toLowerCase(), ...(t.expansion ? [t.expansion.toLowerCase()] : [])])];
}

function synonymDrafts(state: GlossState, i: number): Draft[] | undefined {
  const t = state.tokens[i]!;
  for (const key of keys(t)) {
    for (const synonym of SYNONYMS[key] ?? []) {
      const sign = state.lexicon.lookup(synonym);
      if (sign) {
        return [{ ...lexicalDraft(i, sign, tokenSpan(t), t.norm), rephrased: { word: t.lemma, how: 'synonym' } }];
      }
    }
  }
  return undefined;
}

/** A base's sign counts only with the part of speech the derivation names (Beratung → the verb BERATEN). */
function signOf(state: GlossState, lemma: string, pos: string): LexiconSign | undefined {
  const sign = state.lexicon.lookup(lemma, pos);
  return sign && (sign.pos === undefined || sign.pos === pos) ? sign : undefined;
}

/**
 * The sign of a word's base that stands for it alone, without a second sign (no agent's PERSON, no negation's
 * NICHT): for compound parts (`Aufenthaltserlaubnis` → … ERLAUBEN).
 */
export function singleBaseSign(
  state: GlossState,
  word: string,
  upos: AnalyzedToken['upos'],
): { sign: LexiconSign; rephrased: Rephrasing } | undefined {
  for (const base of baseForms(word, upos)) {
    if (base.steps.includes('agent') || base.steps.includes('negated')) continue;
    const sign = signOf(state, base.lemma, base.pos);
    if (sign) return { sign, rephrased: { word, how: 'base', steps: base.steps } };
  }
  return undefined;
}

/** The drafts for a word signed with its base, or undefined. */
function baseDrafts(
  state: GlossState,
  i: number,
  word: string,
  upos: AnalyzedToken['upos'],
  span: { start: number; end: number },
): Draft[] | undefined {
  for (const base of baseForms(word, upos)) {
    const sign = signOf(state, base.lemma, base.pos);
    if (!sign) continue;
    const rephrased: Rephrasing = { word, how: 'base', steps: base.steps };
    const main: Draft = { ...lexicalDraft(i, sign, span, word), rephrased };
    if (base.steps.includes('agent')) {
      // Berater: the activity and PERSON, as DGS forms nouns of people (BERATEN PERSON).
      const person = signOf(state, 'Person', 'NOUN');
      return person ? [main, { ...lexicalDraft(i, person, span, undefined), rephrased }] : [main];
    }
    if (base.steps.includes('negated')) {
      const not = state.lexicon.lookup('nicht');
      if (!not) continue;
      const negator: Draft = { ...lexicalDraft(i, not, span, undefined), rephrased };
      state.marks.push({ type: 'headshake', drafts: [main, negator] });
      return [main, negator];
    }
    return [main];
  }
  return undefined;
}

/** Whether DGS leaves this word out; records the choice. */
function omit(state: GlossState, i: number): boolean {
  const t = state.tokens[i]!;
  const reason = keys(t)
    .map((k) => OMITTED[k])
    .find((r) => r !== undefined);
  if (!reason) return false;
  // `damit` as a conjunction (so that) and `so` in `so … wie` carry meaning; only adverbs and particles go.
  const adjective = t.upos === 'ADJ' && ADJECTIVE_FILLERS.has(t.lemma.toLowerCase());
  if (reason !== 'light-verb' && t.upos !== 'ADV' && t.upos !== 'PART' && !adjective) return false;
  if (reason === 'light-verb' && t.upos !== 'VERB') return false;
  state.omitted.push({ token: i, reason });
  return true;
}

/**
 * What a word without a sign of its own becomes instead of fingerspelling: drafts, null when DGS leaves it out,
 * undefined when nothing fits (it is then fingerspelled).
 */
export function rephrasedDrafts(state: GlossState, i: number): Draft[] | null | undefined {
  const t = state.tokens[i]!;
  const synonym = synonymDrafts(state, i);
  if (synonym) return synonym;
  if (omit(state, i)) return null;
  if (t.upos === 'PROPN' || t.kind !== 'word') return undefined;
  return baseDrafts(state, i, t.lemma, t.upos, tokenSpan(t));
}

// names: proper names, street names and abbreviations.
//   A name after a title is fingerspelled as written, even when it is also a word (`Frau Müller` →
//   FRAU FS-MÜLLER); the title is signed (FRAU, HERR) by the lemma rule.
//   Other proper nouns: the lexicon's sign if it has one (a city sign), else fingerspelled as written.
//   Street names: the name part is fingerspelled, the ending signed (`Hafenstraße` → FS-HAFEN STRASSE);
//   `-straße`, `-gasse`, `-allee` always, `-weg`, `-platz`, `-ring`, `-damm`, `-ufer` only before a house
//   number (otherwise they are ordinary compounds: Parkplatz). Both parts carry `compound`.
//   Abbreviations: the sign of the abbreviation or of its long form (`z. B.` → BEISPIEL), else the
//   abbreviation fingerspelled (`OG` → FS-OG).
import type { AnalyzedToken } from '../../types.js';
import type { Draft, GlossRule, GlossState } from '../state.js';
import { rephrasedDrafts } from './rephrase.js';
import { fingerspellDraft, lexicalDraft, lower, subSpan, tokenSpan } from '../state.js';
import { STREET_HEADS, TITLES } from '../words.js';

const isNounish = (t: AnalyzedToken) => t.upos === 'NOUN' || t.upos === 'PROPN';
const isCapitalised = (t: AnalyzedToken) => /^[A-ZÄÖÜ]/.test(t.norm);

/** Tokens that are names because a title stands before them (`Herr Dr. Schmidt`: Schmidt). */
function namesAfterTitles(tokens: readonly AnalyzedToken[]): Set<number> {
  const names = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!TITLES.has(lower(tokens[i]!))) continue;
    let k = i + 1;
    while (k < tokens.length && TITLES.has(lower(tokens[k]!))) k++;
    while (k < tokens.length && isNounish(tokens[k]!) && isCapitalised(tokens[k]!) && !TITLES.has(lower(tokens[k]!))) {
      names.add(k);
      k++;
    }
    i = k - 1;
  }
  return names;
}

function streetName(state: GlossState, i: number): Draft[] | undefined {
  const t = state.tokens[i]!;
  if (!isNounish(t) || !isCapitalised(t)) return undefined;
  const word = t.norm;
  const lw = word.toLowerCase();
  const next = state.tokens[i + 1];
  const head = STREET_HEADS.find(
    (h) => lw.endsWith(h.suffix) && lw.length >= h.suffix.length + 2 && (h.always || next?.kind === 'number'),
  );
  if (!head || state.lexicon.lookup(t.lemma, 'NOUN')) return undefined;
  const cut = word.length - head.suffix.length;
  const modifier = word.slice(0, cut).replace(/-$/, '');
  const headSpan = subSpan(t, cut, word.length);
  const sign = state.lexicon.lookup(head.lemma, 'NOUN');
  return [
    { ...fingerspellDraft(i, modifier, subSpan(t, 0, modifier.length)), compound: word },
    {
      ...(sign ? lexicalDraft(i, sign, headSpan, head.lemma) : fingerspellDraft(i, head.lemma, headSpan)),
      compound: word,
    },
  ];
}

/** An abbreviation: its own sign or its long form's, a synonym's (`bzw.` → ODER), left out (`usw.`), or spelled. */
function abbreviation(state: GlossState, i: number): Draft[] | null | undefined {
  const t = state.tokens[i]!;
  if (t.kind !== 'abbreviation' && t.feats.Abbr !== 'Yes') return undefined;
  const expansion = t.expansion;
  const candidates = [t.lemma, ...(expansion ? [expansion] : [])];
  // `zum Beispiel`: the content word of a multi-word long form.
  if (expansion && expansion.includes(' ')) candidates.push(...expansion.split(' ').filter((w) => /^[A-ZÄÖÜ]/.test(w)));
  for (const lemma of candidates) {
    const sign = state.lexicon.lookup(lemma);
    if (sign) return [lexicalDraft(i, sign, tokenSpan(t), expansion ?? t.lemma)];
  }
  const rephrased = rephrasedDrafts(state, i);
  return rephrased === undefined ? [fingerspellDraft(i, t.norm, tokenSpan(t))] : rephrased;
}

export const names: GlossRule = {
  name: 'names',
  stage: 'token',
  apply(state) {
    let fired = false;
    const afterTitles = namesAfterTitles(state.tokens);
    state.tokens.forEach((t, i) => {
      if (state.plans[i] !== undefined) return;
      let drafts: Draft[] | null | undefined;
      if (afterTitles.has(i)) drafts = [fingerspellDraft(i, t.norm, tokenSpan(t))];
      else drafts = streetName(state, i) ?? abbreviation(state, i);
      if (drafts === undefined && t.upos === 'PROPN') {
        const sign = state.lexicon.lookup(t.lemma, 'NOUN');
        drafts = [sign ? lexicalDraft(i, sign, tokenSpan(t), t.lemma) : fingerspellDraft(i, t.norm, tokenSpan(t))];
      }
      if (drafts === undefined) return;
      state.plans[i] = drafts;
      fired = true;
    });
    return fired;
  },
};

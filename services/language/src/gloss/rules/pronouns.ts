// pronouns: personal pronouns become pointing signs (kind `index`), possessives the possessive hand.
//   ich/mich/mir → IX-1, wir/uns → IX-1-PL, du/dich/dir → IX-2, ihr/euch → IX-2-PL,
//   Sie/Ihnen (polite, the reader) → IX-2,
//   er/sie/es/ihn/ihm/ihr and standalone das/dies → IX-3a, IX-3b … (plural: IX-3a-PL),
//   mein → POSS-1, unser → POSS-1-PL, dein → POSS-2, euer → POSS-2-PL, Ihr (polite) → POSS-2,
//   sein → POSS-3a (owner masculine/neuter), ihr → POSS-3b (owner feminine or plural).
// Third-person referents get a locus letter each, in order of appearance; without coreference resolution
// a referent is its gender and number (`masc`, `fem`, `neut`, `plur`), kept for the whole text by
// `glossText`, so `er` in the second sentence points where `er` pointed in the first.
// The analysis reads every `Sie` as polite; the verb corrects it: `Sie wohnt` (singular verb) is she,
// lower-case `sie warten` is they. A sentence-initial `Sie` with a plural verb stays polite (IX-2).
import type { AnalyzedToken } from '../../types.js';
import type { GlossRule, GlossState } from '../state.js';
import { clauseOfToken, indexDraft, lower, tokenSpan } from '../state.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The locus of a referent: the first of `keys` that already has one, else a new letter for `keys[0]`. */
export function locusFor(state: GlossState, keys: readonly string[]): { key: string; letter: string } {
  for (const key of keys) {
    const letter = state.context.loci.get(key);
    if (letter) return { key, letter };
  }
  const key = keys[0]!;
  const letter = LETTERS[state.context.loci.size % LETTERS.length]!;
  state.context.loci.set(key, letter);
  return { key, letter };
}

const finiteOf = (state: GlossState, i: number): AnalyzedToken | undefined => {
  const clause = clauseOfToken(state, i);
  return clause?.finiteVerb === undefined ? undefined : state.tokens[clause.finiteVerb];
};

const isObject = (t: AnalyzedToken) => t.feats.Case === 'Acc' || t.feats.Case === 'Dat';

/** Whether the pronoun addresses the reader (polite Sie/Ihnen/Ihr). */
function isPolite(state: GlossState, i: number): boolean {
  const t = state.tokens[i]!;
  if (t.feats.Polite !== 'Form') return false;
  if (!/^[A-ZÄÖÜ]/.test(t.text)) return false;
  // `Sie wohnt`: she. Not after a preposition (`für Sie`), where Sie is no subject.
  const afterPreposition = state.tokens[i - 1]?.upos === 'ADP';
  if (lower(t) === 'sie' && !isObject(t) && !afterPreposition && finiteOf(state, i)?.feats.Number === 'Sing')
    return false;
  return true;
}

/** Number and gender of a third-person pronoun as a referent key. */
function referentKey(state: GlossState, i: number): string {
  const t = state.tokens[i]!;
  let number = t.feats.Number;
  if (lower(t) === 'sie' && !isObject(t) && state.tokens[i - 1]?.upos !== 'ADP') {
    number = finiteOf(state, i)?.feats.Number ?? number;
  }
  if (lower(t) === 'ihnen') number = 'Plur';
  if (number === 'Plur') return 'plur';
  if (t.feats.Gender === 'Masc') return 'masc';
  if (t.feats.Gender === 'Fem' || lower(t) === 'sie') return 'fem';
  return 'neut';
}

function indexGloss(state: GlossState, i: number): { gloss: string; locus?: string } | undefined {
  const t = state.tokens[i]!;
  const lemma = t.lemma.toLowerCase();
  if (t.feats.Poss === 'Yes') {
    if (lemma === 'mein') return { gloss: 'POSS-1' };
    if (lemma === 'unser') return { gloss: 'POSS-1-PL' };
    if (lemma === 'dein') return { gloss: 'POSS-2' };
    if (lemma === 'euer') return { gloss: 'POSS-2-PL' };
    if (isPolite(state, i)) return { gloss: 'POSS-2' };
    const keys = lemma === 'sein' ? ['masc', 'neut'] : ['fem', 'plur'];
    const { key, letter } = locusFor(state, keys);
    return { gloss: `POSS-3${letter}${key === 'plur' ? '-PL' : ''}`, locus: letter };
  }
  if (t.upos !== 'PRON') return undefined;
  if (t.feats.PronType !== 'Prs' && t.feats.PronType !== 'Dem') return undefined;
  const plural = t.feats.Number === 'Plur';
  if (t.feats.Person === '1') return { gloss: plural ? 'IX-1-PL' : 'IX-1' };
  if (t.feats.Person === '2') return { gloss: plural ? 'IX-2-PL' : 'IX-2' };
  if (isPolite(state, i)) return { gloss: 'IX-2' };
  const { key, letter } = locusFor(state, [referentKey(state, i)]);
  return { gloss: `IX-3${letter}${key === 'plur' ? '-PL' : ''}`, locus: letter };
}

export const pronouns: GlossRule = {
  name: 'pronouns',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((t, i) => {
      if (state.plans[i] !== undefined) return;
      const index = indexGloss(state, i);
      if (!index) return;
      state.plans[i] = [indexDraft(i, index.gloss, tokenSpan(t), index.locus)];
      fired = true;
    });
    return fired;
  },
};

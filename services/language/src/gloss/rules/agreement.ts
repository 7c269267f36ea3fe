// agreement: the loci of a verb's subject and object, so that an agreement verb of the lexicon (HELFEN, GEBEN,
// SCHICKEN, FRAGEN …, `agreement` in gloss-dictionary) moves from the one to the other in the timeline
// (`Wir schicken Ihnen den Bescheid` → SCHICKEN from IX-1 to IX-2). Loci come from the pointing signs the
// pronoun rule made (IX-1 → `1`, IX-2 → `2`, IX-3a → `3a`); an imperative's unsigned `Sie` is `2`; a noun subject
// is placed at `3a` when the object is the signer or the addressee (`Das Amt schickt Ihnen …`: from the office's
// place to the reader). Without a pointed object nothing is set and the verb keeps its citation form.
import type { ClauseWork, Draft, GlossRule, GlossState } from '../state.js';
import { MODAL_VERBS } from '../words.js';
import { imperativeSie } from './imperative.js';

/** The locus of a pointing gloss: IX-1 → 1, IX-2-PL → 2, IX-3a → 3a; undefined for anything else. */
export function locusOf(gloss: string): string | undefined {
  const m = /^IX-(1|2|3([a-c]))(-PL)?$/.exec(gloss);
  return m ? (m[2] ? `3${m[2]}` : m[1]) : undefined;
}

function pointedLocus(drafts: readonly Draft[]): string | undefined {
  for (const d of drafts) {
    const locus = d.kind === 'index' ? locusOf(d.gloss) : undefined;
    if (locus) return locus;
  }
  return undefined;
}

/** The clause's object: a pointed pronoun in the dative or accusative (`Ihnen`, `mich`), not the subject. */
function objectLocus(state: GlossState, clause: ClauseWork): string | undefined {
  for (const c of clause.constituents) {
    if (c.role === 'subject' || c.role === 'verb') continue;
    for (const d of c.drafts) {
      const t = state.tokens[d.token];
      const locus = d.kind === 'index' ? locusOf(d.gloss) : undefined;
      if (locus && t && (t.feats.Case === 'Dat' || t.feats.Case === 'Acc')) return locus;
    }
  }
  return undefined;
}

function subjectLocus(state: GlossState, clause: ClauseWork): string | undefined {
  const subject = clause.constituents.find((c) => c.role === 'subject');
  if (subject) {
    const pointed = pointedLocus(subject.drafts);
    if (pointed) return pointed;
    if (subject.drafts.some((d) => d.kind === 'lexical' || d.kind === 'fingerspell')) return '3a';
  }
  // `Helfen Sie …`, `Schicken Sie uns …`: the imperative's Sie is the reader.
  return imperativeSie(state, clause) !== undefined ? '2' : undefined;
}

export const agreement: GlossRule = {
  name: 'agreement',
  stage: 'clause',
  apply(state) {
    let fired = false;
    for (const clause of state.clauses) {
      const verb = clause.constituents.find((c) => c.role === 'verb');
      const main = verb?.drafts.find(
        (d) => d.kind === 'lexical' && !MODAL_VERBS.has(state.tokens[d.token]?.lemma.toLowerCase() ?? ''),
      );
      if (!main) continue;
      const object = objectLocus(state, clause);
      if (!object) continue;
      const subject = subjectLocus(state, clause);
      if (!subject || subject === object) continue;
      main.loci = { subject, object };
      fired = true;
    }
    return fired;
  },
};

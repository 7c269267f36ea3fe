// clause-order: adverbial subordinate clauses come before their main clause, as DGS sets the frame first
// (`Der Antrag wird nicht bearbeitet, weil die Gebühr fehlt.` → WEIL GEBÜHR FEHLEN, ANTRAG BEARBEITEN
// NICHT); a `wenn` clause already stands first in most German sentences. Complement clauses (`dass`, `ob`)
// and `um … zu` clauses stay after their main clause. A relative clause is signed right after the noun it
// describes (`Der Antrag, den Sie gestellt haben, …` → ANTRAG IX-2 STELLEN …), the relative pronoun
// dropped.
import type { ClauseWork, Constituent, GlossRule, GlossState } from '../state.js';
import { clauseOfToken, lower } from '../state.js';
import { COMPLEMENT_CONJUNCTIONS } from '../words.js';

/** The host clause and constituent a relative clause follows: the one holding the word before its comma. */
function antecedent(state: GlossState, rel: ClauseWork): { host: ClauseWork; after: Constituent } | undefined {
  for (let i = rel.tokens[0]! - 1; i >= 0; i--) {
    const t = state.tokens[i]!;
    if (t.upos === 'PUNCT') continue;
    const host = clauseOfToken(state, i);
    if (!host || host === rel) return undefined;
    let after: Constituent | undefined;
    for (const c of host.constituents) {
      if (c.tokens.includes(i)) return { host, after: c };
      if (c.tokens.some((k) => k < i) && (!after || Math.max(...c.tokens) > Math.max(...after.tokens))) after = c;
    }
    return after ? { host, after } : undefined;
  }
  return undefined;
}

const isComplement = (state: GlossState, c: ClauseWork) =>
  c.introducedBy !== undefined && COMPLEMENT_CONJUNCTIONS.has(lower(state.tokens[c.introducedBy]!));

export const clauseOrder: GlossRule = {
  name: 'clause-order',
  stage: 'clause',
  apply(state) {
    let fired = false;
    const top: ClauseWork[] = [];
    for (const clause of state.clauses) {
      if (clause.kind === 'relative') {
        const found = antecedent(state, clause);
        if (found) {
          found.host.embedded.push({ after: found.after, clause });
          clause.host = found.host;
          fired = true;
          continue;
        }
      }
      top.push(clause);
    }
    const blocks: ClauseWork[] = [];
    let main = -1;
    for (const clause of top) {
      if (clause.kind === 'subordinate' && !isComplement(state, clause) && main >= 0) {
        blocks.splice(main, 0, clause);
        main++;
        fired = true;
        continue;
      }
      blocks.push(clause);
      if (clause.kind === 'main') main = blocks.length - 1;
    }
    state.blocks = blocks;
    return fired;
  },
};

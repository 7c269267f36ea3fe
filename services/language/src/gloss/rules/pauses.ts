// pauses: a short pause (`PAUSE`, `pause: 'clause'`) after each clause that is followed by another, and a
// sentence pause (`pause: 'sentence'`) at the end. A pause has a zero-width span where its clause ends in
// the German text (after the clause's last word; the sentence pause after the final punctuation).
import type { ClauseWork, GlossRule, GlossState } from '../state.js';
import { clauseDrafts, pauseDraft } from '../state.js';

/** Where a clause ends in the text: after its last word. */
function clauseEnd(state: GlossState, clause: ClauseWork): number {
  const words = clause.tokens.filter((i) => state.tokens[i]!.upos !== 'PUNCT');
  const last = words[words.length - 1] ?? clause.tokens[clause.tokens.length - 1]!;
  return state.tokens[last]!.end;
}

export const pauses: GlossRule = {
  name: 'pauses',
  stage: 'clause',
  apply(state) {
    if (state.tokens.length === 0) return false;
    const signed = state.blocks.filter((b) => clauseDrafts(b).length > 0 || b.embedded.length > 0);
    signed.slice(0, -1).forEach((b) => (b.pauseAfter = pauseDraft(clauseEnd(state, b), 'clause')));
    for (const clause of state.clauses) {
      for (const e of clause.embedded) {
        // A relative clause inside its host: a pause after it when the host goes on.
        const rest = clause.constituents.slice(clause.constituents.indexOf(e.after) + 1);
        if (rest.some((c) => c.drafts.length > 0) && clauseDrafts(e.clause).length > 0) {
          e.clause.pauseAfter = pauseDraft(clauseEnd(state, e.clause), 'clause');
        }
      }
    }
    state.endPause = pauseDraft(state.tokens[state.tokens.length - 1]!.end, 'sentence');
    return true;
  },
};

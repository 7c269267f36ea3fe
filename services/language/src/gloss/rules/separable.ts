// separable-verb: `Rufen Sie uns an` → one sign ANRUFEN at the verb. The analysis has already joined the
// particle to the verb's lemma (`anrufen`) and linked the two tokens; the particle itself is not signed.
import type { GlossRule } from '../state.js';

export const separableVerb: GlossRule = {
  name: 'separable-verb',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((t, i) => {
      if (t.verbIndex === undefined || state.plans[i] !== undefined) return;
      state.plans[i] = null;
      fired = true;
    });
    return fired;
  },
};

// addresses: internet and e-mail addresses are not fingerspelled letter by letter (a long address is
// unreadable that way); they become a placeholder sign — the lexicon's sign for `Internetadresse` /
// `E-Mail-Adresse` (or `Internet` / `E-Mail`), fingerspelled (FS-INTERNET, FS-EMAIL) when it has none — and
// the address itself is carried in `show`, for the client to show on screen while it is signed.
import type { GlossRule } from '../state.js';
import { lexicalDraft, fingerspellDraft, tokenSpan } from '../state.js';

const PLACEHOLDERS = {
  url: { lemmas: ['Internetadresse', 'Internetseite', 'Internet'], spelled: 'Internet' },
  email: { lemmas: ['E-Mail-Adresse', 'E-Mail'], spelled: 'E-Mail' },
} as const;

export const addresses: GlossRule = {
  name: 'addresses',
  stage: 'token',
  apply(state) {
    let fired = false;
    state.tokens.forEach((t, i) => {
      if (state.plans[i] !== undefined || (t.kind !== 'url' && t.kind !== 'email')) return;
      const placeholder = PLACEHOLDERS[t.kind];
      let draft = fingerspellDraft(i, placeholder.spelled, tokenSpan(t));
      for (const lemma of placeholder.lemmas) {
        const sign = state.lexicon.lookup(lemma, 'NOUN');
        if (sign) {
          draft = lexicalDraft(i, sign, tokenSpan(t), lemma);
          break;
        }
      }
      state.plans[i] = [{ ...draft, show: t.text }];
      fired = true;
    });
    return fired;
  },
};

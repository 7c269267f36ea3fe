import type { AnalyzedToken } from '../../types.js';
import type { LsRule, RuleHit } from '../types.js';
import { lower } from './util.js';
import { PRESENT } from '../data/verb-forms.js';

/** Forms that are subjunctive whatever the analysis says (the common Konjunktiv II of officialese). */
const SUBJUNCTIVE_FORMS = new Set(
  `würde würdest würden würdet könnte könntest könnten könntet hätte hättest hätten hättet wäre wärst
  wären wärt müsste müsstest müssten dürfte dürften sollte solltest sollten bräuchte bräuchten gäbe
  käme kämen ginge`
    .split(/\s+/)
    .filter(Boolean),
);
/** `möchte` is the normal polite form and allowed in Leichte Sprache. */
const ALLOWED_LEMMAS = new Set(['mögen']);

function indicative(t: AnalyzedToken): string | undefined {
  const forms = PRESENT[t.lemma];
  if (!forms) return undefined;
  const person = Number(t.feats.Person ?? '3');
  const plural = t.feats.Number === 'Plur' || t.feats.Polite === 'Form';
  const form = forms[(plural ? 3 : 0) + person - 1];
  return form && /^\p{Lu}/u.test(t.text) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

export const subjunctive: LsRule = {
  id: 'subjunctive',
  title: 'Kein Konjunktiv',
  severity: { din: 'warning', netzwerk: 'error' },
  description:
    'Der Konjunktiv ist schwer. Das sind Wörter wie „würde“, „könnte“, „hätte“ oder „wäre“. ' +
    'Schreiben Sie direkt: „Sie können“ statt „Sie könnten“.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const t of s.tokens) {
        if (t.upos !== 'VERB' && t.upos !== 'AUX') continue;
        const w = lower(t);
        if (!(t.feats.Mood === 'Sub' || SUBJUNCTIVE_FORMS.has(w)) || ALLOWED_LEMMAS.has(t.lemma)) continue;
        if (/^möcht/.test(w)) continue;
        const plain = t.lemma === 'werden' ? undefined : indicative(t);
        hits.push({
          start: t.start,
          end: t.end,
          message: `„${t.text}“ ist Konjunktiv. Das ist schwer zu verstehen.`,
          suggestion: plain
            ? `Schreiben Sie direkt: „${plain}“ statt „${t.text}“.`
            : t.lemma === 'werden'
              ? 'Schreiben Sie das Verb direkt: „Wir helfen Ihnen.“ statt „Wir würden Ihnen helfen.“'
              : 'Schreiben Sie direkt, was ist.',
        });
      }
    }
    return hits;
  },
};

// The polite and hypothetical moods of official letters in plain words. Leichte Sprache asks for direct
// requests and the indicative (Netzwerk Leichte Sprache: „Schreiben Sie Bitten direkt“, no Konjunktiv):
//
// - a request as a question or as „Wir bitten Sie, … zu …“ becomes „Bitte … Sie …“: „Würden Sie bitte das
//   Formular unterschreiben?“ → „Bitte unterschreiben Sie das Formular.“; „Wir bitten Sie, die Unterlagen
//   einzureichen.“ → „Bitte reichen Sie die Unterlagen ein.“ (a question without `bitte` stays a question);
// - `würde` + infinitive, `wäre`, `hätte`, `könnte`, `müsste` become the indicative: „Wir würden uns freuen“ →
//   „Wir freuen uns“, „wenn Sie teilnehmen würden“ → „wenn Sie teilnehmen“;
// - a condition with `sollte` first becomes a `wenn` clause, which the condition step then turns into a
//   question and „Dann …“: „Sollte Ihr Kind keinen Platz erhalten, …“ → „Wenn Ihr Kind keinen Platz
//   erhält, …“; `sollte` at the end of a `wenn` clause goes („wenn Sie nicht kommen sollten“).
//
// The 3rd person singular is built from the infinitive and taken only when the lexicon confirms it
// (passive.ts presentForm); where it cannot be confirmed the sentence stays as it is.

import type { AnalyzedToken } from '../../types.js';
import { thirdPerson } from '../data/verb-forms.js';
import { presentForm } from './passive.js';
import { isPunct, mainClauseForm, range, type Tokens } from './split.js';
import { analysed, finish, inner, isVerb, lower, zuInfinitive, type Step, type StepContext } from './text.js';

type Number_ = 'Sing' | 'Plur';

/**
 * Konjunktiv II forms of the modals and their indicative (`könnten` → `können`). `wäre` and `hätte` also state
 * what is not so („Ohne Ihre Hilfe wäre das nicht möglich“); they change only in a polite judgement („Es
 * wäre schön, wenn …“, see POLITE_JUDGEMENT).
 */
const SUBJUNCTIVE: Readonly<Record<string, { lemma: string; number: Number_ }>> = {
  könnte: { lemma: 'können', number: 'Sing' },
  könnten: { lemma: 'können', number: 'Plur' },
  müsste: { lemma: 'müssen', number: 'Sing' },
  müssten: { lemma: 'müssen', number: 'Plur' },
};

/** `es wäre schön, wenn …`, `das wäre gut`: a polite judgement, not a statement about what is not so. */
const POLITE_JUDGEMENT =
  /\b((es|das) wäre|wäre (es|das)) (sehr |besonders )?(schön|gut|nett|hilfreich|wichtig|sinnvoll|wünschenswert)\b/;

/**
 * The 3rd person present (the `Sie` form in the plural) of `lemma`, as main-clause parts (`nimmt` + `teil`);
 * undefined where the lexicon does not confirm it.
 */
function present(ctx: StepContext, lemma: string, number: Number_): { stem: string; particle?: string } | undefined {
  const irregular = thirdPerson(lemma.toLowerCase(), number);
  if (irregular) return { stem: irregular };
  if (number === 'Plur') return mainClauseForm(ctx, lemma, lemma);
  return presentForm(ctx.analyzer.lexicon, lemma, number);
}

/** The same form as it stands at the end of a verb-final clause: `teilnimmt`. */
function presentJoined(ctx: StepContext, lemma: string, number: Number_): string | undefined {
  const parts = present(ctx, lemma, number);
  return parts && `${parts.particle ?? ''}${parts.stem}`;
}

const numberOf = (word: string): Number_ => (/n$/.test(word) ? 'Plur' : 'Sing');

/** The infinitive (not with `zu`) at `i`: a verb whose form is or can be read as the infinitive. */
const infinitiveAt = (tokens: Tokens, i: number): boolean => {
  const t = tokens[i];
  if (!t || !isVerb(t) || zuInfinitive(t) || lower(tokens[i - 1] ?? t) === 'zu') return false;
  return t.feats.VerbForm === 'Inf' || t.candidates.some((c) => c.feats.VerbForm === 'Inf');
};

/** The last word of the sentence before its closing punctuation. */
function lastWord(tokens: Tokens): number {
  let k = tokens.length - 1;
  while (k > 0 && isPunct(tokens[k]!)) k--;
  return k;
}

/** „Bitte“ + the verb + „Sie“ + the rest + the particle: the polite imperative. */
function request(ctx: StepContext, verb: AnalyzedToken, rest: readonly string[]): string | undefined {
  const parts = present(ctx, verb.lemma, 'Plur');
  if (!parts) return undefined;
  return finish(['Bitte', parts.stem, 'Sie', ...rest, ...(parts.particle ? [parts.particle] : [])]);
}

/** `Würden Sie bitte … unterschreiben?`, `Könnten Sie uns bitte … mitteilen?` */
function politeQuestion(ctx: StepContext, tokens: Tokens): string | undefined {
  const first = lower(tokens[0]!);
  if (!['würden', 'könnten'].includes(first) || lower(tokens[1] ?? tokens[0]!) !== 'sie') return undefined;
  const end = lastWord(tokens);
  if (tokens.at(-1)?.norm !== '?' || !infinitiveAt(tokens, end)) return undefined;
  const middle = range(2, end);
  // without `bitte` it may be a real question („Würden Sie das empfehlen?“)
  if (!middle.some((i) => lower(tokens[i]!) === 'bitte')) return undefined;
  if (middle.some((i) => isPunct(tokens[i]!) || isVerb(tokens[i]!))) return undefined;
  const rest = middle.filter((i) => lower(tokens[i]!) !== 'bitte').map((i) => inner(tokens[i]!));
  return request(ctx, tokens[end]!, rest);
}

/** `Wir bitten Sie, … einzureichen.`, `Wir möchten Sie bitten, … zu zahlen.` */
function bittenRequest(ctx: StepContext, tokens: Tokens): string | undefined {
  const comma = tokens.findIndex((t) => t.norm === ',');
  if (comma < 2) return undefined;
  const head = range(0, comma).map((i) => lower(tokens[i]!));
  const shape = /^(wir|ich) (bitten|möchten sie bitten|würden sie bitten)( sie)?( daher| deshalb| deswegen)?$/.exec(
    head.join(' '),
  );
  if (!shape || (shape[2] === 'bitten' && shape[3] !== ' sie')) return undefined;
  const end = lastWord(tokens);
  const verb = tokens[end]!;
  const zu = lower(tokens[end - 1] ?? verb) === 'zu';
  if (!isVerb(verb) || !(zu || zuInfinitive(verb))) return undefined;
  const middle = range(comma + 1, zu ? end - 1 : end);
  // one infinitive only: `… auszufüllen und zu unterschreiben` stays
  if (middle.some((i) => isPunct(tokens[i]!) || isVerb(tokens[i]!) || lower(tokens[i]!) === 'zu')) return undefined;
  return request(
    ctx,
    verb,
    middle.map((i) => inner(tokens[i]!)),
  );
}

export const politeRequest: Step = {
  name: 'polite-request',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const out = politeQuestion(ctx, tokens) ?? bittenRequest(ctx, tokens);
    return out ? [out] : undefined;
  },
};

/**
 * `würde(n)` + infinitive and the Konjunktiv II of sein, haben and the modals in the indicative. In a verb-final
 * clause the infinitive becomes the finite verb at the end; in a main clause the finite verb takes the
 * infinitive's present form and a particle stays at the end.
 */
export const indicative: Step = {
  name: 'indicative',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const words = tokens.map((t) => t.norm);
    let changed = false;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower(tokens[i]!);
      const subjunctive =
        SUBJUNCTIVE[w] ??
        (w === 'wäre' && POLITE_JUDGEMENT.test(tokens.map((t) => lower(t)).join(' '))
          ? { lemma: 'sein', number: 'Sing' as const }
          : undefined);
      if (subjunctive && isVerb(tokens[i]!) && !(i > 0 && /^\p{Lu}/u.test(tokens[i]!.norm))) {
        const form = thirdPerson(subjunctive.lemma, subjunctive.number)!;
        words[i] = /^\p{Lu}/u.test(tokens[i]!.norm) && i === 0 ? form.charAt(0).toUpperCase() + form.slice(1) : form;
        changed = true;
        continue;
      }
      // the verb only, never the noun (`die Würde des Menschen`)
      const noun = i > 0 && /^\p{Lu}/u.test(tokens[i]!.norm);
      if ((w !== 'würde' && w !== 'würden') || noun || !isVerb(tokens[i]!)) continue;
      const number = numberOf(w);
      const verbFinal =
        i > 0 && infinitiveAt(tokens, i - 1) && (isPunct(tokens[i + 1] ?? tokens[i]!) || !tokens[i + 1]);
      if (verbFinal) {
        // `wenn Sie teilnehmen würden` → `wenn Sie teilnehmen`; `wenn es helfen würde` → `wenn es hilft`
        const form = presentJoined(ctx, tokens[i - 1]!.lemma, number);
        if (!form) return undefined;
        words[i - 1] = form;
        words[i] = '';
        changed = true;
        continue;
      }
      // main clause: the infinitive closes the clause (before its punctuation)
      let end = i + 1;
      while (end < tokens.length && !isPunct(tokens[end]!)) end++;
      const inf = end - 1;
      if (inf <= i + 1 || !infinitiveAt(tokens, inf)) continue;
      if (range(i + 1, inf).some((k) => isVerb(tokens[k]!))) continue;
      const parts = present(ctx, tokens[inf]!.lemma, number);
      if (!parts) return undefined;
      words[i] = i === 0 ? parts.stem.charAt(0).toUpperCase() + parts.stem.slice(1) : parts.stem;
      words[inf] = parts.particle ?? '';
      changed = true;
    }
    if (!changed) return undefined;
    return [finish(words)];
  },
};

/** `Sollte Ihr Kind keinen Platz erhalten, …` → `Wenn Ihr Kind keinen Platz erhält, …`; `wenn … kommen sollten`. */
export const sollteCondition: Step = {
  name: 'sollte-condition',
  apply(ctx, sentence) {
    const { tokens } = analysed(ctx, sentence);
    const first = lower(tokens[0]!);
    if (first === 'sollte' || first === 'sollten') {
      const comma = tokens.findIndex((t) => t.norm === ',');
      if (comma < 3 || !infinitiveAt(tokens, comma - 1)) return undefined;
      if (range(1, comma - 1).some((i) => isVerb(tokens[i]!) || isPunct(tokens[i]!))) return undefined;
      const form = presentJoined(ctx, tokens[comma - 1]!.lemma, numberOf(first));
      if (!form) return undefined;
      const condition = ['Wenn', ...range(1, comma - 1).map((i) => inner(tokens[i]!)), form];
      return [finish([...condition, ...range(comma, tokens.length).map((i) => tokens[i]!.norm)])];
    }
    // `wenn Sie nicht kommen sollten` → `wenn Sie nicht kommen`
    for (let i = 2; i < tokens.length; i++) {
      const w = lower(tokens[i]!);
      if ((w !== 'sollte' && w !== 'sollten') || !infinitiveAt(tokens, i - 1)) continue;
      if (!(isPunct(tokens[i + 1] ?? tokens[i]!) || !tokens[i + 1])) continue;
      let start = i - 1;
      while (start > 0 && !isPunct(tokens[start - 1]!)) start--;
      if (!['wenn', 'falls', 'sofern'].includes(lower(tokens[start]!))) continue;
      const form = presentJoined(ctx, tokens[i - 1]!.lemma, numberOf(w));
      if (!form) return undefined;
      const words = tokens.map((t) => t.norm);
      words[i - 1] = form;
      words[i] = '';
      return [finish(words)];
    }
    return undefined;
  },
};

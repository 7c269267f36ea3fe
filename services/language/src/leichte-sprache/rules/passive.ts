import type { Clause } from '../../clauses.js';
import type { AnalyzedToken } from '../../types.js';
import type { LsRule, LsSentence, RuleHit } from '../types.js';
import { spanHit } from './util.js';

/** Participles that are used like adjectives in Leichte Sprache: „Das Amt ist geschlossen.“ */
const ADJECTIVAL_PARTICIPLES = new Set([
  'geöffnet',
  'geschlossen',
  'verheiratet',
  'geschieden',
  'verwitwet',
  'geboren',
  'behindert',
  'angemeldet',
  'gesperrt',
  'erlaubt',
  'verboten',
]);

/** Adjectives before `zu` + infinitive that make no passive: „Das ist leicht zu verstehen.“ */
const EASE_ADJECTIVES = new Set(['leicht', 'schwer', 'einfach', 'gut', 'schwierig', 'kaum', 'schlecht']);
/** The shape of a participle, for words the lexicon does not know (`abholbereit` is none). */
const PARTICIPLE_SHAPE =
  /^(?:\p{L}*ge\p{L}+(?:t|en)|(?:be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)\p{L}+(?:t|en))$/iu;

/** A participle the analysis only guessed and that does not look like one. */
function doubtfulParticiple(t: AnalyzedToken): boolean {
  const reading = t.candidates.find((c) => c.lemma === t.lemma && c.upos === t.upos);
  return reading?.source === 'guess' && !PARTICIPLE_SHAPE.test(t.norm);
}

/** Verbs whose perfect takes `sein` (`ist eingegangen`): a tense, not a state passive. */
const SEIN_PERFECT = new Set(
  `gehen kommen fahren ziehen umziehen einziehen ausziehen zuziehen wegziehen ankommen eintreffen eingehen
  sterben passieren geschehen werden sein bleiben laufen reisen verreisen fliegen erscheinen entstehen eintreten
  ablaufen auslaufen verfallen vergehen gelingen misslingen folgen begegnen abfahren aufstehen zurückkehren fallen
  wachsen aufwachsen abreisen einreisen ausreisen zuwandern einwandern geraten springen steigen umsteigen aussteigen
  einsteigen schwimmen wandern zurückkommen vorbeikommen mitkommen losgehen hingehen weggehen`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The span of a passive: auxiliary and participle (`wird … bearbeitet`, `bearbeitet werden`), or `ist … zu
 * bezahlen`; when they stand far apart, only the participle (or `zu` + infinitive).
 */
function passiveSpan(s: LsSentence, c: Clause, aux: string): [number, number] | undefined {
  const t = s.tokens;
  const verbs = [...c.verbComplex].sort((a, b) => a - b);
  let target: number | undefined;
  let from: number | undefined;
  if (c.voice === 'modal-passive') {
    const zu = verbs.find((i) => t[i]!.norm.toLowerCase() === 'zu' && verbs.includes(i + 1));
    if (zu !== undefined) {
      from = zu;
      target = zu + 1;
    }
  } else {
    target = [...verbs].reverse().find((i) => t[i]!.upos === 'VERB' && t[i]!.feats.VerbForm === 'Part');
    from = target;
  }
  if (target === undefined || from === undefined) return undefined;
  if (c.voice === 'modal-passive' && from > 0 && EASE_ADJECTIVES.has(t[from - 1]!.norm.toLowerCase())) return undefined;
  if (c.voice !== 'modal-passive' && doubtfulParticiple(t[target]!)) return undefined;
  const auxes = verbs.filter((i) => t[i]!.lemma === aux);
  const nearest = auxes.sort((a, b) => Math.abs(a - target) - Math.abs(b - target))[0];
  if (nearest === undefined || Math.abs(nearest - target) > 5) return [from, target];
  return [Math.min(nearest, from), Math.max(nearest, target)];
}

export const passive: LsRule = {
  id: 'passive',
  title: 'Aktiv statt Passiv',
  severity: { din: 'warning', netzwerk: 'error' },
  description:
    'Schreiben Sie aktiv. Passiv ist zum Beispiel: „Der Antrag wird geprüft.“ oder „Die Gebühr ist zu bezahlen.“ ' +
    'Aktiv ist: „Wir prüfen den Antrag.“',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const c of s.structure.clauses) {
        if (c.voice !== 'passive' && c.voice !== 'modal-passive') continue;
        const span = passiveSpan(s, c, c.voice === 'passive' ? 'werden' : 'sein');
        if (!span) continue;
        hits.push(
          spanHit(
            s,
            span[0],
            span[1],
            c.voice === 'passive'
              ? 'Das ist Passiv. Man weiß nicht: Wer macht das?'
              : 'Das ist Passiv mit „zu“. Man weiß nicht: Wer muss das machen?',
            'Schreiben Sie aktiv: Wer macht etwas?',
          ),
        );
      }
    }
    return hits;
  },
};

export const statePassive: LsRule = {
  id: 'state-passive',
  title: 'Zustands-Passiv',
  severity: { din: 'info', netzwerk: 'info' },
  description:
    'Sätze wie „Der Antrag ist bearbeitet.“ sind Passiv. Oft ist ein aktiver Satz klarer. ' +
    'Wörter wie „geöffnet“, „geschlossen“ oder „verheiratet“ sind in Ordnung.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      for (const c of s.structure.clauses) {
        if (c.voice !== 'state-passive') continue;
        const participle = [...c.verbComplex]
          .reverse()
          .find((i) => s.tokens[i]!.upos === 'VERB' && s.tokens[i]!.feats.VerbForm === 'Part');
        if (participle === undefined) continue;
        const p = s.tokens[participle]!;
        if (ADJECTIVAL_PARTICIPLES.has(p.norm.toLowerCase()) || SEIN_PERFECT.has(p.lemma)) continue;
        const span = passiveSpan(s, c, 'sein');
        if (!span) continue;
        hits.push(
          spanHit(
            s,
            span[0],
            span[1],
            'Das ist ein Passiv-Satz. Man weiß nicht: Wer hat das gemacht?',
            'Schreiben Sie aktiv: Wer macht etwas?',
          ),
        );
      }
    }
    return hits;
  },
};

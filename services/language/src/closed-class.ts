// Hand-written closed-class words of German: the words the noun and verb dictionaries do not cover
// and that carry most of the grammar. Pure data; lexicon.ts expands the paradigms. Feature values
// are written as CoNLL-U feature strings (`Case=Nom|Gender=Masc|Number=Sing`) so they can be checked
// against UD documentation at a glance. One entry may list several readings (one string each).

import type { Case, Upos } from './types.js';

export interface ClosedEntry {
  /** One or more spellings, separated by spaces. */
  readonly forms: string;
  /** Defaults to the (first) form. */
  readonly lemma?: string;
  readonly upos: Upos;
  /** CoNLL-U feature strings, one per reading; omitted or '' for none. */
  readonly feats?: string | readonly string[];
  /** Prepositions: cases they govern. */
  readonly governs?: readonly Case[];
  /** Preposition + article contractions. */
  readonly contraction?: readonly string[];
}

const SG = 'Number=Sing';
const PL = 'Number=Plur';

// ---------------------------------------------------------------------------------------------
// Articles

const DEF = 'Definite=Def|PronType=Art';
export const ARTICLES: readonly ClosedEntry[] = [
  {
    forms: 'der',
    upos: 'DET',
    feats: [
      `Case=Nom|${DEF}|Gender=Masc|${SG}`,
      `Case=Gen|${DEF}|Gender=Fem|${SG}`,
      `Case=Dat|${DEF}|Gender=Fem|${SG}`,
      `Case=Gen|${DEF}|${PL}`,
    ],
  },
  {
    forms: 'die',
    lemma: 'der',
    upos: 'DET',
    feats: [
      `Case=Nom|${DEF}|Gender=Fem|${SG}`,
      `Case=Acc|${DEF}|Gender=Fem|${SG}`,
      `Case=Nom|${DEF}|${PL}`,
      `Case=Acc|${DEF}|${PL}`,
    ],
  },
  {
    forms: 'das',
    lemma: 'der',
    upos: 'DET',
    feats: [`Case=Nom|${DEF}|Gender=Neut|${SG}`, `Case=Acc|${DEF}|Gender=Neut|${SG}`],
  },
  { forms: 'den', lemma: 'der', upos: 'DET', feats: [`Case=Acc|${DEF}|Gender=Masc|${SG}`, `Case=Dat|${DEF}|${PL}`] },
  {
    forms: 'dem',
    lemma: 'der',
    upos: 'DET',
    feats: [`Case=Dat|${DEF}|Gender=Masc|${SG}`, `Case=Dat|${DEF}|Gender=Neut|${SG}`],
  },
  {
    forms: 'des',
    lemma: 'der',
    upos: 'DET',
    feats: [`Case=Gen|${DEF}|Gender=Masc|${SG}`, `Case=Gen|${DEF}|Gender=Neut|${SG}`],
  },
];

/** Endings of `dieser`-type words (strong declension). */
export const DER_WORD_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  er: [`Case=Nom|Gender=Masc|${SG}`, `Case=Gen|Gender=Fem|${SG}`, `Case=Dat|Gender=Fem|${SG}`, `Case=Gen|${PL}`],
  e: [`Case=Nom|Gender=Fem|${SG}`, `Case=Acc|Gender=Fem|${SG}`, `Case=Nom|${PL}`, `Case=Acc|${PL}`],
  es: [
    `Case=Nom|Gender=Neut|${SG}`,
    `Case=Acc|Gender=Neut|${SG}`,
    `Case=Gen|Gender=Masc|${SG}`,
    `Case=Gen|Gender=Neut|${SG}`,
  ],
  en: [`Case=Acc|Gender=Masc|${SG}`, `Case=Dat|${PL}`],
  em: [`Case=Dat|Gender=Masc|${SG}`, `Case=Dat|Gender=Neut|${SG}`],
};

/** Endings of `ein`-type words (indefinite article, `kein`, possessives); '' is the bare form. */
export const EIN_WORD_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  '': [`Case=Nom|Gender=Masc|${SG}`, `Case=Nom|Gender=Neut|${SG}`, `Case=Acc|Gender=Neut|${SG}`],
  e: [`Case=Nom|Gender=Fem|${SG}`, `Case=Acc|Gender=Fem|${SG}`, `Case=Nom|${PL}`, `Case=Acc|${PL}`],
  en: [`Case=Acc|Gender=Masc|${SG}`, `Case=Dat|${PL}`],
  em: [`Case=Dat|Gender=Masc|${SG}`, `Case=Dat|Gender=Neut|${SG}`],
  er: [`Case=Gen|Gender=Fem|${SG}`, `Case=Dat|Gender=Fem|${SG}`, `Case=Gen|${PL}`],
  es: [`Case=Gen|Gender=Masc|${SG}`, `Case=Gen|Gender=Neut|${SG}`],
};

export interface InflectingDeterminer {
  readonly lemma: string;
  /** Stem the endings attach to (`eur` for `euer` → `eure`). */
  readonly stem: string;
  readonly upos: Upos;
  /** Features every form shares. */
  readonly feats: string;
  /** No plural forms (`ein`, `jeder`). */
  readonly singularOnly?: boolean;
}

export const EIN_WORDS: readonly InflectingDeterminer[] = [
  { lemma: 'ein', stem: 'ein', upos: 'DET', feats: 'Definite=Ind|PronType=Art', singularOnly: true },
  { lemma: 'kein', stem: 'kein', upos: 'DET', feats: 'Polarity=Neg|PronType=Neg' },
  { lemma: 'mein', stem: 'mein', upos: 'DET', feats: 'Person=1|Poss=Yes|PronType=Prs' },
  { lemma: 'dein', stem: 'dein', upos: 'DET', feats: 'Person=2|Poss=Yes|PronType=Prs' },
  { lemma: 'sein', stem: 'sein', upos: 'DET', feats: 'Person=3|Poss=Yes|PronType=Prs' },
  { lemma: 'ihr', stem: 'ihr', upos: 'DET', feats: 'Person=3|Poss=Yes|PronType=Prs' },
  { lemma: 'Ihr', stem: 'Ihr', upos: 'DET', feats: 'Person=3|Polite=Form|Poss=Yes|PronType=Prs' },
  { lemma: 'unser', stem: 'unser', upos: 'DET', feats: 'Person=1|Poss=Yes|PronType=Prs' },
  { lemma: 'euer', stem: 'eur', upos: 'DET', feats: 'Person=2|Poss=Yes|PronType=Prs' },
];

export const DER_WORDS: readonly InflectingDeterminer[] = [
  { lemma: 'dieser', stem: 'dies', upos: 'DET', feats: 'PronType=Dem' },
  { lemma: 'jener', stem: 'jen', upos: 'DET', feats: 'PronType=Dem' },
  { lemma: 'solcher', stem: 'solch', upos: 'DET', feats: 'PronType=Dem' },
  { lemma: 'jeder', stem: 'jed', upos: 'DET', feats: 'PronType=Tot', singularOnly: true },
  { lemma: 'alle', stem: 'all', upos: 'DET', feats: 'PronType=Tot' },
  { lemma: 'mancher', stem: 'manch', upos: 'DET', feats: 'PronType=Ind' },
  { lemma: 'einige', stem: 'einig', upos: 'DET', feats: 'PronType=Ind' },
  { lemma: 'mehrere', stem: 'mehrer', upos: 'DET', feats: 'PronType=Ind' },
  { lemma: 'welcher', stem: 'welch', upos: 'DET', feats: 'PronType=Int' },
];

// `euer`: the bare form keeps its e.
export const EXTRA_DETERMINERS: readonly ClosedEntry[] = [
  { forms: 'euer', upos: 'DET', feats: EIN_WORD_ENDINGS['']!.map((f) => `${f}|Person=2|Poss=Yes|PronType=Prs`) },
  { forms: 'viele vielen vieler', lemma: 'viel', upos: 'DET', feats: 'Number=Plur|PronType=Ind' },
  { forms: 'wenige wenigen', lemma: 'wenig', upos: 'DET', feats: 'Number=Plur|PronType=Ind' },
  { forms: 'beide beiden beider', lemma: 'beide', upos: 'DET', feats: 'Number=Plur|PronType=Tot' },
  { forms: 'viel wenig mehr', upos: 'DET', feats: 'PronType=Ind' },
  { forms: 'andere anderen anderer anderes anderem', lemma: 'anderer', upos: 'DET', feats: 'PronType=Ind' },
  { forms: 'meisten', lemma: 'meist', upos: 'DET', feats: 'PronType=Ind' },
  { forms: 'etliche etlichen etlicher', lemma: 'etliche', upos: 'DET', feats: 'PronType=Ind' },
  { forms: 'dies', lemma: 'dieser', upos: 'DET', feats: 'PronType=Dem' },
];

// ---------------------------------------------------------------------------------------------
// Pronouns

const PRS = 'PronType=Prs';
export const PERSONAL_PRONOUNS: readonly ClosedEntry[] = [
  { forms: 'ich', upos: 'PRON', feats: `Case=Nom|${SG}|Person=1|${PRS}` },
  { forms: 'mich', lemma: 'ich', upos: 'PRON', feats: `Case=Acc|${SG}|Person=1|${PRS}` },
  { forms: 'mir', lemma: 'ich', upos: 'PRON', feats: `Case=Dat|${SG}|Person=1|${PRS}` },
  { forms: 'meiner', lemma: 'ich', upos: 'PRON', feats: `Case=Gen|${SG}|Person=1|${PRS}` },
  { forms: 'du', upos: 'PRON', feats: `Case=Nom|${SG}|Person=2|${PRS}` },
  { forms: 'dich', lemma: 'du', upos: 'PRON', feats: `Case=Acc|${SG}|Person=2|${PRS}` },
  { forms: 'dir', lemma: 'du', upos: 'PRON', feats: `Case=Dat|${SG}|Person=2|${PRS}` },
  { forms: 'deiner', lemma: 'du', upos: 'PRON', feats: `Case=Gen|${SG}|Person=2|${PRS}` },
  { forms: 'er', upos: 'PRON', feats: `Case=Nom|Gender=Masc|${SG}|Person=3|${PRS}` },
  { forms: 'ihn', lemma: 'er', upos: 'PRON', feats: `Case=Acc|Gender=Masc|${SG}|Person=3|${PRS}` },
  {
    forms: 'ihm',
    lemma: 'er',
    upos: 'PRON',
    feats: [`Case=Dat|Gender=Masc|${SG}|Person=3|${PRS}`, `Case=Dat|Gender=Neut|${SG}|Person=3|${PRS}`],
  },
  { forms: 'seiner', lemma: 'er', upos: 'PRON', feats: `Case=Gen|Gender=Masc|${SG}|Person=3|${PRS}` },
  {
    forms: 'sie',
    upos: 'PRON',
    feats: [
      `Case=Nom|Gender=Fem|${SG}|Person=3|${PRS}`,
      `Case=Acc|Gender=Fem|${SG}|Person=3|${PRS}`,
      `Case=Nom|${PL}|Person=3|${PRS}`,
      `Case=Acc|${PL}|Person=3|${PRS}`,
    ],
  },
  { forms: 'ihr', lemma: 'sie', upos: 'PRON', feats: `Case=Dat|Gender=Fem|${SG}|Person=3|${PRS}` },
  {
    forms: 'ihrer',
    lemma: 'sie',
    upos: 'PRON',
    feats: [`Case=Gen|Gender=Fem|${SG}|Person=3|${PRS}`, `Case=Gen|${PL}|Person=3|${PRS}`],
  },
  { forms: 'ihnen', lemma: 'sie', upos: 'PRON', feats: `Case=Dat|${PL}|Person=3|${PRS}` },
  {
    forms: 'es',
    upos: 'PRON',
    feats: [`Case=Nom|Gender=Neut|${SG}|Person=3|${PRS}`, `Case=Acc|Gender=Neut|${SG}|Person=3|${PRS}`],
  },
  { forms: 'wir', upos: 'PRON', feats: `Case=Nom|${PL}|Person=1|${PRS}` },
  {
    forms: 'uns',
    lemma: 'wir',
    upos: 'PRON',
    feats: [`Case=Acc|${PL}|Person=1|${PRS}`, `Case=Dat|${PL}|Person=1|${PRS}`],
  },
  { forms: 'ihr', upos: 'PRON', feats: `Case=Nom|${PL}|Person=2|${PRS}` },
  {
    forms: 'euch',
    lemma: 'ihr',
    upos: 'PRON',
    feats: [`Case=Acc|${PL}|Person=2|${PRS}`, `Case=Dat|${PL}|Person=2|${PRS}`],
  },
  // The polite form is grammatically third person plural (verbs agree: „Bringen Sie …“).
  {
    forms: 'Sie',
    upos: 'PRON',
    feats: [`Case=Nom|${PL}|Person=3|Polite=Form|${PRS}`, `Case=Acc|${PL}|Person=3|Polite=Form|${PRS}`],
  },
  { forms: 'Ihnen', lemma: 'Sie', upos: 'PRON', feats: `Case=Dat|${PL}|Person=3|Polite=Form|${PRS}` },
  {
    forms: 'sich',
    upos: 'PRON',
    feats: [`Case=Acc|Person=3|${PRS}|Reflex=Yes`, `Case=Dat|Person=3|${PRS}|Reflex=Yes`],
  },
  { forms: 'man', upos: 'PRON', feats: 'Case=Nom|PronType=Ind' },
  { forms: 'jemand jemanden jemandem', lemma: 'jemand', upos: 'PRON', feats: 'PronType=Ind' },
  { forms: 'niemand niemanden niemandem', lemma: 'niemand', upos: 'PRON', feats: 'PronType=Neg' },
  { forms: 'etwas', upos: 'PRON', feats: 'PronType=Ind' },
  { forms: 'nichts', upos: 'PRON', feats: 'PronType=Neg' },
  { forms: 'alles', lemma: 'alle', upos: 'PRON', feats: 'PronType=Tot' },
  { forms: 'selbst selber', lemma: 'selbst', upos: 'ADV', feats: '' },
];

/** `der/die/das` used alone: demonstrative or relative pronoun; each row yields both readings. */
export const DEMONSTRATIVE_RELATIVE: readonly ClosedEntry[] = [
  { forms: 'der', upos: 'PRON', feats: [`Case=Nom|Gender=Masc|${SG}`, `Case=Dat|Gender=Fem|${SG}`] },
  {
    forms: 'die',
    lemma: 'der',
    upos: 'PRON',
    feats: [`Case=Nom|Gender=Fem|${SG}`, `Case=Acc|Gender=Fem|${SG}`, `Case=Nom|${PL}`, `Case=Acc|${PL}`],
  },
  { forms: 'das', lemma: 'der', upos: 'PRON', feats: [`Case=Nom|Gender=Neut|${SG}`, `Case=Acc|Gender=Neut|${SG}`] },
  { forms: 'den', lemma: 'der', upos: 'PRON', feats: `Case=Acc|Gender=Masc|${SG}` },
  { forms: 'dem', lemma: 'der', upos: 'PRON', feats: [`Case=Dat|Gender=Masc|${SG}`, `Case=Dat|Gender=Neut|${SG}`] },
  { forms: 'denen', lemma: 'der', upos: 'PRON', feats: `Case=Dat|${PL}` },
  { forms: 'dessen', lemma: 'der', upos: 'PRON', feats: [`Case=Gen|Gender=Masc|${SG}`, `Case=Gen|Gender=Neut|${SG}`] },
  { forms: 'deren derer', lemma: 'der', upos: 'PRON', feats: [`Case=Gen|Gender=Fem|${SG}`, `Case=Gen|${PL}`] },
];

export const INTERROGATIVES: readonly ClosedEntry[] = [
  { forms: 'wer', upos: 'PRON', feats: 'Case=Nom|PronType=Int' },
  { forms: 'wen', lemma: 'wer', upos: 'PRON', feats: 'Case=Acc|PronType=Int' },
  { forms: 'wem', lemma: 'wer', upos: 'PRON', feats: 'Case=Dat|PronType=Int' },
  { forms: 'wessen', lemma: 'wer', upos: 'PRON', feats: 'Case=Gen|PronType=Int' },
  { forms: 'was', upos: 'PRON', feats: ['PronType=Int', 'PronType=Rel'] },
  {
    forms:
      'wann wo wie warum weshalb wieso weswegen wohin woher womit wofür worüber wozu wodurch woran worauf worin wovon',
    upos: 'ADV',
    feats: 'PronType=Int',
  },
];

// ---------------------------------------------------------------------------------------------
// Prepositions and contractions

const AD: readonly Case[] = ['Acc', 'Dat'];
export const PREPOSITIONS: readonly ClosedEntry[] = [
  { forms: 'an auf hinter in neben über unter vor zwischen', upos: 'ADP', governs: AD },
  {
    forms: 'ab aus außer bei gegenüber gemäß mit nach seit von zu binnen samt nebst entsprechend',
    upos: 'ADP',
    governs: ['Dat'],
  },
  { forms: 'bis durch entlang für gegen ohne um per pro', upos: 'ADP', governs: ['Acc'] },
  {
    forms:
      'zufolge jenseits inmitten statt anstatt trotz innerhalb außerhalb oberhalb unterhalb bezüglich zuzüglich abzüglich inklusive exklusive ' +
      'einschließlich ausschließlich aufgrund mithilfe anhand seitens zugunsten hinsichtlich infolge',
    upos: 'ADP',
    governs: ['Gen'],
  },
  { forms: 'während wegen laut dank', upos: 'ADP', governs: ['Gen', 'Dat'] },
];

const contraction = (form: string, prep: string, article: string, feats: string, governs: Case): ClosedEntry => ({
  forms: form,
  lemma: prep,
  upos: 'ADP',
  feats,
  governs: [governs],
  contraction: [prep, article],
});
export const CONTRACTIONS: readonly ClosedEntry[] = [
  contraction('am', 'an', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('ans', 'an', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('aufs', 'auf', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('beim', 'bei', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('durchs', 'durch', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('fürs', 'für', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('hinterm', 'hinter', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('im', 'in', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('ins', 'in', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('übers', 'über', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('ums', 'um', 'das', `Case=Acc|Gender=Neut|${SG}`, 'Acc'),
  contraction('unterm', 'unter', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('vom', 'von', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('vorm', 'vor', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('zum', 'zu', 'dem', `Case=Dat|${SG}`, 'Dat'),
  contraction('zur', 'zu', 'der', `Case=Dat|Gender=Fem|${SG}`, 'Dat'),
];

// ---------------------------------------------------------------------------------------------
// Conjunctions, particles, adverbs, interjections

export const CONJUNCTIONS: readonly ClosedEntry[] = [
  { forms: 'und oder aber denn sondern sowie beziehungsweise sowohl weder entweder', upos: 'CCONJ' },
  {
    forms:
      'dass weil wenn ob damit obwohl obgleich falls als nachdem bevor ehe sobald solange sodass sofern soweit ' +
      'seit seitdem während bis indem da wohingegen wie',
    upos: 'SCONJ',
  },
  // comparisons: „mehr als …“, „so groß wie …“ (UD German: ADP or CCONJ, by construction)
  { forms: 'als wie', upos: 'ADP' },
  { forms: 'als wie', upos: 'CCONJ' },
];

export const PARTICLES: readonly ClosedEntry[] = [
  { forms: 'nicht', upos: 'PART', feats: 'Polarity=Neg' },
  // the infinitive marker (`zu beantragen`); the preposition `zu` is listed with the prepositions
  { forms: 'zu', upos: 'PART' },
  { forms: 'ja', upos: 'ADV' },
  { forms: 'ja nein hallo danke okay ach oh tschüss', upos: 'INTJ' },
];

export const ADVERBS: readonly ClosedEntry[] = [
  {
    forms:
      'heute morgen gestern übermorgen vorgestern hier dort da dahin dorthin hierher daher dorther auch nur bitte noch schon ' +
      'bereits immer nie niemals oft manchmal selten sehr gern gerne jetzt nun dann danach davor vorher nachher zuerst ' +
      'zuletzt außerdem deshalb deswegen darum also jedoch trotzdem dennoch etwa ungefähr fast mehr weniger wieder ' +
      'sofort online vorab bald spätestens frühestens mindestens höchstens ebenfalls insbesondere unbedingt leider ' +
      'natürlich vielleicht eventuell gegebenenfalls beispielsweise dafür dazu damit darüber darauf daran dabei ' +
      'dagegen davon dadurch darin hierfür hierzu hierbei wochentags montags dienstags mittwochs donnerstags freitags ' +
      'samstags sonntags vormittags nachmittags abends morgens werktags doch so sonst zudem ebenso genauso allerdings ' +
      'jeweils zurzeit derzeit momentan bisher künftig zukünftig weiterhin meist meistens überall unten oben links ' +
      'rechts hinten vorne drinnen draußen zusammen allein zunächst anschließend außerdem erneut nochmals ' +
      'ausschließlich lediglich besonders kaum rund circa',
    upos: 'ADV',
  },
  // Sentence and focus adverbs, and directional adverbs (often separated verb particles: „kommt … heraus“).
  {
    forms:
      'zwar überhaupt eher einmal mal gar mittlerweile zumindest anders schließlich zuvor sicherlich stets damals ' +
      'bislang sowieso vielmehr durchaus sogar inzwischen freilich nunmehr somit jederzeit nochmal immerhin ' +
      'jedenfalls erstmals daneben daraus dazwischen nachts anderswo jedesmal einigermaßen derart nebenbei rundum ' +
      'derweil möglichst weitaus kurzerhand auseinander untereinander erstmal ohnehin überdies irgendwo irgendwie ' +
      'irgendwann nirgends nirgendwo beinahe wahrscheinlich offenbar offensichtlich vermutlich tatsächlich ' +
      'eigentlich teilweise größtenteils weitgehend grundsätzlich keineswegs keinesfalls jedoch wenigstens ' +
      'hin her heraus herein hinein herum hinaus hinzu hinunter hinauf herunter herauf voran vorbei weg fort zurück ' +
      'dran drauf drin drum mitten genug ebenso daraufhin darunter dahinter hiermit hierauf woanders',
    upos: 'ADV',
  },
  // Adjectives whose bare form mostly works as an adverb (`wirklich gut`, `ganz neu`, `erst morgen`).
  {
    forms: 'wirklich einfach ganz genau gerade eben gleich wohl erst weiter lange recht endlich bestimmt',
    upos: 'ADV',
  },
  // Adverb readings of words listed elsewhere: `etwas besser`, „es dauert aber …“.
  { forms: 'etwas aber denn', upos: 'ADV' },
];

// ---------------------------------------------------------------------------------------------
// Auxiliaries and modal verbs: UD tags them AUX. Person order: 1sg 2sg 3sg 1pl 2pl 3pl.

export interface AuxParadigm {
  readonly lemma: string;
  readonly participle: readonly string[];
  readonly present: readonly string[];
  readonly past: readonly string[];
  /** Konjunktiv I */
  readonly subjunctive1: readonly string[];
  /** Konjunktiv II */
  readonly subjunctive2: readonly string[];
  /** Imperative singular and plural forms. */
  readonly imperative?: readonly [readonly string[], readonly string[]];
}

const six = (s: string): readonly string[] => s.split(' ');
export const AUXILIARIES: readonly AuxParadigm[] = [
  {
    lemma: 'sein',
    participle: ['gewesen'],
    present: six('bin bist ist sind seid sind'),
    past: six('war warst war waren wart waren'),
    subjunctive1: six('sei seist sei seien seiet seien'),
    subjunctive2: six('wäre wärst wäre wären wärt wären'),
    imperative: [['sei'], ['seid']],
  },
  {
    lemma: 'haben',
    participle: ['gehabt'],
    present: six('habe hast hat haben habt haben'),
    past: six('hatte hattest hatte hatten hattet hatten'),
    subjunctive1: six('habe habest habe haben habet haben'),
    subjunctive2: six('hätte hättest hätte hätten hättet hätten'),
    imperative: [['habe', 'hab'], ['habt']],
  },
  {
    lemma: 'werden',
    participle: ['geworden', 'worden'],
    present: six('werde wirst wird werden werdet werden'),
    past: six('wurde wurdest wurde wurden wurdet wurden'),
    subjunctive1: six('werde werdest werde werden werdet werden'),
    subjunctive2: six('würde würdest würde würden würdet würden'),
    imperative: [['werde', 'werd'], ['werdet']],
  },
  {
    lemma: 'können',
    participle: ['gekonnt'],
    present: six('kann kannst kann können könnt können'),
    past: six('konnte konntest konnte konnten konntet konnten'),
    subjunctive1: six('könne könnest könne können könnet können'),
    subjunctive2: six('könnte könntest könnte könnten könntet könnten'),
  },
  {
    lemma: 'müssen',
    participle: ['gemusst'],
    present: six('muss musst muss müssen müsst müssen'),
    past: six('musste musstest musste mussten musstet mussten'),
    subjunctive1: six('müsse müssest müsse müssen müsset müssen'),
    subjunctive2: six('müsste müsstest müsste müssten müsstet müssten'),
  },
  {
    lemma: 'dürfen',
    participle: ['gedurft'],
    present: six('darf darfst darf dürfen dürft dürfen'),
    past: six('durfte durftest durfte durften durftet durften'),
    subjunctive1: six('dürfe dürfest dürfe dürfen dürfet dürfen'),
    subjunctive2: six('dürfte dürftest dürfte dürften dürftet dürften'),
  },
  {
    lemma: 'sollen',
    participle: ['gesollt'],
    present: six('soll sollst soll sollen sollt sollen'),
    past: six('sollte solltest sollte sollten solltet sollten'),
    subjunctive1: six('solle sollest solle sollen sollet sollen'),
    subjunctive2: six('sollte solltest sollte sollten solltet sollten'),
  },
  {
    lemma: 'wollen',
    participle: ['gewollt'],
    present: six('will willst will wollen wollt wollen'),
    past: six('wollte wolltest wollte wollten wolltet wollten'),
    subjunctive1: six('wolle wollest wolle wollen wollet wollen'),
    subjunctive2: six('wollte wolltest wollte wollten wolltet wollten'),
  },
  {
    lemma: 'mögen',
    participle: ['gemocht'],
    present: six('mag magst mag mögen mögt mögen'),
    past: six('mochte mochtest mochte mochten mochtet mochten'),
    subjunctive1: six('möge mögest möge mögen möget mögen'),
    subjunctive2: six('möchte möchtest möchte möchten möchtet möchten'),
  },
];

/** The modal verbs, by lemma (`möchte` is a form of `mögen`). */
/** Personal pronouns in the nominative, and `man`: the words that can be a clause's subject on their own. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);

export const MODAL_LEMMAS: ReadonlySet<string> = new Set(['können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen']);

/** Auxiliaries whose dictionary entries the lexicon replaces with the AUX paradigm above. */
export const AUX_ONLY_LEMMAS: ReadonlySet<string> = new Set([
  'sein',
  'werden',
  'können',
  'müssen',
  'dürfen',
  'sollen',
  'wollen',
  'mögen',
]);

// ---------------------------------------------------------------------------------------------
// Numerals

export const CARDINALS: readonly ClosedEntry[] = [
  {
    forms:
      'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn ' +
      'achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend',
    upos: 'NUM',
    feats: 'NumType=Card',
  },
];

/** Ordinal stems; they inflect like adjectives (`erste`, `zweiten`). */
export const ORDINAL_STEMS: readonly string[] = six(
  'erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft zwanzigst hundertst',
);

// ---------------------------------------------------------------------------------------------
// Frequent adjectives of administrative text. `lemma:stem` where the inflecting stem differs
// (`hoch` → `hohe`). Endings -e -en -er -es -em are added by the lexicon.

export const ADJECTIVES: readonly string[] = `
  neu alt gültig ungültig erforderlich notwendig nötig persönlich zuständig wichtig möglich unmöglich einfach schnell
  kostenlos kostenpflichtig gebührenfrei gebührenpflichtig barrierefrei digital aktuell amtlich deutsch ausländisch
  minderjährig volljährig schriftlich mündlich telefonisch elektronisch vollständig unvollständig richtig falsch gut
  schlecht groß klein lang kurz hoch:hoh früh spät offen frei voll leer leicht schwer klar gleich ander nächst letzt
  weiter verschieden öffentlich privat städtisch kommunal rechtlich gesetzlich ehrenamtlich sozial finanziell
  monatlich jährlich täglich wöchentlich regelmäßig rechtzeitig pünktlich bestimmt eigen ganz halb zusätzlich
  verfügbar erreichbar berechtigt befreit behindert schwerbehindert gehörlos blind biometrisch vorläufig endgültig
  befristet unbefristet bisherig ausreichend zulässig unzulässig verbindlich unverbindlich sicher bekannt gemeinsam
  allgemein besonder bestimmt entsprechend folgend genannt übrig gesamt ledig verheiratet geschieden verwitwet
  teuer:teur günstig dringend direkt lokal regional international europäisch staatlich behördlich örtlich
`
  .trim()
  .split(/\s+/);

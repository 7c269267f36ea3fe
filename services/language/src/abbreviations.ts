// Abbreviations of German administrative text, as data. The tokeniser keeps each one a single token
// (so its periods never end a sentence) and the Leichte Sprache rewriter replaces it with
// `expansion` (Leichte Sprache avoids abbreviations). To add one, append an entry; the spelling
// variants with and without the space (`z. B.`, `z.B.`) and a capitalised first letter at the start
// of a sentence (`Z. B.`) are matched automatically.

import type { Upos } from './types.js';

export type AbbreviationKind =
  'general' | 'title' | 'weekday' | 'month' | 'unit' | 'address' | 'reference' | 'organisation' | 'building';

export interface Abbreviation {
  /** Canonical spelling, with a space after inner periods as DIN 5008 asks: `z. B.`, `d. h.`. */
  readonly form: string;
  readonly expansion: string;
  /** Other readings of the same spelling (`Fr.`: Freitag or Frau); the tokeniser picks by context. */
  readonly alternatives?: readonly string[];
  /** UPOS of the full form, as UD asks for abbreviations. */
  readonly upos: Upos;
  readonly kind: AbbreviationKind;
  /** May close a sentence when the next word is capitalised (`… Ausweis, Pass usw. Die Gebühr …`). */
  readonly canEndSentence?: boolean;
  /** Only an abbreviation when a number follows (`Nr. 12`, `Art. 3`), so `eine neue Art.` still ends a sentence. */
  readonly needsNumber?: boolean;
}

const general = (form: string, expansion: string, upos: Upos, canEndSentence = false): Abbreviation => ({
  form,
  expansion,
  upos,
  kind: 'general',
  ...(canEndSentence ? { canEndSentence } : {}),
});

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // general
  general('z. B.', 'zum Beispiel', 'ADV'),
  general('d. h.', 'das heißt', 'ADV'),
  general('u. a.', 'unter anderem', 'ADV', true),
  general('u. Ä.', 'und Ähnliches', 'PRON', true),
  general('o. Ä.', 'oder Ähnliches', 'PRON', true),
  general('u. v. m.', 'und vieles mehr', 'PRON', true),
  general('u. U.', 'unter Umständen', 'ADV'),
  general('i. d. R.', 'in der Regel', 'ADV'),
  general('i. V. m.', 'in Verbindung mit', 'ADP'),
  general('i. A.', 'im Auftrag', 'ADV'),
  general('i. V.', 'in Vertretung', 'ADV'),
  general('v. a.', 'vor allem', 'ADV'),
  general('z. T.', 'zum Teil', 'ADV'),
  general('z. Hd.', 'zu Händen', 'ADP'),
  general('o. g.', 'oben genannt', 'ADJ'),
  general('s. o.', 'siehe oben', 'ADV', true),
  general('s. u.', 'siehe unten', 'ADV', true),
  general('usw.', 'und so weiter', 'ADV', true),
  general('etc.', 'et cetera', 'ADV', true),
  general('bzw.', 'beziehungsweise', 'CCONJ'),
  general('ggf.', 'gegebenenfalls', 'ADV'),
  general('evtl.', 'eventuell', 'ADV'),
  general('ca.', 'circa', 'ADV'),
  general('inkl.', 'inklusive', 'ADP'),
  general('exkl.', 'exklusive', 'ADP'),
  general('zzgl.', 'zuzüglich', 'ADP'),
  general('abzgl.', 'abzüglich', 'ADP'),
  general('bzgl.', 'bezüglich', 'ADP'),
  general('gem.', 'gemäß', 'ADP'),
  general('lt.', 'laut', 'ADP'),
  general('max.', 'maximal', 'ADV'),
  general('min.', 'minimal', 'ADV'),
  general('mind.', 'mindestens', 'ADV'),
  general('insb.', 'insbesondere', 'ADV'),
  general('bspw.', 'beispielsweise', 'ADV'),
  general('sog.', 'sogenannt', 'ADJ'),
  general('vgl.', 'vergleiche', 'VERB'),
  general('zzt.', 'zurzeit', 'ADV'),
  general('zz.', 'zurzeit', 'ADV'),
  general('allg.', 'allgemein', 'ADJ'),
  general('geb.', 'geboren', 'ADJ'),
  general('gez.', 'gezeichnet', 'ADJ'),
  general('Anm.', 'Anmerkung', 'NOUN'),
  general('Tel.', 'Telefon', 'NOUN'),
  general('Mob.', 'Mobiltelefon', 'NOUN'),
  general('Std.', 'Stunde', 'NOUN', true),
  general('Min.', 'Minute', 'NOUN', true),
  general('Sek.', 'Sekunde', 'NOUN', true),
  general('Mio.', 'Millionen', 'NOUN', true),
  general('Mrd.', 'Milliarden', 'NOUN', true),
  general('Tsd.', 'Tausend', 'NUM', true),
  general('Jh.', 'Jahrhundert', 'NOUN', true),
  general('n. Chr.', 'nach Christus', 'ADV', true),
  general('v. Chr.', 'vor Christus', 'ADV', true),
  general('Abt.', 'Abteilung', 'NOUN'),
  general('Ref.', 'Referat', 'NOUN'),
  general('Az.', 'Aktenzeichen', 'NOUN'),
  general('Gz.', 'Geschäftszeichen', 'NOUN'),
  general('ff.', 'folgende', 'ADJ', true),
  general('Hbf.', 'Hauptbahnhof', 'NOUN', true),
  general('Bhf.', 'Bahnhof', 'NOUN', true),

  // references into documents and laws: only before a number
  { form: 'Nr.', expansion: 'Nummer', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Nrn.', expansion: 'Nummern', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Abs.', expansion: 'Absatz', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Art.', expansion: 'Artikel', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'S.', expansion: 'Seite', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Bd.', expansion: 'Band', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Kap.', expansion: 'Kapitel', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Ziff.', expansion: 'Ziffer', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Zi.', expansion: 'Zimmer', upos: 'NOUN', kind: 'reference', needsNumber: true },
  { form: 'Pkt.', expansion: 'Punkt', upos: 'NOUN', kind: 'reference', needsNumber: true },

  // addresses (street names ending in `str.` are handled by the tokeniser: `Klemensstr.`)
  { form: 'Str.', expansion: 'Straße', upos: 'NOUN', kind: 'address', canEndSentence: true },
  { form: 'Pl.', expansion: 'Platz', upos: 'NOUN', kind: 'address', needsNumber: true },
  { form: 'St.', expansion: 'Sankt', upos: 'PROPN', kind: 'address' },
  { form: 'Postf.', expansion: 'Postfach', upos: 'NOUN', kind: 'address' },

  // titles and forms of address
  { form: 'Dr.', expansion: 'Doktor', upos: 'NOUN', kind: 'title' },
  { form: 'Prof.', expansion: 'Professor', upos: 'NOUN', kind: 'title' },
  { form: 'Dipl.', expansion: 'Diplom', upos: 'NOUN', kind: 'title' },
  { form: 'Hr.', expansion: 'Herr', upos: 'NOUN', kind: 'title' },
  { form: 'Hrn.', expansion: 'Herrn', upos: 'NOUN', kind: 'title' },
  { form: 'Fr.', expansion: 'Freitag', alternatives: ['Frau'], upos: 'NOUN', kind: 'weekday', canEndSentence: true },

  // weekdays: they end sentences often (`… von Mo. bis Fr.`), so they may close one
  { form: 'Mo.', expansion: 'Montag', upos: 'NOUN', kind: 'weekday', canEndSentence: true },
  { form: 'Di.', expansion: 'Dienstag', upos: 'NOUN', kind: 'weekday', canEndSentence: true },
  { form: 'Mi.', expansion: 'Mittwoch', upos: 'NOUN', kind: 'weekday', canEndSentence: true },
  { form: 'Do.', expansion: 'Donnerstag', upos: 'NOUN', kind: 'weekday', canEndSentence: true },
  { form: 'Sa.', expansion: 'Samstag', upos: 'NOUN', kind: 'weekday', canEndSentence: true },
  { form: 'So.', expansion: 'Sonntag', upos: 'NOUN', kind: 'weekday', canEndSentence: true },

  // months
  { form: 'Jan.', expansion: 'Januar', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Feb.', expansion: 'Februar', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Mär.', expansion: 'März', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Apr.', expansion: 'April', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Jun.', expansion: 'Juni', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Jul.', expansion: 'Juli', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Aug.', expansion: 'August', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Sep.', expansion: 'September', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Sept.', expansion: 'September', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Okt.', expansion: 'Oktober', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Nov.', expansion: 'November', upos: 'NOUN', kind: 'month', canEndSentence: true },
  { form: 'Dez.', expansion: 'Dezember', upos: 'NOUN', kind: 'month', canEndSentence: true },

  // organisations
  { form: 'e. V.', expansion: 'eingetragener Verein', upos: 'NOUN', kind: 'organisation', canEndSentence: true },
  { form: 'Fa.', expansion: 'Firma', upos: 'NOUN', kind: 'organisation' },

  // written without a period; matched as whole words only
  { form: 'OG', expansion: 'Obergeschoss', upos: 'NOUN', kind: 'building' },
  { form: 'EG', expansion: 'Erdgeschoss', upos: 'NOUN', kind: 'building' },
  { form: 'UG', expansion: 'Untergeschoss', upos: 'NOUN', kind: 'building' },
  { form: 'DG', expansion: 'Dachgeschoss', upos: 'NOUN', kind: 'building' },
  { form: 'Kfz', expansion: 'Kraftfahrzeug', upos: 'NOUN', kind: 'general' },
  { form: 'Pkw', expansion: 'Personenkraftwagen', upos: 'NOUN', kind: 'general' },
  { form: 'PKW', expansion: 'Personenkraftwagen', upos: 'NOUN', kind: 'general' },
  { form: 'Lkw', expansion: 'Lastkraftwagen', upos: 'NOUN', kind: 'general' },
  { form: 'LKW', expansion: 'Lastkraftwagen', upos: 'NOUN', kind: 'general' },
  { form: 'ÖPNV', expansion: 'öffentlicher Personennahverkehr', upos: 'NOUN', kind: 'general' },

  // units (single letters like `m` and `g` are left out: too often something else)
  ...(
    [
      ['mm', 'Millimeter'],
      ['cm', 'Zentimeter'],
      ['km', 'Kilometer'],
      ['qm', 'Quadratmeter'],
      ['m²', 'Quadratmeter'],
      ['kg', 'Kilogramm'],
      ['ml', 'Milliliter'],
      ['ha', 'Hektar'],
      ['kWh', 'Kilowattstunde'],
      ['km/h', 'Kilometer pro Stunde'],
    ] as const
  ).map(([form, expansion]): Abbreviation => ({ form, expansion, upos: 'NOUN', kind: 'unit' })),
];

/** Key for look-ups: the spelling without spaces (`z.B.`). */
export function abbreviationKey(spelling: string): string {
  return spelling.replace(/\s+/g, '');
}

const byKey = new Map<string, Abbreviation>();
for (const a of ABBREVIATIONS) byKey.set(abbreviationKey(a.form), a);

/** Finds the entry for a spelling such as `z.B.`, `z. B.` or `Z. B.`. */
export function findAbbreviation(spelling: string): Abbreviation | undefined {
  const key = abbreviationKey(spelling);
  return byKey.get(key) ?? byKey.get(key.charAt(0).toLowerCase() + key.slice(1));
}

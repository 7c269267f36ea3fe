// Shared by the gloss tests: the real analyser (built once per test file) and a small sign lexicon made
// from plain entries, as the service builds the real one from gloss-dictionary.
import { createAnalyzer, glossLexiconFrom, glossText } from '../../src/index.js';
import type { Analyzer, GlossedSentence, GlossLexicon, GlossLexiconEntry, GlossOptions } from '../../src/index.js';
import { loadLexicon } from '../support/dictionaries.js';

let analyzer: Analyzer | undefined;
export function getAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer(loadLexicon());
  return analyzer;
}

/** `ID lemma/POS lemma/POS …`, e.g. `ANTRAG Antrag/NOUN`; a `?` after the id makes the sign a draft. */
export function entries(lines: readonly string[]): GlossLexiconEntry[] {
  return lines.map((line) => {
    const [rawId, ...lemmas] = line.trim().split(/\s+/);
    const draft = rawId!.endsWith('?');
    return {
      id: draft ? rawId!.slice(0, -1) : rawId!,
      lemmas: lemmas.map((l) => {
        const [lemma, pos] = l.replace(/_/g, ' ').split('/');
        return pos ? { lemma: lemma!, pos } : { lemma: lemma! };
      }),
      review: draft ? 'draft' : 'approved',
    };
  });
}

/** The signs the tests know; month, weekday and name signs are mostly missing on purpose. */
export const SIGNS = [
  'ANTRAG Antrag/NOUN',
  'TERMIN Termin/NOUN',
  'BÜRGERBÜRO Bürgerbüro/NOUN',
  'MONTAG Montag/NOUN',
  'UHR Uhr/NOUN',
  'UMZIEHEN umziehen/VERB',
  'MÜSSEN müssen/VERB',
  'KÖNNEN können/VERB',
  'MÖCHTEN möchten/VERB',
  'ANMELDEN anmelden/VERB',
  'WOCHE Woche/NOUN',
  'BITTE bitte/ADV',
  'ANRUFEN anrufen/VERB',
  'KOSTEN kosten/VERB Kosten/NOUN',
  'REISEPASS Reisepass/NOUN',
  'WAS was/PRON',
  'WANN wann/ADV',
  'WIE wie/ADV',
  'WELCH welcher/DET',
  'BRAUCHEN brauchen/VERB',
  'BEARBEITEN bearbeiten/VERB',
  'NICHT nicht/PART',
  'KEIN kein/DET',
  'NIE nie/ADV',
  'FRAU Frau/NOUN',
  'HERR Herr/NOUN',
  'WOHNEN wohnen/VERB',
  'STRASSE Straße/NOUN',
  'GEBÜHR Gebühr/NOUN',
  'BETRAGEN? betragen/VERB',
  'EURO Euro/NOUN',
  'ERHALTEN erhalten/VERB',
  'PERSONALAUSWEIS Personalausweis/NOUN',
  'BEHÖRDE Behörde/NOUN',
  'JAHR Jahr/NOUN',
  'GÜLTIG gültig/ADJ',
  'WEIL weil/SCONJ',
  'FEHLEN fehlen/VERB',
  'STELLEN stellen/VERB',
  'AUSWEIS Ausweis/NOUN',
  'NEU neu/ADJ',
  'VERLIEREN verlieren/VERB',
  'MITBRINGEN mitbringen/VERB',
  'AUSFÜLLEN ausfüllen/VERB',
  'FORMULAR Formular/NOUN',
  'GEBURT Geburt/NOUN',
  'URKUNDE Urkunde/NOUN',
  'ÖFFNEN öffnen/VERB',
  'GESCHLOSSEN geschlossen/ADJ',
  'OKTOBER Oktober/NOUN',
  'KIND Kind/NOUN',
  'WARTEN warten/VERB',
  'SCHICKEN schicken/VERB',
  'BESCHEID Bescheid/NOUN',
  'PRÜFEN prüfen/VERB',
  'WICHTIG wichtig/ADJ',
  'PÜNKTLICH pünktlich/ADJ',
  'KOMMEN kommen/VERB',
  'ONLINE online/ADV',
  'ABHOLEN abholen/VERB',
  'UNTERLAGE Unterlage/NOUN',
  'AMT Amt/NOUN',
  'HEUTE heute/ADV',
  'DA da/ADV',
  'MEHR mehr/ADV',
  'E-MAIL E-Mail/NOUN',
  'INTERNET Internet/NOUN',
  'BEISPIEL Beispiel/NOUN',
  'HABEN haben/VERB',
  'PROZENT Prozent/NOUN',
  'OHNE ohne/ADP',
  'BIS bis/ADP',
  'UNTER unter/ADP',
  'INNERHALB innerhalb/ADP',
  'ODER oder/CCONJ',
  'GELD Geld/NOUN',
  'WOHNUNG Wohnung/NOUN',
  'FOTO Foto/NOUN',
  'KOPIE Kopie/NOUN',
  'BEGLAUBIGEN beglaubigen/VERB',
  'UNTERSTÜTZUNG Unterstützung/NOUN',
  'BESUCH Besuch/NOUN',
  'SPRECHEN sprechen/VERB',
  'DÜRFEN dürfen/VERB',
  'PERSON Person/NOUN',
];

export const lexicon: GlossLexicon = glossLexiconFrom(entries(SIGNS));

/** Glosses the first sentence of `text`. */
export function gloss(text: string, options: GlossOptions = {}, lex: GlossLexicon = lexicon): GlossedSentence {
  return glossText(getAnalyzer(), text, lex, options).sentences[0]!;
}

/** The gloss strings, pauses left out. */
export const words = (s: GlossedSentence): string[] => s.glosses.filter((g) => g.kind !== 'pause').map((g) => g.gloss);

/** The gloss strings, pauses included. */
export const all = (s: GlossedSentence): string[] => s.glosses.map((g) => g.gloss);

/** For each gloss: its text, and the source words it came from. */
export const sources = (text: string, s: GlossedSentence): [string, string][] =>
  s.glosses.map((g) => [g.gloss, text.slice(g.start, g.end)]);

/** Non-manual spans as `type gloss…gloss`. */
export const marks = (s: GlossedSentence): string[] =>
  s.nonManuals.map(
    (m) =>
      `${m.type} ${s.glosses
        .slice(m.from, m.to + 1)
        .map((g) => g.gloss)
        .join(' ')}`,
  );

// Each transformation on its own, with sentences from city-hall pages.
import { describe, expect, it } from '@jest/globals';

import { expandAbbreviations } from '../../../src/leichte-sprache/rewriter/abbreviations.js';
import { splitCompounds } from '../../../src/leichte-sprache/rewriter/compounds.js';
import { genitiveToVon } from '../../../src/leichte-sprache/rewriter/genitive.js';
import { datesAndTimes, numberWords } from '../../../src/leichte-sprache/rewriter/numbers.js';
import { splitParenthesis } from '../../../src/leichte-sprache/rewriter/layout.js';
import { modalPassive } from '../../../src/leichte-sprache/rewriter/modal-passive.js';
import { passiveToActive, presentForm } from '../../../src/leichte-sprache/rewriter/passive.js';
import { splitCoordination, splitRelative, splitSubordinate } from '../../../src/leichte-sprache/rewriter/split.js';
import { getAnalyzer, step, taggedStep } from './support.js';

describe('split-relative', () => {
  it('restates the noun in the case of the relative pronoun', () => {
    expect(step(splitRelative, 'Der Antrag, den Sie gestellt haben, wird geprüft.')).toEqual([
      'Der Antrag wird geprüft.',
      'Den Antrag haben Sie gestellt.',
    ]);
    expect(step(splitRelative, 'Wenden Sie sich an die Stelle, die den Antrag prüft.')).toEqual([
      'Wenden Sie sich an die Stelle.',
      'Die Stelle prüft den Antrag.',
    ]);
  });
  it('leaves genitive relative pronouns alone', () => {
    expect(step(splitRelative, 'Das ist die Person, deren Ausweis abgelaufen ist.')).toBeUndefined();
  });
});

describe('split-subordinate', () => {
  it('turns weil into Denn / Deshalb and obwohl into Trotzdem', () => {
    expect(step(splitSubordinate, 'Sie müssen sich ummelden, weil Sie umgezogen sind.')).toEqual([
      'Sie müssen sich ummelden.',
      'Denn Sie sind umgezogen.',
    ]);
    expect(step(splitSubordinate, 'Weil Sie umziehen, müssen Sie sich ummelden.')).toEqual([
      'Sie ziehen um.',
      'Deshalb müssen Sie sich ummelden.',
    ]);
    expect(step(splitSubordinate, 'Sie können kommen, obwohl das Amt geschlossen ist.')).toEqual([
      'Das Amt ist geschlossen.',
      'Trotzdem können Sie kommen.',
    ]);
  });
  it('keeps wenn and dass clauses', () => {
    expect(step(splitSubordinate, 'Wenn Sie umziehen, müssen Sie sich ummelden.')).toBeUndefined();
    expect(step(splitSubordinate, 'Wir bestätigen, dass Sie in Münster wohnen.')).toBeUndefined();
  });
});

describe('split-coordination', () => {
  it('splits main clauses and restates a missing subject', () => {
    expect(step(splitCoordination, 'Sie füllen das Formular aus und wir prüfen den Antrag.')).toEqual([
      'Sie füllen das Formular aus.',
      'Wir prüfen den Antrag.',
    ]);
    expect(step(splitCoordination, 'Sie füllen das Formular aus und schicken es uns.')).toEqual([
      'Sie füllen das Formular aus.',
      'Sie schicken es uns.',
    ]);
    expect(step(splitCoordination, 'Sie können anrufen, aber wir haben wenig Zeit.')).toEqual([
      'Sie können anrufen.',
      'Aber wir haben wenig Zeit.',
    ]);
  });
  it('leaves enumerations alone', () => {
    expect(step(splitCoordination, 'Sie brauchen den Ausweis und ein Foto.')).toBeUndefined();
    expect(step(splitCoordination, 'Sie können online oder im Bürgerbüro einen Termin buchen.')).toBeUndefined();
  });
});

describe('passive', () => {
  it('makes a known agent the subject', () => {
    expect(step(passiveToActive, 'Der Antrag wird von der Stadt geprüft.')).toEqual(['Die Stadt prüft den Antrag.']);
  });
  it('addresses the reader for the steps they take', () => {
    expect(step(passiveToActive, 'Der Antrag kann online gestellt werden.')).toEqual([
      'Sie können den Antrag online stellen.',
    ]);
    expect(step(passiveToActive, 'Die Gebühr muss bar bezahlt werden.')).toEqual([
      'Sie müssen die Gebühr bar bezahlen.',
    ]);
  });
  it('uses man otherwise, with particle verbs split', () => {
    expect(step(passiveToActive, 'Der Ausweis wird in Berlin hergestellt.')).toEqual([
      'Man stellt den Ausweis in Berlin her.',
    ]);
  });
  it('leaves past and impersonal passives alone', () => {
    expect(step(passiveToActive, 'Der Antrag wurde geprüft.')).toBeUndefined();
    expect(step(passiveToActive, 'Es wird gebeten, pünktlich zu sein.')).toBeUndefined();
  });
  it('takes verb forms only when the lexicon confirms them', () => {
    const lexicon = getAnalyzer().lexicon;
    expect(presentForm(lexicon, 'prüfen', 'Sing')).toEqual({ stem: 'prüft' });
    expect(presentForm(lexicon, 'herstellen', 'Sing')).toEqual({ stem: 'stellt', particle: 'her' });
  });
});

describe('modal-passive', () => {
  it('turns a duty into an instruction to the reader', () => {
    expect(step(modalPassive, 'Der Antrag ist bis zum 1. März schriftlich zu stellen.')).toEqual([
      'Sie müssen den Antrag bis zum 1. März schriftlich stellen.',
    ]);
    expect(step(modalPassive, 'Ihr Personalausweis ist bei der Abholung vorzulegen.')).toEqual([
      'Sie müssen Ihren Personalausweis bei der Abholung vorlegen.',
    ]);
    expect(step(modalPassive, 'Das Formular ist vollständig auszufüllen und zu unterschreiben.')).toEqual([
      'Sie müssen das Formular vollständig ausfüllen und unterschreiben.',
    ]);
  });
  it('keeps a fronted phrase first and makes the subject the object', () => {
    expect(step(modalPassive, 'Dem Antrag sind die Unterlagen beizufügen.')).toEqual([
      'Dem Antrag müssen Sie die Unterlagen beifügen.',
    ]);
  });
  it('says können for reaching and finding, dürfen … nicht for a ban, man for what others do', () => {
    expect(step(modalPassive, 'Das Bürgerbüro ist telefonisch zu erreichen.')).toEqual([
      'Sie können das Bürgerbüro telefonisch erreichen.',
    ]);
    expect(step(modalPassive, 'Der Ausweis ist nicht zu knicken.')).toEqual(['Man darf den Ausweis nicht knicken.']);
    expect(step(modalPassive, 'Die Möglichkeit des Familiennachzugs ist individuell zu prüfen.')).toEqual([
      'Man muss die Möglichkeit des Familiennachzugs individuell prüfen.',
    ]);
  });
  it('leaves alone what is no modal passive, or no duty', () => {
    expect(step(modalPassive, 'Es ist wichtig, die Elternbriefe zu lesen.')).toBeUndefined();
    expect(step(modalPassive, 'Es ist kein Antrag zu stellen.')).toBeUndefined();
    expect(step(modalPassive, 'Der Antrag war zu stellen.')).toBeUndefined();
    expect(step(modalPassive, 'Der Antrag ist gestellt.')).toBeUndefined();
  });
});

describe('split-parenthesis', () => {
  it('puts an example or a statement in brackets after the main statement', () => {
    expect(
      step(splitParenthesis, 'Bringen Sie Nachweise (zum Beispiel Zeugnisse oder Verträge) zum Termin mit.'),
    ).toEqual(['Bringen Sie Nachweise zum Termin mit.', 'Zum Beispiel: Zeugnisse oder Verträge.']);
    expect(step(splitParenthesis, 'Der Kurs dauert 6 Monate (die Prüfung ist am Ende kostenlos).')).toEqual([
      'Der Kurs dauert 6 Monate.',
      'Die Prüfung ist am Ende kostenlos.',
    ]);
  });
  it('says what a plural noun holds where brackets list it', () => {
    expect(
      step(splitParenthesis, 'Bringen Sie alle Unterlagen (Ausweis, Meldebescheinigung und Foto) zum Termin mit.'),
    ).toEqual([
      'Bringen Sie alle Unterlagen zum Termin mit.',
      'Die Unterlagen sind: Ausweis, Meldebescheinigung und Foto.',
    ]);
    // the list belongs to `Angebote`, not to the noun of the phrase after it
    expect(step(splitParenthesis, 'Es gibt viele Angebote für die Kinder (Spiele, Sport, Basteln).')).toBeUndefined();
  });
  it('leaves short brackets, verbless notes and brackets without a main statement alone', () => {
    expect(step(splitParenthesis, 'Das Bundesamt für Migration (BAMF) hilft Ihnen.')).toBeUndefined();
    expect(step(splitParenthesis, 'Der Kurs ist kostenlos (ab Niveau B1 in Deutsch).')).toBeUndefined();
    expect(step(splitParenthesis, 'Nachweise (zum Beispiel Zeugnisse oder Verträge)')).toBeUndefined();
  });
  it('says another name in brackets as „Man nennt das auch: …“', () => {
    expect(
      step(splitParenthesis, 'Das Amt für Bürger-Dienste (kurz Bürger-Amt genannt) hilft Ihnen bei allen Anträgen.'),
    ).toEqual(['Das Amt für Bürger-Dienste hilft Ihnen bei allen Anträgen.', 'Man nennt das kurz: Bürger-Amt.']);
    expect(
      step(splitParenthesis, 'Ihr Kind betreut eine Tages-Pflege-Person (auch als „Tages-Mutter“ bekannt).'),
    ).toEqual(['Ihr Kind betreut eine Tages-Pflege-Person.', 'Das ist auch als „Tages-Mutter“ bekannt.']);
    // a name without `auch`, `kurz` … and `genannt`, `bekannt` … is a note about the word before it
    expect(step(splitParenthesis, 'Das Amt hilft Eltern bei der Erziehung (ein Teil der Stadt).')).toBeUndefined();
    expect(
      step(splitParenthesis, 'Die Stadt hat ein neues Haus am Markt (im Volksmund Rathaus genannt).'),
    ).toBeUndefined();
    // a long description is no name
    expect(
      step(splitParenthesis, 'Münster liegt in Westfalen (auch als die schöne alte Stadt am Fluss bekannt).'),
    ).toBeUndefined();
  });
  it('takes a sentence in brackets out of a statement without a verb too', () => {
    expect(
      step(splitParenthesis, 'Der Nachweis über einen Aufenthalt seit 5 Jahren (frühere Zeiten zählen zur Hälfte).'),
    ).toEqual(['Der Nachweis über einen Aufenthalt seit 5 Jahren.', 'Frühere Zeiten zählen zur Hälfte.']);
    expect(
      step(splitParenthesis, 'Der Nachweis über einen Aufenthalt seit 5 Jahren (ab Niveau B1 in Deutsch).'),
    ).toBeUndefined();
  });
  it('leaves a clause of the sentence in its brackets, but not a main clause such as „das heißt …“', () => {
    expect(
      step(splitParenthesis, 'Bringen Sie bitte Ihren alten Ausweis mit (wenn Sie einen Ausweis haben).'),
    ).toBeUndefined();
    expect(
      step(splitParenthesis, 'Die Karte gilt bis zum Betriebs-Schluss am Abend (also bis der letzte Bus fährt).'),
    ).toBeUndefined();
    expect(
      step(splitParenthesis, 'Bringen Sie das Formular zum Termin mit (das Sie von uns bekommen haben).'),
    ).toBeUndefined();
    expect(
      step(splitParenthesis, 'Eltern von kleinen Kindern bekommen Geld (das heißt Eltern von Kindern bis 3 Jahre).'),
    ).toEqual(['Eltern von kleinen Kindern bekommen Geld.', 'Das heißt Eltern von Kindern bis 3 Jahre.']);
  });
  it('reads a plural the tagger took for a name as the noun it is', () => {
    expect(
      taggedStep(
        splitParenthesis,
        'Das Merk-Blatt gibt es in 12 Fremdsprachen (Polnisch, Russisch, Türkisch, Tigrinya).',
      ),
    ).toEqual([
      'Das Merk-Blatt gibt es in 12 Fremdsprachen.',
      'Die Fremdsprachen sind: Polnisch, Russisch, Türkisch, Tigrinya.',
    ]);
  });
});

describe('genitive', () => {
  it('writes von dem / von der', () => {
    expect(step(genitiveToVon, 'Die Gültigkeit des Ausweises endet bald.')).toEqual([
      'Die Gültigkeit von dem Ausweis endet bald.',
    ]);
  });
  it('leaves prepositions with the genitive alone', () => {
    expect(step(genitiveToVon, 'Wegen des Umbaus ist das Amt zu.')).toBeUndefined();
  });
});

describe('numbers, dates and times', () => {
  it('writes number words as digits', () => {
    expect(step(numberWords, 'Das dauert zwei Wochen.')).toEqual(['Das dauert 2 Wochen.']);
    expect(step(numberWords, 'Sie kommen zweimal.')).toEqual(['Sie kommen 2-mal.']);
  });
  it('writes dates and times in the easy form', () => {
    expect(step(datesAndTimes, 'Der Termin ist am 12.03.2026 um 9.30 Uhr.')).toEqual([
      'Der Termin ist am 12. März 2026 um 9:30 Uhr.',
    ]);
  });
});

describe('abbreviations', () => {
  it('writes them out, with plain words for foreign long forms', () => {
    expect(step(expandAbbreviations, 'Bringen Sie z. B. Ihren Pass mit, ca. 10 Euro.')).toEqual([
      'Bringen Sie zum Beispiel Ihren Pass mit, ungefähr 10 Euro.',
    ]);
  });
});

describe('compounds', () => {
  it('splits with a hyphen or a mediopunkt', () => {
    expect(step(splitCompounds, 'Sie brauchen eine Meldebescheinigung.')).toEqual([
      'Sie brauchen eine Melde-Bescheinigung.',
    ]);
    expect(step(splitCompounds, 'Sie brauchen eine Meldebescheinigung.', 'mediopunkt')).toEqual([
      'Sie brauchen eine Melde·bescheinigung.',
    ]);
  });
});

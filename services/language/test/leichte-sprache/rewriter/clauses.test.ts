// The splitting steps for long sentences: punctuation cuts (semicolon, colon, asides, enumerations as lists)
// and subordinate clauses in the patterns of Leichte Sprache guides („Sie haben Fragen?“ / „Dann …“).
import { describe, expect, it } from '@jest/globals';

import { splitCondition, splitEllipticCondition } from '../../../src/leichte-sprache/rewriter/conditions.js';
import {
  splitAside,
  splitColon,
  splitCommaConjunction,
  splitEnumeration,
  splitSemicolon,
} from '../../../src/leichte-sprache/rewriter/layout.js';
import { passiveToActive } from '../../../src/leichte-sprache/rewriter/passive.js';
import { splitCoordination, splitRelative } from '../../../src/leichte-sprache/rewriter/split.js';
import { step } from './support.js';

describe('split-semicolon', () => {
  it('makes each clause a sentence', () => {
    expect(
      step(splitSemicolon, 'Zuständig ist das Standesamt am Wohnort; heiraten können Sie aber in jedem Standesamt.'),
    ).toEqual(['Zuständig ist das Standesamt am Wohnort.', 'Heiraten können Sie aber in jedem Standesamt.']);
  });
  it('leaves semicolons between list items alone', () => {
    expect(step(splitSemicolon, 'Sie brauchen: den Ausweis; ein Foto.')).toBeUndefined();
  });
});

describe('split-colon', () => {
  it('turns an enumeration after a colon into a list', () => {
    expect(
      step(
        splitColon,
        'Für den Antrag brauchen Sie in der Regel folgende Unterlagen: Ihren Reisepass, ein aktuelles Foto und Ihren Mietvertrag.',
      ),
    ).toEqual([
      'Für den Antrag brauchen Sie in der Regel folgende Unterlagen:',
      '- Ihren Reisepass',
      '- ein aktuelles Foto',
      '- Ihren Mietvertrag',
    ]);
  });
  it('keeps short sentences with a colon', () => {
    expect(step(splitColon, 'Das bedeutet: Sie zahlen nichts.')).toBeUndefined();
  });
});

describe('split-aside', () => {
  it('puts an example or an explanation after a comma into its own sentence', () => {
    expect(
      step(splitAside, 'Wir bearbeiten ohne Termin nur kurze Anliegen, zum Beispiel die Abholung eines Ausweises.'),
    ).toEqual(['Wir bearbeiten ohne Termin nur kurze Anliegen.', 'Zum Beispiel: die Abholung eines Ausweises.']);
    expect(
      step(splitAside, 'Die Versicherung wird informiert, das heißt, Sie müssen die Steuer nicht selbst abmelden.'),
    ).toEqual(['Die Versicherung wird informiert.', 'Das heißt: Sie müssen die Steuer nicht selbst abmelden.']);
  });
  it('leaves an example with its own verb alone', () => {
    expect(step(splitAside, 'Sie können Möbel abgeben, zum Beispiel wenn Sie umziehen.')).toBeUndefined();
  });
});

describe('split-enumeration', () => {
  it('lists the items after the rest of the sentence', () => {
    expect(
      step(
        splitEnumeration,
        'Bitte bringen Sie zur Anmeldung das Schreiben der Stadt, die Geburtsurkunde Ihres Kindes und einen Nachweis über das Sorgerecht mit.',
      ),
    ).toEqual([
      'Bitte bringen Sie zur Anmeldung mit:',
      '- das Schreiben der Stadt',
      '- die Geburtsurkunde Ihres Kindes',
      '- einen Nachweis über das Sorgerecht',
    ]);
    expect(
      step(
        splitEnumeration,
        'Nach der Anmeldung werden unter anderem das Finanzamt, die Handelskammer und die Berufsgenossenschaft informiert.',
      ),
    ).toEqual([
      'Nach der Anmeldung werden unter anderem informiert:',
      '- das Finanzamt',
      '- die Handelskammer',
      '- die Berufsgenossenschaft',
    ]);
  });
  it('leaves an enumeration inside a prepositional phrase alone', () => {
    expect(
      step(
        splitEnumeration,
        'Im Bürgerbüro beglaubigen wir Kopien von Zeugnissen, Urkunden und anderen Dokumenten für eine Behörde.',
      ),
    ).toBeUndefined();
  });
});

describe('split-comma-conjunction', () => {
  it('splits main clauses joined by comma and und / denn', () => {
    expect(step(splitCommaConjunction, 'Am Eingang ziehen Sie ein Ticket, und Ihre Nummer wird aufgerufen.')).toEqual([
      'Am Eingang ziehen Sie ein Ticket.',
      'Ihre Nummer wird aufgerufen.',
    ]);
    expect(
      step(splitCommaConjunction, 'In vielen Fällen ja, denn in der Bauberatung können Sie Ihre Fragen klären.'),
    ).toEqual(['In vielen Fällen ja.', 'Denn in der Bauberatung können Sie Ihre Fragen klären.']);
  });
  it('leaves an addition without a verb alone', () => {
    expect(step(splitCommaConjunction, 'Die Adresse wird weitergegeben, nicht aber an Ihre Bank.')).toBeUndefined();
  });
});

describe('split-condition', () => {
  it('asks the condition first and follows with Dann', () => {
    expect(
      step(splitCondition, 'Wenn Sie in Münster geboren wurden, können Sie die Urkunde online beantragen.'),
    ).toEqual(['Sie wurden in Münster geboren?', 'Dann können Sie die Urkunde online beantragen.']);
    expect(
      step(
        splitCondition,
        'Ziehen Sie innerhalb von Münster um, melden Sie Ihre neue Adresse bitte innerhalb von 2 Wochen um.',
      ),
    ).toEqual([
      'Sie ziehen innerhalb von Münster um?',
      'Dann melden Sie Ihre neue Adresse bitte innerhalb von 2 Wochen um.',
    ]);
    expect(step(splitCondition, 'Bitte melden Sie sich bei uns, wenn Sie Fragen haben.')).toEqual([
      'Sie haben Fragen?',
      'Dann melden Sie sich bitte bei uns.',
    ]);
  });
  it('keeps a second verb of the condition after und in the question', () => {
    expect(
      step(splitCondition, 'Haben Sie schon einen Ausweis und brauchen einen neuen, müssen Sie einen Termin buchen.'),
    ).toEqual(['Sie haben schon einen Ausweis und brauchen einen neuen?', 'Dann müssen Sie einen Termin buchen.']);
  });
  it('asks the reader a purpose with um … zu, before or after the main clause', () => {
    expect(
      step(splitCondition, 'Um einen Reisepass zu beantragen, müssen Sie persönlich ins Bürgerbüro kommen.'),
    ).toEqual(['Sie wollen einen Reisepass beantragen?', 'Dann müssen Sie persönlich ins Bürgerbüro kommen.']);
    expect(step(splitCondition, 'Du brauchst eine Bescheinigung, um Dich bei der Schule anzumelden.')).toEqual([
      'Du willst Dich bei der Schule anmelden?',
      'Dann brauchst Du eine Bescheinigung.',
    ]);
    expect(step(splitCondition, 'Bringen Sie Ihren Ausweis mit, um das Paket abzuholen.')).toEqual([
      'Sie wollen das Paket abholen?',
      'Dann bringen Sie Ihren Ausweis mit.',
    ]);
    expect(step(splitCondition, 'Um früher in Rente gehen zu können, müssen Sie einen Antrag stellen.')).toEqual([
      'Sie wollen früher in Rente gehen?',
      'Dann müssen Sie einen Antrag stellen.',
    ]);
  });
  it('leaves a purpose of someone else than the reader alone', () => {
    expect(
      step(splitCondition, 'Um eine Wohnung zu betreten, braucht sie einen Beschluss des Gerichts.'),
    ).toBeUndefined();
  });
  it('writes no second Dann where the main clause has one', () => {
    expect(step(splitCondition, 'Ziehen Sie um, melden Sie sich dann im Bürgerbüro.')).toEqual([
      'Sie ziehen um?',
      'Melden Sie sich dann im Bürgerbüro.',
    ]);
  });
  it('opens with Vielleicht where the subject cannot move', () => {
    expect(
      step(splitCondition, 'Meldet sich in dieser Zeit niemand, darf die Person den Gegenstand behalten.'),
    ).toEqual(['Vielleicht meldet sich in dieser Zeit niemand.', 'Dann darf die Person den Gegenstand behalten.']);
  });
  it('asks a condition with two verbs as two questions, the second sharing the pronoun', () => {
    expect(
      step(
        splitCondition,
        'Ein Führungszeugnis wird verlangt, wenn Sie mit Kindern arbeiten oder sich ehrenamtlich engagieren.',
      ),
    ).toEqual([
      'Sie arbeiten mit Kindern?',
      'Oder Sie engagieren sich ehrenamtlich?',
      'Dann wird ein Führungszeugnis verlangt.',
    ]);
  });
  it('keeps a condition that it cannot put in order whole, in its own sentence', () => {
    expect(
      step(
        splitCondition,
        'Ein Führungszeugnis wird verlangt, wenn Sie mit Kindern arbeiten oder wenn Sie sich ehrenamtlich engagieren.',
      ),
    ).toEqual([
      'Ein Führungszeugnis wird verlangt.',
      'Das gilt, wenn Sie mit Kindern arbeiten oder wenn Sie sich ehrenamtlich engagieren.',
    ]);
  });
  it('writes a purpose with So', () => {
    expect(
      step(
        splitCondition,
        'Melden Sie den Verlust bitte sofort der Polizei, damit niemand Ihren Ausweis missbrauchen kann.',
      ),
    ).toEqual(['Melden Sie den Verlust bitte sofort der Polizei.', 'So kann niemand Ihren Ausweis missbrauchen.']);
    expect(step(splitCondition, 'Damit die Zahlung weiterläuft, sollten Sie den Antrag rechtzeitig stellen.')).toEqual([
      'Sie sollten den Antrag rechtzeitig stellen.',
      'So läuft die Zahlung weiter.',
    ]);
  });
  it('ends the main clause with a colon before a dass clause', () => {
    expect(
      step(splitCondition, 'Bitte beachten Sie, dass wir ohne Termin nur kurze Anliegen bearbeiten können.'),
    ).toEqual(['Bitte beachten Sie:', 'Wir können ohne Termin nur kurze Anliegen bearbeiten.']);
    expect(
      step(
        splitCondition,
        'Eine Beglaubigung bestätigt, dass eine Kopie mit dem Original übereinstimmt oder dass eine Unterschrift echt ist.',
      ),
    ).toEqual([
      'Eine Beglaubigung bestätigt:',
      'Eine Kopie stimmt mit dem Original überein.',
      'Oder eine Unterschrift ist echt.',
    ]);
  });
  it('leaves ob clauses alone', () => {
    expect(step(splitCondition, 'Wir wissen, ob Sie kommen.')).toBeUndefined();
  });
});

describe('split-relative, plural and bare nouns', () => {
  it('restates a plural noun with die', () => {
    expect(
      step(
        splitRelative,
        'Die Gebühr beträgt 51 Euro für minderjährige Kinder, die mit ihren Eltern eingebürgert werden.',
      ),
    ).toEqual([
      'Die Gebühr beträgt 51 Euro für minderjährige Kinder.',
      'Die Kinder werden mit ihren Eltern eingebürgert.',
    ]);
  });
  it('keeps the restriction of a bare noun with Manche / Diese', () => {
    expect(
      step(
        splitRelative,
        'Anträge, die später als 30 Minuten vor Schließung eingereicht werden, können erst am nächsten Werktag bearbeitet werden.',
      ),
    ).toEqual([
      'Manche Anträge werden später als 30 Minuten vor Schließung eingereicht.',
      'Diese Anträge können erst am nächsten Werktag bearbeitet werden.',
    ]);
  });
  it('restates a genitive noun in the singular that the pronoun fits', () => {
    // a dative plural before `die` is restated in the nominative (additions.test.ts), a genitive by its lemma
    expect(step(splitRelative, 'Es ersetzt 65 Prozent des Nettoeinkommens, das Sie vor der Geburt hatten.')).toEqual([
      'Es ersetzt 65 Prozent des Nettoeinkommens.',
      'Das Nettoeinkommen hatten Sie vor der Geburt.',
    ]);
  });
  it('leaves a noun whose form does not fit the pronoun alone', () => {
    // `den` is masculine, `Einkommen` neuter: the clause belongs to `Teil`, which the step does not reach
    expect(step(splitRelative, 'Es ersetzt einen Teil des Einkommens, den Sie vor der Geburt hatten.')).toBeUndefined();
  });
});

describe('split-coordination, requests', () => {
  it('splits two requests', () => {
    expect(
      step(splitCoordination, 'Füllen Sie das Formular online aus und schicken Sie es per Post an das Bürgerbüro.'),
    ).toEqual(['Füllen Sie das Formular online aus.', 'Schicken Sie es per Post an das Bürgerbüro.']);
  });
});

describe('split-relative: where the noun and the verbs are', () => {
  it('finds the noun behind a verb that is also an infinitive or a participle', () => {
    expect(
      step(
        splitRelative,
        'Sie können das Foto direkt im Bürgerbüro am Fotoautomaten machen lassen oder ein Fotostudio beauftragen, das Ihr Bild sicher an uns übermittelt.',
      ),
    ).toEqual([
      'Sie können das Foto direkt im Bürgerbüro am Fotoautomaten machen lassen oder ein Fotostudio beauftragen.',
      'Das Fotostudio übermittelt Ihr Bild sicher an uns.',
    ]);
    expect(
      step(
        splitRelative,
        'Wer eine Anschrift bestätigt, in der niemand wohnt, muss mit einem Bußgeld von bis zu 50.000 Euro rechnen.',
      ),
    ).toEqual([
      'Wer eine Anschrift bestätigt, muss mit einem Bußgeld von bis zu 50.000 Euro rechnen.',
      'In der Anschrift wohnt niemand.',
    ]);
  });
  it('takes the verbs at the end of the clause together', () => {
    expect(
      step(
        splitRelative,
        'Alternativ melden Sie Ihr Auto online ab, wenn die Kennzeichen und die Bescheinigung Sicherheitscodes haben, die Sie freilegen können.',
      ),
    ).toEqual([
      'Alternativ melden Sie Ihr Auto online ab, wenn die Kennzeichen und die Bescheinigung Sicherheitscodes haben.',
      'Die Sicherheitscodes können Sie freilegen.',
    ]);
  });
  it('keeps a main clause whose verb the dictionary only knows as a participle', () => {
    // `umfasst`: the dictionary spells the finite form `umfaßt`
    expect(
      step(
        splitRelative,
        'Die Leistung umfasst den Regelbedarf, der für eine alleinstehende Person 563 Euro im Monat beträgt, sowie angemessene Kosten für Unterkunft und Heizung.',
      ),
    ).toEqual([
      'Die Leistung umfasst den Regelbedarf sowie angemessene Kosten für Unterkunft und Heizung.',
      'Der Regelbedarf beträgt für eine alleinstehende Person 563 Euro im Monat.',
    ]);
  });
  it('restates a name after a noun as it is written', () => {
    expect(
      step(
        splitRelative,
        'Beispiel: Frau Erika Mustermann bevollmächtigt ihren Sohn Max Mustermann, der dann seinen eigenen Ausweis und den alten Ausweis seiner Mutter vorlegt.',
      ),
    ).toEqual([
      'Beispiel: Frau Erika Mustermann bevollmächtigt ihren Sohn Max Mustermann.',
      'Max Mustermann legt dann seinen eigenen Ausweis und den alten Ausweis seiner Mutter vor.',
    ]);
  });
  it('keeps the comma before an amount that follows the clause', () => {
    expect(
      step(
        splitRelative,
        'Es ersetzt in der Regel 65 bis 67 Prozent des Nettoeinkommens, das Sie vor der Geburt hatten, mindestens 300 Euro und höchstens 1.800 Euro im Monat.',
      ),
    ).toEqual([
      'Es ersetzt in der Regel 65 bis 67 Prozent des Nettoeinkommens, mindestens 300 Euro und höchstens 1.800 Euro im Monat.',
      'Das Nettoeinkommen hatten Sie vor der Geburt.',
    ]);
  });
});

describe('split-relative: clauses of several parts', () => {
  it('makes one sentence per part, each naming the noun again', () => {
    expect(step(splitRelative, 'Das Amt prüft den Antrag, der vollständig ist und alle Unterlagen enthält.')).toEqual([
      'Das Amt prüft den Antrag.',
      'Der Antrag ist vollständig.',
      'Und der Antrag enthält alle Unterlagen.',
    ]);
  });
  it('keeps the restriction of a bare subject after the verb with Manche / diese', () => {
    expect(
      step(
        splitRelative,
        'Grundsicherung können Menschen erhalten, die die Altersgrenze erreicht haben oder dauerhaft voll erwerbsgemindert sind und ihren Lebensunterhalt nicht aus eigenem Einkommen und Vermögen bestreiten können.',
      ),
    ).toEqual([
      'Manche Menschen haben die Altersgrenze erreicht.',
      'Oder diese Menschen sind dauerhaft voll erwerbsgemindert.',
      'Und diese Menschen können ihren Lebensunterhalt nicht aus eigenem Einkommen und Vermögen bestreiten.',
      'Grundsicherung können diese Menschen erhalten.',
    ]);
  });
  it('leaves a clause alone whose parts have pronouns of their own', () => {
    expect(
      step(splitRelative, 'Sie bekommen einen Bescheid, der alle Beträge enthält und den Sie aufbewahren sollten.'),
    ).toBeUndefined();
  });
});

describe('particle verbs in main-clause order', () => {
  it('splits a separable verb and keeps an inseparable one whole', () => {
    expect(step(splitRelative, 'Melden Sie sich bei der Stelle, die den Umzug ummeldet.')).toEqual([
      'Melden Sie sich bei der Stelle.',
      'Die Stelle meldet den Umzug um.',
    ]);
    // the dictionary lists `unterschreiben` as a particle verb; it has no `unterzuschreiben`
    expect(step(splitRelative, 'Sie brauchen eine Vollmacht, die Ihre Mutter unterschreibt.')).toEqual([
      'Sie brauchen eine Vollmacht.',
      'Die Vollmacht unterschreibt Ihre Mutter.',
    ]);
    expect(step(passiveToActive, 'Der Antrag wird vom Amt überprüft.')).toEqual(['Das Amt überprüft den Antrag.']);
  });
  it('splits particles the dictionary does not list as such (`bereitstellen`, `freigeben`)', () => {
    expect(step(splitRelative, 'Wir haben ein Portal, das Ihnen alle Formulare bereitstellt.')).toEqual([
      'Wir haben ein Portal.',
      'Das Portal stellt Ihnen alle Formulare bereit.',
    ]);
  });
  it('leaves a verb alone that can be either (`übersetzen`: translate, ferry across)', () => {
    expect(step(splitRelative, 'Bringen Sie eine Person mit, die für Sie übersetzt.')).toBeUndefined();
  });
});

describe('split-condition: clauses of several parts, bevor, ohne, weil', () => {
  it('writes each part of a dass clause as a statement, with the subject of the part before', () => {
    expect(
      step(
        splitCondition,
        'Voraussetzung ist, dass Sie in der Zone mit Hauptwohnsitz gemeldet sind und das Fahrzeug auf Sie zugelassen ist oder Ihnen dauerhaft zur Verfügung steht.',
      ),
    ).toEqual([
      'Voraussetzung ist:',
      'Sie sind in der Zone mit Hauptwohnsitz gemeldet.',
      'Und das Fahrzeug ist auf Sie zugelassen.',
      'Oder das Fahrzeug steht Ihnen dauerhaft zur Verfügung.',
    ]);
  });
  it('writes steps in a row with Danach', () => {
    expect(
      step(
        splitCondition,
        'In der Bauberatung können Sie Ihre Fragen klären, bevor Sie Geld in die Planung investieren.',
      ),
    ).toEqual(['In der Bauberatung können Sie Ihre Fragen klären.', 'Danach investieren Sie Geld in die Planung.']);
    expect(step(splitCondition, 'Bevor Sie mit dem Bau beginnen dürfen, brauchen Sie eine Baugenehmigung.')).toEqual([
      'Sie brauchen eine Baugenehmigung.',
      'Danach dürfen Sie mit dem Bau beginnen.',
    ]);
  });
  it('leaves deadlines, negations and pronouns before bevor alone', () => {
    expect(step(splitCondition, 'Ihr Aufenthaltstitel muss verlängert werden, bevor er abläuft.')).toBeUndefined();
    expect(step(splitCondition, 'Legen Sie nie auf, bevor die Leitstelle das Gespräch beendet hat.')).toBeUndefined();
    expect(step(splitCondition, 'Sie müssen den Antrag stellen, bevor die Frist endet.')).toBeUndefined();
  });
  it('asks `ohne … zu` as a question of its own', () => {
    expect(
      step(
        splitCondition,
        'Wenn Sie zweimal hintereinander nicht zum Termin kommen, ohne abzusagen, kann Ihr Zugang für 30 Tage gesperrt werden.',
      ),
    ).toEqual([
      'Sie kommen zweimal hintereinander nicht zum Termin?',
      'Und Sie sagen nicht ab?',
      'Dann kann Ihr Zugang für 30 Tage gesperrt werden.',
    ]);
    // with an object, `nicht` would have to become `kein`
    expect(
      step(
        splitCondition,
        'Wenn Sie nicht zum Termin kommen, ohne einen Grund anzugeben, kann Ihr Zugang gesperrt werden.',
      ),
    ).toBeUndefined();
  });
  it('asks a reason inside a condition first', () => {
    expect(
      step(
        splitCondition,
        'Haben Sie zu viel Wohngeld erhalten, weil eine Änderung nicht gemeldet wurde, muss der Betrag zurückgezahlt werden.',
      ),
    ).toEqual([
      'Eine Änderung wurde nicht gemeldet?',
      'Und deshalb haben Sie zu viel Wohngeld erhalten?',
      'Dann muss der Betrag zurückgezahlt werden.',
    ]);
  });
});

describe('split-enumeration: infinitive clauses', () => {
  it('takes a comma before an infinitive clause for no list', () => {
    expect(
      step(
        splitEnumeration,
        'Sie haben die Möglichkeit, den Antrag bis zum 31. März 2026 im Bürgerbüro oder online abzugeben.',
      ),
    ).toBeUndefined();
  });
});

describe('split-elliptic-condition', () => {
  it('asks the condition first and restates the first clause with the adverbials of the second part', () => {
    expect(
      step(
        splitEllipticCondition,
        'Sie können die Ummeldung im Bürgerbüro erledigen oder, falls Sie einen Personalausweis mit Online-Ausweisfunktion haben, auch online über das Serviceportal.',
      ),
    ).toEqual([
      'Sie können die Ummeldung im Bürgerbüro erledigen.',
      'Sie haben einen Personalausweis mit Online-Ausweisfunktion?',
      'Dann können Sie die Ummeldung auch online über das Serviceportal erledigen.',
    ]);
    // an adverbial in front is replaced too; the subject after the verb stays after it
    expect(
      step(
        splitEllipticCondition,
        'Im Bürgerbüro können Sie Ihren Wohnsitz anmelden oder, wenn Sie schon einen Termin haben, auch im Stadthaus 3.',
      ),
    ).toEqual([
      'Im Bürgerbüro können Sie Ihren Wohnsitz anmelden.',
      'Sie haben schon einen Termin?',
      'Dann können Sie Ihren Wohnsitz auch im Stadthaus 3 anmelden.',
    ]);
    // a reflexive pronoun and a verb particle are restated
    expect(
      step(
        splitEllipticCondition,
        'Sie melden sich im Bürgerbüro um oder, falls Sie einen Personalausweis mit Online-Funktion haben, online.',
      ),
    ).toEqual([
      'Sie melden sich im Bürgerbüro um.',
      'Sie haben einen Personalausweis mit Online-Funktion?',
      'Dann melden Sie sich online um.',
    ]);
  });
  it('leaves a negated first clause and a second part with an object of its own alone', () => {
    // `nicht` might not hold for the second part
    expect(
      step(
        splitEllipticCondition,
        'Sie können den Antrag nicht online stellen oder, falls Sie keinen Drucker haben, per Post.',
      ),
    ).toBeUndefined();
    // `die neue Adresse` is an object: which one it replaces is unclear
    expect(
      step(
        splitEllipticCondition,
        'Sie können die Ummeldung im Bürgerbüro erledigen oder, falls Sie umziehen, die neue Adresse online.',
      ),
    ).toBeUndefined();
  });
});

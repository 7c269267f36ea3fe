// The splitting steps for long sentences: punctuation cuts (semicolon, colon, asides, enumerations as lists)
// and subordinate clauses in the patterns of Leichte Sprache guides („Sie haben Fragen?“ / „Dann …“).
import { describe, expect, it } from '@jest/globals';

import { splitCondition } from '../../../src/leichte-sprache/rewriter/conditions.js';
import {
  splitAside,
  splitColon,
  splitCommaConjunction,
  splitEnumeration,
  splitSemicolon,
} from '../../../src/leichte-sprache/rewriter/layout.js';
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
  it('leaves a noun whose form does not fit the pronoun alone', () => {
    // a dative plural before `die` is restated in the nominative (additions.test.ts); a genitive has no such form
    expect(
      step(splitRelative, 'Es ersetzt 65 Prozent des Nettoeinkommens, das Sie vor der Geburt hatten.'),
    ).toBeUndefined();
  });
});

describe('split-coordination, requests', () => {
  it('splits two requests', () => {
    expect(
      step(splitCoordination, 'Füllen Sie das Formular online aus und schicken Sie es per Post an das Bürgerbüro.'),
    ).toEqual(['Füllen Sie das Formular online aus.', 'Schicken Sie es per Post an das Bürgerbüro.']);
  });
});

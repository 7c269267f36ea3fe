// Steps for long sentences whose second part leans on the first (verb-less additions, asyndetic main clauses,
// indirect questions, enumerations after a preposition), and the clause patterns added to split-relative and
// split-condition (`Dokumenten, die`, `bei denen`, `solange`, `wobei`, two verb-first conditions).
import { describe, expect, it } from '@jest/globals';

import {
  splitAddition,
  splitAsyndetic,
  splitExample,
  splitModalInfinitive,
  splitParallel,
  splitPrepositionList,
  splitQuestion,
  splitSince,
  splitSowie,
  splitVerbList,
} from '../../../src/leichte-sprache/rewriter/additions.js';
import { splitCondition } from '../../../src/leichte-sprache/rewriter/conditions.js';
import { rewriteLeichteSprache, type Step } from '../../../src/leichte-sprache/rewriter/index.js';
import { splitCommaConjunction, splitEnumeration } from '../../../src/leichte-sprache/rewriter/layout.js';
import { passiveToActive } from '../../../src/leichte-sprache/rewriter/passive.js';
import { analyseSentence } from '../../../src/leichte-sprache/analysis.js';
import {
  splitCoordination,
  splitRelative,
  subjectAt,
  verbSecond,
} from '../../../src/leichte-sprache/rewriter/split.js';
import { splitterFor } from '../../../src/leichte-sprache/rules/compound.js';
import type { AnalyzedToken, Upos } from '../../../src/types.js';
import { getAnalyzer, step, taggedStep } from './support.js';

describe('split-addition', () => {
  it('restates the clause with a verb-less addition in place of its adverbials', () => {
    expect(
      step(splitAddition, 'Für Personen ab 24 Jahren ist der Ausweis 10 Jahre gültig, für jüngere Personen 6 Jahre.'),
    ).toEqual([
      'Für Personen ab 24 Jahren ist der Ausweis 10 Jahre gültig.',
      'Der Ausweis ist für jüngere Personen 6 Jahre gültig.',
    ]);
    expect(
      step(
        splitAddition,
        'Der Bauantrag muss von einer bauvorlageberechtigten Person unterschrieben werden, in der Regel von einer Architektin oder einem Architekten.',
      ),
    ).toEqual([
      'Der Bauantrag muss von einer bauvorlageberechtigten Person unterschrieben werden.',
      'Der Bauantrag muss in der Regel von einer Architektin oder einem Architekten unterschrieben werden.',
    ]);
    expect(
      step(splitAddition, 'Die Anmeldung findet an den Schulen statt, in diesem Jahr vom 9. bis 20. November 2026.'),
    ).toEqual([
      'Die Anmeldung findet an den Schulen statt.',
      'Die Anmeldung findet in diesem Jahr vom 9. bis 20. November 2026 statt.',
    ]);
  });

  it('writes `und zwar` and `nicht aber` into the restated clause', () => {
    expect(
      step(
        splitAddition,
        'Trauungen finden im Trauzimmer des historischen Rathauses statt, und zwar dienstags bis freitags sowie an ausgewählten Samstagen.',
      ),
    ).toEqual([
      'Trauungen finden im Trauzimmer des historischen Rathauses statt.',
      'Trauungen finden dienstags bis freitags sowie an ausgewählten Samstagen statt.',
    ]);
    expect(
      step(
        splitAddition,
        'Ihre neue Adresse wird automatisch an das Finanzamt und den Beitragsservice weitergegeben, nicht aber an Ihre Bank oder Ihre Versicherung.',
      ),
    ).toEqual([
      'Ihre neue Adresse wird automatisch an das Finanzamt und den Beitragsservice weitergegeben.',
      'Ihre neue Adresse wird aber nicht an Ihre Bank oder Ihre Versicherung weitergegeben.',
    ]);
  });

  it('replaces the negated part with what follows `sondern`', () => {
    expect(
      step(
        splitAddition,
        'Kindergeld wird nicht von der Stadt Münster gezahlt, sondern von der Familienkasse der Bundesagentur für Arbeit.',
      ),
    ).toEqual([
      'Kindergeld wird nicht von der Stadt Münster gezahlt.',
      'Kindergeld wird von der Familienkasse der Bundesagentur für Arbeit gezahlt.',
    ]);
  });

  it('leaves the last items of a list alone: they are no addition, and the object after the verb no subject', () => {
    expect(
      step(splitAddition, 'Familien haben Anspruch auf Beratung, finanzielle Hilfe und einen Platz in der Kita.'),
    ).toBeUndefined();
  });
  it('leaves clauses alone whose object the addition might not replace, and asides', () => {
    // `die Tonnen` is an object: the restated clause could not drop it
    expect(
      step(
        splitAddition,
        'Bitte stellen Sie die Tonnen am Abfuhrtag bis 6 Uhr an den Straßenrand, mit geschlossenem Deckel und den Griffen zur Straße.',
      ),
    ).toBeUndefined();
    expect(
      step(splitAddition, 'Wir helfen Ihnen bei vielen kurzen Anliegen im Bürgerbüro, zum Beispiel bei der Abholung.'),
    ).toBeUndefined();
  });
});

describe('split-asyndetic', () => {
  it('makes a main clause after a comma a sentence of its own', () => {
    expect(
      step(
        splitAsyndetic,
        'In Münster beginnt jedes Kennzeichen mit den Buchstaben „MS“, danach folgen ein oder 2 Buchstaben und bis zu 4 Ziffern.',
      ),
    ).toEqual([
      'In Münster beginnt jedes Kennzeichen mit den Buchstaben „MS“.',
      'Danach folgen ein oder 2 Buchstaben und bis zu 4 Ziffern.',
    ]);
  });
  it('leaves a main clause after a leading subordinate clause to the condition step', () => {
    expect(
      step(splitAsyndetic, 'Wenn Sie umziehen, dann müssen Sie sich innerhalb von 2 Wochen ummelden.'),
    ).toBeUndefined();
  });
});

describe('split-question', () => {
  it('asks a leading `ob` or `w` clause as a direct question', () => {
    expect(
      step(
        splitQuestion,
        'Ob Ihr Kind an der gewünschten Schule aufgenommen wird, hängt davon ab, wie viele Plätze es dort gibt.',
      ),
    ).toEqual([
      'Wird Ihr Kind an der gewünschten Schule aufgenommen?',
      'Das hängt davon ab, wie viele Plätze es dort gibt.',
    ]);
    expect(
      step(splitQuestion, 'Welche Unterlagen benötigt werden, hängt zum Beispiel davon ab, wo Sie geboren sind.'),
    ).toEqual(['Welche Unterlagen werden benötigt?', 'Das hängt zum Beispiel davon ab, wo Sie geboren sind.']);
  });

  it('asks a trailing `ob` clause after a colon, one question per alternative', () => {
    expect(
      step(
        splitQuestion,
        'Das hängt zum Beispiel davon ab, ob Sie schon einmal verheiratet waren oder eine ausländische Staatsangehörigkeit haben.',
      ),
    ).toEqual([
      'Das hängt zum Beispiel davon ab:',
      'Waren Sie schon einmal verheiratet?',
      'Oder haben Sie eine ausländische Staatsangehörigkeit?',
    ]);
  });

  it('leaves free relative clauses alone', () => {
    expect(
      step(splitQuestion, 'Wer eine Anschrift bestätigt, in der niemand wohnt, muss mit einem Bußgeld rechnen.'),
    ).toBeUndefined();
  });
});

describe('split-preposition-list', () => {
  it('repeats the preposition on every item of the list', () => {
    expect(
      step(
        splitPrepositionList,
        'Die Steuer ist jeweils zum 15. Februar, 15. Mai, 15. August und 15. November zu zahlen.',
      ),
    ).toEqual([
      'Die Steuer ist jeweils zu zahlen:',
      '- zum 15. Februar',
      '- zum 15. Mai',
      '- zum 15. August',
      '- zum 15. November',
    ]);
    expect(
      step(
        splitPrepositionList,
        'Ob Sie Anspruch haben, hängt von der Zahl der Haushaltsmitglieder, dem Einkommen und der Höhe der Miete ab.',
      ),
    ).toEqual([
      'Ob Sie Anspruch haben, hängt davon ab:',
      '- von der Zahl der Haushaltsmitglieder',
      '- von dem Einkommen',
      '- von der Höhe der Miete',
    ]);
    expect(
      step(
        splitPrepositionList,
        'Das gilt zum Beispiel für den Neubau von einem Haus, für einen Anbau oder für die Umnutzung von einem Laden.',
      ),
    ).toEqual([
      'Das gilt zum Beispiel:',
      '- für den Neubau von einem Haus',
      '- für einen Anbau',
      '- für die Umnutzung von einem Laden',
    ]);
  });

  it('leaves an enumeration alone whose last item may carry a phrase of the verb', () => {
    expect(
      step(splitPrepositionList, 'Wir sprechen gerne mit Ihnen, Ihrer Familie und Ihrem Arzt über die Hilfe.'),
    ).toBeUndefined();
  });
});

describe('split-verb-list', () => {
  it('lists the infinitives after one modal', () => {
    expect(
      step(
        splitVerbList,
        'Den Kalender können Sie unter https://www.stadt-muenster.example/abfallkalender abrufen, ausdrucken oder in Ihr Handy importieren.',
      ),
    ).toEqual([
      'Den Kalender können Sie:',
      '- unter https://www.stadt-muenster.example/abfallkalender abrufen',
      '- ausdrucken',
      '- in Ihr Handy importieren',
    ]);
    expect(
      step(
        splitVerbList,
        'Mit einem Bibliotheksausweis können Sie in der Stadtbücherei Bücher, Filme und Spiele ausleihen und digitale Medien nutzen.',
      ),
    ).toEqual([
      'Mit einem Bibliotheksausweis können Sie:',
      '- in der Stadtbücherei Bücher, Filme und Spiele ausleihen',
      '- digitale Medien nutzen',
    ]);
  });

  it('moves an object that the verbs share into the head', () => {
    // `ausdrucken` alone would lose `den Kalender`
    expect(
      step(splitVerbList, 'Sie können den Kalender im Internet abrufen, ausdrucken oder in Ihr Handy importieren.'),
    ).toEqual(['Sie können den Kalender:', '- im Internet abrufen', '- ausdrucken', '- in Ihr Handy importieren']);
    expect(
      step(
        splitVerbList,
        'Auch Sie können das Formular vollständig ausfüllen und mit allen Nachweisen bei uns abgeben.',
      ),
    ).toEqual(['Auch Sie können das Formular:', '- vollständig ausfüllen', '- mit allen Nachweisen bei uns abgeben']);
  });

  it('leaves verbs alone where the shared object stands after an adverbial', () => {
    expect(
      step(
        splitVerbList,
        'Sie können online den Kalender der Stadt abrufen, ausdrucken oder in Ihr Handy importieren.',
      ),
    ).toBeUndefined();
  });
});

describe('split-parallel', () => {
  it('states two objects with their own condition one after the other', () => {
    expect(
      step(
        splitParallel,
        'Die Gebühr beträgt 37,00 Euro für Personen ab 24 Jahren und 22,80 Euro für Personen unter 24 Jahren.',
      ),
    ).toEqual([
      'Die Gebühr beträgt 37,00 Euro für Personen ab 24 Jahren.',
      'Die Gebühr beträgt 22,80 Euro für Personen unter 24 Jahren.',
    ]);
  });
  it('leaves amounts alone that may add up', () => {
    expect(
      step(splitParallel, 'Die Gebühr beträgt 10 Euro für den Pass und 5 Euro extra beim Versand ins Ausland.'),
    ).toBeUndefined();
  });
});

describe('split-example', () => {
  it('moves examples after `wie` to a list of their own', () => {
    expect(
      step(
        splitExample,
        'Kleinere Vorhaben wie ein Gartenhaus bis 75 Kubikmeter oder eine Solaranlage auf dem Dach sind meistens genehmigungsfrei.',
      ),
    ).toEqual([
      'Kleinere Vorhaben sind meistens genehmigungsfrei.',
      'Zum Beispiel:',
      '- ein Gartenhaus bis 75 Kubikmeter',
      '- eine Solaranlage auf dem Dach',
    ]);
  });
});

describe('split-since', () => {
  it('states the rule first and its starting date after it', () => {
    expect(
      step(
        splitSince,
        'Seit dem 27. Juni 2024 ist eine Einbürgerung in der Regel nach 5 Jahren rechtmäßigen Aufenthalts möglich.',
      ),
    ).toEqual([
      'Eine Einbürgerung ist in der Regel nach 5 Jahren rechtmäßigen Aufenthalts möglich.',
      'Das gilt seit dem 27. Juni 2024.',
    ]);
  });
  it('leaves a short sentence alone', () => {
    expect(step(splitSince, 'Seit dem 1. Juli 2025 gilt eine neue Gebühr.')).toBeUndefined();
  });
});

describe('split-sowie', () => {
  it('lists two objects joined by `sowie` under the clause', () => {
    expect(
      step(
        splitSowie,
        'Dabei muss die Bestätigung den Namen und die Anschrift des Wohnungsgebers sowie das Datum des Einzugs enthalten.',
      ),
    ).toEqual([
      'Dabei muss die Bestätigung enthalten:',
      '- den Namen und die Anschrift des Wohnungsgebers',
      '- das Datum des Einzugs',
    ]);
  });
  it('leaves `sowie` alone after a preposition', () => {
    expect(
      step(
        splitSowie,
        'Dabei muss die Bestätigung Angaben zum Namen und zur Anschrift des Wohnungsgebers sowie zum Datum enthalten.',
      ),
    ).toBeUndefined();
  });
});

describe('split-coordination: subject after the verb', () => {
  it('restates a subject that follows the first verb', () => {
    expect(
      step(
        splitCoordination,
        'Im Herbst vor der Einschulung schreibt die Stadt Münster die Eltern an und teilt ihnen die Grundschule mit.',
      ),
    ).toEqual([
      'Im Herbst vor der Einschulung schreibt die Stadt Münster die Eltern an.',
      'Die Stadt Münster teilt ihnen die Grundschule mit.',
    ]);
  });
});

describe('split-comma-conjunction: denn', () => {
  it('splits before `denn` even when its verb comes late', () => {
    expect(
      step(
        splitCommaConjunction,
        'In vielen Fällen ja, denn in der Bauberatung im Stadthaus 3 können Sie Ihre Fragen klären.',
      ),
    ).toEqual(['In vielen Fällen ja.', 'Denn in der Bauberatung im Stadthaus 3 können Sie Ihre Fragen klären.']);
  });
});

describe('passive: agents with names and attributes', () => {
  it('keeps a name with the agent and leaves an agent with an attribute alone', () => {
    expect(step(passiveToActive, 'Kindergeld wird von der Stadt Münster gezahlt.')).toEqual([
      'Die Stadt Münster zahlt Kindergeld.',
    ]);
    // „Die Familienkasse zahlt Kindergeld der Bundesagentur.“ would change the meaning
    expect(step(passiveToActive, 'Kindergeld wird von der Familienkasse der Bundesagentur gezahlt.')).toBeUndefined();
  });
  it('writes an adjective that opened the sentence small in its new place, where the tagger read it as a noun', () => {
    expect(taggedStep(passiveToActive, 'Frühere Ausbildungszeiten werden zu 50 % angerechnet.')).toEqual([
      'Man rechnet frühere Ausbildungszeiten zu 50 % an.',
    ]);
  });
});

describe('split-relative: noun forms', () => {
  it('restates a dative plural in the nominative', () => {
    expect(
      step(
        splitRelative,
        'Wir beglaubigen Kopien von Zeugnissen und anderen Dokumenten, die für eine Behörde bestimmt sind.',
      ),
    ).toEqual([
      'Wir beglaubigen Kopien von Zeugnissen und anderen Dokumenten.',
      'Die Dokumente sind für eine Behörde bestimmt.',
    ]);
  });

  it('turns `bei denen` into `bei diesen …`, and restricts a bare plural subject with `manche`', () => {
    expect(step(splitRelative, 'Wir helfen Menschen, denen das Geld für die Miete fehlt.')).toEqual([
      'Wir helfen Menschen.',
      'Diesen Menschen fehlt das Geld für die Miete.',
    ]);
    expect(
      step(
        splitRelative,
        'Einen Ausweis erhalten Menschen, bei denen ein Grad der Behinderung (GdB) von mindestens 50 festgestellt wurde.',
      ),
    ).toEqual([
      'Bei manchen Menschen wurde ein Grad der Behinderung (GdB) von mindestens 50 festgestellt.',
      'Einen Ausweis erhalten diese Menschen.',
    ]);
  });

  it('finds the noun of a relative clause after the closing verbs', () => {
    expect(
      step(
        splitRelative,
        'Elterngeld wird nur für die 3 Monate vor dem Monat gezahlt, in dem der Antrag eingegangen ist.',
      ),
    ).toEqual([
      'Elterngeld wird nur für die 3 Monate vor dem Monat gezahlt.',
      'In dem Monat ist der Antrag eingegangen.',
    ]);
  });

  it('takes the gender of a hyphenated compound from its last part', () => {
    expect(
      step(
        splitRelative,
        'Sie erhalten eine Hunde-Steuer-Marke, die Ihr Hund außerhalb der Wohnung sichtbar tragen muss.',
      ),
    ).toEqual([
      'Sie erhalten eine Hunde-Steuer-Marke.',
      'Die Hunde-Steuer-Marke muss Ihr Hund außerhalb der Wohnung sichtbar tragen.',
    ]);
  });
});

describe('split-condition: time limits, circumstances, alternatives', () => {
  it('writes a `solange` clause as „Das gilt, solange …“ after the statement', () => {
    expect(
      step(
        splitCondition,
        'Solange über Ihren Antrag noch nicht entschieden wurde, gilt Ihr bisheriger Aufenthaltstitel als fortbestehend.',
      ),
    ).toEqual([
      'Ihr bisheriger Aufenthaltstitel gilt als fortbestehend.',
      'Das gilt, solange über Ihren Antrag noch nicht entschieden wurde.',
    ]);
    expect(
      step(
        splitCondition,
        'Diese Texte sind als maschinell erstellt gekennzeichnet, solange sie noch nicht geprüft wurden.',
      ),
    ).toEqual([
      'Diese Texte sind als maschinell erstellt gekennzeichnet.',
      'Das gilt, solange sie noch nicht geprüft wurden.',
    ]);
    // what the step wrote is not split again
    expect(step(splitCondition, 'Das gilt, solange sie noch nicht geprüft wurden.')).toBeUndefined();
  });

  it('writes a `wobei` clause as „Dabei …“', () => {
    expect(
      step(
        splitCondition,
        'Der Vermieter bestätigt den Einzug schriftlich, wobei die Bestätigung das Datum enthalten muss.',
      ),
    ).toEqual(['Der Vermieter bestätigt den Einzug schriftlich.', 'Dabei muss die Bestätigung das Datum enthalten.']);
  });

  it('asks a condition of two clauses as two questions, and puts the pronoun after the verb of „Dann …“', () => {
    expect(
      step(
        splitCondition,
        'Eine Unterschrift beglaubigen wir nur, wenn Sie vor Ort unterschreiben und Ihren Ausweis vorlegen.',
      ),
    ).toEqual([
      // `unterschreiben` does not split („Sie schreiben … unter“ is no German): the dictionary has no
      // `unterzuschreiben`
      'Sie unterschreiben vor Ort?',
      'Und Sie legen Ihren Ausweis vor?',
      'Dann beglaubigen wir eine Unterschrift nur.',
    ]);
    expect(
      step(
        splitCondition,
        'Ein vorläufiger Ausweis wird ausgestellt, wenn Sie kurzfristig ein Dokument brauchen und Ihr neuer Ausweis noch nicht fertig ist.',
      ),
    ).toEqual([
      'Sie brauchen kurzfristig ein Dokument?',
      'Und Ihr neuer Ausweis ist noch nicht fertig?',
      'Dann wird ein vorläufiger Ausweis ausgestellt.',
    ]);
  });

  it('asks two verb-first conditions joined by `oder` one after the other', () => {
    expect(
      step(
        splitCondition,
        'Geben Sie Ihren Hund ab oder ist er gestorben, melden Sie ihn bitte innerhalb von 14 Tagen ab.',
      ),
    ).toEqual([
      'Sie geben Ihren Hund ab?',
      'Oder er ist gestorben?',
      'Dann melden Sie ihn bitte innerhalb von 14 Tagen ab.',
    ]);
  });
});

describe('rewriteLeichteSprache: order and limits', () => {
  it('does not let the genitive rewrite push a sentence over 15 words', () => {
    const text = 'Bitte geben Sie in diesem Fall die genaue Anschrift und das Aktenzeichen der Behörde an.';
    // compounds are still separated; only `der Behörde` stays
    expect(rewriteLeichteSprache(getAnalyzer(), text).text.split('\n')[0]).toBe(
      'Bitte geben Sie in diesem Fall die genaue Anschrift und das Akten-Zeichen der Behörde an.',
    );
    // a short sentence still gets `von`
    expect(rewriteLeichteSprache(getAnalyzer(), 'Das ist die Anschrift der Behörde.').text).toContain(
      'von der Behörde',
    );
  });

  it('puts the explanation of a hard word after a line that refers back', () => {
    const lines = rewriteLeichteSprache(
      getAnalyzer(),
      'Solange über Ihren Antrag noch nicht entschieden wurde, gilt Ihr bisheriger Aufenthaltstitel weiter.',
    ).text.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Ihr bisheriger Aufenthalts-Titel gilt weiter.',
      'Das gilt, solange über Ihren Antrag noch nicht entschieden wurde.',
    ]);
  });
});

describe('split-modal-infinitive', () => {
  it('writes what a right, a chance or a duty is with the modal verb', () => {
    expect(
      step(
        splitModalInfinitive,
        'Gehörlose und hörbehinderte Menschen haben das Recht, bei Terminen in der Stadtverwaltung in Deutscher Gebärdensprache (DGS) zu kommunizieren.',
      ),
    ).toEqual([
      'Gehörlose und hörbehinderte Menschen haben das Recht:',
      'Diese Menschen dürfen bei Terminen in der Stadtverwaltung in Deutscher Gebärdensprache (DGS) kommunizieren.',
    ]);
    expect(
      step(
        splitModalInfinitive,
        'Sie haben die Möglichkeit, den Antrag bis zum 31. März 2026 im Bürgerbüro oder online abzugeben.',
      ),
    ).toEqual([
      'Sie haben die Möglichkeit:',
      'Sie können den Antrag bis zum 31. März 2026 im Bürgerbüro oder online abgeben.',
    ]);
    expect(
      step(
        splitModalInfinitive,
        'Der Vermieter ist nach dem Gesetz verpflichtet, Ihnen den Einzug innerhalb von zwei Wochen schriftlich zu bestätigen.',
      ),
    ).toEqual([
      'Der Vermieter ist nach dem Gesetz verpflichtet:',
      'Dieser Vermieter muss Ihnen den Einzug innerhalb von zwei Wochen schriftlich bestätigen.',
    ]);
  });
  it('restates two subjects joined by oder/und as „Einer von beiden“/„Beide“: „Diese Person“ would leave out the other one', () => {
    expect(
      step(
        splitModalInfinitive,
        'Der Wohnungsgeber oder eine von ihm beauftragte Person ist nach § 19 des Bundesmeldegesetzes verpflichtet, der meldepflichtigen Person den Einzug schriftlich zu bestätigen.',
      ),
    ).toEqual([
      'Der Wohnungsgeber oder eine von ihm beauftragte Person ist nach § 19 des Bundesmeldegesetzes verpflichtet:',
      'Einer von beiden muss der meldepflichtigen Person den Einzug schriftlich bestätigen.',
    ]);
    expect(
      step(
        splitModalInfinitive,
        'Die Mutter und der Vater des Kindes haben nach dem Gesetz das Recht, bei allen Gesprächen in der Kita dabei zu sein.',
      ),
    ).toEqual([
      'Die Mutter und der Vater des Kindes haben nach dem Gesetz das Recht:',
      'Beide dürfen bei allen Gesprächen in der Kita dabei sein.',
    ]);
    expect(
      step(
        splitModalInfinitive,
        'Die Stadt Münster oder das Land Nordrhein-Westfalen hat die Möglichkeit, die Gebühr in besonderen Fällen ganz oder teilweise zu erlassen.',
      ),
    ).toEqual([
      'Die Stadt Münster oder das Land Nordrhein-Westfalen hat die Möglichkeit:',
      'Einer von beiden kann die Gebühr in besonderen Fällen ganz oder teilweise erlassen.',
    ]);
  });
  it('leaves a subject of two nouns without und/oder alone', () => {
    expect(
      step(
        splitModalInfinitive,
        'Die Vermieterin der Wohnung in der Altstadt ist nach § 19 des Bundesmeldegesetzes verpflichtet, der meldepflichtigen Person den Einzug schriftlich zu bestätigen.',
      ),
    ).toBeUndefined();
  });
});

describe('tagger slips the clause steps allow for', () => {
  const ctx = () => {
    const analyzer = getAnalyzer();
    return { analyzer, separator: 'hyphen' as const, splitter: splitterFor(analyzer.lexicon) };
  };
  const tokensOf = (sentence: string, edit: (t: AnalyzedToken) => AnalyzedToken = (t) => t) =>
    analyseSentence(getAnalyzer(), sentence).tokens.map(edit);

  it('takes the last verb of a verb-final clause as finite when it was read as an infinitive', () => {
    const tokens = tokensOf('Ihre Unterschrift vor Ort aufgenommen werden', (t) =>
      t.norm === 'werden' ? { ...t, feats: { ...t.feats, VerbForm: 'Inf' } } : t,
    );
    expect(verbSecond(ctx(), tokens, ['Ihre', 'Unterschrift'], [2, 3, 4, 5])).toEqual([
      'Ihre',
      'Unterschrift',
      'werden',
      'vor',
      'Ort',
      'aufgenommen',
    ]);
  });

  it('does not reorder a clause with another verb before its last ones', () => {
    const tokens = tokensOf('Sie vor Ort unterschreiben und Ihren Ausweis vorlegen');
    expect(verbSecond(ctx(), tokens, ['Sie'], [1, 2, 3, 4, 5, 6, 7])).toBeUndefined();
  });

  it('reads `Ihr` before a noun as the article even when tagged as a pronoun', () => {
    const tokens = tokensOf('Ihr bisheriger Titel gilt weiter', (t) => (t.norm === 'Ihr' ? { ...t, upos: 'PRON' } : t));
    expect(subjectAt(tokens, 0)).toBe(2);
  });

  /** One step on a sentence whose word `norm` a tagger read as `upos` (and `VerbForm`): the analysis is cached. */
  const retagged = (
    s: Step,
    sentence: string,
    norm: string,
    upos: Upos,
    VerbForm?: AnalyzedToken['feats']['VerbForm'],
  ) => {
    const analysis = analyseSentence(getAnalyzer(), sentence);
    const tokens = analysis.tokens.map((t) =>
      t.norm === norm ? { ...t, upos, feats: { ...t.feats, ...(VerbForm ? { VerbForm } : {}) } } : t,
    );
    return s.apply({ ...ctx(), cache: new Map([[sentence, { ...analysis, tokens }]]) }, sentence);
  };

  it('takes `denn` after a comma for the conjunction of main clauses it is', () => {
    expect(
      retagged(
        splitCommaConjunction,
        'In vielen Fällen ja, denn in der Bauberatung im Stadthaus 3 können Sie Ihre Fragen klären.',
        'denn',
        'SCONJ',
      ),
    ).toEqual(['In vielen Fällen ja.', 'Denn in der Bauberatung im Stadthaus 3 können Sie Ihre Fragen klären.']);
  });

  it('reads `die` before a noun as an article in a list', () => {
    expect(
      retagged(
        splitEnumeration,
        'Nach der Anmeldung werden unter anderem das Finanzamt, die Industrie- und Handelskammer und die Berufsgenossenschaft informiert.',
        'die',
        'PRON',
      ),
    ).toEqual([
      'Nach der Anmeldung werden unter anderem informiert:',
      '- das Finanzamt',
      '- die Industrie- und Handelskammer',
      '- die Berufsgenossenschaft',
    ]);
  });

  it('takes a verb with a finite reading for the finite verb of a clause', () => {
    // the condition's first clause ends in `brauchen`, read as an infinitive
    expect(
      retagged(
        splitCondition,
        'Ein vorläufiger Personalausweis wird ausgestellt, wenn Sie kurzfristig ein Ausweisdokument brauchen und Ihr neuer Personalausweis noch nicht fertig ist.',
        'brauchen',
        'VERB',
        'Inf',
      ),
    ).toEqual([
      'Sie brauchen kurzfristig ein Ausweisdokument?',
      'Und Ihr neuer Personalausweis ist noch nicht fertig?',
      'Dann wird ein vorläufiger Personalausweis ausgestellt.',
    ]);
    // the main clause's verb `bestätigt`, read as a participle
    expect(
      retagged(
        splitCondition,
        'Eine amtliche Beglaubigung bestätigt, dass eine Kopie mit dem Original übereinstimmt oder dass eine Unterschrift von der genannten Person stammt.',
        'bestätigt',
        'VERB',
        'Part',
      ),
    ).toEqual([
      'Eine amtliche Beglaubigung bestätigt:',
      'Eine Kopie stimmt mit dem Original überein.',
      'Oder eine Unterschrift stammt von der genannten Person.',
    ]);
    // `bekommen` in „Dann …“, read as an infinitive
    expect(
      retagged(
        splitCondition,
        'Die Eltern bekommen drei kostenlose Geburtsurkunden, sobald alle Unterlagen vollständig vorliegen.',
        'bekommen',
        'VERB',
        'Inf',
      ),
    ).toEqual(['Alle Unterlagen liegen vollständig vor?', 'Dann bekommen die Eltern drei kostenlose Geburtsurkunden.']);
    // the plural verb before a bare subject, `erhalten`, read as an infinitive
    expect(
      retagged(
        splitRelative,
        'Einen Schwerbehindertenausweis erhalten Menschen, bei denen ein Grad der Behinderung (GdB) von mindestens 50 festgestellt wurde.',
        'erhalten',
        'VERB',
        'Inf',
      ),
    ).toEqual([
      'Bei manchen Menschen wurde ein Grad der Behinderung (GdB) von mindestens 50 festgestellt.',
      'Einen Schwerbehindertenausweis erhalten diese Menschen.',
    ]);
  });

  it('takes `vor allem` for an adverbial, not a preposition with a list', () => {
    expect(
      step(
        splitPrepositionList,
        'Bei großer Hitze sind vor allem ältere Menschen, Kleinkinder und chronisch kranke Menschen besonders gefährdet.',
      ),
    ).toBeUndefined();
  });
});

describe('split-question: verbs of finding out, and two w-clauses', () => {
  it('asks each w-clause after a verb of finding out', () => {
    expect(
      step(
        splitQuestion,
        'Schauen Sie vor dem Termin genau nach, welches Formular Sie brauchen und welches Formular am kürzesten ist.',
      ),
    ).toEqual([
      'Schauen Sie vor dem Termin genau nach:',
      'Welches Formular brauchen Sie?',
      'Welches Formular ist am kürzesten?',
    ]);
  });

  it('reads an article after `wie` as the start of the subject', () => {
    expect(
      step(splitQuestion, 'Die Mitarbeiterin im Bürgerbüro erklärt Ihnen gern, wie das Verfahren für den Antrag ist.'),
    ).toEqual(['Die Mitarbeiterin im Bürgerbüro erklärt Ihnen gern:', 'Wie ist das Verfahren für den Antrag?']);
  });
});

// Lists for parallel phrases without a comma between them: a subject of two noun phrases, two ways at the end
// of a sentence (`unter Telefon … oder per E-Mail …`), the attributes of an object in front of the verb, and a
// phrase of manner after a comma (`mit … und …`).
import { describe, expect, it } from '@jest/globals';

import {
  splitAlternatives,
  splitMannerList,
  splitObjectAttributes,
  splitSubjectList,
  splitWaysBeforeVerb,
} from '../../../src/leichte-sprache/rewriter/lists.js';
import { step } from './support.js';

describe('split-subject-list', () => {
  it('lists the noun phrases of a subject after the rest of the clause', () => {
    expect(
      step(
        splitSubjectList,
        'Menschen mit einer außergewöhnlichen Gehbehinderung (Merkzeichen aG) und blinde Menschen (Merkzeichen Bl) können einen blauen EU-Parkausweis bekommen.',
      ),
    ).toEqual([
      'Einen blauen EU-Parkausweis können bekommen:',
      '- Menschen mit einer außergewöhnlichen Gehbehinderung (Merkzeichen aG)',
      '- blinde Menschen (Merkzeichen Bl)',
    ]);
    expect(
      step(
        splitSubjectList,
        'Die Eltern eines neugeborenen Kindes und die Großeltern mit einer Vollmacht der Eltern können die Geburtsurkunde beim Standesamt abholen.',
      ),
    ).toEqual([
      'Die Geburtsurkunde können beim Standesamt abholen:',
      '- die Eltern eines neugeborenen Kindes',
      '- die Großeltern mit einer Vollmacht der Eltern',
    ]);
  });
  it('does not cut inside a phrase or list objects in front of the verb', () => {
    // `und Umgebung` belongs to `aus Münster`
    expect(
      step(
        splitSubjectList,
        'Gehörlose und hörbehinderte Menschen aus Münster und Umgebung können bei allen Terminen eine Dolmetscherin oder einen Dolmetscher bekommen.',
      ),
    ).toBeUndefined();
    // `Sie` after the verb is the subject: the phrases in front are objects
    expect(
      step(
        splitSubjectList,
        'Den Antrag und das Foto mit Ihrem Namen schicken Sie bitte per Post an das Bürgerbüro in der Stadtmitte von Münster.',
      ),
    ).toBeUndefined();
  });
});

describe('split-alternatives', () => {
  it('lists two ways at the end of a sentence under the rest of it', () => {
    expect(
      step(
        splitAlternatives,
        'Die Wohngeldstelle erreichen Sie montags bis freitags von 8:30 bis 12 Uhr unter Telefon 0251 492-6420 oder per E-Mail an wohngeld@stadt-muenster.example.',
      ),
    ).toEqual([
      'Die Wohngeldstelle erreichen Sie montags bis freitags von 8:30 bis 12 Uhr:',
      '- unter Telefon 0251 492-6420',
      '- per E-Mail an wohngeld@stadt-muenster.example',
    ]);
  });
  it('leaves the end of a range alone (`bis 12 Uhr oder nach Vereinbarung`)', () => {
    expect(
      step(
        splitAlternatives,
        'Die Wohngeldstelle erreichen Sie montags bis freitags unter Telefon 0251 492-6420 von 8:30 bis 12 Uhr oder nach Vereinbarung.',
      ),
    ).toBeUndefined();
  });
});

describe('split-ways-before-verb', () => {
  it('lists two one-word ways before the closing verb under the rest of the clause', () => {
    expect(
      step(
        splitWaysBeforeVerb,
        'Einer von beiden muss der meldepflichtigen Person den Einzug innerhalb von zwei Wochen schriftlich oder elektronisch bestätigen.',
      ),
    ).toEqual([
      'Einer von beiden muss der meldepflichtigen Person den Einzug innerhalb von zwei Wochen bestätigen:',
      '- schriftlich',
      '- elektronisch',
    ]);
  });
  it('leaves adjectives of a noun phrase and short sentences alone', () => {
    expect(
      step(
        splitWaysBeforeVerb,
        'Sie müssen der Stadt Münster den Umzug innerhalb von zwei Wochen in schriftlicher oder elektronischer Form bestätigen.',
      ),
    ).toBeUndefined();
    expect(step(splitWaysBeforeVerb, 'Sie können den Antrag persönlich oder online stellen.')).toBeUndefined();
  });
});

describe('split-object-attributes', () => {
  it('lists the attributes of an object in front after the rest of the clause, subject first', () => {
    expect(
      step(
        splitObjectAttributes,
        'Einen Platz in einer Kindertageseinrichtung (Kita) oder in der Kindertagespflege suchen Sie über das Online-Portal der Stadt.',
      ),
    ).toEqual([
      'Sie suchen über das Online-Portal der Stadt einen Platz:',
      '- in einer Kindertageseinrichtung (Kita)',
      '- in der Kindertagespflege',
    ]);
    // the object goes before the verbs that close the clause
    expect(
      step(
        splitObjectAttributes,
        'Einen Antrag auf Wohngeld oder auf einen Lastenzuschuss können Sie bei der Wohngeldstelle im Stadthaus 1 stellen.',
      ),
    ).toEqual([
      'Sie können bei der Wohngeldstelle im Stadthaus 1 einen Antrag stellen:',
      '- auf Wohngeld',
      '- auf einen Lastenzuschuss',
    ]);
  });
  it('leaves a subject in front and attributes without their own preposition alone', () => {
    // no pronoun after the verb: the phrase in front is the subject
    expect(
      step(
        splitObjectAttributes,
        'Ein Platz in einer Kindertageseinrichtung oder in der Kindertagespflege kostet für Kinder unter drei Jahren monatlich bis zu 300 Euro.',
      ),
    ).toBeUndefined();
    // `oder Kindertagespflege` may belong to the noun phrase before it
    expect(
      step(
        splitObjectAttributes,
        'Einen Platz in einer Kindertageseinrichtung oder Kindertagespflege suchen Sie über das Online-Portal der Stadt Münster.',
      ),
    ).toBeUndefined();
  });
});

describe('split-manner-list', () => {
  it('lists a phrase of manner after the comma, with its preposition on every item', () => {
    expect(
      step(
        splitMannerList,
        'Bitte stellen Sie die Tonnen am Abfuhrtag bis 6 Uhr an den Straßenrand, mit geschlossenem Deckel und den Griffen zur Straße.',
      ),
    ).toEqual([
      'Bitte stellen Sie die Tonnen am Abfuhrtag bis 6 Uhr an den Straßenrand:',
      '- mit geschlossenem Deckel',
      '- mit den Griffen zur Straße',
    ]);
    // a preposition written on the second item is not doubled
    expect(
      step(
        splitMannerList,
        'Bitte kommen Sie pünktlich zu Ihrem Termin im Bürgerbüro am Rathausplatz, mit Ihrem Ausweis und mit einem aktuellen Foto.',
      ),
    ).toEqual([
      'Bitte kommen Sie pünktlich zu Ihrem Termin im Bürgerbüro am Rathausplatz:',
      '- mit Ihrem Ausweis',
      '- mit einem aktuellen Foto',
    ]);
  });
  it('leaves choices, joined adjectives and a clause without a main verb alone', () => {
    // `oder`: the items are choices, which a list does not say
    expect(
      step(
        splitMannerList,
        'Bitte kommen Sie pünktlich zu Ihrem Termin im Bürgerbüro am Rathausplatz, mit Ihrem Ausweis oder Ihrem Reisepass.',
      ),
    ).toBeUndefined();
    // `und` between adjectives joins one phrase
    expect(
      step(
        splitMannerList,
        'Bitte streichen Sie den Zaun an der Straße bis zum Ende des Monats neu, mit schwarzer und weißer Farbe aus dem Baumarkt.',
      ),
    ).toBeUndefined();
    expect(
      step(
        splitMannerList,
        'Wenn Sie zu Ihrem Termin im Bürgerbüro am Rathausplatz kommen, mit Ihrem Ausweis und einem Foto.',
      ),
    ).toBeUndefined();
  });
});

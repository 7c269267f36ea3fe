// Rewrites that read the sentence's structure rather than its surface: a relative clause the tagger took for
// an article, coordinated main clauses whose verbs agree in some reading, lists with an adverbial after them,
// and the places where a list or a second clause must not be cut out (inside a subordinate clause, a title in
// quotation marks, names that say who a noun is).
import { describe, expect, it } from '@jest/globals';

import { splitCondition } from '../../../src/leichte-sprache/rewriter/conditions.js';
import { splitEnumeration } from '../../../src/leichte-sprache/rewriter/layout.js';
import { splitPrepositionList } from '../../../src/leichte-sprache/rewriter/additions.js';
import { splitCoordination, splitRelative } from '../../../src/leichte-sprache/rewriter/split.js';
import { render } from '../../../src/leichte-sprache/rewriter/text.js';
import { step } from './support.js';

describe('relative clause: where its noun is', () => {
  it('looks past a separated verb particle before the comma', () => {
    expect(step(splitRelative, 'Im Winter treten oft Erkältungen auf, die zwei Wochen dauern können.')).toEqual([
      'Im Winter treten oft Erkältungen auf.',
      'Die Erkältungen können zwei Wochen dauern.',
    ]);
  });
  it('goes back over prepositional phrases and an amount to the noun the pronoun fits', () => {
    expect(
      step(
        splitRelative,
        'Die Stadt stellt jedem Kind ein Guthaben in Höhe von 50 Euro zur Verfügung, das für Bücher genutzt werden kann.',
      ),
    ).toEqual([
      'Die Stadt stellt jedem Kind ein Guthaben in Höhe von 50 Euro zur Verfügung.',
      'Das Guthaben kann für Bücher genutzt werden.',
    ]);
  });
});

describe('relative clause opened by a d-word before a noun', () => {
  it('is a relative clause when the piece ends with its verb', () => {
    expect(step(splitRelative, 'Das Jugendamt sucht Familien, die Pflegekinder aus der Region aufnehmen.')).toEqual([
      'Das Jugendamt sucht Familien.',
      'Die Familien nehmen Pflegekinder aus der Region auf.',
    ]);
  });
  it('stays an article in a list of instructions without a main clause', () => {
    expect(
      step(splitRelative, 'Formular ausfüllen, die Unterlagen beilegen, die Gebühr überweisen und alles abschicken.'),
    ).toBeUndefined();
  });
  it('stays an article before an infinitive with zu', () => {
    expect(step(splitRelative, 'Bitte denken Sie daran, die Unterlagen mitzubringen.')).toBeUndefined();
  });
  it('keeps a second part joined by aber with the clause it continues', () => {
    expect(
      step(
        splitRelative,
        'Die Gruppe trifft sich im Rathaus, das im Winter früh schließt, aber im Sommer lange offen bleibt.',
      ),
    ).toBeUndefined();
  });
});

describe('coordinated main clauses', () => {
  it('restates a subject with an attribute: the whole first place is the subject', () => {
    expect(
      step(splitCoordination, 'Die Mitarbeiter des Jugendamts beraten Eltern am Telefon und helfen bei Anträgen.'),
    ).toEqual([
      'Die Mitarbeiter des Jugendamts beraten Eltern am Telefon.',
      'Die Mitarbeiter des Jugendamts helfen bei Anträgen.',
    ]);
    expect(step(splitCoordination, 'Die Beraterinnen dort sprechen viele Sprachen und kennen das Amt gut.')).toEqual([
      'Die Beraterinnen dort sprechen viele Sprachen.',
      'Die Beraterinnen dort kennen das Amt gut.',
    ]);
  });
  it('splits a second verb after a comma that shares the subject', () => {
    expect(step(splitCoordination, 'Das Bürgerbüro liegt im Rathaus, öffnet um 8 Uhr und schließt um 16 Uhr.')).toEqual(
      ['Das Bürgerbüro liegt im Rathaus.', 'Das Bürgerbüro öffnet um 8 Uhr und schließt um 16 Uhr.'],
    );
  });
  it('does not take an object in the first place for the subject', () => {
    expect(step(splitCoordination, 'Die Unterlagen schicken wir Ihnen zu und prüfen dann den Antrag.')).toBeUndefined();
  });

  it('splits when the verbs agree in one of their readings and restates the subject', () => {
    expect(step(splitCoordination, 'Wir heißen Sie herzlich willkommen und laden Sie zu einem Rundgang ein.')).toEqual([
      'Wir heißen Sie herzlich willkommen.',
      'Wir laden Sie zu einem Rundgang ein.',
    ]);
  });
  it('takes a clause that follows into the second sentence', () => {
    expect(
      step(splitCoordination, 'Wir begrüßen Sie im Bürgerbüro und bitten Sie, eine Nummer am Eingang zu ziehen.'),
    ).toEqual(['Wir begrüßen Sie im Bürgerbüro.', 'Wir bitten Sie, eine Nummer am Eingang zu ziehen.']);
  });
  it('restates the subject after a label and keeps the polite Sie', () => {
    expect(
      step(
        splitCoordination,
        'Wichtig: Sie dürfen den Vertrag noch nicht unterschreiben, sondern müssen ihn erst prüfen lassen.',
      ),
    ).toEqual([
      'Wichtig: Sie dürfen den Vertrag noch nicht unterschreiben.',
      'Sondern Sie müssen ihn erst prüfen lassen.',
    ]);
  });
  it('does not take participles of one clause for two clauses', () => {
    expect(
      step(
        splitCoordination,
        'Sie müssen das Formular vollständig ausgefüllt und unterschrieben beim Bürgerbüro abgeben.',
      ),
    ).toBeUndefined();
  });
  it('does not cut inside a subordinate clause', () => {
    expect(
      step(
        splitCoordination,
        'Man versteht die Durchsagen gut, wenn es um Themen aus der Arbeit, Schule oder Freizeit geht.',
      ),
    ).toBeUndefined();
  });
});

describe('lists with an adverbial after them', () => {
  it('keeps the adverbial in the sentence before the list, with the determiner on the first item', () => {
    expect(
      step(
        splitEnumeration,
        'Die Stadt hat für Sie alle Termine, Ansprechpersonen und Formulare in einem kleinen Heft zusammengestellt.',
      ),
    ).toEqual([
      'Die Stadt hat für Sie in einem kleinen Heft zusammengestellt:',
      '- alle Termine',
      '- Ansprechpersonen',
      '- Formulare',
    ]);
  });
  it('leaves a phrase at the end of the sentence with the last item', () => {
    expect(
      step(splitEnumeration, 'Zu jeder Lektion gibt es Übungen, Wortlisten, Hörtexte und ein Heft mit den Lösungen.'),
    ).toEqual(['Zu jeder Lektion gibt es:', '- Übungen', '- Wortlisten', '- Hörtexte', '- ein Heft mit den Lösungen']);
  });
  it('keeps a separated verb particle in the sentence', () => {
    expect(
      step(
        splitEnumeration,
        'Nach dem Umzug schicken Sie bitte den Mietvertrag, die Meldebescheinigung und das Formular an uns zurück.',
      ),
    ).toEqual([
      'Nach dem Umzug schicken Sie bitte an uns zurück:',
      '- den Mietvertrag',
      '- die Meldebescheinigung',
      '- das Formular',
    ]);
  });
  it('does not cut a title in quotation marks into items', () => {
    expect(
      step(
        splitEnumeration,
        'Die Termine findest Du auf der Internetseite der Stadt unter „Feiertage, Ferien und Zeitumstellung“.',
      ),
    ).toBeUndefined();
  });
  it('does not make a list of the names that say who a noun is', () => {
    expect(
      step(
        splitEnumeration,
        'Nach dem Fest kehrte die Familie mit ihren Kindern Anna, Ben, Clara und David nach Hause zurück.',
      ),
    ).toBeUndefined();
  });
  it('does not cut a list out of a relative clause', () => {
    expect(
      step(
        splitPrepositionList,
        'Das Haus ist ein Treffpunkt, der – je nach Bedarf – als Café, Werkstatt oder Beratungsstelle genutzt wird.',
      ),
    ).toBeUndefined();
  });
});

describe('quotation marks', () => {
  it('renders straight quotation marks as opening and closing in turn', () => {
    expect(render(['Der', 'Film', '"', 'Oz', '"', 'und', 'das', 'Buch', '"', 'Emil', '"', '.'])).toBe(
      'Der Film "Oz" und das Buch "Emil".',
    );
  });
  it('keeps the closing mark of a name at the end of a rewritten clause', () => {
    const out = step(splitCondition, 'Ist Ihr Kind jünger als drei Jahre, heißt die Einrichtung „Krippe“.');
    expect(out?.at(-1)).toMatch(/^Dann heißt die Einrichtung .Krippe.\.$/);
  });
});

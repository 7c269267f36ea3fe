// split-wide-bracket: a modal verb and its infinitive far apart; the phrase of time moves into a sentence of its own.
import { describe, expect, it } from '@jest/globals';

import { splitWideBracket } from '../../../src/leichte-sprache/rewriter/brackets.js';
import { taggedStep } from './support.js';

describe('split-wide-bracket', () => {
  it('moves the phrase of time with what anchors it, and names the subject again', () => {
    expect(
      taggedStep(
        splitWideBracket,
        'Sie können innerhalb von 90 Tagen nach Ihrer Einreise einen Antrag auf eine Aufenthalts-Erlaubnis stellen.',
      ),
    ).toEqual([
      'Sie können einen Antrag auf eine Aufenthalts-Erlaubnis stellen.',
      'Das können Sie innerhalb von 90 Tagen nach Ihrer Einreise machen.',
    ]);
    expect(
      taggedStep(splitWideBracket, 'Dann musst Du Dich innerhalb von 2 Wochen beim Einwohner-Melde-Amt anmelden.'),
    ).toEqual(['Dann musst Du Dich beim Einwohner-Melde-Amt anmelden.', 'Das musst Du innerhalb von 2 Wochen machen.']);
    expect(
      taggedStep(
        splitWideBracket,
        'Diese Gäste dürfen innerhalb von 30 Tagen für höchstens 10 Nächte im Gäste-Haus der Stadt übernachten.',
      ),
    ).toEqual([
      'Diese Gäste dürfen für höchstens 10 Nächte im Gäste-Haus der Stadt übernachten.',
      'Das dürfen diese Gäste innerhalb von 30 Tagen machen.',
    ]);
  });

  it('keeps a place the verb needs in the first sentence (`nach Deutschland einreisen`)', () => {
    expect(
      taggedStep(
        splitWideBracket,
        'Die Familie kann innerhalb von 2 Wochen nach Deutschland mit dem Zug aus Polen einreisen.',
      ),
    ).toEqual([
      'Die Familie kann nach Deutschland mit dem Zug aus Polen einreisen.',
      'Das kann die Familie innerhalb von 2 Wochen machen.',
    ]);
  });

  it('keeps a focus word with its phrase and reads `Sie kann` as `sie`', () => {
    expect(
      taggedStep(
        splitWideBracket,
        'Sie kann ihr Kind spätestens bis 12 Uhr im Kinder-Garten an der Kanal-Straße abholen.',
      ),
    ).toEqual([
      'Sie kann ihr Kind im Kinder-Garten an der Kanal-Straße abholen.',
      'Das kann sie spätestens bis 12 Uhr machen.',
    ]);
  });

  it('says „Das war …“ after a perfect or a past passive, and „Das ist …“ after a separated particle', () => {
    expect(
      taggedStep(
        splitWideBracket,
        'Die Familie hat sich bereits vor dem 24. Februar 2022 bei der Stadt Münster gemeldet.',
      ),
    ).toEqual(['Die Familie hat sich bei der Stadt Münster gemeldet.', 'Das war bereits vor dem 24. Februar 2022.']);
    expect(
      taggedStep(
        splitWideBracket,
        'Die neue Brücke wurde am 22. November 2018 von der Ober-Bürgermeisterin in Münster eröffnet.',
      ),
    ).toEqual([
      'Die neue Brücke wurde von der Ober-Bürgermeisterin in Münster eröffnet.',
      'Das war am 22. November 2018.',
    ]);
    expect(
      taggedStep(
        splitWideBracket,
        'Der Verein bietet seit vielen Jahren im Gemeinde-Haus einen Deutsch-Kurs für Kinder an.',
      ),
    ).toEqual(['Der Verein bietet im Gemeinde-Haus einen Deutsch-Kurs für Kinder an.', 'Das ist seit vielen Jahren.']);
  });

  it('leaves how long something takes, a request and a phrase inside a longer one alone', () => {
    expect(
      taggedStep(
        splitWideBracket,
        'Der Kurs bereitet in einem Jahr auf die Prüfung zum Schul-Abschluss an der Volks-Hoch-Schule vor.',
      ),
    ).toBeUndefined();
    expect(
      taggedStep(
        splitWideBracket,
        'Melden Sie Ihr Kind am besten schon im Januar für das nächste Kita-Jahr in der Kita an.',
      ),
    ).toBeUndefined();
    expect(
      taggedStep(
        splitWideBracket,
        'Die Impfung wird für Kinder ab einem Alter von 11 bis 14 Monaten beim Kinder-Arzt empfohlen.',
      ),
    ).toBeUndefined();
  });

  it('leaves a phrase after a noun (it may belong to the noun), a joined phrase and a negation alone', () => {
    expect(
      taggedStep(splitWideBracket, 'Sie müssen den Termin am Montag im Bürger-Büro an der Kanal-Straße absagen.'),
    ).toBeUndefined();
    expect(
      taggedStep(
        splitWideBracket,
        'Im Schwimm-Bad darf man ab 16 Jahren und mit einem gültigen Ausweis ohne Eltern schwimmen.',
      ),
    ).toBeUndefined();
    expect(
      taggedStep(
        splitWideBracket,
        'Sie müssen den Antrag nicht innerhalb von 2 Wochen im Bürger-Büro an der Kanal-Straße abgeben.',
      ),
    ).toBeUndefined();
  });

  it('leaves verbs close together, a verb that „machen“ cannot stand for, and its own sentence alone', () => {
    expect(taggedStep(splitWideBracket, 'Sie müssen sich innerhalb von 2 Wochen anmelden.')).toBeUndefined();
    expect(
      taggedStep(
        splitWideBracket,
        'Die Kinder können bis zum 30. Juni mit ihren Eltern im Flüchtlings-Heim an der Kanal-Straße bleiben.',
      ),
    ).toBeUndefined();
    expect(
      taggedStep(
        splitWideBracket,
        'Das können Sie innerhalb von 90 Tagen nach Ihrer ersten Einreise nach Deutschland machen.',
      ),
    ).toBeUndefined();
  });
});

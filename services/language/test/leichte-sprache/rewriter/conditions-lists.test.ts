// split-condition where a clause holds a list or a comparison, where the second part of a condition shares the
// first part's subject, and where a pronoun in the condition points to the main clause's subject.
import { describe, expect, it } from '@jest/globals';

import { splitCondition } from '../../../src/leichte-sprache/rewriter/conditions.js';
import { splitRelative } from '../../../src/leichte-sprache/rewriter/split.js';
import { step } from './support.js';

describe('split-condition: lists and comparisons inside the clauses', () => {
  it('keeps a list of phrases inside a condition and asks it', () => {
    expect(
      step(
        splitCondition,
        'Wenn Sie eine Rente, das Wohngeld oder den Kinderzuschlag erhalten, müssen Sie das im Antrag angeben.',
      ),
    ).toEqual([
      'Sie erhalten eine Rente, das Wohngeld oder den Kinderzuschlag?',
      'Dann müssen Sie das im Antrag angeben.',
    ]);
  });

  it('reads adjectives before one noun as a list, and finds the condition after them', () => {
    expect(
      step(
        splitCondition,
        'Die Frist wird verlängert, wenn die Unterlagen aus technischen, rechtlichen Gründen fehlen.',
      ),
    ).toEqual(['Die Unterlagen fehlen aus technischen, rechtlichen Gründen?', 'Dann wird die Frist verlängert.']);
  });

  it('reads `mehr als` as a comparison, not as a clause', () => {
    expect(
      step(
        splitCondition,
        'Wenn der Weg mehr als 2 Kilometer lang ist und Sie kein Auto haben, bekommen Sie eine Fahrkarte.',
      ),
    ).toEqual([
      'Der Weg ist mehr als 2 Kilometer lang?',
      'Und Sie haben kein Auto?',
      'Dann bekommen Sie eine Fahrkarte.',
    ]);
  });

  it('lets a main clause with a list follow the condition', () => {
    expect(
      step(splitCondition, 'Damit alle Kinder gut lernen, bietet die Schule Hausaufgabenhilfe, Sport und Musik an.'),
    ).toEqual(['Die Schule bietet Hausaufgabenhilfe, Sport und Musik an.', 'So lernen alle Kinder gut.']);
  });
});

describe('split-condition: a second part without a subject of its own', () => {
  it('names the first part’s subject again', () => {
    expect(
      step(
        splitCondition,
        'Wenn Ihr Sohn krank ist oder aus einem anderen Grund nicht kommen kann, rufen Sie bitte die Schule an.',
      ),
    ).toEqual([
      'Ihr Sohn ist krank?',
      'Oder Ihr Sohn kann aus einem anderen Grund nicht kommen?',
      'Dann rufen Sie bitte die Schule an.',
    ]);
  });

  it('gives the pronoun `Sie` to a second part that opens with its object', () => {
    expect(
      step(splitCondition, 'Wenn Sie keine Arbeit haben und Geld vom Jobcenter erhalten, können Sie Hilfe bekommen.'),
    ).toEqual(['Sie haben keine Arbeit?', 'Und Sie erhalten Geld vom Jobcenter?', 'Dann können Sie Hilfe bekommen.']);
  });
});

describe('split-condition: `sie` in the condition', () => {
  it('opens the question with the noun the pronoun points to', () => {
    expect(step(splitCondition, 'Die Beratungsstelle hilft Ihnen weiter, wenn sie alle Unterlagen hat.')).toEqual([
      'Die Beratungsstelle hat alle Unterlagen?',
      'Dann hilft sie Ihnen weiter.',
    ]);
  });

  it('never opens a question with a `sie` that is not the reader', () => {
    const out = step(splitCondition, 'Alle Eltern können mitkommen, wenn sie Zeit haben.');
    expect(out?.some((s) => s.startsWith('Sie '))).not.toBe(true);
  });

  it('leaves a main clause without a subject alone', () => {
    expect(step(splitCondition, 'Gilt nur, wenn die Person hier arbeitet.')).toBeUndefined();
  });
});

describe('split-relative: a list after a comma is no relative clause', () => {
  it('leaves `vom Amt, dem Jobcenter oder der Agentur … erhalten` in one clause', () => {
    const out = step(
      splitRelative,
      'Wenn Sie Geld vom Sozialamt, dem Jobcenter oder der Familienkasse erhalten, bekommen Sie den Pass kostenlos.',
    );
    expect(out).toBeUndefined();
  });
});

describe('split-condition: `wer` clauses', () => {
  it('asks who does it, and names that person in the consequence', () => {
    expect(
      step(splitCondition, 'Wer in eine andere Stadt umzieht, muss sich innerhalb von zwei Wochen neu anmelden.'),
    ).toEqual([
      'Jemand zieht in eine andere Stadt um?',
      'Dann muss sich diese Person innerhalb von zwei Wochen neu anmelden.',
    ]);
  });

  it('asks each part of the clause and drops a `der` that points back', () => {
    expect(
      step(splitCondition, 'Wer einen Hund hält und in Münster wohnt, der muss eine Steuer für den Hund zahlen.'),
    ).toEqual([
      'Jemand hält einen Hund?',
      'Und diese Person wohnt in Münster?',
      'Dann muss diese Person eine Steuer für den Hund zahlen.',
    ]);
  });

  it('reads `Jeder, der …` as a wer clause', () => {
    expect(step(splitCondition, 'Jeder, der in Münster ein Auto anmeldet, muss eine Versicherung nachweisen.')).toEqual(
      ['Jemand meldet in Münster ein Auto an?', 'Dann muss diese Person eine Versicherung nachweisen.'],
    );
  });

  it('leaves an indirect question and a clause without content alone', () => {
    expect(
      step(splitCondition, 'Wer einen Anspruch auf Wohngeld hat, erfahren Sie beim Amt für Wohnungswesen.'),
    ).toBeUndefined();
    expect(step(splitCondition, 'Wer möchte, kann sich gern bei uns melden.')).toBeUndefined();
  });
});

describe('split-condition: two clauses that share their finite verb', () => {
  it('gives the first clause the verb at the end too', () => {
    expect(
      step(
        splitCondition,
        'Sie bekommen keinen Termin, wenn Sie schon in einer anderen Stadt einen Antrag gestellt oder dort eine Karte erhalten haben.',
      ),
    ).toEqual([
      'Sie haben schon in einer anderen Stadt einen Antrag gestellt?',
      'Oder Sie haben dort eine Karte erhalten?',
      'Dann bekommen Sie keinen Termin.',
    ]);
  });

  it('never asks a pronoun with a verb of another number', () => {
    // `Du … haben` is a slip of the writer
    const out = step(
      splitCondition,
      'Du bekommst keinen Termin, wenn Du schon in einer anderen Stadt einen Antrag gestellt oder dort eine Karte erhalten haben.',
    );
    expect(out?.some((s) => /^(?:Oder )?Du haben/.test(s))).not.toBe(true);
  });

  it('never asks a one-clause condition whose pronoun the verb does not fit', () => {
    const out = step(splitCondition, 'Du bekommst das Geld automatisch, wenn Du den Antrag schon gestellt haben.');
    expect(out?.some((s) => s.startsWith('Du haben'))).not.toBe(true);
  });
});

describe('split-condition: a consequence that says „Dann“ already', () => {
  it('keeps its „Dann“ once', () => {
    expect(step(splitCondition, 'Dann können Sie nach 6 Monaten arbeiten, wenn Sie Kinder haben.')).toEqual([
      'Sie haben Kinder?',
      'Dann können Sie nach 6 Monaten arbeiten.',
    ]);
  });
});

// split-relative with welch- pronouns, a person's name as the noun, and a list inside the clause.
import { describe, expect, it } from '@jest/globals';

import { splitRelative } from '../../../src/leichte-sprache/rewriter/split.js';
import { step, taggedStep } from './support.js';

describe('split-relative: welch- pronouns', () => {
  it('reads `welchen`, `welche`, `welches` as `den`, `die`, `das`', () => {
    expect(step(splitRelative, 'Bringen Sie den Antrag mit, welchen Sie online ausgefüllt haben.')).toEqual([
      'Bringen Sie den Antrag mit.',
      'Den Antrag haben Sie online ausgefüllt.',
    ]);
    expect(step(splitRelative, 'Wir schicken Ihnen eine Bestätigung, welche Sie aufbewahren müssen.')).toEqual([
      'Wir schicken Ihnen eine Bestätigung.',
      'Die Bestätigung müssen Sie aufbewahren.',
    ]);
    expect(step(splitRelative, 'Die Frist beginnt mit dem Datum, welches auf dem Bescheid steht.')).toEqual([
      'Die Frist beginnt mit dem Datum.',
      'Das Datum steht auf dem Bescheid.',
    ]);
  });

  it('leaves a welch- word before a noun alone: it asks a question', () => {
    expect(step(splitRelative, 'Informieren Sie sich in Ihrer Gemeinde, welche Vereine es dort gibt.')).toBeUndefined();
  });
});

describe('split-relative: other antecedents and clauses', () => {
  it('restates a full name the clause follows', () => {
    expect(step(splitRelative, 'Den Preis bekommt heute Anna Schmidt, die als Lehrerin in Münster arbeitet.')).toEqual([
      'Den Preis bekommt heute Anna Schmidt.',
      'Anna Schmidt arbeitet als Lehrerin in Münster.',
    ]);
  });

  it('finds the name before the verbs that close the main clause', () => {
    expect(
      taggedStep(
        splitRelative,
        'Er ist seit vielen Jahren mit Anna Schmidt verheiratet, die als Lehrerin in Münster arbeitet.',
      ),
    ).toEqual([
      'Er ist seit vielen Jahren mit Anna Schmidt verheiratet.',
      'Anna Schmidt arbeitet als Lehrerin in Münster.',
    ]);
  });

  it('keeps a list inside the clause', () => {
    expect(
      step(splitRelative, 'Es gibt viele Gesetze, die das Leben, die Gesundheit und die Rechte von Kindern schützen.'),
    ).toEqual(['Es gibt viele Gesetze.', 'Die Gesetze schützen das Leben, die Gesundheit und die Rechte von Kindern.']);
  });
});

describe('split-relative: participles before a noun inside the clause', () => {
  it('reads a participle before a noun as an adjective, not as a second verb', () => {
    // the tagger reads `verwendeten` as a finite past form
    expect(
      taggedStep(splitRelative, 'Danach gibt es Aufgaben, mit denen Du die in der Branche verwendeten Wörter lernst.'),
    ).toEqual(['Danach gibt es Aufgaben.', 'Mit diesen Aufgaben lernst Du die in der Branche verwendeten Wörter.']);
  });
});

describe('split-relative: the verb of the clause', () => {
  it('takes the noun before a prepositional phrase when the pronoun is the subject of a plural verb', () => {
    expect(
      taggedStep(splitRelative, 'Personen mit einer Duldung, die seit 2017 in Deutschland leben, bekommen einen Pass.'),
    ).toEqual(['Personen mit einer Duldung bekommen einen Pass.', 'Die Personen leben seit 2017 in Deutschland.']);
  });

  it('keeps the last noun where the verb is singular or the clause has a subject of its own', () => {
    expect(taggedStep(splitRelative, 'Wir helfen Familien mit einer Wohnung, die seit 2017 leer steht.')).toEqual([
      'Wir helfen Familien mit einer Wohnung.',
      'Die Wohnung steht seit 2017 leer.',
    ]);
    expect(taggedStep(splitRelative, 'Wir helfen Familien mit einer Wohnung, die die Kinder sehr mögen.')).toEqual([
      'Wir helfen Familien mit einer Wohnung.',
      'Die Wohnung mögen die Kinder sehr.',
    ]);
    expect(taggedStep(splitRelative, 'Wir helfen Familien mit einer Wohnung, die wir seit 2017 vermieten.')).toEqual([
      'Wir helfen Familien mit einer Wohnung.',
      'Die Wohnung vermieten wir seit 2017.',
    ]);
  });
});

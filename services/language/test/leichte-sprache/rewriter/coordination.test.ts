// split-coordination on requests after „Bitte“, a second request without its `Sie`, and yes/no questions whose
// clauses become one question each; split-asyndetic on a second main clause after a comma.
import { describe, expect, it } from '@jest/globals';

import { splitAsyndetic } from '../../../src/leichte-sprache/rewriter/additions.js';
import { splitCoordination } from '../../../src/leichte-sprache/rewriter/split.js';
import { step } from './support.js';

describe('split-coordination: requests', () => {
  it('splits two requests after „Bitte“', () => {
    expect(
      step(splitCoordination, 'Bitte bringen Sie Ihren Ausweis zum Termin im Stadthaus mit und zeigen Sie ihn vor.'),
    ).toEqual(['Bitte bringen Sie Ihren Ausweis zum Termin im Stadthaus mit.', 'Zeigen Sie ihn vor.']);
  });

  it('gives a second request its `Sie`', () => {
    expect(
      step(
        splitCoordination,
        'Melden Sie sich rechtzeitig vor dem Umzug beim Bürgerbüro an und bringen alle Unterlagen mit.',
      ),
    ).toEqual(['Melden Sie sich rechtzeitig vor dem Umzug beim Bürgerbüro an.', 'Bringen Sie alle Unterlagen mit.']);
  });
});

describe('split-coordination: questions', () => {
  it('asks each clause of a question in statement order', () => {
    expect(
      step(splitCoordination, 'Sie wohnen in Münster und Ihr Kind besucht eine Schule in einer anderen Stadt?'),
    ).toEqual(['Sie wohnen in Münster?', 'Und Ihr Kind besucht eine Schule in einer anderen Stadt?']);
    expect(step(splitCoordination, 'Sie wohnen noch bei Ihren Eltern und haben keine eigene Wohnung?')).toEqual([
      'Sie wohnen noch bei Ihren Eltern?',
      'Und Sie haben keine eigene Wohnung?',
    ]);
  });

  it('asks each clause of a question with the verb first', () => {
    expect(step(splitCoordination, 'Wohnen Sie schon lange in Münster und haben Sie ein Kind unter 6 Jahren?')).toEqual(
      ['Wohnen Sie schon lange in Münster?', 'Und haben Sie ein Kind unter 6 Jahren?'],
    );
  });

  it('leaves a question with a w-word whole', () => {
    expect(step(splitCoordination, 'Wann öffnet das Bürgerbüro und welche Unterlagen brauche ich?')).toBeUndefined();
  });
});

describe('split-asyndetic: a second main clause after a comma', () => {
  it('splits where the second clause opens with a phrase, a year or a linking adverb and its verb', () => {
    expect(
      step(
        splitAsyndetic,
        'Das Bürgerbüro ist montags von 8 bis 12 Uhr geöffnet, am Dienstag ist es den ganzen Tag geschlossen.',
      ),
    ).toEqual([
      'Das Bürgerbüro ist montags von 8 bis 12 Uhr geöffnet.',
      'Am Dienstag ist es den ganzen Tag geschlossen.',
    ]);
    expect(step(splitAsyndetic, 'Im Jahr 2019 zog die Bibliothek in das neue Haus, 2021 folgte das Archiv.')).toEqual([
      'Im Jahr 2019 zog die Bibliothek in das neue Haus.',
      '2021 folgte das Archiv.',
    ]);
    expect(
      step(splitAsyndetic, 'Bitte bringen Sie Ihren Ausweis mit, sonst können wir den Antrag nicht bearbeiten.'),
    ).toEqual(['Bitte bringen Sie Ihren Ausweis mit.', 'Sonst können wir den Antrag nicht bearbeiten.']);
  });

  it('leaves a relative clause after a preposition and times without a verb alone', () => {
    expect(step(splitAsyndetic, 'Das ist der Raum im ersten Stock, in dem Sie warten können.')).toBeUndefined();
    expect(step(splitAsyndetic, 'Sie können uns gern anrufen, montags bis freitags von 8 bis 12 Uhr.')).toBeUndefined();
  });
});

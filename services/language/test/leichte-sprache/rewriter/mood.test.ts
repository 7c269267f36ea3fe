// Polite and hypothetical moods in plain words: direct requests, the indicative, `sollte` conditions as `wenn`.
import { describe, expect, it } from '@jest/globals';

import { indicative, politeRequest, sollteCondition } from '../../../src/leichte-sprache/rewriter/mood.js';
import { rewriteLeichteSprache } from '../../../src/leichte-sprache/rewriter/index.js';
import { getAnalyzer, step } from './support.js';

describe('polite-request', () => {
  it('turns a polite question with bitte into a direct request, with the particle at the end', () => {
    expect(step(politeRequest, 'Könnten Sie uns bitte Ihre neue Adresse mitteilen?')).toEqual([
      'Bitte teilen Sie uns Ihre neue Adresse mit.',
    ]);
    expect(step(politeRequest, 'Würden Sie bitte den Antrag unterschreiben?')).toEqual([
      'Bitte unterschreiben Sie den Antrag.',
    ]);
  });
  it('leaves a question without bitte a question', () => {
    expect(step(politeRequest, 'Würden Sie den Kurs weiterempfehlen?')).toBeUndefined();
  });
  it('turns „Wir bitten Sie, … zu …“ into a request', () => {
    expect(step(politeRequest, 'Wir möchten Sie bitten, die Gebühr bis Montag zu überweisen.')).toEqual([
      'Bitte überweisen Sie die Gebühr bis Montag.',
    ]);
    expect(step(politeRequest, 'Wir bitten Sie, die Unterlagen rechtzeitig einzureichen.')).toEqual([
      'Bitte reichen Sie die Unterlagen rechtzeitig ein.',
    ]);
  });
  it('leaves two infinitives for the list steps', () => {
    expect(step(politeRequest, 'Wir bitten Sie, das Formular auszufüllen und zu unterschreiben.')).toBeUndefined();
  });
});

describe('indicative', () => {
  it('replaces würde + infinitive in a main clause and at the end of a verb-final clause', () => {
    expect(step(indicative, 'Wir würden uns über Ihren Besuch freuen.')).toEqual(['Wir freuen uns über Ihren Besuch.']);
    expect(step(indicative, 'Das würde uns sehr helfen.')).toEqual(['Das hilft uns sehr.']);
    expect(step(indicative, 'Wir freuen uns, wenn Sie am Fest teilnehmen würden.')).toEqual([
      'Wir freuen uns, wenn Sie am Fest teilnehmen.',
    ]);
  });
  it('changes wäre only in a polite judgement, and never the noun Würde', () => {
    expect(step(indicative, 'Es wäre schön, wenn Sie pünktlich kommen.')).toEqual([
      'Es ist schön, wenn Sie pünktlich kommen.',
    ]);
    expect(step(indicative, 'Ohne Ihre Hilfe wäre das nicht möglich.')).toBeUndefined();
    expect(step(indicative, 'Jeder Mensch muss die Würde der anderen achten.')).toBeUndefined();
  });
});

describe('sollte-condition', () => {
  it('makes a leading sollte clause a wenn clause with the verb in the present', () => {
    expect(
      step(sollteCondition, 'Sollte Ihr Kind keinen Platz erhalten, können Sie sich an das Jugendamt wenden.'),
    ).toEqual(['Wenn Ihr Kind keinen Platz erhält, können Sie sich an das Jugendamt wenden.']);
  });
  it('drops sollte at the end of a wenn clause', () => {
    expect(step(sollteCondition, 'Falls Sie nicht kommen sollten, sagen Sie bitte ab.')).toEqual([
      'Falls Sie nicht kommen, sagen Sie bitte ab.',
    ]);
  });
  it('ends as question and Dann in the whole rewrite', () => {
    const result = rewriteLeichteSprache(getAnalyzer(), 'Sollten Sie Fragen haben, rufen Sie uns bitte an.');
    expect(result.text.split('\n')).toEqual(['Sie haben Fragen?', 'Dann rufen Sie uns bitte an.']);
  });
});

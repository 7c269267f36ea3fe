import { gloss } from '../support.js';

const lociOf = (text: string, verb: string) => gloss(text).glosses.find((g) => g.gloss === verb)?.loci;

describe('agreement: a verb carries its subject’s and object’s loci', () => {
  test('pronouns: Wir schicken Ihnen den Bescheid → SCHICKEN from 1 to 2', () => {
    expect(lociOf('Wir schicken Ihnen den Bescheid.', 'SCHICKEN')).toEqual({ subject: '1', object: '2' });
    expect(lociOf('Sie schicken uns den Antrag.', 'SCHICKEN')).toEqual({ subject: '2', object: '1' });
  });

  test('a noun subject is placed at 3a when the object is the reader', () => {
    expect(lociOf('Das Amt schickt Ihnen den Bescheid.', 'SCHICKEN')).toEqual({ subject: '3a', object: '2' });
  });

  test('an imperative’s unsigned Sie is the reader', () => {
    expect(lociOf('Schicken Sie uns den Antrag.', 'SCHICKEN')).toEqual({ subject: '2', object: '1' });
  });

  test('no pointed object, no loci: the verb keeps its citation form', () => {
    expect(lociOf('Wir schicken den Bescheid.', 'SCHICKEN')).toBeUndefined();
    expect(lociOf('Das Amt prüft den Antrag.', 'PRÜFEN')).toBeUndefined();
  });
});

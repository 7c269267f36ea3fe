import { corpusBleu, corpusChrf } from './metrics.js';

test('identical output scores 100 on both metrics', () => {
  const refs = ['MORGEN SONNE NORD REGEN', 'SAMSTAG WECHSELHAFT REGEN MEHR GEWITTER'];
  expect(corpusBleu(refs, refs).score).toBeCloseTo(100, 6);
  expect(corpusChrf(refs, refs)).toBeCloseTo(100, 6);
});

test('BLEU: clipped n-gram precisions, exp smoothing for an order without matches, geometric mean', () => {
  const r = corpusBleu(['the cat sat on the mat'], ['the cat is on the mat']);
  // 1-grams 5/6, 2-grams 3/5, 3-grams 1/4, 4-grams 0/3 → smoothed to 1/(2·3).
  expect(r.precisions.map((p) => p / 100)).toEqual([5 / 6, 3 / 5, 1 / 4, 1 / 6].map((x) => expect.closeTo(x, 9)));
  expect(r.score).toBeCloseTo(
    100 * Math.exp((Math.log(5 / 6) + Math.log(3 / 5) + Math.log(1 / 4) + Math.log(1 / 6)) / 4),
    9,
  );
  expect(r.brevityPenalty).toBe(1);
});

test('BLEU is 0 when no 4-gram can exist, as sacreBLEU reports it', () => {
  expect(corpusBleu(['MORGEN SONNE'], ['MORGEN SONNE']).score).toBe(0);
});

test('BLEU: the brevity penalty punishes short output over the whole corpus', () => {
  const r = corpusBleu(['A B'], ['A B C D']);
  expect(r.brevityPenalty).toBeCloseTo(Math.exp(1 - 4 / 2), 9);
  expect(corpusBleu([''], ['A']).score).toBe(0);
});

test('chrF ignores whitespace and rewards partial word matches', () => {
  expect(corpusChrf(['MORGENSONNE'], ['MORGEN SONNE'])).toBeCloseTo(100, 6);
  const partial = corpusChrf(['REGNEN'], ['REGEN']);
  expect(partial).toBeGreaterThan(20);
  expect(partial).toBeLessThan(100);
  expect(corpusChrf(['XYZ'], ['ABC'])).toBe(0);
});

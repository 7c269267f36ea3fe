import { corpusSari, sariFromStats, sariStats, tokenize13a } from './sari.js';

test('13a tokenisation splits punctuation as sacreBLEU does, keeping decimals, hyphens and apostrophes', () => {
  expect(tokenize13a('Hello, world!')).toBe('Hello , world !');
  expect(tokenize13a('Ende 2020.')).toBe('Ende 2020 .');
  expect(tokenize13a('3.5 Mio. Euro')).toBe('3.5 Mio . Euro');
  expect(tokenize13a('1,000-2,000 GPS-Geräte')).toBe('1,000 - 2,000 GPS-Geräte');
  expect(tokenize13a('it\'s (a) "b" x/y &amp; z')).toBe('it\'s ( a ) " b " x / y & z');
  expect(tokenize13a('Er sagt: „Nein“ – gut?')).toBe('Er sagt : „Nein“ – gut ?');
});

test('identity output: keep 100, add and delete 0, SARI 33.33 when the reference equals the source', () => {
  const src = ['Der Hund bellt laut.', 'Die Katze schläft im Garten.'];
  const r = corpusSari(src, src, src);
  expect(r.keep).toBeCloseTo(100, 9);
  expect(r.add).toBe(0);
  expect(r.del).toBe(0);
  expect(r.score).toBeCloseTo(100 / 3, 9);
});

test('identity output against a simplified reference: add and delete stay 0, keep recall 1', () => {
  // Unigrams: orig {a,b,c}, ref {a}: keep P = 1/3, R = 1 → F1 1/2; higher orders keep nothing the ref keeps.
  const r = corpusSari(['a b c'], ['a b c'], ['a']);
  expect(r.add).toBe(0);
  expect(r.del).toBe(0);
  expect(r.keep).toBeCloseTo((100 * (1 / 2)) / 4, 9);
});

test('hand-checked example: add set-based, keep and delete counted, means over n = 1..4', () => {
  // orig "a b c", sys "a b d", ref "a d".
  // n=1: add {d}: P 1, R 1 → 1; keep sys {a,b}, ref {a}: P 1/2, R 1 → 2/3; del sys {c}, ref {b,c}: P 1, R 1/2 → 2/3.
  // n=2: add {bd} not in ref, ref adds {ad} → 0; keep {ab} not kept by ref → 0; del sys {bc}, ref {ab,bc} → 2/3.
  // n=3: add {abd} → 0; keep → 0; del {abc} both → 1.   n=4: nothing → 0.
  const r = corpusSari(['a b c'], ['a b d'], ['a d']);
  expect(r.add).toBeCloseTo(25, 9);
  expect(r.keep).toBeCloseTo(100 / 6, 9);
  expect(r.del).toBeCloseTo((100 * 7) / 12, 9);
  expect(r.score).toBeCloseTo(100 / 3, 9);
  // Xu et al. 2016's precision-only deletion: del precisions 1, 1, 1, 0 → 75.
  const p = corpusSari(['a b c'], ['a b d'], ['a d'], { deletion: 'precision' });
  expect(p.del).toBeCloseTo(75, 9);
  expect(p.score).toBeCloseTo((25 + 100 / 6 + 75) / 3, 9);
});

test('several references: keep and delete counts weighted by the number of references, add by sets', () => {
  // orig "a a b" ×2 refs → a:4 b:2; sys "a" ×2 → a:2; refs summed: "a b" + "a a" → a:3 b:1.
  const st = sariStats(['a a b'], ['a'], [['a b', 'a a']], 1);
  expect(st.keepSys[0]).toBe(2); // min(4, 2)
  expect(st.keepRef[0]).toBe(4); // min(4, 3) + min(2, 1)
  expect(st.keepCorrect[0]).toBe(2);
  expect(st.delSys[0]).toBe(4); // (4 − 2) + (2 − 0)
  expect(st.delRef[0]).toBe(2); // (4 − 3) + (2 − 1)
  expect(st.delCorrect[0]).toBe(2);
  expect([st.addSys[0], st.addRef[0], st.addCorrect[0]]).toEqual([0, 0, 0]);
  const r = sariFromStats(st);
  expect(r.keep).toBeCloseTo(100 * (2 / 3), 9); // P 1, R 1/2
  expect(r.del).toBeCloseTo(100 * (2 / 3), 9); // P 1/2, R 1
});

test('statistics are summed over the corpus (micro average), not averaged per sentence', () => {
  const src = ['a b c', 'x y'];
  const sys = ['a b d', 'x y'];
  const ref = ['a d', 'x y'];
  const corpus = corpusSari(src, sys, ref).score;
  const perSentence =
    (corpusSari([src[0]!], [sys[0]!], [ref[0]!]).score + corpusSari([src[1]!], [sys[1]!], [ref[1]!]).score) / 2;
  expect(corpus).not.toBeCloseTo(perSentence, 3);
  // Lower-casing by default: case changes alone are not edits.
  expect(corpusSari(['Der Hund'], ['der hund'], ['DER HUND']).keep).toBeCloseTo(100 / 2, 9); // 1- and 2-grams kept
});

test('Xu et al. (2016) example: the output closest to the references scores highest', () => {
  const input = 'About 95 species are currently accepted.';
  const refs = [
    'About 95 species are currently known.',
    'About 95 species are now accepted.',
    '95 species are now accepted.',
  ];
  const score = (out: string) => corpusSari([input], [out], [refs]).score;
  const s1 = score('About 95 you now get in.');
  const s2 = score('About 95 species are now agreed.');
  const s3 = score('About 95 species are currently agreed.');
  expect(s2).toBeGreaterThan(s1);
  expect(s2).toBeGreaterThan(s3);
  expect(score(refs[1]!)).toBeGreaterThan(s2);
});

test('inputs of different lengths are rejected', () => {
  expect(() => corpusSari(['a'], [], ['a'])).toThrow();
});

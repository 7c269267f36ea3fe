import { cardinalWord, ordinalWord, planSpeech, yearWord } from '@bbs/language';

/** What the voice is told to say, phrase by phrase. */
const said = (text: string, lang = 'de'): string[] => planSpeech(text, lang).map((p) => p.text);

test('German numerals as words', () => {
  expect([0, 1, 16, 21, 101, 1001, 2026, 999_999].map(cardinalWord)).toEqual([
    'null',
    'eins',
    'sechzehn',
    'einundzwanzig',
    'einhunderteins',
    'eintausendeins',
    'zweitausendsechsundzwanzig',
    'neunhundertneunundneunzigtausendneunhundertneunundneunzig',
  ]);
  expect([1, 2, 3, 7, 8, 19, 20, 21, 100, 101, 103].map((n) => ordinalWord(n, 'en'))).toEqual([
    'ersten',
    'zweiten',
    'dritten',
    'siebten',
    'achten',
    'neunzehnten',
    'zwanzigsten',
    'einundzwanzigsten',
    'einhundertsten',
    'einhundertersten',
    'einhundertdritten',
  ]);
  expect(ordinalWord(3, 'e')).toBe('dritte');
  expect([1998, 2026, 1100, 1000].map(yearWord)).toEqual([
    'neunzehnhundertachtundneunzig',
    'zweitausendsechsundzwanzig',
    'elfhundert',
    'eintausend',
  ]);
});

test('dates, times, money, percentages and abbreviations are said the way a person reads them', () => {
  expect(said('Am 15.04.2026 um 9:30 Uhr.')).toEqual(['Am fünfzehnten April zweitausendsechsundzwanzig um 9 Uhr 30.']);
  expect(said('Der 3. Antrag kommt am 1. März.')).toEqual(['Der dritte Antrag kommt am ersten März.']);
  expect(said('Es kostet 12,50 €, ermäßigt 0,50 € und z. B. 30 EUR.')).toEqual([
    'Es kostet 12 Euro 50,',
    'ermäßigt 50 Cent und zum Beispiel 30 Euro.',
  ]);
  expect(said('Das sind 10 % bzw. 2,5 Prozent.')).toEqual(['Das sind 10 Prozent beziehungsweise 2,5 Prozent.']);
  expect(said('Geöffnet Mo–Fr 8–16 Uhr.')).toEqual(['Geöffnet Montag bis Freitag 8 bis 16 Uhr.']);
  expect(said('Tel. 0251 492-0')).toEqual(['Telefon null zwei fünf eins, vier neun zwei, null.']);
  expect(said('Nach §§ 19 ff. BMG seit 1998.')).toEqual([
    'Nach Paragrafen neunzehn folgende BMG seit neunzehnhundertachtundneunzig.',
  ]);
});

test('every spoken word keeps the offset of the written word it stands for', () => {
  const text = 'Am 15.04.2026 kostet es z. B. 12,50 €.\nBürger*innen willkommen!';
  const words = planSpeech(text, 'de').flatMap((p) => p.words);
  expect(words.map((w) => w.word)).toEqual([
    'Am',
    '15.04.2026',
    'kostet',
    'es',
    'z. B.',
    '12,50 €',
    'Bürger*innen',
    'willkommen',
  ]);
  for (const w of words) expect(text.slice(w.offset, w.offset + w.word.length)).toBe(w.word);
  expect(words.find((w) => w.word === 'Bürger*innen')!.spoken).toBe('Bürger innen');
});

test('phrases end where a reader pauses: clause, sentence, line and paragraph', () => {
  const plan = planSpeech('Sie brauchen:\n- einen Ausweis\n- ein Foto\n\nDann kommen Sie, bitte.', 'de-x-ls');
  expect(plan.map((p) => [p.text, p.pauseAfter])).toEqual([
    ['Sie brauchen,', 'line'],
    ['einen Ausweis.', 'line'],
    ['ein Foto.', 'paragraph'],
    ['Dann kommen Sie,', 'clause'],
    ['bitte.', 'none'],
  ]);
});

test('other languages: words split at spaces, the voice reads them as written', () => {
  const text = 'Please bring your passport, 2 photos.\nThank you!';
  const plan = planSpeech(text, 'en');
  expect(plan.map((p) => p.text)).toEqual(['Please bring your passport,', '2 photos.', 'Thank you!']);
  for (const w of plan.flatMap((p) => p.words)) expect(text.slice(w.offset, w.offset + w.word.length)).toBe(w.word);
  expect(planSpeech('يرجى إحضار جواز السفر، شكرا.', 'ar').map((p) => p.words.length)).toEqual([4, 1]);
});

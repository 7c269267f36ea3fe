import { parseOrdinalWord } from '../../../src/index.js';
import { gloss, sources, words } from '../support.js';

describe('numbers: kind number with digits', () => {
  test('money: amount, then the currency sign; zero cents are not signed', () => {
    const text = 'Die Gebühr beträgt 37,00 Euro.';
    const s = gloss(text);
    expect(sources(text, s)).toEqual([
      ['GEBÜHR', 'Gebühr'],
      ['37', '37,00'],
      ['EURO', 'Euro'],
      ['BETRAGEN', 'beträgt'],
      ['PAUSE', ''],
    ]);
    expect(s.glosses[1]).toMatchObject({ kind: 'number', digits: '37', signable: true });
    expect(s.glosses[1]!.mouthing).toBeUndefined();
    expect(s.glosses[2]).toMatchObject({ kind: 'lexical', mouthing: 'Euro' });
  });

  test('money with cents and the € sign: 12 EURO 50', () => {
    const text = 'Die Gebühr beträgt 12,50 €.';
    expect(sources(text, gloss(text)).slice(1, 4)).toEqual([
      ['12', '12'],
      ['EURO', '€'],
      ['50', '50'],
    ]);
  });

  test('cents alone are counted in cents: 0,50 € → 50 CENT, 5 Cent → 5 CENT', () => {
    const text = 'Die Kopie kostet 0,50 €.';
    expect(sources(text, gloss(text)).slice(1, 3)).toEqual([
      ['50', '50'],
      ['FS-CENT', '€'],
    ]);
    expect(words(gloss('Die Kopie kostet 5 Cent.')).slice(1, 3)).toEqual(['5', 'FS-CENT']);
  });

  test('clock time: the time sign first, then the hour (and minutes)', () => {
    const text = 'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.';
    expect(sources(text, gloss(text)).slice(0, 3)).toEqual([
      ['MONTAG', 'Montag'],
      ['UHR', 'Uhr'],
      ['9', '9'],
    ]);
    expect(words(gloss('Der Termin ist um 9:30 Uhr.'))).toEqual(['UHR', '9', '30', 'TERMIN']);
  });

  test('a time range is one phrase with one time sign: von 8 bis 12 Uhr → UHR 8 BIS 12', () => {
    const text = 'Das Amt ist von 8 bis 12 Uhr geöffnet.';
    expect(sources(text, gloss(text))).toEqual([
      ['UHR', 'Uhr'],
      ['8', '8'],
      ['BIS', 'bis'],
      ['12', '12'],
      ['AMT', 'Amt'],
      ['ÖFFNEN', 'geöffnet'],
      ['PAUSE', ''],
    ]);
    // The dash of a written range is the BIS.
    const dashed = 'Das Amt ist 8–16 Uhr geöffnet.';
    expect(sources(dashed, gloss(dashed)).slice(0, 4)).toEqual([
      ['UHR', 'Uhr'],
      ['8', '8'],
      ['BIS', '–'],
      ['16', '16'],
    ]);
    // Two written clock times keep their own time signs.
    expect(words(gloss('Das Amt ist von 8.00 bis 18.00 Uhr geöffnet.')).slice(0, 5)).toEqual([
      'UHR',
      '8',
      'BIS',
      'UHR',
      '18',
    ]);
  });

  test('a range of counts stays together before its noun: ZWEI BIS DREI WOCHE', () => {
    const s = words(gloss('Die Bearbeitung dauert zwei bis drei Wochen.'));
    const at = s.indexOf('ZWEI');
    expect(s.slice(at, at + 4)).toEqual(['ZWEI', 'BIS', 'DREI', 'WOCHE']);
  });

  test('dates: day (an ordinal, as DGS signs it), month (fingerspelled short form without a sign), year', () => {
    const text = 'Der Termin ist am 24.12.2026.';
    const s = gloss(text);
    expect(sources(text, s).slice(0, 3)).toEqual([
      ['24.', '24'],
      ['FS-DEZ', '12'],
      ['2026', '2026'],
    ]);
    expect(s.glosses[0]).toMatchObject({ kind: 'number', digits: '24', ordinal: true });
    expect(s.glosses[1]).toMatchObject({ kind: 'fingerspell', letters: ['D', 'E', 'Z'], mouthing: 'Dezember' });
    expect(s.glosses[2]).toMatchObject({ kind: 'number', digits: '2026', year: true });
  });

  test('a date without a year', () => {
    const text = 'Am 24.12. ist das Amt zu.';
    expect(sources(text, gloss(text)).slice(0, 2)).toEqual([
      ['24.', '24'],
      ['FS-DEZ', '12'],
    ]);
  });

  test('a written-out date uses the month sign when the lexicon has one; the day is an ordinal', () => {
    const text = 'Das Bürgerbüro ist am 3. Oktober geschlossen.';
    const s = gloss(text);
    expect(words(s)).toEqual(['3.', 'OKTOBER', 'BÜRGERBÜRO', 'GESCHLOSSEN']);
    expect(s.glosses[0]).toMatchObject({ kind: 'number', digits: '3', ordinal: true });
  });

  test('ordinals are marked, written as digits or as words', () => {
    const s = gloss('Die Behörde ist im 2. OG.');
    const ordinal = s.glosses.find((g) => g.gloss === '2.');
    expect(ordinal).toMatchObject({ kind: 'number', digits: '2', ordinal: true });
    const text = 'Das Amt ist im dritten Stock.';
    const third = gloss(text).glosses.find((g) => g.kind === 'number');
    expect(third).toMatchObject({ gloss: 'DRITTE', digits: '3', ordinal: true });
    expect(text.slice(third!.start, third!.end)).toBe('dritten');
    expect(gloss('Füllen Sie das erste Formular aus.').glosses).toContainEqual(
      expect.objectContaining({ gloss: 'ERSTE', kind: 'number', digits: '1', ordinal: true }),
    );
  });

  test('ordinal words: value and citation form; the ending is required', () => {
    expect(parseOrdinalWord('dritten')).toEqual({ value: 3, citation: 'dritte' });
    expect(parseOrdinalWord('ersten')).toEqual({ value: 1, citation: 'erste' });
    expect(parseOrdinalWord('sechste')?.value).toBe(6);
    expect(parseOrdinalWord('siebten')?.value).toBe(7);
    expect(parseOrdinalWord('achte')?.value).toBe(8);
    expect(parseOrdinalWord('zwölften')?.value).toBe(12);
    expect(parseOrdinalWord('neunzehnte')?.value).toBe(19);
    expect(parseOrdinalWord('zwanzigsten')?.value).toBe(20);
    expect(parseOrdinalWord('einundzwanzigste')?.value).toBe(21);
    expect(parseOrdinalWord('hundertste')?.value).toBe(100);
    for (const word of ['acht', 'letzten', 'besten', 'weiten', 'meisten', 'zwanzigte', 'vierste']) {
      expect([word, parseOrdinalWord(word)]).toEqual([word, undefined]);
    }
  });

  test('numeral words: the word as gloss, the value as digits; no plural repetition after them', () => {
    const s = gloss('Wir haben drei Anträge erhalten.');
    expect(s.glosses[1]).toMatchObject({ gloss: 'DREI', kind: 'number', digits: '3' });
    const long = gloss('Sie haben zweiundzwanzig Anträge gestellt.');
    expect(long.glosses.find((g) => g.kind === 'number')).toMatchObject({ gloss: 'ZWEIUNDZWANZIG', digits: '22' });
    const w = words(long);
    expect(w.indexOf('ZWEIUNDZWANZIG') + 1).toBe(w.indexOf('ANTRAG'));
    expect(words(gloss('Ein Antrag reicht.'))).not.toContain('EIN');
  });

  test('years: after Jahr, seit or a month, and the year of a date; a count before its noun is none', () => {
    const year = (text: string) => gloss(text).glosses.find((g) => g.kind === 'number');
    expect(year('Das war im Jahr 1998.')).toMatchObject({ digits: '1998', year: true });
    expect(year('Sie wohnen seit 1998 in Münster.')).toMatchObject({ digits: '1998', year: true });
    expect(year('Wir haben 1500 Anträge erhalten.')!.year).toBeUndefined();
  });

  test('phone numbers digit by digit, each digit with its own span, a pause after each group', () => {
    const text = 'Rufen Sie 0251 492-0 an.';
    const s = gloss(text);
    const digits = s.glosses.filter((g) => g.kind === 'number');
    expect(digits.map((g) => g.digits).join('')).toBe('02514920');
    expect(digits.map((g) => text.slice(g.start, g.end))).toEqual(['0', '2', '5', '1', '4', '9', '2', '0']);
    expect(digits.map((g) => g.groupEnd === true)).toEqual([false, false, false, true, false, false, true, false]);
    expect(words(s).slice(-1)).toEqual(['ANRUFEN']);
  });

  test('case numbers digit by digit, group by group', () => {
    const text = 'Ihr Aktenzeichen lautet 32-1234/2026.';
    const numbers = gloss(text).glosses.filter((g) => g.kind === 'number');
    expect(numbers.map((g) => g.digits).join(' ')).toBe('3 2 1 2 3 4 2 0 2 6');
    expect(numbers.filter((g) => g.groupEnd).map((g) => text.slice(g.start - 1, g.end))).toEqual(['32', '34']);
  });

  test('codes are signed digit by digit: a leading zero, a postal code', () => {
    const digits = (text: string) =>
      gloss(text)
        .glosses.filter((g) => g.kind === 'number')
        .map((g) => g.digits);
    expect(digits('Die Vorwahl ist 0251.')).toEqual(['0', '2', '5', '1']);
    expect(digits('Die Postleitzahl ist 48143.')).toEqual(['4', '8', '1', '4', '3']);
    expect(digits('Es kamen 10.000 Menschen.')).toEqual(['10000']);
  });

  test('percent, and a decimal number with KOMMA', () => {
    expect(words(gloss('Die Kosten betragen 10 % der Gebühr.'))).toEqual([
      'KOSTEN',
      '10',
      'PROZENT',
      'GEBÜHR',
      'BETRAGEN',
    ]);
    const s = gloss('Die Gebühr beträgt 2,5 Prozent.');
    expect(words(s)).toEqual(['GEBÜHR', '2', 'FS-KOMMA', '5', 'PROZENT', 'BETRAGEN']);
    expect(s.rules).toContain('numbers');
  });
});

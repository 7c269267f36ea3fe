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

  test('clock time: the time sign first, then the hour (and minutes)', () => {
    const text = 'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.';
    expect(sources(text, gloss(text)).slice(0, 3)).toEqual([
      ['MONTAG', 'Montag'],
      ['UHR', 'Uhr'],
      ['9', '9'],
    ]);
    expect(words(gloss('Der Termin ist um 9:30 Uhr.'))).toEqual(['UHR', '9', '30', 'TERMIN']);
  });

  test('a bare number read as a time gets no time sign: von 8 bis 12 Uhr', () => {
    expect(words(gloss('Das Amt ist von 8 bis 12 Uhr geöffnet.'))).toEqual(['8', 'BIS', 'UHR', '12', 'AMT', 'ÖFFNEN']);
  });

  test('dates: day, month (fingerspelled short form without a sign), year', () => {
    const text = 'Der Termin ist am 24.12.2026.';
    const s = gloss(text);
    expect(sources(text, s).slice(0, 3)).toEqual([
      ['24', '24'],
      ['FS-DEZ', '12'],
      ['2026', '2026'],
    ]);
    expect(s.glosses[1]).toMatchObject({ kind: 'fingerspell', letters: ['D', 'E', 'Z'], mouthing: 'Dezember' });
    expect(s.glosses[2]).toMatchObject({ kind: 'number', digits: '2026' });
  });

  test('a date without a year', () => {
    const text = 'Am 24.12. ist das Amt zu.';
    expect(sources(text, gloss(text)).slice(0, 2)).toEqual([
      ['24', '24'],
      ['FS-DEZ', '12'],
    ]);
  });

  test('a written-out date uses the month sign when the lexicon has one; the day is no ordinal', () => {
    const text = 'Das Bürgerbüro ist am 3. Oktober geschlossen.';
    const s = gloss(text);
    expect(words(s)).toEqual(['3', 'OKTOBER', 'BÜRGERBÜRO', 'GESCHLOSSEN']);
    expect(s.glosses[0]!.ordinal).toBeUndefined();
    expect(text.slice(s.glosses[0]!.start, s.glosses[0]!.end)).toBe('3');
  });

  test('ordinals are marked', () => {
    const s = gloss('Die Behörde ist im 2. OG.');
    const ordinal = s.glosses.find((g) => g.gloss === '2.');
    expect(ordinal).toMatchObject({ kind: 'number', digits: '2', ordinal: true });
  });

  test('numeral words: the word as gloss, the value as digits', () => {
    const s = gloss('Wir haben drei Anträge erhalten.');
    expect(s.glosses[1]).toMatchObject({ gloss: 'DREI', kind: 'number', digits: '3' });
  });

  test('phone numbers digit by digit, each digit with its own span', () => {
    const text = 'Rufen Sie 0251 492-0 an.';
    const s = gloss(text);
    const digits = s.glosses.filter((g) => g.kind === 'number');
    expect(digits.map((g) => g.digits).join('')).toBe('02514920');
    expect(digits.map((g) => text.slice(g.start, g.end))).toEqual(['0', '2', '5', '1', '4', '9', '2', '0']);
    expect(words(s).slice(-1)).toEqual(['ANRUFEN']);
  });

  test('case numbers: one number per digit group', () => {
    const text = 'Ihr Aktenzeichen lautet 32-1234/2026.';
    const s = gloss(text);
    const numbers = s.glosses.filter((g) => g.kind === 'number');
    expect(numbers.map((g) => [g.digits, text.slice(g.start, g.end)])).toEqual([
      ['32', '32'],
      ['1234', '1234'],
      ['2026', '2026'],
    ]);
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

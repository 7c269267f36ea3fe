import { describe, expect, it } from '@jest/globals';

import { guardTranslation, isDegenerate, lengthPlausible, sourceFacts, type GuardReason } from '../src/index.js';

// [what it shows, German source, translation, target] — translations that keep everything the source states.
const KEPT: readonly [string, string, string, string][] = [
  [
    'an amount in English notation, a date with a slash',
    'Die Gebühr beträgt 1.234,50 € und ist bis zum 15.04.2026 zu zahlen.',
    'The fee is €1,234.50 and must be paid by 15/04/2026.',
    'en',
  ],
  [
    'amount with EUR after it, a date with the month name first',
    'Die Gebühr beträgt 1.234,50 € und ist bis zum 15.04.2026 zu zahlen.',
    'The fee of 1,234.50 EUR is due by April 15, 2026.',
    'en',
  ],
  [
    'a date with the day first and the month spelt out',
    'Die Anmeldung endet am 3. Mai 2027.',
    'Registration closes on 3rd May 2027.',
    'en',
  ],
  ['an American date', 'Die Sitzung ist am 07.11.2026.', 'The meeting is on 11/07/2026.', 'en'],
  ['an ISO date', 'Abgabe bis 28.02.2027.', 'Submit by 2027-02-28.', 'en'],
  ['a date without a year', 'Ab dem 1. Oktober gilt die neue Regel.', 'The new rule applies from 1 October.', 'en'],
  [
    'a time on the 12-hour clock',
    'Der Termin ist um 14:30 Uhr im Rathaus.',
    'The appointment is at 2:30 p.m. in the town hall.',
    'en',
  ],
  [
    'full hours as numbers, the city term',
    'Das Bürgerbüro ist von 8 bis 12 Uhr geöffnet.',
    "The Citizens' Office is open from 8 a.m. to 12 noon.",
    'en',
  ],
  [
    'a German number word as digits',
    'Kinder unter sechs Jahren fahren kostenlos.',
    'Children under 6 travel free.',
    'en',
  ],
  ['digits as English words', 'Sie brauchen 2 Fotos.', 'You need two photos.', 'en'],
  ['a Ukrainian number word', 'Sie brauchen 2 Fotos.', 'Вам потрібні дві фотографії.', 'uk'],
  [
    'a Russian number word in the genitive',
    'Bringen Sie Ausweise für 3 Personen mit.',
    'Принесите паспорта для трёх человек.',
    'ru',
  ],
  ['a Polish number word', 'Bringen Sie 3 Dokumente mit.', 'Proszę przynieść trzy dokumenty.', 'pl'],
  ['a Turkish number of two words', 'Der Kurs hat 12 Plätze.', 'Kursun on iki yeri var.', 'tr'],
  ['an Arabic number word', 'Sie brauchen 3 Fotos.', 'تحتاج إلى ثلاثة صور.', 'ar'],
  ['a Persian number word', 'Sie brauchen 4 Fotos.', 'شما به چهار عکس نیاز دارید.', 'fa'],
  ['"a" for one', 'Melden Sie Ihr Kind bis 1 Jahr vorher an.', 'Register your child up to a year in advance.', 'en'],
  [
    'phone number with the country code, e-mail and web address',
    'Rufen Sie 0821 3102-2345 an oder schreiben Sie an info@landkreis-beispiel.de (www.landkreis-beispiel.de/termine).',
    'Call +49 821 3102-2345 or write to info@landkreis-beispiel.de (https://landkreis-beispiel.de/termine).',
    'en',
  ],
  ['a percentage', 'Der Zuschuss deckt 75 % der Kosten.', 'The grant covers 75% of the costs.', 'en'],
  ['thousands with a space', 'Bis zu 12.000 Euro sind möglich.', 'Up to 12 000 euros are possible.', 'en'],
  ['cents', 'Eine Kopie kostet 50 Cent.', 'A copy costs 50 cents.', 'en'],
  ['Arabic-Indic digits', 'Die Gebühr beträgt 37 Euro.', 'الرسوم ٣٧ يورو.', 'ar'],
  [
    'a Ukrainian date with the month in the genitive',
    'Der Kurs beginnt am 15. April 2026.',
    'Курс починається 15 квітня 2026 року.',
    'uk',
  ],
  ['a Turkish amount', 'Die Gebühr beträgt 12,50 €.', 'Ücret 12,50 €.', 'tr'],
  [
    'a sentence without numbers',
    'Bitte bringen Sie Ihren Reisepass mit.',
    'Please bring your passport with you.',
    'en',
  ],
  ['a heading with a number kept as a code', 'Formular A12b ausfüllen', 'Fill in form A12b', 'en'],
];

// [what it shows, source, translation, target, the reasons expected]
const REFUSED: readonly [string, string, string, string, readonly GuardReason[]][] = [
  ['nothing out', 'Bitte kommen Sie pünktlich.', '', 'en', ['empty']],
  ['only punctuation', 'Bitte kommen Sie pünktlich.', ' … ', 'en', ['empty']],
  [
    'one word looping',
    'Bitte kommen Sie pünktlich.',
    'Please please please please come on time.',
    'en',
    ['repetition'],
  ],
  [
    'a phrase looping',
    'Das Amt hilft Ihnen gern weiter.',
    'The office will help you, the office will help you, the office will help you.',
    'en',
    ['repetition'],
  ],
  [
    'a changed amount (and the new number is invented)',
    'Die Gebühr beträgt 1.234,50 €.',
    'The fee is €1,243.50.',
    'en',
    ['number-added', 'amount'],
  ],
  ['an amount without its currency', 'Die Gebühr beträgt 37 Euro.', 'The fee is 37.', 'en', ['amount']],
  ['a lost date', 'Die Frist endet am 30.06.2026.', 'The deadline ends soon.', 'en', ['date']],
  [
    'day and month swapped in words',
    'Die Frist endet am 04.06.2026.',
    'The deadline ends on 4 April 2026.',
    'en',
    ['date'],
  ],
  [
    'a wrong year',
    'Die Frist endet am 30.06.2026.',
    'The deadline ends on 30/06/2025.',
    'en',
    ['number-added', 'date'],
  ],
  ['a wrong time', 'Der Termin ist um 14:30 Uhr.', 'The appointment is at 3:30 p.m.', 'en', ['number-added', 'time']],
  [
    'an invented number',
    'Kinder unter sechs Jahren fahren kostenlos.',
    'Children under 7 travel free.',
    'en',
    ['number-added'],
  ],
  ['a lost number', 'Sie brauchen 3 Fotos.', 'You need some photos.', 'en', ['number']],
  ['a wrong number word', 'Sie brauchen 3 Fotos.', 'Вам потрібні дві фотографії.', 'uk', ['number']],
  ['a Persian „no“ is no nine', 'Sie brauchen 9 Fotos.', 'نه، شما عکس نیاز دارید.', 'fa', ['number']],
  ['a wrong phone number', 'Rufen Sie 0821 3102-2345 an.', 'Call 0821 3102-2354.', 'en', ['number-added', 'phone']],
  [
    'a changed e-mail address',
    'Schreiben Sie an buergerbuero@stadt-beispiel.de.',
    'Write to citizens-office@stadt-beispiel.de.',
    'en',
    ['email'],
  ],
  [
    'a translated web address',
    'Mehr unter www.stadt-beispiel.de/parken.',
    'More at www.city-example.com/parking.',
    'en',
    ['url'],
  ],
  [
    'a missing municipal term',
    'Den Antrag stellen Sie im Bürgerbüro.',
    'You submit the application at the town hall.',
    'en',
    ['term'],
  ],
  [
    'far too short',
    'Für den Umzug in eine neue Wohnung brauchen Sie die Bestätigung Ihres Vermieters.',
    'Moving.',
    'en',
    ['length'],
  ],
  [
    'far too long for a short heading',
    'Öffnungszeiten',
    'Opening hours are the times at which the office is open for visitors and the times at which it is closed.',
    'en',
    ['length'],
  ],
  [
    'a Russian translation that loses the year',
    'Der Kurs beginnt am 15. April 2026.',
    'Курс начинается 15 апреля.',
    'ru',
    ['date'],
  ],
];

describe('guardTranslation keeps faithful translations', () => {
  it.each(KEPT)('%s', (_what, source, output, target) => {
    const result = guardTranslation(source, output, target);
    expect(result).toEqual({ passed: true, reasons: [] });
  });
});

describe('guardTranslation refuses', () => {
  it.each(REFUSED)('%s', (_what, source, output, target, reasons) => {
    const result = guardTranslation(source, output, target);
    expect(result.passed).toBe(false);
    expect(result.reasons).toEqual(reasons);
  });

  it('names what the output lost and what it added', () => {
    const result = guardTranslation(
      'Die Gebühr von 37 € ist bis zum 15.04.2026 im Bürgerbüro zu zahlen.',
      'The fee of 73 euros must be paid at the town hall.',
      'en',
    );
    expect(result.missing).toEqual(['37 €', '15.04.2026', 'Bürgerbüro']);
    expect(result.added).toEqual(['73']);
    expect(result.reasons).toEqual(['number-added', 'amount', 'date', 'term']);
  });

  it('uses the terminology check it is given instead of its own', () => {
    const source = 'Den Antrag stellen Sie im Bürgerbüro.';
    const output = "You submit the application at the Citizens' Office.";
    expect(guardTranslation(source, output, 'en').passed).toBe(true);
    const missing = [{ source: 'Bürgerbüro', expected: "Citizens' Office", found: false }];
    expect(guardTranslation(source, output, 'en', { terms: missing }).reasons).toEqual(['term']);
  });

  it('accepts a loop the source has itself', () => {
    expect(isDegenerate('No, no, no!', 'Nein, nein, nein!')).toBe(false);
    expect(isDegenerate('No, no, no!', 'Nein!')).toBe(true);
    expect(isDegenerate('aaaaaaaaaaaa', 'Hallo')).toBe(true);
  });

  it('judges length against the source, with slack for short ones', () => {
    expect(lengthPlausible('Duldung', 'Duldung (temporary suspension of deportation)')).toBe(true);
    expect(lengthPlausible('Ja', '')).toBe(true);
    expect(lengthPlausible('Ein ganz normaler Satz mit einigen Wörtern darin.', 'A.')).toBe(false);
  });
});

describe('sourceFacts', () => {
  it('reads what a German sentence states', () => {
    const facts = sourceFacts(
      'Am 3. Mai 2026 um 9.30 Uhr kostet es 12,50 € (Tel. 0251 492-0, amt@stadt.de, https://stadt.de/a), Zimmer 4.',
    );
    expect(facts).toEqual([
      { kind: 'date', text: '3. Mai 2026', day: 3, month: 5, year: 2026 },
      { kind: 'time', text: '9.30 Uhr', hour: 9, minute: 30 },
      { kind: 'amount', text: '12,50 €', value: 12.5 },
      { kind: 'phone', text: '0251 492-0', digits: '02514920' },
      { kind: 'email', text: 'amt@stadt.de', value: 'amt@stadt.de' },
      { kind: 'url', text: 'https://stadt.de/a', value: 'stadt.de/a' },
      { kind: 'number', text: '4', value: 4 },
    ]);
  });
});

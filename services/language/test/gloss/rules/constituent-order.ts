import { gloss, sources, words } from '../support.js';

describe('order: time – subject – place – objects – verb', () => {
  test('time phrases first, then subject, then place', () => {
    const text = 'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.';
    const s = gloss(text);
    expect(words(s)).toEqual(['MONTAG', 'UHR', '9', 'POSS-2', 'TERMIN', 'BÜRGERBÜRO']);
    expect(sources(text, s).slice(3, 6)).toEqual([
      ['POSS-2', 'Ihr'],
      ['TERMIN', 'Termin'],
      ['BÜRGERBÜRO', 'Bürgerbüro'],
    ]);
    expect(s.rules).toContain('order');
  });

  test('the verb goes last, after its object', () => {
    expect(words(gloss('Die Gebühr beträgt 37,00 Euro.'))).toEqual(['GEBÜHR', '37', 'EURO', 'BETRAGEN']);
    expect(words(gloss('Ich habe keinen Termin.'))).toEqual(['IX-1', 'TERMIN', 'KEIN', 'HABEN']);
  });

  test('a modal follows its main verb', () => {
    expect(words(gloss('Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.')).slice(2)).toEqual([
      'INNERHALB',
      'ZWEI',
      'WOCHE',
      'IX-2',
      'ANMELDEN',
      'MÜSSEN',
    ]);
    expect(words(gloss('Man kann den Antrag online ausfüllen.'))).toEqual(['ONLINE', 'ANTRAG', 'AUSFÜLLEN', 'KÖNNEN']);
  });

  test('a fronted object: the subject still comes first', () => {
    expect(words(gloss('Informationen finden Sie unter www.muenster.de.'))).toEqual([
      'IX-2',
      'FS-INFORMATION',
      'INTERNET',
      'FS-FINDEN',
    ]);
  });

  test('wir with a plural verb is the subject (1st and 3rd person plural share the verb form)', () => {
    expect(words(gloss('Im Bürgerbüro beglaubigen wir Kopien.'))).toEqual([
      'IX-1-PL',
      'BÜRGERBÜRO',
      'KOPIE+',
      'BEGLAUBIGEN',
    ]);
  });

  test('a time phrase after the verb in German comes first in DGS', () => {
    expect(words(gloss('Das Bürgerbüro ist am 3. Oktober geschlossen.'))).toEqual([
      '3.',
      'OKTOBER',
      'BÜRGERBÜRO',
      'GESCHLOSSEN',
    ]);
  });

  test('already in DGS order: the rule does not fire', () => {
    const s = gloss('Der Personalausweis ist zehn Jahre gültig.');
    expect(words(s)).toEqual(['PERSONALAUSWEIS', 'ZEHN', 'JAHR', 'GÜLTIG']);
    expect(s.rules).not.toContain('order');
  });
});

describe('coordination is kept together', () => {
  test('two coordinated subjects stay one constituent: nothing is placed between them', () => {
    const s = gloss('Kinder und Frauen warten im Bürgerbüro.');
    const signs = words(s).map((w) => w.replace(/\+$/, ''));
    expect(signs.indexOf('FRAU')).toBe(signs.indexOf('KIND') + 1);
  });
});

import {
  checkTerminology,
  containsGermanTerm,
  containsTargetTerm,
  MUNICIPAL_TERMS,
  terminologyLanguages,
} from '../../src/index.js';

describe('municipal terminology in machine translations', () => {
  test('finds German terms in their inflected forms, not inside other words', () => {
    expect(containsGermanTerm('Gehen Sie zum Bürgerbüro.', 'Bürgerbüro')).toBe(true);
    expect(containsGermanTerm('Die Öffnungszeiten des Bürgerbüros ändern sich.', 'Bürgerbüro')).toBe(true);
    expect(containsGermanTerm('Das Reisebüro ist geschlossen.', 'Bürgerbüro')).toBe(false);
  });

  test('accepts the city’s term in English as written, with plural or possessive s only', () => {
    const r = checkTerminology('Bitte gehen Sie zum Bürgerbüro.', "Please go to the Citizens' Office.", 'en');
    expect(r).toEqual({
      output: "Please go to the Citizens' Office.",
      terms: [{ source: 'Bürgerbüro', expected: "Citizens' Office", found: true }],
    });
    expect(containsTargetTerm('two identity cards', 'identity card', 'en')).toBe(true);
    expect(containsTargetTerm('an identity document', 'identity card', 'en')).toBe(false);
  });

  test('rewrites a listed variant to the term, capital kept at the start of a sentence', () => {
    const r = checkTerminology('Das Bürgerbüro hat montags geöffnet.', 'Citizen Office is open on Mondays.', 'en');
    expect(r.output).toBe("Citizens' Office is open on Mondays.");
    expect(r.terms).toEqual([
      { source: 'Bürgerbüro', expected: "Citizens' Office", found: true, replaced: 'Citizen Office' },
    ]);
    const id = checkTerminology('Bringen Sie Ihren Personalausweis mit.', 'Bring your ID card.', 'en');
    expect(id.output).toBe('Bring your identity card.');
  });

  test('reports a term the output does not use, and changes nothing', () => {
    const r = checkTerminology('Beantragen Sie Wohngeld.', 'Apply for rent support.', 'en');
    expect(r).toEqual({
      output: 'Apply for rent support.',
      terms: [{ source: 'Wohngeld', expected: 'housing benefit', found: false }],
    });
  });

  test('inflected terms count in languages with case endings and suffixes', () => {
    expect(containsTargetTerm('Принесите ваше удостоверение личности.', 'удостоверение личности', 'ru')).toBe(true);
    expect(containsTargetTerm('Bez dowodu osobistego nie można.', 'dowód osobisty', 'pl')).toBe(true);
    expect(containsTargetTerm('Proszę przynieść paszport.', 'dowód osobisty', 'pl')).toBe(false);
    expect(containsTargetTerm('Proszę przynieść dowód osobisty.', 'dowód osobisty', 'pl')).toBe(true);
    expect(containsTargetTerm('Kimlik kartınızı getirin.', 'kimlik kartı', 'tr')).toBe(true);
  });

  test('Arabic and Persian: prepositions and the article attached, letter variants and joiners ignored', () => {
    expect(containsTargetTerm('اذهب إلى بمكتب خدمة المواطنين', 'مكتب خدمة المواطنين', 'ar')).toBe(true);
    expect(containsTargetTerm('رأی گیری پستی ممکن است', 'رأی‌گیری پستی', 'fa')).toBe(true);
    expect(containsTargetTerm('كارت شناسايي', 'کارت شناسایی', 'fa')).toBe(true);
  });

  test('a language without glossary entries gets no checks', () => {
    expect(checkTerminology('Gehen Sie zum Bürgerbüro.', 'Allez au bureau.', 'fr').terms).toEqual([]);
  });

  test('every entry has a term for every glossary language', () => {
    const languages = terminologyLanguages();
    expect(languages).toEqual(['ar', 'en', 'fa', 'pl', 'ru', 'tr', 'uk']);
    for (const entry of MUNICIPAL_TERMS) {
      for (const l of languages) {
        expect({ de: entry.de, l, ok: (entry.targets[l]?.term ?? '') !== '' }).toEqual({ de: entry.de, l, ok: true });
      }
    }
  });
});

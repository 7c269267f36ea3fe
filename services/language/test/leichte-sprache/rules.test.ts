// Each rule of the Leichte Sprache checker on its own municipal test sentences, and on clean Leichte Sprache.
import { describe, expect, it } from '@jest/globals';

import { LS_RULES } from '../../src/leichte-sprache/index.js';
import { byRule, CLEAN, findings, GLOSSARY, spans } from './support.js';

describe('clean Leichte Sprache', () => {
  it.each(CLEAN)('no rule flags „%s“ (except the hard-word check of the text)', (text) => {
    // hard-word asks for an explanation of glossary words (Bürger-Büro, Formular) somewhere in the text
    expect(findings(text, { profile: 'netzwerk' }).filter((f) => f.rule !== 'hard-word')).toEqual([]);
  });

  it('a clean text that explains its hard words has no finding at all', () => {
    const text = [
      'Sie brauchen einen Termin.',
      'Der Termin ist im Bürger-Büro.',
      'Das Bürger-Büro ist ein Amt von der Stadt.',
      'Das Bürger-Büro ist im Stadt-Haus.',
      'Sie bezahlen 37 Euro.',
    ].join('\n');
    expect(findings(text, { profile: 'netzwerk' })).toEqual([]);
  });
});

describe('sentence-length', () => {
  it('is info above 10 words (din) and an error above 15', () => {
    const medium = 'Bitte bringen Sie zu Ihrem Termin im Bürger-Büro Ihren alten Ausweis mit.';
    const long =
      'Bitte bringen Sie zu Ihrem Termin im Bürger-Büro am Montag oder am Dienstag Ihren alten Ausweis und ein Foto mit.';
    expect(byRule('sentence-length', medium).map((f) => f.severity)).toEqual(['info']);
    expect(byRule('sentence-length', medium, { profile: 'netzwerk' }).map((f) => f.severity)).toEqual(['warning']);
    expect(byRule('sentence-length', long).map((f) => f.severity)).toEqual(['error']);
    expect(spans('sentence-length', long)).toEqual([long]);
  });

  it('does not flag 10 words', () => {
    expect(byRule('sentence-length', 'Sie bekommen den neuen Ausweis nach 3 Wochen im Bürger-Büro.')).toEqual([]);
  });
});

describe('verb-bracket', () => {
  it('notes more than 6 words between the parts of the verb, and warns about more than 10', () => {
    const wide = 'Sie müssen den Antrag mit allen Unterlagen bis zum Freitag im Bürger-Büro abgeben.';
    expect(byRule('verb-bracket', wide).map((f) => [f.severity, f.message])).toEqual([
      ['info', 'Zwischen den Teilen des Verbs „müssen … abgeben“ stehen 10 Wörter.'],
    ]);
    expect(spans('verb-bracket', wide)).toEqual([
      'müssen den Antrag mit allen Unterlagen bis zum Freitag im Bürger-Büro abgeben',
    ]);
    const wider =
      'Sie können innerhalb von 90 Tagen nach Ihrer Einreise einen Antrag auf eine Aufenthalts-Erlaubnis stellen.';
    expect(byRule('verb-bracket', wider).map((f) => f.severity)).toEqual(['warning']);
    expect(byRule('verb-bracket', wider, { profile: 'einfach' }).map((f) => f.severity)).toEqual(['warning']);
    expect(byRule('verb-bracket', wide, { profile: 'einfach' })).toEqual([]);
  });

  it('measures to the first verb of a pair of verbs and leaves close verbs, insertions and verb-final clauses alone', () => {
    expect(byRule('verb-bracket', 'Sie können den Antrag online stellen oder ihn im Bürger-Büro abgeben.')).toEqual([]);
    expect(byRule('verb-bracket', 'Sie müssen den Antrag im Bürger-Büro abgeben.')).toEqual([]);
    expect(
      byRule('verb-bracket', 'Sie müssen den Antrag, den Sie von uns bekommen haben, im Bürger-Büro abgeben.'),
    ).toEqual([]);
    expect(
      byRule('verb-bracket', 'Sie wissen, dass Sie den Antrag mit allen Unterlagen bis Freitag abgeben müssen.'),
    ).toEqual([]);
  });
});

describe('one-statement', () => {
  it.each([
    'Wenn Sie umziehen, melden Sie sich im Bürger-Büro an.',
    'Der Antrag, den Sie gestellt haben, ist fertig.',
    'Sie füllen das Formular aus und schicken es an das Amt.',
    'Bitte kommen Sie früh, um lange Wartezeiten zu vermeiden.',
  ])('warns about „%s“', (text) => {
    const found = byRule('one-statement', text);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toMatch(/2 Aussagen/);
  });

  it('is a warning in both Leichte Sprache profiles, never an error (Einfache Sprache allows a second clause)', () => {
    const rule = LS_RULES.find((r) => r.id === 'one-statement')!;
    expect(rule.severity).toEqual({ din: 'warning', netzwerk: 'warning', einfach: 'off' });
  });

  it('leaves a modal verb with its infinitive and „Das bedeutet:“ alone', () => {
    expect(byRule('one-statement', 'Sie können den Ausweis im Bürger-Büro abholen.')).toEqual([]);
    expect(byRule('one-statement', 'Das bedeutet: Auf dem Papier steht Ihre Adresse.')).toEqual([]);
  });
});

describe('passive', () => {
  it('flags the werden-passive with its verb forms', () => {
    expect(spans('passive', 'Der Antrag wird vom Bürger-Büro geprüft.')).toEqual(['wird vom Bürger-Büro geprüft']);
    expect(spans('passive', 'Der Antrag muss bis Freitag eingereicht werden.')).toEqual(['eingereicht werden']);
  });

  it('flags the modal passive with „sein … zu“', () => {
    const found = byRule('passive', 'Die Gebühr ist bar zu bezahlen.');
    expect(found.map((f) => 'Die Gebühr ist bar zu bezahlen.'.slice(f.start, f.end))).toEqual(['ist bar zu bezahlen']);
    expect(found[0]!.suggestion).toBe('Schreiben Sie aktiv: Wer macht etwas?');
  });

  it('is a warning in din and an error in netzwerk', () => {
    const text = 'Der Ausweis wird per Post geschickt.';
    expect(byRule('passive', text).map((f) => f.severity)).toEqual(['warning']);
    expect(byRule('passive', text, { profile: 'netzwerk' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('leaves active sentences and „leicht zu verstehen“ alone', () => {
    expect(byRule('passive', 'Wir prüfen Ihren Antrag.')).toEqual([]);
    expect(byRule('passive', 'Der Text ist leicht zu verstehen.')).toEqual([]);
  });
});

describe('state-passive', () => {
  it('gives a hint for a state passive', () => {
    expect(spans('state-passive', 'Die Akte ist bearbeitet.')).toEqual(['ist bearbeitet']);
  });

  it('allows „geschlossen“, „geöffnet“ and perfect tenses with sein', () => {
    expect(byRule('state-passive', 'Das Amt ist heute geschlossen.')).toEqual([]);
    expect(byRule('state-passive', 'Der Ausweis ist abgelaufen.')).toEqual([]);
  });
});

describe('genitive', () => {
  it('flags genitive phrases and suggests „von“', () => {
    const found = byRule('genitive', 'Das ist das Büro des Bürgermeisters.');
    expect(found.map((f) => 'Das ist das Büro des Bürgermeisters.'.slice(f.start, f.end))).toEqual([
      'des Bürgermeisters',
    ]);
    expect(found[0]!.suggestion).toBe('Schreiben Sie mit „von“: von dem Bürgermeister');
    expect(spans('genitive', 'Die Öffnungszeiten der Bibliothek ändern sich.')).toEqual(['der Bibliothek']);
    expect(spans('genitive', 'Wegen des Umbaus ist das Amt zu.')).toEqual(['des Umbaus']);
  });

  it('is stricter in netzwerk', () => {
    const text = 'Das ist das Büro des Bürgermeisters.';
    expect(byRule('genitive', text).map((f) => f.severity)).toEqual(['warning']);
    expect(byRule('genitive', text, { profile: 'netzwerk' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('does not take a dative „der“ for a genitive', () => {
    expect(byRule('genitive', 'Sie bekommen den Ausweis in der Stadt-Bücherei.')).toEqual([]);
    expect(byRule('genitive', 'Das ist das Büro von dem Bürger-Meister.')).toEqual([]);
  });
});

describe('subjunctive', () => {
  it.each([
    ['Sie könnten auch anrufen.', 'könnten', 'können'],
    ['Es wäre gut, früh zu kommen.', 'wäre', 'ist'],
    ['Sie hätten einen Termin gebraucht.', 'hätten', 'haben'],
    ['Sie müssten den Ausweis mitbringen.', 'müssten', 'müssen'],
  ])('flags „%s“', (text, word, plain) => {
    const found = byRule('subjunctive', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([word]);
    expect(found[0]!.suggestion).toContain(`„${plain}“`);
  });

  it('flags „würde“ and allows the polite „möchten“', () => {
    expect(spans('subjunctive', 'Wir würden uns über Ihren Besuch freuen.')).toEqual(['würden']);
    expect(byRule('subjunctive', 'Sie möchten einen neuen Pass?')).toEqual([]);
  });
});

describe('negation', () => {
  it('flags nicht, kein and nie: info in din, warning in netzwerk', () => {
    const text = 'Wir haben heute keine Termine.';
    expect(spans('negation', text)).toEqual(['keine']);
    expect(byRule('negation', text).map((f) => f.severity)).toEqual(['info']);
    expect(byRule('negation', text, { profile: 'netzwerk' }).map((f) => f.severity)).toEqual(['warning']);
    expect(spans('negation', 'Das Amt ist nie am Sonntag offen.')).toEqual(['nie']);
    expect(spans('negation', 'Das Amt ist am Sonntag nicht offen.')).toEqual(['nicht']);
  });

  it('rates two negations in one sentence higher: warning in din, error in netzwerk', () => {
    const text = 'Ohne Ausweis bekommen Sie keinen Pass nicht.';
    expect(byRule('negation', text).map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(byRule('negation', text, { profile: 'netzwerk' }).map((f) => f.severity)).toEqual(['error', 'error']);
  });
});

describe('negative-prefix', () => {
  it('is off in din and a hint in netzwerk', () => {
    expect(byRule('negative-prefix', 'Der Ausweis ist ungültig.')).toEqual([]);
    const found = byRule('negative-prefix', 'Der Ausweis ist ungültig.', { profile: 'netzwerk' });
    expect(found.map((f) => [f.severity, f.suggestion])).toEqual([['info', 'Schreiben Sie: nicht gültig']]);
  });

  it('leaves un… words that are no negation alone', () => {
    const text = 'Bitte unterschreiben Sie unbedingt unten.';
    expect(byRule('negative-prefix', text, { profile: 'netzwerk' })).toEqual([]);
  });
});

describe('compound', () => {
  it('splits long compounds at the lexicon head', () => {
    const found = byRule('compound', 'Gehen Sie zum Bürgerbüro.');
    expect(found.map((f) => ['Gehen Sie zum Bürgerbüro.'.slice(f.start, f.end), f.suggestion])).toEqual([
      ['Bürgerbüro', 'Bürger-Büro'],
    ]);
    expect(byRule('compound', 'Sie brauchen eine Meldebescheinigung.')[0]!.suggestion).toBe('Melde-Bescheinigung');
    expect(byRule('compound', 'Sie brauchen ein Führungszeugnis.')[0]!.suggestion).toBe('Führungs-Zeugnis');
  });

  it('uses the mediopunkt when asked', () => {
    const found = byRule('compound', 'Gehen Sie zum Bürgerbüro.', { separator: 'mediopunkt' });
    expect(found[0]!.suggestion).toBe('Bürger·büro');
  });

  it('is info in din, warning in netzwerk, stronger for very long words', () => {
    expect(byRule('compound', 'Gehen Sie zum Bürgerbüro.').map((f) => f.severity)).toEqual(['info']);
    expect(byRule('compound', 'Gehen Sie zum Bürgerbüro.', { profile: 'netzwerk' }).map((f) => f.severity)).toEqual([
      'warning',
    ]);
    const long = byRule('compound', 'Die Schwerbehindertenausweisverlängerung dauert lange.', { profile: 'netzwerk' });
    expect(long.map((f) => [f.severity, f.suggestion])).toEqual([['error', 'Schwerbehinderten-Ausweis-Verlängerung']]);
  });

  it('leaves short compounds, separated words and non-compounds alone', () => {
    expect(byRule('compound', 'Das Stadthaus ist neu.')).toEqual([]);
    expect(byRule('compound', 'Das Bürger·büro ist im Stadt·haus.')).toEqual([]);
    expect(byRule('compound', 'Die Einbürgerung dauert lange.')).toEqual([]);
    expect(byRule('compound', 'Die Veranstaltung ist in der Gesellschaft.')).toEqual([]);
  });

  it('asks for a capital letter after the hyphen in netzwerk', () => {
    expect(byRule('compound', 'Das Bürger-büro ist offen.', { profile: 'netzwerk' })[0]!.suggestion).toBe(
      'Bürger-Büro',
    );
    expect(byRule('compound', 'Das Bürger-büro ist offen.')).toEqual([]);
  });
});

describe('long-word', () => {
  it('flags very long words that are no splittable compound', () => {
    expect(spans('long-word', 'Das ist eine Steuer-Identifikationsnummer.')).toEqual(['Steuer-Identifikationsnummer']);
    expect(byRule('long-word', 'Die Schwerbehindertenausweisverlängerung dauert lange.')).toEqual([]);
  });
});

describe('number-words', () => {
  it.each([
    ['Die Bearbeitung dauert zwei Wochen.', 'zwei', '2'],
    ['Der Pass kostet siebzig Euro.', 'siebzig', '70'],
    ['Wir brauchen dreiundzwanzig Unterschriften.', 'dreiundzwanzig', '23'],
    ['Sie können bis zu dreimal verlängern.', 'dreimal', '3-mal'],
    ['Der Umbau kostet zweitausend Euro.', 'zweitausend', '2000'],
  ])('„%s“: %s → %s', (text, word, digits) => {
    const found = byRule('number-words', text);
    expect(found.map((f) => [text.slice(f.start, f.end), f.suggestion])).toEqual([[word, digits]]);
  });

  it('leaves the article „ein“ and digits alone', () => {
    expect(byRule('number-words', 'Sie brauchen ein Foto und einen Ausweis.')).toEqual([]);
    expect(byRule('number-words', 'Der Pass kostet 70 Euro.')).toEqual([]);
  });
});

describe('date-time', () => {
  it('asks for the month as a word', () => {
    const found = byRule('date-time', 'Der Termin ist am 12.03.2026.');
    expect(found.map((f) => ['Der Termin ist am 12.03.2026.'.slice(f.start, f.end), f.suggestion])).toEqual([
      ['12.03.2026', '12. März 2026'],
    ]);
  });

  it('asks for 9:30 Uhr and 9 Uhr', () => {
    expect(byRule('date-time', 'Das Amt öffnet um 9.30 Uhr.').map((f) => f.suggestion)).toEqual(['9:30 Uhr']);
    expect(byRule('date-time', 'Das Amt öffnet um 09:30 Uhr.').map((f) => f.suggestion)).toEqual(['9:30 Uhr']);
    expect(byRule('date-time', 'Das Amt öffnet um 8.00 Uhr.').map((f) => f.suggestion)).toEqual(['8 Uhr']);
    const range = 'Wir sind von 8.00 bis 12.30 Uhr da.';
    expect(byRule('date-time', range).map((f) => [range.slice(f.start, f.end), f.suggestion])).toEqual([
      ['8.00', '8'],
      ['12.30 Uhr', '12:30 Uhr'],
    ]);
  });

  it('leaves the easy forms alone', () => {
    expect(byRule('date-time', 'Der Termin ist am Donnerstag, 12. März 2026 um 9:30 Uhr.')).toEqual([]);
    expect(byRule('date-time', 'Das Amt öffnet um 9 Uhr.')).toEqual([]);
  });
});

describe('weekday', () => {
  it('suggests the weekday, computed when the year is known', () => {
    expect(byRule('weekday', 'Der Termin ist am 12. März 2026.').map((f) => f.suggestion)).toEqual([
      'Donnerstag, 12. März 2026',
    ]);
    expect(byRule('weekday', 'Der Termin ist am Donnerstag, 12. März 2026.')).toEqual([]);
    expect(byRule('weekday', 'Das gilt seit dem 1. Januar 2024.')).toEqual([]);
  });
});

describe('abbreviation', () => {
  it.each([
    ['Bringen Sie z. B. Ihren Pass mit.', 'z. B.', 'zum Beispiel'],
    ['Sie brauchen ggf. ein Foto.', 'ggf.', 'gegebenenfalls'],
    ['Das Amt ist in der Klemensstr. 10.', 'Klemensstr.', 'Klemensstraße'],
    ['Gehen Sie in Zimmer Nr. 5.', 'Nr.', 'Nummer'],
    ['Das kostet ca. 10 Euro.', 'ca.', 'ungefähr'],
  ])('„%s“: %s → %s', (text, abbreviation, plain) => {
    const found = byRule('abbreviation', text);
    expect(found.map((f) => [text.slice(f.start, f.end), f.suggestion])).toEqual([[abbreviation, plain]]);
  });

  it('is a warning in din, an error in netzwerk', () => {
    expect(byRule('abbreviation', 'Sie brauchen ggf. ein Foto.').map((f) => f.severity)).toEqual(['warning']);
    expect(byRule('abbreviation', 'Sie brauchen ggf. ein Foto.', { profile: 'netzwerk' })[0]!.severity).toBe('error');
  });
});

describe('special-characters', () => {
  it.each([
    ['Das steht in § 5.', '§', 'Paragraf'],
    ['Die Gebühr steigt um 10 %.', '%', 'Prozent'],
    ['Bringen Sie Pass & Foto mit.', '&', 'und'],
    ['Sie brauchen den Ausweis und/oder den Pass.', '/', 'oder'],
    ['Kommen Sie früh; es ist voll.', ';', 'Punkt'],
    ['Die Karte kostet 5 €.', '€', 'Euro'],
  ])('„%s“: %s', (text, char, hint) => {
    const found = byRule('special-characters', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([char]);
    expect(found[0]!.suggestion).toContain(hint);
  });

  it('takes brackets and quotation marks as a whole, and the ellipsis', () => {
    expect(spans('special-characters', 'Das Amt (im Stadt-Haus) ist offen.')).toEqual(['(im Stadt-Haus)']);
    expect(spans('special-characters', 'Das Amt heißt „Bürger-Büro“.')).toEqual(['„Bürger-Büro“']);
    expect(spans('special-characters', 'Wir warten auf…')).toEqual(['…']);
  });

  it('leaves web addresses and case numbers alone', () => {
    expect(byRule('special-characters', 'Das Formular finden Sie auf www.stadt-muenster.example/formulare.')).toEqual(
      [],
    );
    expect(byRule('special-characters', 'Ihr Aktenzeichen ist 32-1234/2026.')).toEqual([]);
  });
});

describe('foreign-word', () => {
  it.each([
    ['Sie können den Termin online buchen.', 'online', 'im Internet'],
    ['Unser Team hilft Ihnen.', 'Team', 'Gruppe'],
    ['Klicken Sie auf den Link.', 'Link', 'Verweis'],
    ['Das steht auf unserer Homepage.', 'Homepage', 'Internet-Seite'],
    ['Sie bekommen den Brief per Post.', 'per', 'mit der Post'],
    ['Das kostet circa 10 Euro.', 'circa', 'ungefähr'],
    ['Das geht de facto nicht.', 'de facto', 'in Wirklichkeit'],
    ['Nutzen Sie das Online-Formular.', 'Online-Formular', 'im Internet'],
  ])('„%s“: %s', (text, word, plain) => {
    const found = byRule('foreign-word', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([word]);
    expect(found[0]!.suggestion).toContain(plain);
  });

  it('allows E-Mail, Internet and Handy', () => {
    expect(byRule('foreign-word', 'Schreiben Sie uns eine E-Mail im Internet oder mit dem Handy.')).toEqual([]);
  });
});

describe('idiom', () => {
  it.each([
    ['Wir greifen Ihnen gerne unter die Arme.', 'greifen Ihnen gerne unter die Arme', 'helfen'],
    ['Wir halten Sie auf dem Laufenden.', 'auf dem Laufenden', 'informiert'],
    ['Wir leiten alles in die Wege.', 'leiten alles in die Wege', 'anfangen'],
    ['Das Amt und die Polizei arbeiten Hand in Hand.', 'Hand in Hand', 'zusammen'],
    ['Der Vertrag ist unter Dach und Fach.', 'unter Dach und Fach', 'fertig'],
    ['Wir haben den Umbau ins Auge gefasst.', 'ins Auge gefasst', 'planen'],
  ])('„%s“', (text, span, plain) => {
    const found = byRule('idiom', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(found[0]!.suggestion).toContain(plain);
  });

  it('matches inflected forms on lemmas and needs the verb', () => {
    expect(spans('idiom', 'Die Stadt griff den Familien unter die Arme.')).toEqual([
      'griff den Familien unter die Arme',
    ]);
    expect(spans('idiom', 'Die Stadt hat vielen Familien in der Krise unter die Arme gegriffen.')).toEqual([
      'unter die Arme gegriffen',
    ]);
    expect(byRule('idiom', 'Er hat sich unter den Armen verletzt.')).toEqual([]);
  });

  it('has at least 40 idioms', async () => {
    const { IDIOMS } = await import('../../src/leichte-sprache/index.js');
    expect(IDIOMS.length).toBeGreaterThanOrEqual(40);
  });
});

describe('nominal-style', () => {
  it.each([
    ['Sie müssen einen Antrag stellen.', 'Antrag stellen', 'beantragen'],
    ['Sie können die Beratung in Anspruch nehmen.', 'in Anspruch nehmen', 'nutzen'],
    ['Bitte nehmen Sie das zur Kenntnis.', 'nehmen Sie das zur Kenntnis', 'lesen'],
    ['Wir stellen Ihnen ein Formular zur Verfügung.', 'zur Verfügung', 'geben'],
  ])('„%s“', (text, span, plain) => {
    const found = byRule('nominal-style', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(found[0]!.suggestion).toContain(plain);
  });

  it('needs the light verb in the same clause', () => {
    expect(byRule('nominal-style', 'Der Antrag ist fertig.')).toEqual([]);
  });
});

describe('hard-word', () => {
  it('flags a glossary word the first time, with its explanation', () => {
    const text = 'Sie brauchen eine Meldebescheinigung.\nSie bekommen die Meldebescheinigung im Bürger-Büro.';
    const found = byRule('hard-word', text).filter((f) => text.slice(f.start, f.end) === 'Meldebescheinigung');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(text.indexOf('Meldebescheinigung'));
    expect(found[0]!.suggestion).toMatch(/Papier/);
  });

  it('accepts an explanation in the next sentence or after a colon', () => {
    expect(byRule('hard-word', 'Sie brauchen eine Meldebescheinigung.\nDas ist ein Papier vom Amt.')).toEqual([]);
    expect(
      byRule('hard-word', 'Sie brauchen eine Meldebescheinigung.\nDas bedeutet: Auf dem Papier steht Ihre Adresse.'),
    ).toEqual([]);
    expect(byRule('hard-word', 'Sie brauchen eine Meldebescheinigung: ein Papier vom Amt.')).toEqual([]);
  });

  it('finds compounds and takes a glossary of its own', () => {
    expect(spans('hard-word', 'Der Wohngeldantrag ist fertig.')).toEqual(['Wohngeldantrag']);
    const glossary = [
      { term: 'Sperrmüll', senses: [{ explanation: 'Sperr-Müll sind große Sachen, zum Beispiel alte Möbel.' }] },
    ];
    expect(byRule('hard-word', 'Melden Sie den Sperrmüll an.', { glossary }).map((f) => f.suggestion)).toEqual([
      glossary[0]!.senses[0]!.explanation,
    ]);
    expect(byRule('hard-word', 'Sie brauchen eine Meldebescheinigung.', { glossary })).toEqual([]);
  });

  it('ships a glossary whose explanations are Leichte Sprache themselves', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(400);
    for (const term of GLOSSARY) {
      for (const sense of term.senses) {
        const errors = findings(sense.explanation).filter((f) => f.severity === 'error');
        expect({ term: term.term, errors }).toEqual({ term: term.term, errors: [] });
      }
    }
  });

  it('matches compound parts only at real word boundaries', () => {
    const glossary = [
      { term: 'Satzung', senses: [{ explanation: 'Eine Satzung ist eine Regel von der Stadt.' }] },
      { term: 'Antrag', senses: [{ explanation: 'Mit einem Antrag bitten Sie das Amt um etwas.' }] },
      { term: 'Amt', match: 'word' as const, senses: [{ explanation: 'Ein Amt ist ein Büro von der Stadt.' }] },
    ];
    expect(spans('hard-word', 'Die Besatzung ist an Bord.', { glossary })).toEqual([]);
    expect(spans('hard-word', 'Die Hundesteuersatzung gilt.', { glossary })).toEqual(['Hundesteuersatzung']);
    expect(spans('hard-word', 'Das Antragsformular liegt hier.', { glossary })).toEqual(['Antragsformular']);
    // `Amt` is a whole-word term: the Ordnungsamt is not explained as „ein Amt“
    expect(spans('hard-word', 'Das Ordnungsamt hilft.', { glossary })).toEqual([]);
    expect(spans('hard-word', 'Das Amt hilft.', { glossary })).toEqual(['Amt']);
  });

  it('picks the sense that fits the words around the term', () => {
    const glossary = [
      {
        term: 'Anmeldung',
        senses: [
          {
            when: { near: ['Kita', 'Kindergarten'] },
            explanation: 'Bei der Anmeldung sagen Sie der Kita: Mein Kind soll kommen.',
          },
          {
            when: { near: ['Wohnung', 'umziehen'] },
            explanation: 'Bei der Anmeldung sagen Sie dem Amt: Hier wohne ich jetzt.',
          },
        ],
      },
    ];
    const suggestion = (text: string) => byRule('hard-word', text, { glossary }).map((f) => f.suggestion);
    expect(suggestion('Die Anmeldung ist ab Januar möglich. Der Kindergarten hat 40 Plätze.')).toEqual([
      glossary[0]!.senses[0]!.explanation,
    ]);
    expect(suggestion('Nach dem Umzug in eine neue Wohnung brauchen Sie eine Anmeldung.')).toEqual([
      glossary[0]!.senses[1]!.explanation,
    ]);
    // in no context it names, the term has no default sense: nothing to explain
    expect(suggestion('Die Anmeldung zum Lauf ist offen.')).toEqual([]);
    // the Kita compound finds the Kita sense through its own part
    expect(suggestion('Die Kita-Anmeldung ist offen.')).toEqual([glossary[0]!.senses[0]!.explanation]);
  });
});

describe('consistency', () => {
  it('flags a synonym once, pointing to the first word', () => {
    const text = 'Bringen Sie Ihren Personalausweis mit.\nDer Ausweis muss gültig sein.\nOhne Ausweis geht es nicht.';
    const found = byRule('consistency', text);
    expect(found.map((f) => [text.slice(f.start, f.end), f.suggestion])).toEqual([['Ausweis', 'Personalausweis']]);
  });

  it('flags the same word with and without hyphen', () => {
    const text = 'Gehen Sie in das Bürgerbüro.\nDas Bürger-Büro ist im Stadt-Haus.';
    expect(byRule('consistency', text).map((f) => [text.slice(f.start, f.end), f.suggestion])).toEqual([
      ['Bürger-Büro', 'Bürgerbüro'],
    ]);
  });
});

describe('one-sentence-per-line', () => {
  it('flags the second sentence on a line: info in din, warning in netzwerk', () => {
    const text = 'Sie brauchen einen Termin. Der Termin ist am Montag.';
    expect(spans('one-sentence-per-line', text)).toEqual(['Der Termin ist am Montag.']);
    expect(byRule('one-sentence-per-line', text)[0]!.severity).toBe('info');
    expect(byRule('one-sentence-per-line', text, { profile: 'netzwerk' })[0]!.severity).toBe('warning');
    expect(byRule('one-sentence-per-line', 'Sie brauchen einen Termin.\nDer Termin ist am Montag.')).toEqual([]);
  });
});

describe('long-paragraph', () => {
  it('flags a paragraph with more than 6 sentences', () => {
    const sentences = Array.from({ length: 7 }, () => 'Sie brauchen einen Termin.');
    expect(byRule('long-paragraph', sentences.join('\n'))).toHaveLength(1);
    expect(byRule('long-paragraph', sentences.slice(0, 6).join('\n'))).toEqual([]);
    expect(byRule('long-paragraph', [...sentences.slice(0, 4), '', ...sentences.slice(0, 3)].join('\n'))).toEqual([]);
  });
});

import { baseForms } from '../../src/gloss/derivation.js';

const bases = (lemma: string, upos: Parameters<typeof baseForms>[1]) =>
  baseForms(lemma, upos).map((b) => `${b.pos}:${b.lemma}:${b.steps.join('+')}`);

describe('word formation: the bases a derived word may be signed with', () => {
  test('verbal nouns: -ung, -nis, -e → the verb (with -n after -el/-er)', () => {
    expect(bases('Beratung', 'NOUN')).toContain('VERB:beraten:verbal-noun');
    expect(bases('Änderung', 'NOUN')).toContain('VERB:ändern:verbal-noun');
    expect(bases('Erlaubnis', 'NOUN')).toContain('VERB:erlauben:verbal-noun');
    expect(bases('Suche', 'NOUN')).toContain('VERB:suchen:verbal-noun');
    expect(bases('Anmeldung', 'NOUN')).toContain('VERB:anmelden:verbal-noun');
  });

  test('feminine nouns → the masculine, also with the umlaut undone; agents → the verb', () => {
    expect(bases('Mitarbeiterin', 'NOUN')).toContain('NOUN:Mitarbeiter:feminine');
    expect(bases('Ärztin', 'NOUN')).toContain('NOUN:Arzt:feminine');
    expect(bases('Beraterin', 'NOUN')).toContain('VERB:beraten:feminine+agent');
    expect(bases('Lehrer', 'NOUN')).toContain('VERB:lehren:agent');
    expect(bases('Termin', 'NOUN')).not.toContain('NOUN:Term:feminine');
  });

  test('adjectives from nouns and verbs, participles, and un- as a negation', () => {
    expect(bases('beruflich', 'ADJ')).toContain('NOUN:Beruf:denominal-adjective');
    expect(bases('jährlich', 'ADJ')).toContain('NOUN:Jahr:denominal-adjective');
    expect(bases('schulisch', 'ADJ')).toContain('NOUN:Schule:denominal-adjective');
    expect(bases('erreichbar', 'ADJ')).toContain('VERB:erreichen:deverbal-adjective');
    expect(bases('geflüchtet', 'ADJ')).toContain('VERB:flüchten:participle');
    expect(bases('angemeldet', 'ADJ')).toContain('VERB:anmelden:participle');
    expect(bases('unvollständig', 'ADJ')).toContain('ADJ:vollständig:negated');
  });

  test('adjectives used as nouns: Jugendliche → jugendlich → Jugend, Geflüchtete → flüchten', () => {
    expect(bases('Jugendliche', 'NOUN')).toEqual(
      expect.arrayContaining([
        'ADJ:jugendlich:nominalised-adjective',
        'NOUN:Jugend:nominalised-adjective+denominal-adjective',
      ]),
    );
    expect(bases('Geflüchtete', 'NOUN')).toContain('VERB:flüchten:nominalised-adjective+participle');
  });

  test('lexicalised words keep their own meaning: no base for Rechnung, Zeugnis, natürlich, Stelle, zuständig', () => {
    for (const [word, upos] of [
      ['Rechnung', 'NOUN'],
      ['Zeugnis', 'NOUN'],
      ['natürlich', 'ADJ'],
      ['Stelle', 'NOUN'],
    ] as const) {
      expect(bases(word, upos)).toEqual([]);
    }
    // -ig hides other words too often (zuständig is not ZUSTAND).
    expect(bases('zuständig', 'ADJ').filter((b) => b.startsWith('NOUN'))).toEqual([]);
  });

  test('no bases for short words, names and forms with digits', () => {
    expect(bases('Amt', 'NOUN')).toEqual([]);
    expect(bases('B2-Kurs', 'NOUN')).toEqual([]);
    expect(bases('Müller', 'PROPN')).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from '@jest/globals';

import { formatFeats, joinSeparable, type Candidate, type Lexicon } from '../src/index.js';
import { loadLexicon } from './support/dictionaries.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const summary = (cs: readonly Candidate[]): string[] =>
  cs.map((c) => `${c.lemma} ${c.upos} ${formatFeats(c.feats, '_')}`);

describe('buildLexicon', () => {
  it('indexes hundreds of thousands of forms', () => {
    expect(lexicon.stats.forms).toBeGreaterThan(200_000);
    expect(lexicon.stats.readings).toBeGreaterThan(600_000);
    expect(lexicon.stats.lemmas).toBeGreaterThan(70_000);
  });

  it('analyses noun forms with case, number and gender, keeping every reading', () => {
    expect(summary(lexicon.lookup('Anträge'))).toEqual([
      'Antrag NOUN Case=Nom|Gender=Masc|Number=Plur',
      'Antrag NOUN Case=Acc|Gender=Masc|Number=Plur',
      'Antrag NOUN Case=Gen|Gender=Masc|Number=Plur',
    ]);
    expect(summary(lexicon.lookup('Antrags'))).toEqual(['Antrag NOUN Case=Gen|Gender=Masc|Number=Sing']);
    expect(summary(lexicon.lookup('Büros'))).toContain('Büro NOUN Case=Gen|Gender=Neut|Number=Sing');
    expect(summary(lexicon.lookup('Büros'))).toContain('Büro NOUN Case=Dat|Gender=Neut|Number=Plur');
  });

  it('adds the modern dative singular where the data has only the old -e form', () => {
    expect(summary(lexicon.lookup('Antrag'))).toContain('Antrag NOUN Case=Dat|Gender=Masc|Number=Sing');
    expect(summary(lexicon.lookup('Antrage'))).toEqual(['Antrag NOUN Case=Dat|Gender=Masc|Number=Sing']);
  });

  it('analyses verb forms: finite, subjunctive, imperative, infinitive and participles', () => {
    const beantragt = summary(lexicon.lookup('beantragt'));
    expect(beantragt).toContain('beantragen VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin');
    expect(beantragt).toContain('beantragen VERB Mood=Imp|Number=Plur|Person=2|VerbForm=Fin');
    expect(beantragt).toContain('beantragen VERB Tense=Past|VerbForm=Part');
    expect(summary(lexicon.lookup('beantragte'))).toContain(
      'beantragen VERB Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin',
    );
    expect(summary(lexicon.lookup('beantragend'))).toEqual(['beantragen VERB Tense=Pres|VerbForm=Part']);
    expect(summary(lexicon.lookup('ginge'))).toContain(
      'gehen VERB Mood=Sub|Number=Sing|Person=1|Tense=Past|VerbForm=Fin',
    );
  });

  it('records zu-infinitives and the joined finite forms of particle verbs', () => {
    const zu = lexicon.lookup('anzurufen');
    expect(zu).toEqual([expect.objectContaining({ lemma: 'anrufen', upos: 'VERB', zuInfinitive: true })]);
    expect(zu[0]!.feats).toEqual({ VerbForm: 'Inf' });
    expect(summary(lexicon.lookup('anruft'))).toContain(
      'anrufen VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    );
  });

  it('records separated stems of particle verbs with their particle and joins them', () => {
    const separated = lexicon.separated('rufe');
    expect(separated.map((c) => c.lemma)).toEqual(expect.arrayContaining(['anrufen', 'aufrufen', 'abrufen']));
    const anrufen = separated.find((c) => c.lemma === 'anrufen')!;
    expect(anrufen.separable).toEqual({ stem: 'rufe', particle: 'an' });
    // the stem alone is still the simple verb
    expect(lexicon.lookup('rufe').every((c) => c.lemma === 'rufen')).toBe(true);

    const joined = joinSeparable(separated, 'an');
    expect(new Set(joined.map((c) => c.lemma))).toEqual(new Set(['anrufen']));
    expect(summary(joined)).toContain('anrufen VERB Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin');
    expect(summary(lexicon.joinSeparable('bringen', 'mit'))).toContain(
      'mitbringen VERB Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin',
    );
    expect(lexicon.joinSeparable('rufe', 'zu').map((c) => c.lemma)).toContain('zurufen');
    expect(lexicon.joinSeparable('rufe', 'hinterher')).toEqual([]);
  });

  it('joins particle verbs the data lists with joined forms only', () => {
    // `teilnehmen` has forms like „teilnimmt“ but no separated ones
    expect(summary(lexicon.joinSeparable('nehmen', 'teil'))).toContain(
      'teilnehmen VERB Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin',
    );
  });

  it('adds common municipal verbs the dictionary lacks', () => {
    expect(summary(lexicon.lookup('vereinbart'))).toEqual(
      expect.arrayContaining([
        'vereinbaren VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
        'vereinbaren VERB Tense=Past|VerbForm=Part',
      ]),
    );
    expect(summary(lexicon.lookup('hochgeladen'))).toEqual(['hochladen VERB Tense=Past|VerbForm=Part']);
    expect(lexicon.joinSeparable('laden', 'hoch').map((c) => c.lemma)).toContain('hochladen');
    expect(lexicon.lookup('hochzuladen')).toEqual([
      expect.objectContaining({ lemma: 'hochladen', zuInfinitive: true }),
    ]);
  });

  it('has the definite article with its full case table', () => {
    expect(summary(lexicon.lookup('der'))).toEqual(
      expect.arrayContaining([
        'der DET Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art',
        'der DET Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art',
        'der DET Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art',
        'der DET Case=Gen|Definite=Def|Number=Plur|PronType=Art',
        'der PRON Case=Nom|Gender=Masc|Number=Sing|PronType=Rel',
      ]),
    );
    expect(summary(lexicon.lookup('die').filter((c) => c.upos === 'DET'))).toEqual([
      'der DET Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art',
      'der DET Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art',
      'der DET Case=Nom|Definite=Def|Number=Plur|PronType=Art',
      'der DET Case=Acc|Definite=Def|Number=Plur|PronType=Art',
    ]);
    expect(summary(lexicon.lookup('das').filter((c) => c.upos === 'DET'))).toEqual([
      'der DET Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art',
      'der DET Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art',
    ]);
    expect(summary(lexicon.lookup('einem'))).toEqual([
      'ein DET Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art',
      'ein DET Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art',
    ]);
  });

  it('has negation, pronouns, prepositions and conjunctions', () => {
    expect(summary(lexicon.lookup('nicht'))).toEqual(['nicht PART Polarity=Neg']);
    expect(lexicon.lookup('keinen').every((c) => c.upos === 'DET' && c.feats.Polarity === 'Neg')).toBe(true);
    expect(summary(lexicon.lookup('Sie'))).toContain('Sie PRON Case=Nom|Number=Plur|Person=3|Polite=Form|PronType=Prs');
    expect(summary(lexicon.lookup('Ihren'))).toContain(
      'Ihr DET Case=Acc|Gender=Masc|Number=Sing|Person=3|Polite=Form|Poss=Yes|PronType=Prs',
    );
    expect(lexicon.lookup('mit')[0]).toMatchObject({ upos: 'ADP', governs: ['Dat'] });
    expect(lexicon.lookup('für')[0]).toMatchObject({ upos: 'ADP', governs: ['Acc'] });
    expect(lexicon.lookup('wegen')[0]).toMatchObject({ upos: 'ADP', governs: ['Gen', 'Dat'] });
    expect(lexicon.lookup('zum')[0]).toMatchObject({ lemma: 'zu', upos: 'ADP', contraction: ['zu', 'dem'] });
    expect(lexicon.lookup('weil').map((c) => c.upos)).toEqual(['SCONJ']);
    expect(lexicon.lookup('sondern').map((c) => c.upos)).toEqual(['CCONJ']);
    expect(lexicon.lookup('wann')).toEqual([expect.objectContaining({ upos: 'ADV', feats: { PronType: 'Int' } })]);
    expect(lexicon.lookup('zu').map((c) => c.upos)).toEqual(['ADP', 'PART']);
  });

  it('tags auxiliaries and modals as AUX in all finite forms', () => {
    for (const [form, lemma] of [
      ['ist', 'sein'],
      ['wären', 'sein'],
      ['hat', 'haben'],
      ['wird', 'werden'],
      ['würde', 'werden'],
      ['kann', 'können'],
      ['müsst', 'müssen'],
      ['darf', 'dürfen'],
      ['solltet', 'sollen'],
      ['will', 'wollen'],
      ['möchten', 'mögen'],
    ] as const) {
      const readings = lexicon.lookup(form);
      expect(readings.length).toBeGreaterThan(0);
      expect(readings.filter((c) => c.upos === 'AUX').every((c) => c.lemma === lemma)).toBe(true);
      expect(readings[0]!.upos).toBe('AUX');
    }
    // `haben` is also a full verb (`einen Termin haben`)
    expect(lexicon.lookup('hat').map((c) => c.upos)).toEqual(expect.arrayContaining(['AUX', 'VERB']));
  });

  it('inflects the frequent adjectives', () => {
    for (const form of ['zuständig', 'zuständige', 'zuständigen', 'zuständiger', 'zuständiges', 'zuständigem']) {
      expect(lexicon.lookup(form)).toContainEqual(expect.objectContaining({ lemma: 'zuständig', upos: 'ADJ' }));
    }
    expect(lexicon.lookup('hohe')).toContainEqual(expect.objectContaining({ lemma: 'hoch', upos: 'ADJ' }));
    expect(lexicon.lookup('ersten')).toContainEqual(
      expect.objectContaining({ lemma: 'erste', feats: { NumType: 'Ord' } }),
    );
  });

  it('falls back to other capitalisations', () => {
    expect(lexicon.lookupExact('Heute')).toEqual([]);
    expect(lexicon.lookup('Heute')).toEqual([expect.objectContaining({ lemma: 'heute', upos: 'ADV', folded: true })]);
    expect(lexicon.lookup('ANTRAG').map((c) => c.lemma)).toContain('Antrag');
    expect(lexicon.lookup('e-mail').map((c) => c.lemma)).toContain('E-Mail');
    expect(lexicon.lookup('Antrag').some((c) => c.folded)).toBe(false);
  });

  it('knows nothing of non-words', () => {
    expect(lexicon.lookup('Xyzzyq')).toEqual([]);
  });
});

// The checker as a whole: API, profiles, options, exact spans, the rule catalogue, readability figures,
// the statement counter and the complexity score.
import { describe, expect, it } from '@jest/globals';

import {
  analyseSentence,
  checkLeichteSprache,
  complexityScore,
  countStatements,
  LS_RULES,
  syllables,
  type Finding,
} from '../../src/leichte-sprache/index.js';
import { findings, getAnalyzer, GLOSSARY } from './support.js';

const OFFICIALESE = [
  'Der Antrag auf Ausstellung eines Personalausweises ist persönlich im Bürgerbüro zu stellen.',
  'Bitte bringen Sie z. B. Ihren alten Ausweis, ein biometrisches Foto (35 x 45 mm) & ggf. eine Vollmacht mit.',
  'Die Gebühr beträgt 37,00 € bzw. 22,80 € für Personen unter 24 Jahren; sie wird bar oder per EC-Karte bezahlt.',
  'Sollten Sie keinen Termin bekommen, würden wir Ihnen gerne unter die Arme greifen.',
  'Der Ausweis ist nach ca. drei Wochen abholbereit, die Abholung ist bis 18.00 Uhr am 12.03.2026 möglich.',
  'Wegen des Umbaus des Stadthauses ist das Bürgerbüro nicht barrierefrei. Das Online-Portal hilft.',
].join('\n');

describe('checkLeichteSprache', () => {
  it('returns findings and stats', () => {
    const result = checkLeichteSprache(getAnalyzer(), OFFICIALESE, { glossary: GLOSSARY });
    expect(result.findings.length).toBeGreaterThan(20);
    expect(result.stats.sentences).toBe(7);
    expect(new Set(result.findings.map((f) => f.rule)).size).toBeGreaterThan(12);
  });

  it('points every finding at exact, non-empty text, in order', () => {
    for (const profile of ['din', 'netzwerk'] as const) {
      const found = findings(OFFICIALESE, { profile });
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(OFFICIALESE.length);
        expect(f.end).toBeGreaterThan(f.start);
        const text = OFFICIALESE.slice(f.start, f.end);
        expect(text.trim()).toBe(text);
        expect(f.message.length).toBeGreaterThan(10);
      }
      const starts = found.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('keeps spans exact with soft hyphens and no-break spaces in the input', () => {
    const text = 'Bitte bringen Sie z.\u00A0B. Ihren Personal\u00ADausweis mit.';
    const found = findings(text);
    const abbreviation = found.find((f) => f.rule === 'abbreviation')!;
    expect(text.slice(abbreviation.start, abbreviation.end)).toBe('z.\u00A0B.');
    const compound = found.find((f) => f.rule === 'compound')!;
    expect(text.slice(compound.start, compound.end)).toBe('Personal\u00ADausweis');
    expect(compound.suggestion).toBe('Personal-Ausweis');
  });

  it('quotes spans exactly for a sentence in the middle of a text', () => {
    const text = 'Sie brauchen einen Termin.\nDer Antrag wird vom Amt geprüft.\nSie bezahlen 37 Euro.';
    const passive = findings(text).find((f) => f.rule === 'passive')!;
    expect(text.slice(passive.start, passive.end)).toBe('wird vom Amt geprüft');
  });

  it('differs between the profiles in negation, genitive and compounds', () => {
    const text = 'Das Bürgerbüro des Stadtteils ist nicht offen.';
    const severities = (profile: 'din' | 'netzwerk') =>
      Object.fromEntries(
        findings(text, { profile })
          .filter((f) => ['negation', 'genitive', 'compound'].includes(f.rule))
          .map((f) => [f.rule, f.severity]),
      );
    expect(severities('din')).toEqual({ negation: 'info', genitive: 'warning', compound: 'info' });
    expect(severities('netzwerk')).toEqual({ negation: 'warning', genitive: 'error', compound: 'warning' });
  });

  it('lets the editor switch rules off or change their severity', () => {
    const text = 'Das Amt ist nicht offen.';
    expect(findings(text, { rules: { negation: 'off' } }).some((f) => f.rule === 'negation')).toBe(false);
    expect(findings(text, { rules: { negation: 'error' } }).find((f) => f.rule === 'negation')!.severity).toBe('error');
    const prefix = findings('Der Ausweis ist ungültig.', { rules: { 'negative-prefix': 'warning' } });
    expect(prefix.map((f) => f.rule)).toContain('negative-prefix');
  });

  it('handles empty text and text without sentences', () => {
    expect(checkLeichteSprache(getAnalyzer(), '')).toEqual({
      findings: [],
      stats: expect.objectContaining({ sentences: 0, words: 0 }) as unknown,
    });
    expect(checkLeichteSprache(getAnalyzer(), '  \n\n ').findings).toEqual([]);
  });
});

describe('LS_RULES', () => {
  it('lists every rule once with German title and description and a source', () => {
    const ids = LS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const r of LS_RULES) {
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.description.length).toBeGreaterThan(20);
      expect(['DIN SPEC 33429', 'Netzwerk Leichte Sprache', 'Bürgernahe Verwaltungssprache']).toContain(r.source);
      for (const p of ['din', 'netzwerk'] as const)
        expect(['error', 'warning', 'info', 'off']).toContain(r.severity[p]);
    }
    expect(JSON.parse(JSON.stringify(LS_RULES))).toEqual(LS_RULES);
  });

  it('covers every rule id the checker reports', () => {
    const ids = new Set(LS_RULES.map((r) => r.id));
    const reported = [...findings(OFFICIALESE, { profile: 'netzwerk' })].map((f: Finding) => f.rule);
    for (const id of reported) expect(ids.has(id)).toBe(true);
  });
});

describe('readability', () => {
  it('computes the figures of a hand-counted example', () => {
    // Sie(1) brau-chen(2) ei-nen(2) Ter-min(2) | Das(1) Bür-ger-Bü-ro(4) ist(1) im(1) Stadt-Haus(2):
    // 9 words, 16 syllables, 2 sentences; ≥ 3 syllables: 1; > 6 letters: brauchen, Bürger-Büro, Stadt-Haus;
    // 1 syllable: Sie, Das, ist, im.
    const { stats } = checkLeichteSprache(
      getAnalyzer(),
      'Sie brauchen einen Termin. Das Bürger-Büro ist im Stadt-Haus.',
    );
    expect(stats.sentences).toBe(2);
    expect(stats.words).toBe(9);
    expect(stats.wordsPerSentence).toBe(4.5);
    expect(stats.syllablesPerWord).toBeCloseTo(16 / 9, 2);
    expect(stats.longWordShare).toBeCloseTo(1 / 9, 3);
    // 180 − 4.5 − 58.5 × 16/9 = 71.5
    expect(stats.fleschAmstad).toBeCloseTo(71.5, 1);
    // 0.1935 × 11.11 + 0.1672 × 4.5 + 0.1297 × 33.33 − 0.0327 × 44.44 − 0.875 = 4.90
    expect(stats.wienerSachtextformel).toBeCloseTo(4.9, 1);
    // 4.5 + 33.33
    expect(stats.lix).toBeCloseTo(37.8, 1);
  });

  it('counts a mediopunkt compound as one word', () => {
    const { stats } = checkLeichteSprache(getAnalyzer(), 'Das Bürger·büro ist im Stadt·haus.');
    expect(stats.words).toBe(5);
    expect(stats.syllablesPerWord).toBeCloseTo(9 / 5, 2);
  });
});

describe('syllables', () => {
  it.each([
    ['Sie', 1],
    ['brauchen', 2],
    ['Termin', 2],
    ['Bürger-Büro', 4],
    ['Bürger·büro', 4],
    ['Abend', 2],
    ['aber', 2],
    ['Meldebescheinigung', 6],
    ['Personalausweis', 5],
    ['Situation', 5],
    ['beeinflussen', 4],
    ['Ei', 1],
    ['z. B.', 3],
    ['usw.', 4],
    ['37', 5],
    ['WC', 2],
    ['', 0],
  ])('%s: %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('countStatements', () => {
  const count = (s: string) => countStatements(analyseSentence(getAnalyzer(), s));

  it('counts one statement in a simple sentence and none in a fragment', () => {
    expect(count('Sie brauchen einen Termin.')).toBe(1);
    expect(count('Zum Beispiel Schulen.')).toBe(0);
  });

  it('counts more for clauses and coordinated phrases', () => {
    expect(count('Wenn Sie umziehen, melden Sie sich an.')).toBe(2);
    expect(count('Wir brauchen Ihren Ausweis, ein Foto und das Formular.')).toBeGreaterThanOrEqual(2);
  });
});

describe('complexityScore', () => {
  it('rates Leichte Sprache easy and officialese hard, on the 1–7 scale', () => {
    const score = (s: string) => complexityScore(analyseSentence(getAnalyzer(), s));
    const easy = score('Sie brauchen einen Termin.');
    const hard = score(
      'Der Antrag auf Ausstellung eines Personalausweises ist unter Vorlage der erforderlichen Nachweise persönlich bei der zuständigen Meldebehörde zu stellen.',
    );
    expect(easy).toBeGreaterThanOrEqual(1);
    expect(hard).toBeLessThanOrEqual(7);
    expect(easy).toBeLessThan(2);
    expect(hard).toBeGreaterThan(3);
  });
});

// Einfache Sprache: plain German at about B1. Long sentences are split, one subordinate clause may stay, compounds
// keep their normal spelling, hard words are explained once in the running text.
import { describe, expect, it } from '@jest/globals';

import { checkLeichteSprache, plainSpelling, rewriteEinfacheSprache } from '../../../src/leichte-sprache/index.js';
import { GLOSSARY } from '../support.js';
import { getAnalyzer } from './support.js';

const rewrite = (text: string) => rewriteEinfacheSprache(getAnalyzer(), text, { glossary: GLOSSARY }).text;

describe('rewriteEinfacheSprache', () => {
  it('splits a long sentence at its clauses and keeps the normal spelling of compounds', () => {
    const out = rewrite(
      'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen beim Bürgerbüro anmelden, weil das Gesetz es so vorschreibt.',
    );
    expect(out).toContain('Sie ziehen um? Dann müssen Sie sich innerhalb von 2 Wochen beim Bürgerbüro anmelden.');
    expect(out).toContain('Denn das Gesetz schreibt es so vor.');
    expect(out).not.toContain('Bürger-Büro');
    expect(out).not.toContain('\n');
  });

  it('leaves a short sentence with one subordinate clause as it is', () => {
    const text = 'Sie können den Antrag online stellen, wenn Sie ein Konto haben.';
    expect(rewrite(text)).toBe(text);
  });

  it('writes a polite subjunctive as a plain request, also in a short sentence', () => {
    expect(rewrite('Würden Sie bitte das Formular unterschreiben?')).toBe('Bitte unterschreiben Sie das Formular.');
  });

  it('addresses the reader instead of the modal passive', () => {
    expect(rewrite('Die Unterlagen sind bis Freitag einzureichen.')).toBe(
      'Sie müssen die Unterlagen bis Freitag einreichen.',
    );
  });

  it('explains a hard word once, in the running text, and leaves out what a B1 reader knows', () => {
    const out = rewrite(
      'Sie brauchen eine Meldebescheinigung und einen Antrag. Die Meldebescheinigung kostet 10 Euro.',
    );
    const explanation = GLOSSARY.find((t) => t.term === 'Meldebescheinigung')!.senses[0]!.explanation;
    expect(out.split(plainSpelling(explanation).split('. ')[0]!).length).toBe(2);
    expect(out).not.toContain('Mit einem Antrag bitten Sie');
    expect(out).not.toContain('\n');
  });

  it('keeps paragraphs and list items', () => {
    const out = rewrite('Sie brauchen:\n\n- einen Ausweis\n- ein Foto\n\nDas Bürgerbüro hilft.');
    expect(out).toContain('Sie brauchen:\n\n- einen Ausweis\n- ein Foto\n\nDas Bürgerbüro hilft.');
  });

  it('writes the glossary explanations in normal spelling', () => {
    expect(plainSpelling('Das Bürger-Büro ist im Stadt-Haus. Schreiben Sie eine E-Mail.')).toBe(
      'Das Bürgerbüro ist im Stadthaus. Schreiben Sie eine E-Mail.',
    );
  });
});

describe('the einfach profile of the checker', () => {
  const rules = (text: string) =>
    checkLeichteSprache(getAnalyzer(), text, { profile: 'einfach' }).findings.map((f) => `${f.rule}:${f.severity}`);

  it('allows 15 words, warns up to 20 and calls more an error', () => {
    const words = (n: number) => `${Array.from({ length: n - 1 }, () => 'Sie').join(' ')} gehen.`;
    expect(rules(words(15)).filter((r) => r.startsWith('sentence-length'))).toEqual([]);
    expect(rules(words(18)).filter((r) => r.startsWith('sentence-length'))).toEqual(['sentence-length:warning']);
    expect(rules(words(22)).filter((r) => r.startsWith('sentence-length'))).toEqual(['sentence-length:error']);
  });

  it('does not ask for separated compounds or for von instead of the genitive', () => {
    const found = rules('Die Gültigkeit des Personalausweises endet am Montag.');
    expect(found.some((r) => r.startsWith('compound'))).toBe(false);
    expect(found.some((r) => r.startsWith('genitive'))).toBe(false);
  });
});

// Shared helpers for the Leichte Sprache tests: one analyzer per test file.
import { createAnalyzer, type Analyzer } from '../../src/index.js';
import { checkLeichteSprache, type CheckOptions, type Finding } from '../../src/leichte-sprache/index.js';
import { loadGlossary, loadLexicon } from '../support/dictionaries.js';

let analyzer: Analyzer | undefined;

export function getAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer(loadLexicon());
  return analyzer;
}

/** The shipped glossary, loaded once. */
export const GLOSSARY = loadGlossary();

/** The checker's findings, with the shipped glossary unless the options name another. */
export function findings(text: string, options: CheckOptions = {}): readonly Finding[] {
  return checkLeichteSprache(getAnalyzer(), text, { glossary: GLOSSARY, ...options }).findings;
}

/** The findings of one rule. */
export function byRule(rule: string, text: string, options: CheckOptions = {}): Finding[] {
  return findings(text, options).filter((f) => f.rule === rule);
}

/** The flagged text of each finding of one rule. */
export function spans(rule: string, text: string, options: CheckOptions = {}): string[] {
  return byRule(rule, text, options).map((f) => text.slice(f.start, f.end));
}

/** Clean Leichte Sprache: no rule may flag these (each line is one text). */
export const CLEAN = [
  'Sie brauchen einen Termin.',
  'Das Bürger-Büro ist im Stadt-Haus.',
  'Der Termin ist am Montag.',
  'Sie bezahlen 37 Euro.',
  'Bringen Sie Ihren Ausweis mit.',
  'Das Amt ist am Freitag geschlossen.',
  'Sie können uns anrufen.',
  'Wir helfen Ihnen gerne.',
  'Das Formular ist leicht zu verstehen.',
  'Die Stadt hilft Ihnen.',
  'Sie bekommen einen Brief von uns.',
  'Wir schicken Ihnen den Brief mit der Post.',
  'Sie wohnen in Münster.',
  'Das Bürger-Büro ist von 8 bis 12 Uhr offen.',
  'Sie bekommen eine E-Mail.',
];

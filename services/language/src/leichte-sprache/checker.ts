// The Leichte Sprache checker: analyses a text once, runs every rule on it, and returns the findings
// (with the severity of the chosen profile) and the readability figures.

import type { Analyzer } from '../analyse.js';
import { createDoc, isDoc, type Doc } from '../doc.js';
import { RULES, severityOf } from './catalogue.js';
import { glossaryIndex } from './glossary.js';
import { readabilityStats } from './readability.js';
import type { CheckOptions, CheckResult, Finding, RuleContext, Severity } from './types.js';

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Runs the rules on an analysed text (a caller can keep the Doc and re-run with other options). */
export function checkDocument(doc: Doc, options: CheckOptions = {}): Finding[] {
  const analyzer = doc.analyzer;
  const profile = options.profile ?? 'din';
  const ctx: RuleContext = {
    doc,
    analyzer,
    profile,
    separator: options.separator ?? 'hyphen',
    glossary: glossaryIndex(options.glossary, analyzer.lexicon),
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const override = options.rules?.[rule.id];
    const own = severityOf(rule, profile);
    const base = override ?? own.base;
    const strong = override ?? own.strong;
    if (base === 'off' && strong === 'off') continue;
    for (const hit of rule.check(ctx)) {
      const severity = hit.strong ? strong : base;
      if (severity === 'off') continue;
      findings.push({
        rule: rule.id,
        severity,
        start: hit.start,
        end: hit.end,
        message: hit.message,
        ...(hit.suggestion === undefined ? {} : { suggestion: hit.suggestion }),
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || ORDER[a.severity] - ORDER[b.severity] || a.end - b.end);
}

/**
 * Checks a text against the Leichte Sprache rules of a profile (`din`: DIN SPEC 33429, default; `netzwerk`:
 * the stricter Netzwerk Leichte Sprache; `einfach`: Einfache Sprache). Offsets in the findings are into `text`.
 * Given a Doc, its analysis is used (and its analysis scope for what the rules analyse beyond it).
 */
export function checkLeichteSprache(analyzer: Analyzer, text: string | Doc, options: CheckOptions = {}): CheckResult {
  const doc = isDoc(text) ? text : createDoc(analyzer, text);
  return { findings: checkDocument(doc, options), stats: readabilityStats(doc) };
}

import {
  cappedConfidence,
  checkLeichteSprache,
  inventedWords,
  lostContentWords,
  preserved,
  rewriteLeichteSprache,
  sentenceConcerns,
} from '@bbs/language';
import type { Doc } from '@bbs/language';
import { LEICHTE_SPRACHE } from '@bbs/protocol';
import { termsOf, type GlossarySource } from '../glossary/live-glossary.js';
import { vocabularyOf } from '../vocabulary.js';
import type { EngineOutput, TextEngine } from './engine.js';
import type { ModelGate } from './model-with-rules.js';

/**
 * German → Leichte Sprache by the rule rewriter (split sentences, passive → active, genitive → von, numbers
 * and dates in the easy form, abbreviations written out, compounds separated, hard words explained). The
 * checker then grades each result: the confidence is the share of output sentences without an error
 * finding, capped by what the rules could not make safe (`concerns`: still too long, a clause left, a content
 * word or a number lost …), which the editor shows next to the sentence. A trained model, where one is installed, runs in front of these rules (see `acceptLeichteSprache`).
 */
export class LeichteSpracheEngine implements TextEngine {
  readonly id = 'rules';
  readonly targets = [LEICHTE_SPRACHE];
  /** Leichte Sprache puts one sentence per line. */
  readonly layout = 'lines' as const;

  constructor(private readonly glossary: GlossarySource) {}

  async translate(doc: Doc): Promise<EngineOutput[]> {
    // the rewriter, the checks and the concerns read the Doc and its analysis scope: one analysis per sentence
    const analyzer = doc.analyzer;
    const glossary = termsOf(this.glossary);
    const vocabulary = vocabularyOf(glossary);
    const rewritten = rewriteLeichteSprache(analyzer, doc, { glossary }).sentences;
    return rewritten.map((part, i) => {
      const output = part.output.length > 0 ? part.output : [doc.sentences[i]!.text];
      const clean = output.filter(
        (line) => !checkLeichteSprache(analyzer, line).findings.some((f) => f.severity === 'error'),
      ).length;
      const concerns = sentenceConcerns(analyzer, part.source, part.output, part.transformations, vocabulary);
      return {
        output: output.join('\n'),
        confidence: cappedConfidence(clean / output.length, concerns),
        concerns,
      };
    });
  }
}

/**
 * The gate for a Leichte Sprache model's sentence, laid out one sentence per line: every number, date and amount of
 * the source still there; every content word of the source still there in some form (a model that drops a clause,
 * a verb or „nur“ changes the meaning while breaking no rule); no noun, verb or adjective that neither the source
 * nor the rules' sentence for it has (a garbled word, a made-up explanation); no line twice (a decoding loop); and
 * no hard-rule error and no more warnings or notes than the rules' sentence has (DIN profile): a model sentence that
 * only copies the source would otherwise replace the rules' better one. Otherwise the rules' sentence is used.
 */
export function acceptLeichteSprache(glossarySource: GlossarySource): ModelGate {
  return (source, output, rules, analyzer) => {
    const glossary = termsOf(glossarySource);
    const lines = output.split('\n').map((line) => line.trim());
    return (
      new Set(lines).size === lines.length &&
      preserved(source, output) &&
      lostContentWords(analyzer, source, output).length === 0 &&
      inventedWords(analyzer, output, [source, rules]).length === 0 &&
      noWorse(
        checkLeichteSprache(analyzer, output, { glossary }).findings,
        checkLeichteSprache(analyzer, rules, { glossary }).findings,
      )
    );
  };
}

type Findings = ReturnType<typeof checkLeichteSprache>['findings'];
const count = (findings: Findings, severity: string) => findings.filter((f) => f.severity === severity).length;
/** No error, fewer warnings than the rules' sentence, or as many and no more notes (`info`: an unseparated compound). */
const noWorse = (model: Findings, rules: Findings): boolean => {
  if (count(model, 'error') > 0) return false;
  const [mw, rw] = [count(model, 'warning'), count(rules, 'warning')];
  return mw < rw || (mw === rw && count(model, 'info') <= count(rules, 'info'));
};

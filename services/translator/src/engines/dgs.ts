import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import { readSigml } from '@bbs/gloss-dictionary/sigml';
import {
  compileTimeline,
  glossAgreement,
  glossKindOf,
  glossLexiconFrom,
  glossText,
  isKnownGlossForm,
  numberDigits,
  spellLetters,
} from '@bbs/language';
import type { Analyzer, Doc, GlossedSentence, GlossLexicon, SignData } from '@bbs/language';
import { DGS } from '@bbs/protocol';
import type { ManualSystem, SignEntry, Timeline } from '@bbs/protocol';
import type { EngineOutput, TextEngine } from './engine.js';

/** How many of the rules' signs a gloss model's sentence must share (F1 of the gloss multisets). */
export const MODEL_GLOSS_AGREEMENT = 0.8;

/**
 * German → DGS: the rule translator turns analysed German into glosses with DGS grammar, and the timeline
 * compiler turns glosses into what the avatar signs. Signs come from gloss-dictionary; a word without a
 * sign is fingerspelled.
 */
export class DgsEngine implements TextEngine {
  readonly id = 'rules';
  readonly targets = [DGS];

  private lexicon: GlossLexicon;
  private byId: Map<string, SignEntry>;
  readonly signData: SignData;

  constructor(
    private readonly analyzer: Analyzer,
    /** The lexicon as shipped in gloss-dictionary/. */
    private readonly shipped: readonly SignEntry[],
    private readonly manual: { fingerspelling: ManualSystem; numbers: ManualSystem },
    /** Handshape ids of the inventory, to check corrected entries against. */
    readonly handshapes: ReadonlySet<string>,
  ) {
    this.byId = new Map(shipped.map((s) => [s.id, s]));
    this.lexicon = glossLexiconFrom(shipped);
    this.signData = { sign: (id) => this.byId.get(id), ...manual };
  }

  /** An engine over the same shipped lexicon with its own reviewed signs (one per service instance). */
  fork(): DgsEngine {
    return new DgsEngine(this.analyzer, this.shipped, this.manual, this.handshapes);
  }

  /** Every sign in force: shipped entries, replaced by their reviewed versions. */
  signs(): SignEntry[] {
    return [...this.byId.values()];
  }

  /** Lays signing reviewers' decisions (whole entries) over the lexicon; the gloss rules see them at once. */
  applyReviewedSigns(entries: readonly SignEntry[]): void {
    for (const entry of entries) this.byId.set(entry.id, entry);
    this.lexicon = glossLexiconFrom([...this.byId.values()]);
  }

  gloss(text: string): GlossedSentence[] {
    return glossText(this.analyzer, text, this.lexicon).sentences;
  }

  timeline(sentence: GlossedSentence, speed: number, final: boolean): Timeline {
    return compileTimeline(sentence, this.signData, { speed, final });
  }

  /**
   * SiGML (HamNoSys) played as it is: each sign of the document a draft entry, signed in order; parts of
   * compounds it names come from the lexicon. Throws SigmlError for a document it cannot read.
   */
  sigmlTimeline(sigml: string, speed: number): Timeline {
    const entries = readSigml(sigml, { reference: 'POST /v1/sign' });
    // The same gloss twice with different forms: each keeps its own form.
    const byGloss = new Map<string, SignEntry>();
    const glosses = entries.map((e) => {
      let gloss = e.id;
      for (let n = 2; byGloss.has(gloss); n++) gloss = `${e.id}-${n}`;
      byGloss.set(gloss, { ...e, id: gloss });
      return gloss;
    });
    const signData: SignData = { ...this.signData, sign: (id) => byGloss.get(id) ?? this.byId.get(id) };
    return compileTimeline(
      {
        source: glosses.join(' '),
        start: 0,
        end: 0,
        glosses: glosses.map((gloss) => ({ gloss, kind: 'lexical' as const, start: 0, end: 0 })),
        nonManuals: [],
      },
      signData,
      { speed, final: true },
    );
  }

  /** Glosses typed by a person (editor, tests): their kind is read from their form. */
  fromGlosses(glosses: readonly string[]): GlossedSentence {
    return {
      source: glosses.join(' '),
      start: 0,
      end: 0,
      glosses: glosses.map((gloss) => {
        const kind = glossKindOf(gloss, (id) => this.signData.sign(id) !== undefined);
        return {
          gloss,
          kind,
          start: 0,
          end: 0,
          signable: true,
          ...(kind === 'fingerspell' ? { letters: spellLetters(gloss.replace(/^FS-/, '')) } : {}),
          ...(kind === 'number' ? { digits: numberDigits(gloss) ?? '' } : {}),
        };
      }),
      nonManuals: [],
      rules: [],
    };
  }

  /**
   * The gate for a gloss model's sentence: every gloss is one the rules could have written (a lexicon sign or
   * its plural, a number, pointing, FS-…), and the model uses the same signs as the rules for the sentence, in
   * whatever order (`glossAgreement` ≥ 0.8). Without signer-glossed municipal texts nothing else tells a good
   * model sentence from a fluent wrong one: measured on held-out sample texts, a model trained on weather
   * forecasts writes known glosses for two thirds of the sentences, but hardly the signs the sentence needs.
   */
  acceptsModelGlosses(output: string, rules: string): boolean {
    return this.knowsAllGlosses(output) && glossAgreement(output, rules) >= MODEL_GLOSS_AGREEMENT;
  }

  /** Whether every gloss is one the rules could have written. */
  knowsAllGlosses(output: string): boolean {
    const glosses = output.split(/\s+/).filter(Boolean);
    return glosses.length > 0 && glosses.every((g) => isKnownGlossForm(g, (id) => this.byId.has(id)));
  }

  /** As a text target (`gsg` of /v1/translate): one line of glosses per sentence of the Doc. */
  async translate(doc: Doc): Promise<EngineOutput[]> {
    return glossText(doc.analyzer, doc, this.lexicon).sentences.map((glossed) => {
      const glosses = glossed.glosses.filter((g) => g.kind !== 'pause');
      const signable = glosses.filter((g) => g.kind !== 'fingerspell').length;
      return {
        output: glosses.map((g) => g.gloss).join(' '),
        // Rules are deterministic; what they cannot vouch for is a sentence made of fingerspelling.
        confidence: glosses.length === 0 ? 0 : signable / glosses.length,
      };
    });
  }
}

/**
 * Loads the sign lexicon and builds the DGS engine; refuses to start on an invalid lexicon. Two signs of the same
 * form are a fault of the lexicon (its validation fails) but no reason not to sign: they do not stop the start.
 */
export function loadDgsEngine(analyzer: Analyzer): DgsEngine {
  const dictionary = loadGlossDictionary();
  if (dictionary.problems.length > 0) {
    throw new Error(`the sign lexicon has problems:\n  ${dictionary.problems.slice(0, 10).join('\n  ')}`);
  }
  return new DgsEngine(
    analyzer,
    dictionary.signs,
    { fingerspelling: dictionary.fingerspelling, numbers: dictionary.numbers },
    new Set(dictionary.handshapes.map((h) => h.id)),
  );
}

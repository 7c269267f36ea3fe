// Word analysis: candidates (candidates.ts) → choice (disambiguate.ts) → sentence-level passes
// (agreement inside noun phrases, joining separated particle verbs).

import { generateCandidates } from './candidates.js';
import { agreementPass, heuristicChooser, isSentenceInitial, type Chooser } from './disambiguate.js';
import { formatFeats, featsAgree } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { Tagger, TaggedToken } from './tagger/tagger.js';
import { tokenize } from './tokens.js';
import type { AnalyzedToken, Candidate, Token } from './types.js';

export interface AnalyzerOptions {
  /** Replaces the heuristic choice (e.g. with a trained tagger ranking the same candidates). */
  readonly chooser?: Chooser;
  /**
   * A trained tagger (`createTagger(model)`, see tagger/): it decides word class, features and lemma for
   * whole sentences, in place of the chooser and the agreement pass. Separated particle verbs are still
   * joined (`rufe … an` → `anrufen`). Without it, the heuristics decide.
   */
  readonly tagger?: Tagger;
}

export interface TokenContext {
  /** The sentence the token is in (defaults to the token alone). */
  readonly tokens?: readonly Token[];
  /** Its position there (defaults to its index in `tokens`). */
  readonly index?: number;
  /** Analyses of the tokens before it, if already made. */
  readonly previous?: readonly AnalyzedToken[];
}

export type SentenceInput =
  string | { readonly text: string; readonly start: number; readonly tokens?: readonly Token[] } | readonly Token[];

export interface Analyzer {
  readonly lexicon: Lexicon;
  /** All candidate readings of a token, unranked. */
  candidates(token: Token, context?: TokenContext): Candidate[];
  /** Analyses one token with the left-to-right heuristics only (no sentence-level passes). */
  analyzeToken(token: Token, context?: TokenContext): AnalyzedToken;
  /**
   * Analyses a sentence: a string (offsets from 0), a sentence from splitSentences/segment (document
   * offsets), or its tokens.
   */
  analyzeSentence(sentence: SentenceInput): AnalyzedToken[];
}

// Words after which a particle stands at the end of its clause.
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', ')', '"', "''", '...', '–', '-', '--']);
const CLAUSE_START = new Set([',', ';', ':', '"', "''", '(', '–', '--']);

export function createAnalyzer(lexicon: Lexicon, options: AnalyzerOptions = {}): Analyzer {
  const chooser = options.chooser ?? heuristicChooser;
  const tagger = options.tagger;
  if (tagger?.meta.lexicon.adjectives && lexicon.stats.adjectives === 0) {
    throw new Error(
      'createAnalyzer: this tagger model was trained with german-adjectives-dict; build the lexicon with ' +
        'buildLexicon(words, verbs, { adjectives }), adjectives being the parsed adjectives.json of that package',
    );
  }

  const candidatesAt = (tokens: readonly Token[], i: number): Candidate[] =>
    generateCandidates(lexicon, tokens[i]!, { sentenceInitial: isSentenceInitial(tokens, i) });

  const result = (
    token: Token,
    candidate: Candidate,
    candidates: readonly Candidate[],
    rule: string,
    confidence: number,
  ): AnalyzedToken => ({
    ...token,
    lemma: candidate.lemma,
    upos: candidate.upos,
    feats: candidate.feats,
    candidates,
    rule,
    confidence,
  });

  // „Bringen Sie … mit“: a clause-final word that is the particle of a particle verb whose separated
  // stem appears earlier in the clause. The verb gets the joined lemma, the particle points to it.
  const joinParticles = (tokens: readonly Token[], out: AnalyzedToken[], keepParticle = false): void => {
    for (let p = 1; p < tokens.length; p++) {
      const tok = tokens[p]!;
      if (tok.kind !== 'word' || !/^\p{Ll}+$/u.test(tok.norm)) continue;
      const next = tokens[p + 1];
      const clauseFinal = !next || CLAUSE_END.has(next.norm) || out[p + 1]!.upos === 'CCONJ';
      if (!clauseFinal || out[p]!.verbIndex !== undefined) continue;
      let start = p - 1;
      while (start > 0 && !CLAUSE_START.has(tokens[start - 1]!.norm)) start--;
      for (let q = start; q < p; q++) {
        const verb = out[q]!;
        if (verb.kind !== 'word' || verb.particleIndex !== undefined) continue;
        if (verb.upos !== 'VERB' && verb.upos !== 'AUX') continue;
        const spellings = isSentenceInitial(tokens, q) ? [verb.norm, verb.norm.toLowerCase()] : [verb.norm];
        const joined = spellings.flatMap((s) => lexicon.joinSeparable(s, tok.norm));
        if (joined.length === 0) continue;
        const best =
          joined.find((j) => formatFeats(j.feats) === formatFeats(verb.feats)) ??
          joined.find((j) => featsAgree(j.feats, verb.feats, ['Person', 'Number', 'Tense', 'Mood'])) ??
          joined[0]!;
        if (keepParticle) {
          // the tagger's word class and features stay; the verb takes the particle verb's lemma
          const verbReading: Candidate = { ...best, upos: verb.upos, feats: verb.feats };
          out[q] = {
            ...result(
              verb,
              verbReading,
              [...verb.candidates, ...joined],
              `${verb.rule}+separable-verb`,
              verb.confidence,
            ),
            particleIndex: p,
          };
          out[p] = { ...out[p]!, verbIndex: q };
          break;
        }
        out[q] = {
          ...result(verb, best, [...verb.candidates, ...joined], `${verb.rule}+separable-verb`, verb.confidence),
          particleIndex: p,
        };
        const particle: Candidate = { lemma: tok.norm, upos: 'ADP', feats: {}, source: 'closed' };
        // UD German tags separated verb particles (STTS PTKVZ) as ADP with the relation compound:prt.
        out[p] = {
          ...result(tok, particle, [...out[p]!.candidates, particle], 'separable-particle', 0.8),
          verbIndex: q,
        };
        break;
      }
    }
  };

  const fromTagger = (tokens: readonly Token[], candidates: readonly Candidate[][]): AnalyzedToken[] => {
    const tagged = tagger!.tag({ tokens, candidates, lexicon });
    return tokens.map((t, i) => {
      const tg: TaggedToken = tagged[i]!;
      const { folded: _folded, ...reading } = tg.reading ?? { source: 'tagger' as const };
      const chosen: Candidate = { ...reading, lemma: tg.lemma, upos: tg.upos, feats: tg.feats };
      const cands = candidates[i]!;
      const known = cands.find((c) => c.lemma === chosen.lemma && c.upos === chosen.upos && c.feats === chosen.feats);
      return result(
        t,
        known ?? chosen,
        known ? cands : [...cands, chosen],
        tg.reading ? 'tagger' : 'tagger+lemma-rules',
        tg.confidence,
      );
    });
  };

  // „Brauche ich …?“, „Wohnen Sie …, dann …“: a sentence that opens with a word that can be a finite verb,
  // followed at once by a personal pronoun in the nominative, opens with its verb (German verb-first order in
  // questions and conditions). The tagger rarely saw first-person questions and may read a noun there.
  const verbFirst = (tokens: readonly Token[], out: AnalyzedToken[]): void => {
    const first = out[0];
    const second = out[1];
    if (!first || !second || first.upos === 'VERB' || first.upos === 'AUX') return;
    if (!(second.upos === 'PRON' && second.feats.PronType === 'Prs' && second.feats.Case === 'Nom')) return;
    const finite = first.candidates.find(
      (c) => (c.upos === 'VERB' || c.upos === 'AUX') && c.feats.VerbForm === 'Fin' && c.feats.Mood !== 'Imp',
    );
    if (finite) out[0] = result(tokens[0]!, finite, first.candidates, `${first.rule}+verb-first`, first.confidence);
  };

  const analyzeTokens = (tokens: readonly Token[]): AnalyzedToken[] => {
    const candidates = tokens.map((_, i) => candidatesAt(tokens, i));
    if (tagger) {
      const out = fromTagger(tokens, candidates);
      verbFirst(tokens, out);
      joinParticles(tokens, out, true);
      return out;
    }
    const chosen: Candidate[] = [];
    const rules: string[] = [];
    const confidences: number[] = [];
    tokens.forEach((_, index) => {
      const choice = chooser({ tokens, candidates, index, chosen });
      chosen[index] = choice.candidate;
      rules[index] = choice.rule;
      confidences[index] = choice.confidence;
    });
    for (const k of agreementPass(tokens, candidates, chosen)) rules[k] = `${rules[k]}+np-agreement`;
    const out = tokens.map((t, i) => result(t, chosen[i]!, candidates[i]!, rules[i]!, confidences[i]!));
    joinParticles(tokens, out);
    return out;
  };

  return {
    lexicon,
    candidates(token, context = {}) {
      const tokens = context.tokens ?? [token];
      const index = context.index ?? Math.max(0, tokens.indexOf(token));
      return candidatesAt(tokens, index);
    },
    analyzeToken(token, context = {}) {
      const tokens = context.tokens ?? [token];
      const index = context.index ?? Math.max(0, tokens.indexOf(token));
      if (tagger)
        return fromTagger(
          tokens,
          tokens.map((_, i) => candidatesAt(tokens, i)),
        )[index]!;
      // neighbours' candidates inform the choice (verb-first, determiner before noun)
      const candidates = tokens.map((_, i) => (Math.abs(i - index) <= 4 ? candidatesAt(tokens, i) : []));
      const chosen: Candidate[] = [];
      (context.previous ?? []).forEach((a, k) => {
        chosen[k] = candidates[k]?.find((c) => c.lemma === a.lemma && c.upos === a.upos && c.feats === a.feats) ?? {
          lemma: a.lemma,
          upos: a.upos,
          feats: a.feats,
          source: 'token',
        };
      });
      const choice = chooser({ tokens, candidates, index, chosen });
      return result(token, choice.candidate, candidates[index]!, choice.rule, choice.confidence);
    },
    analyzeSentence(sentence) {
      let tokens: readonly Token[];
      if (typeof sentence === 'string') tokens = tokenize(sentence);
      else if (Array.isArray(sentence)) tokens = sentence as readonly Token[];
      else {
        const s = sentence as { text: string; start: number; tokens?: readonly Token[] };
        tokens = s.tokens ?? tokenize(s.text, s.start);
      }
      return analyzeTokens(tokens);
    },
  };
}

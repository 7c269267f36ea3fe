// The committed tagger model (data/tagger-de.json) on municipal sentences written for the project: the
// hard cases of German analysis. These run the real model and the real lexicon; nothing is mocked.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import {
  analyzeText,
  buildLexicon,
  createAnalyzer,
  createTagger,
  UPOS_TAGS,
  type AnalyzedToken,
  type Analyzer,
  type Lexicon,
  type TaggerModelJson,
} from '../src/index.js';
import { adjectiveLemma, verbLemma } from '../src/tagger/lemma.js';
import { loadLexicon } from './support/dictionaries.js';

const MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'tagger-de.json');

let model: TaggerModelJson;
let lexicon: Lexicon;
let analyzer: Analyzer;
beforeAll(() => {
  model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as TaggerModelJson;
  lexicon = loadLexicon({ adjectives: true });
  analyzer = createAnalyzer(lexicon, { tagger: createTagger(model) });
});

const analyse = (sentence: string): AnalyzedToken[] => analyzer.analyzeSentence(sentence);

/** The n-th token (0-based) whose text is `text`. */
function word(tokens: readonly AnalyzedToken[], text: string, n = 0): AnalyzedToken {
  const found = tokens.filter((t) => t.text === text);
  if (!found[n]) throw new Error(`no token ${text} (#${n}) in ${tokens.map((t) => t.text).join(' ')}`);
  return found[n];
}

describe('the committed model', () => {
  it('loads, names its data and licence, and stays small for the browser', () => {
    expect(model.format).toBe('bbs-tagger');
    expect(model.meta.data).toMatch(/UD German GSD|German GSD/);
    expect(model.meta.licence).toMatch(/CC BY-SA 4\.0/);
    expect(model.meta.split).toMatch(/last 400 sentences/);
    expect(model.upos.classes).toEqual([...UPOS_TAGS]);
    const raw = readFileSync(MODEL_FILE);
    expect(statSync(MODEL_FILE).size).toBeLessThan(6e6);
    expect(gzipSync(raw).length).toBeLessThan(2e6);
  });

  it('needs the lexicon it was trained with (adjectives included)', () => {
    expect(() => createAnalyzer(buildLexicon({}, {}), { tagger: createTagger(model) })).toThrow(
      /german-adjectives-dict/,
    );
  });

  it('tags every token with a UD tag, explains it, and keeps the chosen reading among the candidates', () => {
    const tokens = analyse('Bitte bringen Sie zum Termin im Bürgerbüro Ihren Personalausweis mit.');
    for (const t of tokens) {
      expect(UPOS_TAGS).toContain(t.upos);
      expect(t.rule).toMatch(/^tagger/);
      expect(t.confidence).toBeGreaterThan(0.5);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.candidates).toContainEqual(expect.objectContaining({ upos: t.upos }));
    }
  });

  it('falls back to the heuristics when no model is given', () => {
    const heuristic = createAnalyzer(lexicon);
    const tokens = heuristic.analyzeSentence('Der Antrag liegt vor.');
    expect(tokens.every((t) => !t.rule.startsWith('tagger'))).toBe(true);
    expect(word(tokens, 'Antrag')).toMatchObject({ upos: 'NOUN', lemma: 'Antrag' });
  });
});

describe('die: article or relative pronoun', () => {
  it('reads die after a comma before a verb-final clause as the relative pronoun', () => {
    const tokens = analyse('Die Frau, die anruft, wartet im Flur.');
    expect(word(tokens, 'Die')).toMatchObject({ upos: 'DET', lemma: 'der', feats: { Case: 'Nom', Gender: 'Fem' } });
    expect(word(tokens, 'die')).toMatchObject({ upos: 'PRON', lemma: 'der' });
  });

  it('tells the article from the pronoun in the same sentence', () => {
    const tokens = analyse('Die Anträge, die Sie ausgefüllt haben, liegen im Bürgerbüro.');
    expect(word(tokens, 'Die')).toMatchObject({ upos: 'DET', feats: { Number: 'Plur' } });
    expect(word(tokens, 'die')).toMatchObject({ upos: 'PRON', lemma: 'der' });
    expect(word(tokens, 'ausgefüllt')).toMatchObject({ upos: 'VERB', lemma: 'ausfüllen', feats: { VerbForm: 'Part' } });
    expect(word(tokens, 'haben')).toMatchObject({ upos: 'AUX', lemma: 'haben' });
  });

  it('reads den after a comma as the relative pronoun, der before a noun as the article', () => {
    const tokens = analyse('Der Antrag, den Sie gestellt haben, ist vollständig.');
    expect(word(tokens, 'Der')).toMatchObject({ upos: 'DET', feats: { Case: 'Nom', Gender: 'Masc' } });
    expect(word(tokens, 'den')).toMatchObject({ upos: 'PRON', lemma: 'der' });
  });
});

describe('sein: auxiliary or possessive', () => {
  it('tags the copula sein as AUX', () => {
    const tokens = analyse('Der Antrag muss vollständig sein.');
    expect(word(tokens, 'sein')).toMatchObject({ upos: 'AUX', lemma: 'sein', feats: { VerbForm: 'Inf' } });
    expect(word(tokens, 'muss')).toMatchObject({ upos: 'AUX', lemma: 'müssen' });
  });

  it('tags sein before a noun as a possessive determiner', () => {
    const tokens = analyse('Herr Meier sagt, sein Ausweis ist abgelaufen.');
    expect(word(tokens, 'sein')).toMatchObject({ upos: 'DET', lemma: 'sein', feats: { Poss: 'Yes' } });
    expect(word(tokens, 'Ausweis')).toMatchObject({ upos: 'NOUN', feats: { Case: 'Nom', Gender: 'Masc' } });
    expect(word(tokens, 'ist')).toMatchObject({ upos: 'AUX', lemma: 'sein' });
  });
});

describe('an and zu', () => {
  it('reads a clause-final an as the separated particle and joins the verb: „Rufen Sie uns an.“', () => {
    const tokens = analyse('Rufen Sie uns morgen an.');
    const rufen = word(tokens, 'Rufen');
    expect(rufen).toMatchObject({ upos: 'VERB', lemma: 'anrufen', feats: { VerbForm: 'Fin' } });
    expect(tokens[rufen.particleIndex!]!.text).toBe('an');
    expect(word(tokens, 'an')).toMatchObject({ upos: 'ADP', lemma: 'an', verbIndex: 0 });
    expect(word(tokens, 'uns')).toMatchObject({ upos: 'PRON', lemma: 'wir' });
  });

  it('keeps an inside the clause a preposition', () => {
    const tokens = analyse('Wenden Sie sich bitte an das Bürgerbüro.');
    expect(word(tokens, 'an')).toMatchObject({ upos: 'ADP', lemma: 'an' });
    expect(word(tokens, 'an').verbIndex).toBeUndefined();
    expect(word(tokens, 'Wenden')).toMatchObject({ upos: 'VERB', lemma: 'wenden' });
  });

  it('reads zu before an infinitive as PART and before a noun phrase as ADP', () => {
    const part = analyse('Vergessen Sie nicht, den Antrag zu unterschreiben.');
    expect(word(part, 'zu')).toMatchObject({ upos: 'PART', lemma: 'zu' });
    expect(word(part, 'unterschreiben')).toMatchObject({ upos: 'VERB', feats: { VerbForm: 'Inf' } });
    expect(word(part, 'nicht')).toMatchObject({ upos: 'PART' });
    const adp = analyse('Kommen Sie bitte mit dem Formular zu uns.');
    expect(word(adp, 'zu')).toMatchObject({ upos: 'ADP', lemma: 'zu' });
  });
});

describe('nouns, verbs and capitalised sentence starts', () => {
  it('reads Wohngeld as a noun in „Wohngeld beantragen“', () => {
    const tokens = analyse('Sie können Wohngeld beantragen.');
    expect(word(tokens, 'Wohngeld')).toMatchObject({ upos: 'NOUN', lemma: 'Wohngeld', feats: { Gender: 'Neut' } });
    expect(word(tokens, 'beantragen')).toMatchObject({ upos: 'VERB', lemma: 'beantragen', feats: { VerbForm: 'Inf' } });
    const heading = analyse('Wohngeld beantragen');
    expect(heading.map((t) => t.upos)).toEqual(['NOUN', 'VERB']);
  });

  it('reads a capitalised verb before Sie as the verb: „Bringen Sie …“', () => {
    const tokens = analyse('Bringen Sie bitte Ihren alten Ausweis mit.');
    expect(word(tokens, 'Bringen')).toMatchObject({ upos: 'VERB', lemma: 'mitbringen', feats: { Mood: 'Ind' } });
    expect(word(tokens, 'Sie')).toMatchObject({ upos: 'PRON', lemma: 'Sie' });
    expect(word(tokens, 'Ihren')).toMatchObject({ upos: 'DET', lemma: 'Ihr', feats: { Case: 'Acc' } });
    expect(word(tokens, 'alten')).toMatchObject({ upos: 'ADJ', lemma: 'alt', feats: { Case: 'Acc' } });
    expect(word(tokens, 'Ausweis')).toMatchObject({ upos: 'NOUN', feats: { Case: 'Acc', Number: 'Sing' } });
    expect(word(tokens, 'mit')).toMatchObject({ upos: 'ADP', verbIndex: 0 });
  });

  it('reads the opening word of a verb-first question as its verb: „Brauche ich …?“', () => {
    const tokens = analyse('Brauche ich einen Termin?');
    expect(word(tokens, 'Brauche')).toMatchObject({ upos: 'VERB', lemma: 'brauchen', feats: { Person: '1' } });
    // Without a finite-verb reading the noun stays a noun.
    expect(word(analyse('Frauen sie?'), 'Frauen')).toMatchObject({ upos: 'NOUN' });
  });

  it('lower-cases a sentence-initial adverb: „Heute ist …“', () => {
    const tokens = analyse('Heute ist das Bürgerbüro bis 12 Uhr geöffnet.');
    expect(word(tokens, 'Heute')).toMatchObject({ upos: 'ADV', lemma: 'heute' });
    expect(word(tokens, 'ist')).toMatchObject({ upos: 'AUX', lemma: 'sein', feats: { Tense: 'Pres' } });
    expect(word(tokens, 'das')).toMatchObject({ upos: 'DET', feats: { Gender: 'Neut' } });
    expect(word(tokens, 'Bürgerbüro')).toMatchObject({ upos: 'NOUN', lemma: 'Bürgerbüro' });
  });

  it('lemmatises inflected forms through the lexicon', () => {
    const tokens = analyse('Die Anträge der Bürgerinnen liegen in den zuständigen Ämtern.');
    expect(word(tokens, 'Anträge')).toMatchObject({ upos: 'NOUN', lemma: 'Antrag', feats: { Number: 'Plur' } });
    expect(word(tokens, 'Bürgerinnen')).toMatchObject({ upos: 'NOUN', lemma: 'Bürgerin' });
    expect(word(tokens, 'liegen')).toMatchObject({ upos: 'VERB', lemma: 'liegen', feats: { Number: 'Plur' } });
    expect(word(tokens, 'zuständigen')).toMatchObject({ upos: 'ADJ', lemma: 'zuständig', feats: { Case: 'Dat' } });
    expect(word(tokens, 'Ämtern')).toMatchObject({ upos: 'NOUN', lemma: 'Amt', feats: { Case: 'Dat' } });
  });
});

describe('passive and genitive', () => {
  it('tags „wird … ausgestellt“ as passive auxiliary + participle', () => {
    const tokens = analyse('Die Bescheinigung wird sofort ausgestellt.');
    expect(word(tokens, 'wird')).toMatchObject({
      upos: 'AUX',
      lemma: 'werden',
      feats: { Voice: 'Pass', VerbForm: 'Fin', Person: '3', Number: 'Sing' },
    });
    expect(word(tokens, 'ausgestellt')).toMatchObject({
      upos: 'VERB',
      lemma: 'ausstellen',
      feats: { VerbForm: 'Part' },
    });
  });

  it('tags a passive with a separable participle and a dative in between', () => {
    const tokens = analyse('Der neue Ausweis wird Ihnen per Post zugeschickt.');
    expect(word(tokens, 'wird')).toMatchObject({ upos: 'AUX', lemma: 'werden' });
    expect(word(tokens, 'zugeschickt')).toMatchObject({
      upos: 'VERB',
      lemma: 'zuschicken',
      feats: { VerbForm: 'Part' },
    });
    expect(word(tokens, 'Ihnen')).toMatchObject({ upos: 'PRON', lemma: 'Sie', feats: { Case: 'Dat' } });
  });

  it('marks the genitive: „des Ausweises“', () => {
    const tokens = analyse('Für die Verlängerung des Ausweises brauchen Sie ein aktuelles Passfoto.');
    expect(word(tokens, 'des')).toMatchObject({ upos: 'DET', lemma: 'der', feats: { Case: 'Gen', Number: 'Sing' } });
    expect(word(tokens, 'Ausweises')).toMatchObject({
      upos: 'NOUN',
      lemma: 'Ausweis',
      feats: { Case: 'Gen', Gender: 'Masc', Number: 'Sing' },
    });
    expect(word(tokens, 'Verlängerung')).toMatchObject({ upos: 'NOUN', feats: { Case: 'Acc' } });
    expect(word(tokens, 'Passfoto')).toMatchObject({ upos: 'NOUN', lemma: 'Passfoto', feats: { Case: 'Acc' } });
  });
});

describe('dates, amounts and addresses', () => {
  it('tags dates, times and amounts as numbers', () => {
    const tokens = analyse('Ihr Termin ist am 12.03.2025 um 9.30 Uhr, die Gebühr beträgt 37,00 €.');
    expect(word(tokens, '12.03.2025')).toMatchObject({ upos: 'NUM', kind: 'date', value: '2025-03-12' });
    expect(word(tokens, '9.30 Uhr')).toMatchObject({ upos: 'NUM', kind: 'time' });
    expect(word(tokens, '37,00 €')).toMatchObject({ upos: 'NUM', kind: 'money' });
    expect(word(tokens, 'am')).toMatchObject({ upos: 'ADP', lemma: 'an', feats: { Case: 'Dat' } });
    expect(word(tokens, 'Ihr')).toMatchObject({ upos: 'DET', lemma: 'Ihr' });
    expect(word(tokens, 'beträgt')).toMatchObject({ upos: 'VERB', lemma: 'betragen' });
  });

  it('tags an address: street, house number, postcode and town', () => {
    const tokens = analyse('Das Bürgerbüro ist in der Klemensstraße 10 in 48143 Münster.');
    expect(word(tokens, 'Klemensstraße').upos).toMatch(/^(?:NOUN|PROPN)$/);
    expect(word(tokens, '10')).toMatchObject({ upos: 'NUM' });
    expect(word(tokens, '48143')).toMatchObject({ upos: 'NUM' });
    expect(word(tokens, 'Münster')).toMatchObject({ upos: 'PROPN', lemma: 'Münster' });
    expect(word(tokens, 'der')).toMatchObject({ upos: 'DET', feats: { Case: 'Dat', Gender: 'Fem' } });
  });

  it('analyses whole texts through analyzeText with the tagger', () => {
    const text = 'Das Amt ist vom 1. Januar bis 31. März 2025 geschlossen. Bitte rufen Sie uns an.';
    const { sentences } = analyzeText(analyzer, text);
    expect(sentences).toHaveLength(2);
    const [first, second] = sentences.map((s) => s.tokens);
    expect(word(first!, 'vom')).toMatchObject({ upos: 'ADP', lemma: 'von' });
    expect(word(first!, '2025')).toMatchObject({ upos: 'NUM' });
    expect(word(second!, 'rufen')).toMatchObject({ upos: 'VERB', lemma: 'anrufen' });
  });
});

describe('lemma rules for words the lexicon lacks', () => {
  it('undoes comparative and superlative endings, checked against the lexicon', () => {
    expect(adjectiveLemma('größeren', { Case: 'Dat', Degree: 'Cmp' }, lexicon)).toBe('groß');
    expect(adjectiveLemma('schnellsten', { Case: 'Acc', Degree: 'Sup' }, lexicon)).toBe('schnell');
    expect(adjectiveLemma('besser', { Degree: 'Cmp' }, lexicon)).toBe('gut');
    expect(adjectiveLemma('flauschige', { Case: 'Nom', Degree: 'Pos' })).toBe('flauschig');
  });

  it('turns unknown verb forms into infinitives', () => {
    expect(verbLemma('anzuschnurpsen', { VerbForm: 'Inf' })).toBe('anschnurpsen');
    expect(verbLemma('geschnurpst', { VerbForm: 'Part' })).toBe('schnurpsen');
    expect(verbLemma('schnurpste', { VerbForm: 'Fin' })).toBe('schnurpsen');
  });
});

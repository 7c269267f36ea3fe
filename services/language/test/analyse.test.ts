import { beforeAll, describe, expect, it } from '@jest/globals';

import {
  analyzeText,
  createAnalyzer,
  tokenize,
  UPOS_TAGS,
  type AnalyzedToken,
  type Analyzer,
  type Chooser,
} from '../src/index.js';
import { loadLexicon } from './support/dictionaries.js';

let analyzer: Analyzer;
beforeAll(() => {
  analyzer = createAnalyzer(loadLexicon());
});

function word(tokens: readonly AnalyzedToken[], text: string): AnalyzedToken {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${tokens.map((x) => x.text).join(' ')}`);
  return t;
}

const tags = (sentence: string): string[] => analyzer.analyzeSentence(sentence).map((t) => `${t.text}/${t.upos}`);

describe('analyzeSentence', () => {
  it('lemmatises noun forms', () => {
    const tokens = analyzer.analyzeSentence('Die Anträge liegen im Bürgerbüro.');
    expect(word(tokens, 'Anträge')).toMatchObject({
      lemma: 'Antrag',
      upos: 'NOUN',
      feats: { Number: 'Plur', Gender: 'Masc' },
    });
    expect(word(tokens, 'Die')).toMatchObject({
      lemma: 'der',
      upos: 'DET',
      feats: { Definite: 'Def', Number: 'Plur' },
    });
    expect(word(tokens, 'liegen')).toMatchObject({
      lemma: 'liegen',
      upos: 'VERB',
      feats: { Person: '3', Number: 'Plur' },
    });
    expect(word(tokens, 'im')).toMatchObject({ lemma: 'in', upos: 'ADP' });
  });

  it('lemmatises verb forms and prefers the participle next to an auxiliary', () => {
    const tokens = analyzer.analyzeSentence('Der Ausweis wurde beantragt.');
    expect(word(tokens, 'beantragt')).toMatchObject({ lemma: 'beantragen', upos: 'VERB', feats: { VerbForm: 'Part' } });
    expect(word(tokens, 'wurde')).toMatchObject({
      lemma: 'werden',
      upos: 'AUX',
      feats: { Person: '3', Tense: 'Past' },
    });
    const finite = analyzer.analyzeSentence('Sie beantragt einen Pass.');
    expect(word(finite, 'beantragt')).toMatchObject({ lemma: 'beantragen', feats: { VerbForm: 'Fin', Person: '3' } });
  });

  it('joins a separated particle verb: rufe … an → anrufen', () => {
    const tokens = analyzer.analyzeSentence('Ich rufe Sie morgen an.');
    const rufe = word(tokens, 'rufe');
    expect(rufe).toMatchObject({
      lemma: 'anrufen',
      upos: 'VERB',
      feats: { Person: '1', Number: 'Sing', VerbForm: 'Fin' },
    });
    expect(tokens[rufe.particleIndex!]!.text).toBe('an');
    expect(word(tokens, 'an')).toMatchObject({ upos: 'ADP', lemma: 'an', verbIndex: 1 });
    // the simple-verb reading is still among the candidates
    expect(rufe.candidates.map((c) => c.lemma)).toEqual(expect.arrayContaining(['rufen', 'anrufen']));
  });

  it('does not join a particle that is a preposition inside the clause', () => {
    const tokens = analyzer.analyzeSentence('Ich schreibe an das Amt.');
    expect(word(tokens, 'schreibe').lemma).toBe('schreiben');
    expect(word(tokens, 'an')).toMatchObject({ upos: 'ADP', lemma: 'an' });
    expect(word(tokens, 'an').verbIndex).toBeUndefined();
  });

  it('reads a sentence-initial capitalised verb before Sie as the verb: „Bringen Sie … mit“', () => {
    const tokens = analyzer.analyzeSentence('Bringen Sie z. B. Ihren alten Ausweis mit.');
    expect(word(tokens, 'Bringen')).toMatchObject({
      lemma: 'mitbringen',
      upos: 'VERB',
      feats: { Person: '3', Number: 'Plur' },
    });
    expect(word(tokens, 'Sie')).toMatchObject({ upos: 'PRON', feats: { Polite: 'Form' } });
    expect(word(tokens, 'z. B.')).toMatchObject({ upos: 'ADV', feats: { Abbr: 'Yes' }, expansion: 'zum Beispiel' });
    expect(word(tokens, 'Ihren')).toMatchObject({
      lemma: 'Ihr',
      upos: 'DET',
      feats: { Poss: 'Yes', Case: 'Acc', Gender: 'Masc' },
    });
    expect(word(tokens, 'alten')).toMatchObject({ lemma: 'alt', upos: 'ADJ' });
    expect(word(tokens, 'Ausweis')).toMatchObject({ lemma: 'Ausweis', upos: 'NOUN', feats: { Case: 'Acc' } });
    expect(word(tokens, 'mit')).toMatchObject({ upos: 'ADP', verbIndex: 0 });
  });

  it('reads a sentence-initial capitalised adverb in lower case: „Heute ist …“', () => {
    const tokens = analyzer.analyzeSentence('Heute ist das Bürgerbüro geschlossen.');
    expect(word(tokens, 'Heute')).toMatchObject({ lemma: 'heute', upos: 'ADV' });
    expect(word(tokens, 'ist')).toMatchObject({ lemma: 'sein', upos: 'AUX' });
    expect(word(tokens, 'das')).toMatchObject({ upos: 'DET', feats: { Gender: 'Neut' } });
    expect(word(tokens, 'geschlossen')).toMatchObject({
      lemma: 'schließen',
      upos: 'VERB',
      feats: { VerbForm: 'Part' },
    });
  });

  it('analyses unknown compounds through their last part', () => {
    const tokens = analyzer.analyzeSentence(
      'Die Öffnungszeiten des Bürgerbüros und der Verlust des Personalausweises.',
    );
    expect(word(tokens, 'Bürgerbüros')).toMatchObject({ lemma: 'Bürgerbüro', upos: 'NOUN', feats: { Gender: 'Neut' } });
    expect(word(tokens, 'Personalausweises')).toMatchObject({
      lemma: 'Personalausweis',
      upos: 'NOUN',
      feats: { Case: 'Gen', Number: 'Sing', Gender: 'Masc' },
    });
    expect(word(tokens, 'Bürgerbüros').confidence).toBeLessThan(1);
    const hyphen = analyzer.analyzeSentence('Die Kfz-Zulassung hat zu.');
    expect(word(hyphen, 'Kfz-Zulassung')).toMatchObject({
      lemma: 'Kfz-Zulassung',
      upos: 'NOUN',
      feats: { Gender: 'Fem' },
    });
    // a linking s: Ordnungs|amt, not Ordnung|samt
    const amt = analyzer.analyzeSentence('Das Ordnungsamt hilft.');
    expect(word(amt, 'Ordnungsamt')).toMatchObject({ lemma: 'Ordnungsamt', feats: { Gender: 'Neut' } });
  });

  it('reads an inflected adjective before a noun as an adjective, even at the start', () => {
    const tokens = analyzer.analyzeSentence('Benötigte Unterlagen');
    expect(word(tokens, 'Benötigte')).toMatchObject({ lemma: 'benötigt', upos: 'ADJ' });
    expect(word(tokens, 'Unterlagen')).toMatchObject({ lemma: 'Unterlage', upos: 'NOUN', feats: { Number: 'Plur' } });
  });

  it('reads gender-inclusive spellings through the base noun', () => {
    const tokens = analyzer.analyzeSentence('Alle Bürger*innen und die Antragsteller:in.');
    expect(word(tokens, 'Bürger*innen')).toMatchObject({ lemma: 'Bürger*in', upos: 'NOUN', feats: { Number: 'Plur' } });
    expect(word(tokens, 'Antragsteller:in')).toMatchObject({
      lemma: 'Antragsteller:in',
      upos: 'NOUN',
      feats: { Number: 'Sing' },
    });
  });

  it('tells determiners from pronouns', () => {
    expect(tags('Das ist wichtig.')).toEqual(['Das/PRON', 'ist/AUX', 'wichtig/ADJ', './PUNCT']);
    expect(tags('Das Amt ist neu.')).toEqual(['Das/DET', 'Amt/NOUN', 'ist/AUX', 'neu/ADJ', './PUNCT']);
    const relative = analyzer.analyzeSentence('Das ist der Antrag, den Sie brauchen.');
    expect(word(relative, 'den')).toMatchObject({ upos: 'PRON', feats: { PronType: 'Rel' } });
    expect(word(relative, 'der')).toMatchObject({ upos: 'DET', feats: { Case: 'Nom', Gender: 'Masc' } });
  });

  it('resolves sein and zu', () => {
    const aux = analyzer.analyzeSentence('Das kann teuer sein.');
    expect(word(aux, 'sein')).toMatchObject({ upos: 'AUX', feats: { VerbForm: 'Inf' } });
    const det = analyzer.analyzeSentence('Er bringt sein Formular mit.');
    expect(word(det, 'sein')).toMatchObject({ upos: 'DET', feats: { Poss: 'Yes' } });
    const part = analyzer.analyzeSentence('Der Antrag ist online zu stellen.');
    expect(word(part, 'zu')).toMatchObject({ upos: 'PART' });
    const adp = analyzer.analyzeSentence('Kommen Sie zu uns.');
    expect(word(adp, 'zu')).toMatchObject({ upos: 'ADP' });
  });

  it('makes noun phrases agree with their preposition', () => {
    const tokens = analyzer.analyzeSentence('Wir sprechen mit dem Antragsteller am Termin.');
    expect(word(tokens, 'dem')).toMatchObject({ feats: { Case: 'Dat', Gender: 'Masc' } });
    expect(word(tokens, 'Termin')).toMatchObject({ feats: { Case: 'Dat', Number: 'Sing' } });
  });

  it('tags numbers, punctuation, symbols, URLs and e-mail addresses', () => {
    const tokens = analyzer.analyzeSentence(
      'Ab 9 Uhr am 3. Mai: 12,50 € (§ 5) unter www.muenster.de oder info@muenster.de.',
    );
    expect(word(tokens, '9 Uhr').upos).toBe('NUM');
    expect(word(tokens, '3.')).toMatchObject({ upos: 'ADJ', feats: { NumType: 'Ord' } });
    expect(word(tokens, '12,50 €').upos).toBe('NUM');
    expect(word(tokens, '§').upos).toBe('SYM');
    expect(word(tokens, '(').upos).toBe('PUNCT');
    // UD lists URLs and e-mail addresses as SYM
    expect(word(tokens, 'www.muenster.de').upos).toBe('SYM');
    expect(word(tokens, 'info@muenster.de').upos).toBe('SYM');
  });

  it('guesses unknown words with low confidence', () => {
    const tokens = analyzer.analyzeSentence('Frau Hiltruper findet das superflauschig.');
    expect(word(tokens, 'Hiltruper')).toMatchObject({ upos: 'PROPN' });
    expect(word(tokens, 'superflauschig')).toMatchObject({ upos: 'ADJ', lemma: 'superflauschig' });
    expect(word(tokens, 'superflauschig').confidence).toBeLessThan(0.5);
    const participle = analyzer.analyzeSentence('Die ausgefüllten Formulare geben Sie ab.');
    expect(word(participle, 'ausgefüllten')).toMatchObject({ upos: 'ADJ', lemma: 'ausgefüllt' });
    expect(word(participle, 'geben')).toMatchObject({ lemma: 'abgeben' });
  });

  it('uses only Universal Dependencies tags and explains every choice', () => {
    const text =
      'Bitte vereinbaren Sie vorher einen Termin. Wenn Sie keinen gültigen Ausweis haben, können Sie beim ' +
      'Bürgerbüro Mitte einen vorläufigen Personalausweis beantragen. Die Gebühr beträgt ca. 10 €!';
    for (const s of analyzeText(analyzer, text).sentences) {
      for (const t of s.tokens) {
        expect(UPOS_TAGS).toContain(t.upos);
        expect(t.rule).not.toBe('');
        expect(t.candidates).toContainEqual(expect.objectContaining({ upos: t.upos }));
        expect(t.confidence).toBeGreaterThan(0);
        expect(t.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('analyzeToken and candidates', () => {
  it('analyses one token alone or in its sentence', () => {
    const [token] = tokenize('Anträge');
    expect(analyzer.analyzeToken(token!)).toMatchObject({ lemma: 'Antrag', upos: 'NOUN' });
    const tokens = tokenize('Bringen Sie den Antrag.');
    expect(analyzer.analyzeToken(tokens[0]!, { tokens, index: 0 })).toMatchObject({ lemma: 'bringen', upos: 'VERB' });
  });

  it('generates candidates without choosing', () => {
    const tokens = tokenize('Heute');
    const candidates = analyzer.candidates(tokens[0]!);
    expect(candidates).toContainEqual(expect.objectContaining({ lemma: 'heute', upos: 'ADV', folded: true }));
  });

  it('accepts another chooser (the seam for a trained tagger)', () => {
    const lastReading: Chooser = (ctx) => {
      const cands = ctx.candidates[ctx.index]!;
      return { candidate: cands[cands.length - 1]!, rule: 'test', confidence: 0.5 };
    };
    const other = createAnalyzer(analyzer.lexicon, { chooser: lastReading });
    const tokens = other.analyzeSentence('Die Anträge.');
    expect(tokens.every((t) => t.rule.startsWith('test'))).toBe(true);
    expect(word(tokens, 'Anträge').feats.Case).toBe('Gen');
  });
});

describe('analyzeText', () => {
  it('returns sentences and tokens with offsets into the input', () => {
    const text = 'Öffnungszeiten\n\nDas Bürgerbüro im 3. OG ist am 1. Januar geschlossen. Rufen Sie uns an!';
    const result = analyzeText(analyzer, text);
    expect(result.sentences.map((s) => s.text)).toEqual([
      'Öffnungszeiten',
      'Das Bürgerbüro im 3. OG ist am 1. Januar geschlossen.',
      'Rufen Sie uns an!',
    ]);
    for (const s of result.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    const last = result.sentences[2]!.tokens;
    expect(word(last, 'Rufen')).toMatchObject({ lemma: 'anrufen', upos: 'VERB' });
    expect(word(result.sentences[1]!.tokens, 'OG')).toMatchObject({ upos: 'NOUN', expansion: 'Obergeschoss' });
  });
});

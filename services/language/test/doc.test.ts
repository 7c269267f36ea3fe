// One analysed document per request: a text is split once, each sentence analysed once and only when something
// reads it, and the rewriter, the checker and the gloss rules given the Doc give what they give for the text.
import { describe, expect, it } from '@jest/globals';

import {
  analysisScope,
  checkLeichteSprache,
  createAnalyzer,
  createDoc,
  glossText,
  rewriteEinfacheSprache,
  rewriteLeichteSprache,
  segment,
  splitSentences,
  type Analyzer,
} from '../src/index.js';
import { lexicon as glossLexicon } from './gloss/support.js';
import { loadGlossary, loadLexicon } from './support/dictionaries.js';

const analyzer = createAnalyzer(loadLexicon());
const glossary = loadGlossary();

const TEXT = [
  'Bürgerbüro Mitte',
  '',
  'Der Antrag, den Sie gestellt haben, wird von der Stadt geprüft. Die Unterlagen sind bis Freitag einzureichen.',
  '- Personalausweis',
  '- Meldebescheinigung',
  '',
  'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.',
].join('\n');

/** An analyzer that counts what it really analyses. */
function counting(): Analyzer & { calls: string[] } {
  const calls: string[] = [];
  return {
    ...analyzer,
    calls,
    analyzeSentence: (s) => {
      calls.push(typeof s === 'string' ? s : 'text' in s ? s.text : 'tokens');
      return analyzer.analyzeSentence(s);
    },
  };
}

describe('createDoc', () => {
  it('splits the text as the sentence splitter does, with paragraph and line of each sentence', () => {
    const doc = createDoc(analyzer, TEXT);
    expect(doc.sentences.map((s) => s.text)).toEqual(splitSentences(TEXT).map((s) => s.text));
    expect(doc.sentences.map((s) => s.sentence.kind)).toEqual(segment(TEXT).map((s) => s.kind));
    expect(doc.sentences.map((s) => [s.index, s.paragraph, s.line])).toEqual([
      [0, 0, 0],
      [1, 1, 2],
      [2, 1, 2],
      [3, 1, 3],
      [4, 1, 4],
      [5, 2, 6],
    ]);
  });

  it('analyses nothing until a sentence is read, then each sentence once', () => {
    const spy = counting();
    const doc = createDoc(spy, TEXT);
    expect(spy.calls).toEqual([]);
    const second = doc.sentences[1]!;
    expect(second.tokens).toBe(second.tokens);
    void second.words;
    void second.local;
    expect(spy.calls).toEqual([second.text]);
  });

  it('gives tokens and words at their place in the text, and the same tokens at their place in the sentence', () => {
    const doc = createDoc(analyzer, TEXT);
    const sentence = doc.sentences[2]!;
    for (const t of sentence.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    for (const w of sentence.words) expect(TEXT.slice(w.start, w.end)).toBe(w.text);
    for (const t of sentence.local.tokens) expect(sentence.text.slice(t.start, t.end)).toBe(t.text);
    expect(sentence.local.tokens.map((t) => [t.lemma, t.upos])).toEqual(
      analyzer.analyzeSentence(sentence.text).map((t) => [t.lemma, t.upos]),
    );
    expect(sentence.structure).toBe(sentence.local.structure);
  });

  it('selects sentences without analysing them again, keeping their index in the whole text', () => {
    const spy = counting();
    const doc = createDoc(spy, TEXT);
    void doc.sentences[5]!.tokens;
    const open = doc.select([5, 1]);
    expect(open.sentences.map((s) => s.index)).toEqual([5, 1]);
    expect(open.sentences[0]).toBe(doc.sentences[5]);
    expect(open.analyzer).toBe(doc.analyzer);
    void open.sentences[0]!.tokens;
    expect(spy.calls).toHaveLength(1);
  });

  it('shares the scope a request already has', () => {
    const scope = analysisScope(analyzer);
    expect(createDoc(scope, TEXT).analyzer).toBe(scope);
    expect(createDoc(analyzer, TEXT).analyzer).not.toBe(analyzer);
  });
});

describe('readers of a Doc', () => {
  it('rewrite it as they rewrite its text, one result per sentence, analysing each sentence once', () => {
    const spy = counting();
    const doc = createDoc(spy, TEXT);
    const fromDoc = rewriteLeichteSprache(spy, doc, { glossary });
    expect(fromDoc.text).toBe(rewriteLeichteSprache(analyzer, TEXT, { glossary }).text);
    expect(fromDoc.sentences.map((s) => s.source)).toEqual(doc.sentences.map((s) => s.text));
    expect(rewriteEinfacheSprache(analyzer, createDoc(analyzer, TEXT), { glossary }).text).toBe(
      rewriteEinfacheSprache(analyzer, TEXT, { glossary }).text,
    );
    // the check of every line goes through the Doc's scope: no sentence or line is analysed twice
    for (const line of fromDoc.text.split('\n')) checkLeichteSprache(doc.analyzer, line, { glossary });
    expect(spy.calls.length).toBeGreaterThan(doc.sentences.length);
    expect(new Set(spy.calls).size).toBe(spy.calls.length);
    expect(doc.analyzer.counts.requests).toBeGreaterThan(spy.calls.length);
  });

  it('check it as they check its text, with offsets into the text', () => {
    const doc = createDoc(analyzer, TEXT);
    const fromDoc = checkLeichteSprache(analyzer, doc, { glossary });
    expect(fromDoc).toEqual(checkLeichteSprache(analyzer, TEXT, { glossary }));
    expect(fromDoc.findings.length).toBeGreaterThan(0);
    for (const f of fromDoc.findings) expect(f.end).toBeLessThanOrEqual(TEXT.length);
  });

  it('gloss it as they gloss its text', () => {
    const text = 'Die Stadt prüft den Antrag. Sie schickt Ihnen dann einen Brief.';
    const fromDoc = glossText(analyzer, createDoc(analyzer, text), glossLexicon).sentences;
    expect(fromDoc).toEqual(glossText(analyzer, text, glossLexicon).sentences);
    expect(fromDoc.map((s) => s.source)).toEqual(splitSentences(text).map((s) => s.text));
  });
});

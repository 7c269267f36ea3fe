// The whole pipeline on the municipal examples, the output contract, and a robustness run over the sample
// texts. Run from clause-rules.test.ts.
import { GlossSchema, NonManualTypeSchema } from '@bbs/protocol';
import { loadSamples } from '../../../../tests/support/samples.js';
import { analyzeText, GLOSS_RULES, glossSentence, glossText } from '../../src/index.js';
import type { GlossedSentence } from '../../src/index.js';
import { all, getAnalyzer, gloss, lexicon, marks } from './support.js';

const EXAMPLES: [string, string, string[]][] = [
  ['Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.', 'MONTAG UHR 9 POSS-2 TERMIN BÜRGERBÜRO PAUSE', []],
  [
    'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.',
    'IX-2 UMZIEHEN PAUSE INNERHALB ZWEI WOCHE IX-2 ANMELDEN MÜSSEN PAUSE',
    ['brows-raised IX-2 UMZIEHEN'],
  ],
  ['Bitte rufen Sie uns an.', 'BITTE IX-1-PL ANRUFEN PAUSE', []],
  ['Was kostet ein Reisepass?', 'REISEPASS KOSTEN WAS PAUSE', ['brows-furrowed REISEPASS KOSTEN WAS']],
  ['Brauche ich einen Termin?', 'IX-1 TERMIN BRAUCHEN PAUSE', ['brows-raised IX-1 TERMIN BRAUCHEN']],
  ['Der Antrag wird nicht bearbeitet.', 'ANTRAG BEARBEITEN NICHT PAUSE', ['headshake BEARBEITEN NICHT']],
  ['Frau Müller wohnt in der Hafenstraße 7.', 'FRAU FS-MÜLLER FS-HAFEN STRASSE 7 WOHNEN PAUSE', []],
  ['Die Gebühr beträgt 37,00 Euro.', 'GEBÜHR 37 EURO BETRAGEN PAUSE', []],
  ['Rufen Sie 0251 492-0 an.', '0 2 5 1 4 9 2 0 ANRUFEN PAUSE', []],
  ['Wir haben drei Anträge erhalten.', 'IX-1-PL DREI ANTRAG ERHALTEN PAUSE', []],
  ['Der Personalausweis ist zehn Jahre gültig.', 'PERSONALAUSWEIS ZEHN JAHR GÜLTIG PAUSE', []],
];

/** The output contract: spans into the text, zero-width pauses, markers within the glosses, protocol shapes. */
function problems(text: string, s: GlossedSentence): string[] {
  const found: string[] = [];
  const bad = (what: string, g?: unknown) => found.push(`${s.source}: ${what} ${JSON.stringify(g ?? '')}`);
  if (text.slice(s.start, s.end) !== s.source) bad('source');
  for (const g of s.glosses) {
    if (!GlossSchema.safeParse(g).success) bad('schema', g);
    if (g.kind === 'pause' ? g.end !== g.start : g.end <= g.start || g.start < s.start || g.end > s.end) bad('span', g);
    if (!g.signable) bad('unsignable', g);
    if ((g.kind === 'lexical') !== (g.review !== undefined)) bad('review', g);
    if (g.kind === 'fingerspell' && !(g.letters && g.letters.length > 0)) bad('letters', g);
    if (g.kind === 'number' && !/^[0-9]+$/.test(g.digits ?? '')) bad('digits', g);
    if ((g.kind === 'index' || g.kind === 'pause') && g.mouthing !== undefined) bad('mouthing', g);
  }
  for (const m of s.nonManuals) {
    if (!NonManualTypeSchema.safeParse(m.type).success || m.from > m.to || m.to >= s.glosses.length) bad('marker', m);
  }
  const last = s.glosses[s.glosses.length - 1];
  if (last?.kind !== 'pause' || last.pause !== 'sentence') bad('no sentence pause');
  return found;
}

describe('glossText: German → DGS glosses', () => {
  test.each(EXAMPLES)('%s', (text, expected, nonManuals) => {
    const s = gloss(text);
    expect(all(s).join(' ')).toBe(expected);
    expect(marks(s)).toEqual(nonManuals);
    expect(problems(text, s)).toEqual([]);
  });

  test('every gloss points back to its source word', () => {
    const text = 'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.';
    const s = gloss(text);
    expect(s.glosses.map((g) => text.slice(g.start, g.end))).toEqual([
      'Sie',
      'umziehen',
      '',
      'innerhalb',
      'zwei',
      'Wochen',
      'Sie',
      'anmelden',
      'müssen',
      '',
    ]);
  });

  test('several sentences: each with its own span and source', () => {
    const text = 'Der Antrag wird nicht bearbeitet. Bitte rufen Sie uns an.';
    const { sentences } = glossText(getAnalyzer(), text, lexicon);
    expect(sentences.map((s) => s.source)).toEqual(['Der Antrag wird nicht bearbeitet.', 'Bitte rufen Sie uns an.']);
    expect(sentences.flatMap((s) => problems(text, s))).toEqual([]);
    expect(sentences[1]!.glosses[0]).toMatchObject({ gloss: 'BITTE', start: 34, end: 39 });
  });

  test('the rules that fired are listed in pipeline order', () => {
    const order = GLOSS_RULES.map((r) => r.name);
    const s = gloss('Der Antrag, den Sie gestellt haben, wird nicht bearbeitet, weil die Gebühr fehlt.');
    expect(s.rules).toEqual(['drop', 'pronouns', 'lemmatise', 'order', 'negation', 'clause-order', 'pauses']);
    const known = s.rules.filter((r) => order.includes(r));
    expect([...known].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(known);
  });

  test('glossSentence on analysed tokens alone rebuilds the source', () => {
    const text = 'Bitte rufen Sie uns an.';
    const [sentence] = analyzeText(getAnalyzer(), text).sentences;
    const s = glossSentence(sentence!.tokens, lexicon);
    expect(s).toMatchObject({ source: text, start: 0, end: text.length });
    expect(all(s)).toEqual(['BITTE', 'IX-1-PL', 'ANRUFEN', 'PAUSE']);
  });

  test('an empty text has no sentences', () => {
    expect(glossText(getAnalyzer(), '', lexicon).sentences).toEqual([]);
  });

  test('the municipal sample texts: every sentence well-formed, fast', () => {
    const samples = loadSamples();
    expect(samples.length).toBeGreaterThan(10);
    let sentences = 0;
    const found: string[] = [];
    const started = performance.now();
    for (const sample of samples) {
      for (const s of glossText(getAnalyzer(), sample.text, lexicon).sentences) {
        found.push(...problems(sample.text, s));
        sentences++;
      }
    }
    expect(found).toEqual([]);
    expect(sentences).toBeGreaterThan(100);
    expect((performance.now() - started) / sentences).toBeLessThan(20);
  });
});

import { analyzeClauses, analyzeText, createAnalyzer } from '../src/index.js';
import type { Clause, SentenceStructure, TokenRange } from '../src/index.js';
import { loadLexicon } from './support/dictionaries.js';

const analyzer = createAnalyzer(loadLexicon());

interface Read {
  structure: SentenceStructure;
  words: (r: TokenRange) => string;
  token: (i: number | undefined) => string | undefined;
}

function read(text: string): Read {
  const sentence = analyzeText(analyzer, text).sentences[0]!;
  const structure = analyzeClauses(sentence.tokens);
  return {
    structure,
    words: (r) =>
      sentence.tokens
        .slice(r.start, r.end)
        .map((t) => t.text)
        .join(' '),
    token: (i) => (i === undefined ? undefined : sentence.tokens[i]!.text),
  };
}

const kinds = (clauses: readonly Clause[]) => clauses.map((c) => c.kind);

describe('clauses and their verbs', () => {
  test('a sentence cut off after a conjunction („…, bzw.“) is analysed, not an error', () => {
    const r = read('In der böhmischen Küche werden Schupfnudeln süß gegessen, bzw.');
    expect(kinds(r.structure.clauses)[0]).toBe('main');
  });

  test('a relative clause inside a main clause: the main clause keeps both of its parts', () => {
    const r = read('Der Antrag, den Sie gestellt haben, wird nicht bearbeitet, weil die Gebühr fehlt.');
    expect(kinds(r.structure.clauses)).toEqual(['relative', 'main', 'subordinate']);
    const [relative, main, sub] = r.structure.clauses;
    expect(r.token(relative!.introducer)).toBe('den');
    expect(relative!.verbLemma).toBe('stellen');
    expect(main!.ranges.map(r.words)).toEqual(['Der Antrag', 'wird nicht bearbeitet']);
    expect(r.token(main!.finiteVerb)).toBe('wird');
    expect(r.token(sub!.introducer)).toBe('weil');
    expect(r.token(sub!.finiteVerb)).toBe('fehlt');
  });

  test('a subordinate clause before the main clause', () => {
    const r = read('Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen im Bürgerbüro anmelden.');
    expect(kinds(r.structure.clauses)).toEqual(['subordinate', 'main']);
    expect(r.structure.clauses[1]!.verbLemma).toBe('anmelden');
  });

  test('a separated particle is joined to its verb', () => {
    const r = read('Bitte rufen Sie uns am Montag an.');
    expect(r.structure.clauses[0]!.verbLemma).toBe('anrufen');
    expect(r.structure.clauses[0]!.verbComplex.map(r.token)).toEqual(['rufen', 'an']);
  });

  test('an um … zu infinitive is its own clause without a finite verb', () => {
    const r = read('Sie müssen den Antrag ausfüllen, um Wohngeld zu bekommen.');
    expect(kinds(r.structure.clauses)).toEqual(['main', 'infinitive']);
    expect(r.structure.clauses[1]!.finiteVerb).toBeUndefined();
    expect(r.structure.clauses[1]!.verbLemma).toBe('bekommen');
  });

  test('a relative clause after a preposition', () => {
    const r = read('Das ist das Formular, mit dem Sie Wohngeld beantragen.');
    expect(kinds(r.structure.clauses)).toEqual(['main', 'relative']);
    expect(r.token(r.structure.clauses[1]!.introducer)).toBe('dem');
  });
});

describe('voice', () => {
  test.each([
    ['Der Ausweis wird in drei Wochen ausgestellt.', 'passive'],
    ['Der Ausweis kann online beantragt werden.', 'passive'],
    ['Das Bürgerbüro ist am 24.12.2026 geschlossen.', 'state-passive'],
    ['Die Gebühr ist bei Abholung zu zahlen.', 'modal-passive'],
    ['Sie sind nach Münster gezogen.', 'active'],
    ['Wir werden Ihren Antrag bearbeiten.', 'active'],
    ['Sie beantragen den Ausweis im Bürgerbüro.', 'active'],
  ])('%s → %s', (text, voice) => {
    expect(read(text).structure.clauses[0]!.voice).toBe(voice);
  });
});

describe('negation and its scope', () => {
  test('nicht reaches over the rest of the verb complex', () => {
    const r = read('Der Antrag wird nicht bearbeitet.');
    const [n] = r.structure.clauses[0]!.negations;
    expect(n!.word).toBe('nicht');
    expect(r.words(n!.scope)).toBe('nicht bearbeitet');
  });

  test('kein negates its noun phrase', () => {
    const r = read('Sie brauchen keinen neuen Termin.');
    const [n] = r.structure.clauses[0]!.negations;
    expect(r.words(n!.scope)).toBe('keinen neuen Termin');
  });

  test('a sentence without negation has none', () => {
    expect(read('Sie brauchen einen Termin.').structure.clauses[0]!.negations).toEqual([]);
  });
});

describe('time and place', () => {
  test('time phrases with their prepositions, ranges kept whole', () => {
    const r = read('Wir sind von 8 bis 12 Uhr in Raum 214 für Sie da.');
    expect(r.structure.clauses[0]!.time.map(r.words)).toEqual(['von 8 bis 12 Uhr']);
    expect(r.structure.clauses[0]!.place.map(r.words)).toEqual(['in Raum 214', 'da']);
  });

  test('dates, weekdays and deadlines', () => {
    const r = read('Bitte kommen Sie am Montag, dem 3. März, oder innerhalb von zwei Wochen.');
    const times = r.structure.clauses.flatMap((c) => c.time.map(r.words));
    expect(times).toContain('am Montag');
    expect(times).toContain('innerhalb von zwei Wochen');
  });

  test('a subject is not a place, a noun in a prepositional phrase is', () => {
    const subject = read('Das Bürgerbüro ist heute geschlossen.');
    expect(subject.structure.clauses[0]!.place).toEqual([]);
    expect(subject.structure.clauses[0]!.time.map(subject.words)).toEqual(['heute']);
    const phrase = read('Sie bekommen den Ausweis im Bürgerbüro an der Klemensstraße.');
    expect(phrase.structure.clauses[0]!.place.map(phrase.words)).toEqual(['im Bürgerbüro', 'an der Klemensstraße']);
  });
});

describe('sentence type', () => {
  test.each([
    ['Was kostet ein Reisepass?', 'w', false],
    ['Brauche ich einen Termin?', 'yes-no', false],
    ['Bringen Sie bitte Ihren Ausweis mit.', undefined, true],
    ['Bitte rufen Sie uns an.', undefined, true],
    ['Sie bringen Ihren Ausweis mit.', undefined, false],
  ])('%s', (text, question, imperative) => {
    const { structure } = read(text);
    expect(structure.question).toBe(question);
    expect(structure.imperative).toBe(imperative);
  });
});

describe('topological fields', () => {
  /** Each clause as `[prefield] <left bracket> [middle field] <right bracket> [postfield]`. */
  function fields(text: string): string[] {
    const sentence = analyzeText(analyzer, text).sentences[0]!;
    const w = (ix: readonly number[]) => ix.map((i) => sentence.tokens[i]!.text).join(' ');
    return analyzeClauses(sentence.tokens).clauses.map(
      ({ kind, fields: f }) =>
        `${kind}: [${w(f.prefield)}] <${w(f.leftBracket)}> [${w(f.middleField)}] <${w(f.rightBracket)}> [${w(f.postfield)}]`,
    );
  }

  test.each([
    [
      'Sie müssen den Antrag bis Freitag im Bürgerbüro abgeben.',
      ['main: [Sie] <müssen> [den Antrag bis Freitag im Bürgerbüro] <abgeben> []'],
    ],
    ['Den Antrag prüfen wir.', ['main: [Den Antrag] <prüfen> [wir] <> []']],
    ['Rufen Sie uns bitte morgen an.', ['main: [] <Rufen> [Sie uns bitte morgen] <an> []']],
    ['Haben Sie den Antrag schon abgegeben?', ['main: [] <Haben> [Sie den Antrag schon] <abgegeben> []']],
    ['Sie müssen sich anmelden bei der Stadt.', ['main: [Sie] <müssen> [sich] <anmelden> [bei der Stadt]']],
  ])('a main clause: %s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  test('a clause in front, a relative clause and an infinitive clause', () => {
    expect(fields('Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen anmelden.')).toEqual([
      'subordinate: [] <Wenn> [Sie] <umziehen> []',
      'main: [] <müssen> [Sie sich innerhalb von zwei Wochen] <anmelden> []',
    ]);
    expect(fields('Der Antrag, den Sie gestellt haben, wird von der Stadt geprüft.')).toEqual([
      'relative: [] <den> [Sie] <gestellt haben> []',
      'main: [Der Antrag] <wird> [von der Stadt] <geprüft> []',
    ]);
    expect(fields('Sie können sich anmelden, um einen Termin zu bekommen.')).toEqual([
      'main: [Sie] <können> [sich] <anmelden> []',
      'infinitive: [] <um> [einen Termin] <zu bekommen> []',
    ]);
  });

  test('a second clause joined by „und“ without a comma goes to the postfield, after the first right bracket', () => {
    expect(fields('Die Stadt schreibt die Eltern an und teilt ihnen die Termine mit.')).toEqual([
      'main: [Die Stadt] <schreibt> [die Eltern] <an> [und teilt ihnen die Termine mit]',
    ]);
  });
});

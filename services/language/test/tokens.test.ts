import { describe, expect, it } from '@jest/globals';

import { normalize, toRawSpan, tokenize as tokenizeRaw, type Token, type TokenKind } from '../src/index.js';

/** tokenize, plus the check every test wants: each token's offsets point at its raw text. */
function tokenize(input: string, offset = 0): Token[] {
  const tokens = tokenizeRaw(input, offset);
  for (const t of tokens) expect(input.slice(t.start - offset, t.end - offset)).toBe(t.text);
  return tokens;
}

/** [text, kind] pairs, plus a check that every token's offsets point at its text. */
function kinds(input: string, offset = 0): [string, TokenKind][] {
  return tokenize(input, offset).map((t) => [t.text, t.kind]);
}

function find(tokens: readonly Token[], text: string): Token {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text}`);
  return t;
}

describe('tokenize', () => {
  it('splits words and punctuation with offsets', () => {
    const input = 'Rufen Sie uns an!';
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.kind])).toEqual([
      ['Rufen', 0, 5, 'word'],
      ['Sie', 6, 9, 'word'],
      ['uns', 10, 13, 'word'],
      ['an', 14, 16, 'word'],
      ['!', 16, 17, 'punct'],
    ]);
  });

  it('adds the offset argument to every position', () => {
    const tokens = tokenize('Das Amt.', 100);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [100, 103],
      [104, 107],
      [107, 108],
    ]);
    expect(kinds('Das Amt.', 100)).toEqual([
      ['Das', 'word'],
      ['Amt', 'word'],
      ['.', 'punct'],
    ]);
  });

  it('keeps hyphenated compounds and gender forms one word', () => {
    expect(kinds('Kfz-Zulassung per E-Mail im Bürger-Büro für Bürger*innen und Bürger:innen')).toEqual([
      ['Kfz-Zulassung', 'word'],
      ['per', 'word'],
      ['E-Mail', 'word'],
      ['im', 'word'],
      ['Bürger-Büro', 'word'],
      ['für', 'word'],
      ['Bürger*innen', 'word'],
      ['und', 'word'],
      ['Bürger:innen', 'word'],
    ]);
    expect(kinds('An- und Abmeldung der 3-Zimmer-Wohnung')).toEqual([
      ['An-', 'word'],
      ['und', 'word'],
      ['Abmeldung', 'word'],
      ['der', 'word'],
      ['3-Zimmer-Wohnung', 'word'],
    ]);
  });

  it('reads abbreviations as one token with their expansion', () => {
    const tokens = tokenize('Bitte z. B. den Pass, d.h. ggf. usw. mitbringen');
    expect(tokens.filter((t) => t.kind === 'abbreviation').map((t) => [t.text, t.expansion])).toEqual([
      ['z. B.', 'zum Beispiel'],
      ['d.h.', 'das heißt'],
      ['ggf.', 'gegebenenfalls'],
      ['usw.', 'und so weiter'],
    ]);
    const zb = find(tokens, 'z. B.');
    expect([zb.start, zb.end]).toEqual([6, 11]);
  });

  it('expands Fr. by context: Freitag between weekdays, Frau before a name', () => {
    const weekday = tokenize('Mo. bis Fr. geöffnet');
    expect(find(weekday, 'Fr.').expansion).toBe('Freitag');
    const title = tokenize('Fragen an Fr. Schulz');
    expect(find(title, 'Fr.').expansion).toBe('Frau');
  });

  it('reads Fr. before a title as Frau, and multi-part abbreviations', () => {
    const tokens = tokenize('Fr. Dr. Schulze, § 9 i. V. m. § 2');
    expect(find(tokens, 'Fr.').expansion).toBe('Frau');
    expect(find(tokens, 'i. V. m.')).toMatchObject({ kind: 'abbreviation', expansion: 'in Verbindung mit' });
  });

  it('reads units and the multiplication x', () => {
    expect(kinds('35 x 45 mm, 80 qm')).toEqual([
      ['35', 'number'],
      ['x', 'symbol'],
      ['45', 'number'],
      ['mm', 'abbreviation'],
      [',', 'punct'],
      ['80', 'number'],
      ['qm', 'abbreviation'],
    ]);
  });

  it('only reads Nr., Art. and S. as abbreviations before a number', () => {
    expect(kinds('Nr. 12')).toEqual([
      ['Nr.', 'abbreviation'],
      ['12', 'number'],
    ]);
    expect(kinds('eine neue Art.')).toEqual([
      ['eine', 'word'],
      ['neue', 'word'],
      ['Art', 'word'],
      ['.', 'punct'],
    ]);
  });

  it('reads street names ending in str. as abbreviations', () => {
    const tokens = tokenize('Klemensstr. 10');
    expect(tokens[0]).toMatchObject({ text: 'Klemensstr.', kind: 'abbreviation', expansion: 'Klemensstraße' });
    expect(tokens[1]).toMatchObject({ text: '10', kind: 'number' });
  });

  it('recognises numbers, ordinals and dates', () => {
    const tokens = tokenize(
      'Am 3. Mai, im 2. Stock, 1.000 Anträge, 12,5 Stunden, 24.12.2025, 12.3.25, 2025-03-12, am 12.03. zu',
    );
    const interesting = tokens
      .filter((t) => t.kind !== 'word' && t.kind !== 'punct')
      .map((t) => [t.text, t.kind, t.value]);
    expect(interesting).toEqual([
      ['3.', 'ordinal', '3'],
      ['2.', 'ordinal', '2'],
      ['1.000', 'number', '1000'],
      ['12,5', 'number', '12.5'],
      ['24.12.2025', 'date', '2025-12-24'],
      ['12.3.25', 'date', '2025-03-12'],
      ['2025-03-12', 'date', '2025-03-12'],
      ['12.03.', 'date', '--03-12'],
    ]);
  });

  it('treats a number + period before a capitalised word as number and full stop', () => {
    expect(kinds('Zimmer 12. Dort')).toEqual([
      ['Zimmer', 'word'],
      ['12', 'number'],
      ['.', 'punct'],
      ['Dort', 'word'],
    ]);
  });

  it('recognises times, including ranges', () => {
    const tokens = tokenize('von 8.00 bis 12.30 Uhr, ab 9:30 und um 14 Uhr, 8 - 12 Uhr');
    expect(tokens.filter((t) => t.kind === 'time').map((t) => [t.text, t.value])).toEqual([
      ['8.00', '08:00'],
      ['12.30 Uhr', '12:30'],
      ['9:30', '09:30'],
      ['14 Uhr', '14:00'],
      ['8', '08:00'],
      ['12 Uhr', '12:00'],
    ]);
  });

  it('recognises money and percentages as one token', () => {
    const input = 'Gebühr 12,50 €, EUR 37.00, 1.000,00 Euro, 50 Cent, 12,- €, 10 % und 2,5 Prozent';
    const tokens = tokenize(input);
    expect(
      tokens.filter((t) => t.kind === 'money' || t.kind === 'percent').map((t) => [t.text, t.kind, t.value]),
    ).toEqual([
      ['12,50 €', 'money', '12.50 EUR'],
      ['EUR 37.00', 'money', '37.00 EUR'],
      ['1.000,00 Euro', 'money', '1000.00 EUR'],
      ['50 Cent', 'money', '0.50 EUR'],
      ['12,- €', 'money', '12.00 EUR'],
      ['10 %', 'percent', '10'],
      ['2,5 Prozent', 'percent', '2.5'],
    ]);
    const amount = find(tokens, '12,50 €');
    expect(input.slice(amount.start, amount.end)).toBe('12,50 €');
  });

  it('recognises money with a no-break space and keeps the raw text', () => {
    const input = 'Es kostet 12,50\u00A0€.';
    const tokens = tokenize(input);
    expect(tokens[2]).toMatchObject({ text: '12,50\u00A0€', norm: '12,50 €', kind: 'money', start: 10, end: 17 });
  });

  it('recognises German phone numbers', () => {
    const tokens = tokenize(
      'Tel.: 0251 492-0, Fax (0251) 492-7700, mobil +49 251 4920 oder +49 (0)251 492-0; Durchwahl 492-1234',
    );
    expect(tokens.filter((t) => t.kind === 'phone').map((t) => [t.text, t.value])).toEqual([
      ['0251 492-0', '+492514920'],
      ['(0251) 492-7700', '+492514927700'],
      ['+49 251 4920', '+492514920'],
      ['+49 (0)251 492-0', '+492514920'],
      ['492-1234', '4921234'],
    ]);
  });

  it('keeps case and file numbers whole', () => {
    expect(kinds('Az. 32-1234/2025')).toEqual([
      ['Az.', 'abbreviation'],
      ['32-1234/2025', 'number'],
    ]);
    expect(kinds('Kassenzeichen 5-123-456')).toEqual([
      ['Kassenzeichen', 'word'],
      ['5-123-456', 'number'],
    ]);
  });

  it('recognises URLs without trailing punctuation, and e-mail addresses', () => {
    const input =
      'Siehe https://www.stadt-muenster.de/buergerservice. Oder www.muenster.de/ordnungsamt, (stadt-muenster.de) und buergerbuero@stadt-muenster.de.';
    const tokens = tokenize(input);
    expect(tokens.filter((t) => t.kind === 'url' || t.kind === 'email').map((t) => [t.text, t.kind])).toEqual([
      ['https://www.stadt-muenster.de/buergerservice', 'url'],
      ['www.muenster.de/ordnungsamt', 'url'],
      ['stadt-muenster.de', 'url'],
      ['buergerbuero@stadt-muenster.de', 'email'],
    ]);
    expect(tokens.at(-1)).toMatchObject({ text: '.', kind: 'punct' });
  });

  it('classifies symbols and punctuation', () => {
    expect(kinds('§ 3 – „Antrag“ & Co… (ja)')).toEqual([
      ['§', 'symbol'],
      ['3', 'number'],
      ['–', 'punct'],
      ['„', 'punct'],
      ['Antrag', 'word'],
      ['“', 'punct'],
      ['&', 'symbol'],
      ['Co', 'word'],
      ['…', 'punct'],
      ['(', 'punct'],
      ['ja', 'word'],
      [')', 'punct'],
    ]);
  });

  it('removes soft hyphens and zero-width characters from the normalised spelling only', () => {
    const input = 'Personal\u00ADausweis und Melde\u200Bbescheinigung';
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.norm])).toEqual([
      ['Personal\u00ADausweis', 'Personalausweis'],
      ['und', 'und'],
      ['Melde\u200Bbescheinigung', 'Meldebescheinigung'],
    ]);
  });
});

describe('normalize', () => {
  it('unifies quotes, dashes, ellipsis and spaces and maps back to the raw text', () => {
    const raw = '„Hallo“\u00A0–\u2009ein\u00ADfach…\r\n\r\n  Ende';
    const n = normalize(raw);
    expect(n.text).toBe('"Hallo" – einfach...\n\nEnde');
    const at = n.text.indexOf('einfach');
    const span = toRawSpan(n, at, at + 'einfach'.length);
    expect(raw.slice(span.start, span.end)).toBe('ein\u00ADfach');
    const end = n.text.indexOf('Ende');
    expect(raw.slice(toRawSpan(n, end, end + 4).start)).toBe('Ende');
  });

  it('composes decomposed umlauts (NFC)', () => {
    expect(normalize('Mu\u0308nster').text).toBe('Münster');
  });
});

import { entries, gloss, sources } from '../support.js';
import { glossLexiconFrom } from '../../../src/index.js';

describe('addresses: a placeholder sign, the address shown on screen', () => {
  test('an e-mail address becomes the E-MAIL sign with the address in show', () => {
    const text = 'Schreiben Sie an buergerbuero@stadt-muenster.de.';
    const s = gloss(text);
    const g = s.glosses.find((x) => x.show !== undefined)!;
    expect(g).toMatchObject({
      gloss: 'E-MAIL',
      kind: 'lexical',
      signable: true,
      show: 'buergerbuero@stadt-muenster.de',
    });
    expect(text.slice(g.start, g.end)).toBe('buergerbuero@stadt-muenster.de');
    expect(s.rules).toContain('addresses');
  });

  test('an internet address becomes INTERNET', () => {
    const text = 'Informationen finden Sie unter www.muenster.de.';
    expect(sources(text, gloss(text))).toContainEqual(['INTERNET', 'www.muenster.de']);
  });

  test('without a sign the placeholder word is fingerspelled, not the address', () => {
    const s = gloss(
      'Informationen finden Sie unter www.muenster.de.',
      {},
      glossLexiconFrom(entries(['FINDEN finden/VERB'])),
    );
    const g = s.glosses.find((x) => x.show === 'www.muenster.de')!;
    expect(g).toMatchObject({ gloss: 'FS-INTERNET', kind: 'fingerspell', signable: true });
  });
});

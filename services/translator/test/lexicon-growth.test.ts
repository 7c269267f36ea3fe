// The sign lexicon grown for real municipal text (issue 15, part 4): large enough, and the counter talk the issue
// names is signed from it rather than fingerspelled — with the shipped lexicon, analysis and rules, as the service
// glosses.
import { describe, expect, it } from '@jest/globals';
import { loadGlossDictionary } from '@bbs/gloss-dictionary/load';
import { loadDgsEngine, loadLanguageResources } from '../src/index.js';

const dgs = loadDgsEngine((await loadLanguageResources()).analyzer);
const glossesOf = (text: string) =>
  dgs
    .gloss(text)
    .flatMap((s) => s.glosses)
    .filter((g) => g.kind !== 'pause');

describe('the grown sign lexicon', () => {
  it('has at least 900 signs', () => {
    expect(loadGlossDictionary().signs.length).toBeGreaterThanOrEqual(900);
  });

  it.each([
    ['Leider ist mein Kollege nicht zuständig.', ['LEIDER', 'KOLLEGE', 'ZUSTÄNDIG']],
    ['Hier ist Rauchen verboten.', ['RAUCHEN', 'VERBIETEN']],
    ['Wir bearbeiten Ihren Antrag.', ['BEARBEITEN']],
    ['Bringen Sie Ihren Führerschein mit.', ['FÜHRERSCHEIN']],
    ['Die Krankenkasse zahlt die Kosten.', ['KRANK', 'KASSE']],
    ['Dann fehlt noch ein Dokument.', ['FEHLEN']],
    ['Die Beratung ist kostenlos.', ['BERATEN']],
    ['Sie lernen Deutsch in einem Integrationskurs.', ['LERNEN', 'INTEGRATION', 'KURS']],
  ])('signs „%s“ without fingerspelling', (text, signs) => {
    const glosses = glossesOf(text);
    expect(glosses.filter((g) => g.kind === 'fingerspell').map((g) => g.gloss)).toEqual([]);
    expect(glosses.filter((g) => g.kind === 'lexical').map((g) => g.gloss)).toEqual(expect.arrayContaining(signs));
  });
});

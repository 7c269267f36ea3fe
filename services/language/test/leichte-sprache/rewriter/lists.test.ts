// Lists for parallel phrases without a comma between them: a subject of two noun phrases, and two ways at the
// end of a sentence (`unter Telefon … oder per E-Mail …`).
import { describe, expect, it } from '@jest/globals';

import { splitAlternatives, splitSubjectList } from '../../../src/leichte-sprache/rewriter/lists.js';
import { step } from './support.js';

describe('split-subject-list', () => {
  it('lists the noun phrases of a subject after the rest of the clause', () => {
    expect(
      step(
        splitSubjectList,
        'Menschen mit einer außergewöhnlichen Gehbehinderung (Merkzeichen aG) und blinde Menschen (Merkzeichen Bl) können einen blauen EU-Parkausweis bekommen.',
      ),
    ).toEqual([
      'Einen blauen EU-Parkausweis können bekommen:',
      '- Menschen mit einer außergewöhnlichen Gehbehinderung (Merkzeichen aG)',
      '- blinde Menschen (Merkzeichen Bl)',
    ]);
    expect(
      step(
        splitSubjectList,
        'Die Eltern eines neugeborenen Kindes und die Großeltern mit einer Vollmacht der Eltern können die Geburtsurkunde beim Standesamt abholen.',
      ),
    ).toEqual([
      'Die Geburtsurkunde können beim Standesamt abholen:',
      '- die Eltern eines neugeborenen Kindes',
      '- die Großeltern mit einer Vollmacht der Eltern',
    ]);
  });
  it('does not cut inside a phrase or list objects in front of the verb', () => {
    // `und Umgebung` belongs to `aus Münster`
    expect(
      step(
        splitSubjectList,
        'Gehörlose und hörbehinderte Menschen aus Münster und Umgebung können bei allen Terminen eine Dolmetscherin oder einen Dolmetscher bekommen.',
      ),
    ).toBeUndefined();
    // `Sie` after the verb is the subject: the phrases in front are objects
    expect(
      step(
        splitSubjectList,
        'Den Antrag und das Foto mit Ihrem Namen schicken Sie bitte per Post an das Bürgerbüro in der Stadtmitte von Münster.',
      ),
    ).toBeUndefined();
  });
});

describe('split-alternatives', () => {
  it('lists two ways at the end of a sentence under the rest of it', () => {
    expect(
      step(
        splitAlternatives,
        'Die Wohngeldstelle erreichen Sie montags bis freitags von 8:30 bis 12 Uhr unter Telefon 0251 492-6420 oder per E-Mail an wohngeld@stadt-muenster.example.',
      ),
    ).toEqual([
      'Die Wohngeldstelle erreichen Sie montags bis freitags von 8:30 bis 12 Uhr:',
      '- unter Telefon 0251 492-6420',
      '- per E-Mail an wohngeld@stadt-muenster.example',
    ]);
  });
  it('leaves the end of a range alone (`bis 12 Uhr oder nach Vereinbarung`)', () => {
    expect(
      step(
        splitAlternatives,
        'Die Wohngeldstelle erreichen Sie montags bis freitags unter Telefon 0251 492-6420 von 8:30 bis 12 Uhr oder nach Vereinbarung.',
      ),
    ).toBeUndefined();
  });
});

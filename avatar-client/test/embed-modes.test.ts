// Which tabs the embed offers, decided from the page's language, what the service can make, what the city
// approved and what the city's editor asked for.
import { chooseModes, parseModes, type ModeInputs } from '../src/embed/modes.js';
import { DE } from '../src/embed/strings.js';

const base: ModeInputs = {
  pageLang: 'de',
  serviceTargets: ['de-x-ls', 'en', 'gsg', 'uk', 'ar'],
  approvedTargets: [],
  approvedOnly: false,
  wanted: null,
};
const tokens = (input: Partial<ModeInputs>) => chooseModes({ ...base, ...input }, DE).map((m) => m.token);

describe('the modes of the embed', () => {
  test('a German page without a document: every mode the service offers, by machine, in a fixed order', () => {
    const modes = chooseModes(base, DE);
    expect(modes.map((m) => m.token)).toEqual(['dgs', 'leichte-sprache', 'vorlesen', 'ar', 'en', 'uk']);
    expect(modes.every((m) => !m.approved)).toBe(true);
    expect(modes.filter((m) => m.kind === 'text').every((m) => m.machine)).toBe(true);
    // Languages by their own name, with their direction.
    expect(modes.find((m) => m.token === 'ar')).toMatchObject({ name: 'العربية', lang: 'ar', dir: 'rtl' });
    expect(modes.find((m) => m.token === 'uk')).toMatchObject({ name: 'Українська', dir: 'ltr' });
  });

  test('Einfache Sprache appears when the service or the document offers it', () => {
    expect(tokens({ serviceTargets: ['de-x-einfach', 'de-x-ls'] })).toEqual([
      'dgs',
      'leichte-sprache',
      'einfache-sprache',
      'vorlesen',
    ]);
    expect(tokens({ serviceTargets: [], approvedTargets: ['de-x-einfach'], approvedOnly: true })).toContain(
      'einfache-sprache',
    );
  });

  test('approved-only: only approved versions, none made by machine', () => {
    const modes = chooseModes({ ...base, approvedTargets: ['de-x-ls', 'tr'], approvedOnly: true }, DE);
    expect(modes.map((m) => m.token)).toEqual(['dgs', 'leichte-sprache', 'vorlesen', 'tr']);
    expect(modes.some((m) => m.machine)).toBe(false);
    expect(modes.find((m) => m.token === 'tr')).toMatchObject({ name: 'Türkçe', approved: true });
  });

  test('with a document: approved where approved, the rest by machine', () => {
    const modes = chooseModes({ ...base, approvedTargets: ['de-x-ls'] }, DE);
    expect(modes.find((m) => m.token === 'leichte-sprache')).toMatchObject({ approved: true, machine: true });
    expect(modes.find((m) => m.token === 'en')).toMatchObject({ approved: false, machine: true });
  });

  test('a page in English: the German original once something is approved, no machine versions of English', () => {
    expect(tokens({ pageLang: 'en' })).toEqual(['dgs', 'vorlesen']);
    const modes = chooseModes({ ...base, pageLang: 'en-GB', approvedTargets: ['de-x-ls', 'en', 'uk'] }, DE);
    expect(modes.map((m) => m.token)).toEqual(['dgs', 'leichte-sprache', 'vorlesen', 'de', 'uk']);
    expect(modes.find((m) => m.token === 'de')).toMatchObject({ name: 'Deutsch', approved: true, machine: false });
    expect(modes.find((m) => m.token === 'dgs')!.machine).toBe(false);
  });

  test('`modes` picks tabs; `sprachen` stands for every language', () => {
    expect(tokens({ wanted: parseModes('vorlesen  leichte-sprache') })).toEqual(['leichte-sprache', 'vorlesen']);
    expect(tokens({ wanted: parseModes('sprachen') })).toEqual(['ar', 'en', 'uk']);
    expect(tokens({ wanted: parseModes('DGS, en') })).toEqual(['dgs', 'en']);
    expect(parseModes('  ')).toBeNull();
    expect(parseModes(null)).toBeNull();
  });
});

// A language the platform has no entry for (an NLLB package may bring dozens) is still named in German and in
// itself and marked with its writing direction, from the runtime's Unicode data.
import { languageInfo } from '../src/index.js';
import { languageNames, textDirection } from '../src/language-names.js';

test('a language without an entry is named in German and in itself', () => {
  expect(languageInfo('he')).toEqual({ code: 'he', name: 'Hebräisch', nativeName: 'עברית', dir: 'rtl' });
  expect(languageInfo('vi')).toMatchObject({ name: 'Vietnamesisch', nativeName: 'Tiếng Việt', dir: 'ltr' });
  expect(languageInfo('ur')).toMatchObject({ name: 'Urdu', nativeName: 'اردو', dir: 'rtl' });
  // A menu starts a name with a capital where the language has capitals.
  expect(languageNames('be').nativeName).toBe('Беларуская');
});

test('where the runtime knows no name in the language itself, the tag stands in, not an English name', () => {
  expect(languageInfo('arz')).toMatchObject({ name: 'Ägyptisches Arabisch', nativeName: 'arz', dir: 'rtl' });
});

test('the direction follows the script, named or usual', () => {
  expect(textDirection('ks-Arab')).toBe('rtl');
  expect(textDirection('ks-Deva')).toBe('ltr');
  expect(textDirection('az-Arab')).toBe('rtl');
  expect(textDirection('az')).toBe('ltr');
  expect(textDirection('yi')).toBe('rtl');
  expect(textDirection('dv')).toBe('rtl');
  expect(textDirection('zh-Hant')).toBe('ltr');
  expect(languageInfo('no such tag!').dir).toBe('ltr');
});

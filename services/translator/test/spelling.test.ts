// The Hunspell dictionary the compound splitter asks: real Hunspell (WebAssembly) with the igerman98 word list.
import { loadSpelling } from '../src/spelling.js';

test('knows compounds it builds from words apart from words it lists, and leaves the process as it was', async () => {
  const listeners = process.listeners('uncaughtException').length;
  const spelling = await loadSpelling();
  // a compound Hunspell builds by its rules: a word, but not a listed one
  expect(spelling.isWord('Bürgerbüro')).toBe(true);
  expect(spelling.isListedWord('Bürgerbüro')).toBe(false);
  // a word of its own
  expect(spelling.isListedWord('Zeugnisse')).toBe(true);
  // pieces the lexicon alone would split into are no words
  for (const piece of ['Materi', 'Heb', 'Erleb', 'Schwab']) expect(spelling.isWord(piece)).toBe(false);
  // a stem that only exists inside compounds is not listed on its own
  expect(spelling.isListedWord('Hochschul')).toBe(false);
  // Emscripten's rethrowing crash handler is taken off again
  expect(process.listeners('uncaughtException').length).toBe(listeners);
});

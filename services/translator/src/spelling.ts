// The German spelling dictionary for the compound splitter (`Spelling` of @bbs/language): Hunspell itself, as
// WebAssembly (hunspell-asm), with the igerman98 dictionary of `dictionary-de` (GPL-2.0 or GPL-3.0, used as data,
// unchanged). Two instances on the same word list: one with the dictionary's compounding rules (is `Bürgerbüro`
// a correct word?), one without them (is `Zeugnisse` listed as a word of its own?). About 0.3 s once per process.
import dictionary from 'dictionary-de';
import { loadModule } from 'hunspell-asm';
import type { Spelling } from '@bbs/language';

/** The affix file's lines that let Hunspell build compounds; without them it accepts listed words only. */
const COMPOUNDING = /^(?:COMPOUND\w*|CHECKCOMPOUND\w*)\b/;

export async function loadSpelling(): Promise<Spelling> {
  // Emscripten's Node glue adds an uncaughtException listener that rethrows, which would replace the
  // process's own handling of a crash (and print the whole minified module with it); it is taken off again.
  const before = new Set(process.listeners('uncaughtException'));
  // the loader gives up after a few seconds by default, which a busy machine can exceed while compiling the module
  const factory = await loadModule({ timeout: 120_000 });
  for (const listener of process.listeners('uncaughtException')) {
    if (!before.has(listener)) process.removeListener('uncaughtException', listener);
  }
  const aff = Buffer.from(dictionary.aff);
  const dic = factory.mountBuffer(dictionary.dic, 'de.dic');
  const withCompounds = factory.create(factory.mountBuffer(aff, 'de.aff'), dic);
  const listedOnly = Buffer.from(
    aff
      .toString('utf8')
      .split('\n')
      .filter((line) => !COMPOUNDING.test(line))
      .join('\n'),
  );
  const withoutCompounds = factory.create(factory.mountBuffer(listedOnly, 'de-listed.aff'), dic);
  return {
    isWord: (word) => withCompounds.spell(word),
    isListedWord: (word) => withoutCompounds.spell(word),
  };
}

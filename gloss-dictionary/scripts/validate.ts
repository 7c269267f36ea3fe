// Validates the lexicon and prints its counts; exits 1 when there are problems.
//
//   node --conditions=source --import tsx gloss-dictionary/scripts/validate.ts [lexicon-dir]
import { ownSegments } from '@bbs/protocol';
import { sameFormProblem } from '../src/index.js';
import { GLOSS_DICTIONARY_DIR, loadGlossDictionary } from '../src/load.js';

const lexicon = loadGlossDictionary(process.argv[2] ?? GLOSS_DICTIONARY_DIR);

const count = <T>(items: readonly T[], key: (item: T) => string): string =>
  Object.entries(
    items.reduce<Record<string, number>>((acc, item) => {
      const k = key(item);
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

console.log(`signs: ${lexicon.signs.length} (${count(lexicon.signs, (s) => s.review.status)})`);
console.log(
  `  form: ${count(lexicon.signs, (s) => (s.sequence ? 'sequence' : s.segments ? `${s.segments.length} segments` : 'one segment'))}`,
);
console.log(`  hands: ${count(lexicon.signs.flatMap(ownSegments), (s) => s.hands)}`);
console.log(`  agreement verbs: ${lexicon.signs.filter((s) => s.agreement).length}`);
console.log(`  variants: ${lexicon.signs.reduce((n, s) => n + (s.variants?.length ?? 0), 0)}`);
console.log(`  documented homonyms: ${lexicon.signs.filter((s) => s.homonyms?.length).length} signs`);
console.log(`  lemmas: ${lexicon.signs.reduce((n, s) => n + s.lemmas.length, 0)}`);
console.log(`handshapes: ${lexicon.handshapes.length} (${count(lexicon.handshapes, (h) => h.kind)})`);
console.log(`fingerspelling: ${lexicon.fingerspelling?.symbols.length ?? 0} symbols`);
console.log(`numbers: ${lexicon.numbers?.symbols.length ?? 0} symbols`);

const problems = [...lexicon.problems, ...lexicon.sameForms.map(sameFormProblem)];
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = 1;
} else {
  console.log('\nno problems');
}

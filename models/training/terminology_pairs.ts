// The municipal terminology as German -> target training pairs for the translation recipes (build.py): each
// term on its own, so that the model has seen the city's rendering. Prints JSON lines { de, target }.
//
//   node --conditions=source --import tsx models/training/terminology_pairs.ts en
import { MUNICIPAL_TERMS } from '@bbs/language';

const language = process.argv[2] ?? 'en';
for (const entry of MUNICIPAL_TERMS) {
  const wanted = entry.targets[language];
  if (wanted) console.log(JSON.stringify({ de: entry.de, target: wanted.term }));
}

// `node --conditions=source --import tsx services/language/scripts/build-easy-words.ts`: the easy-words list
// (data/easy-words-de.json) from the Klexikon, a German children's lexicon (../shared/datasets/klexikon, CC BY-SA;
// train split, Klexikon side only): each content word's lemma with the number of articles it occurs in, from
// MIN_ARTICLES up. The concern `hard-word` (leichte-sprache/vocabulary.ts) counts a lemma as easy from a threshold
// tuned on the dev labels. The list holds lemmas and counts only, no text; like the data it is derived from it is
// CC BY-SA 4.0.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from '@bbs/language';
import { loadLanguageResources } from '@bbs/translator';

const SOURCE = fileURLToPath(new URL('../../../../shared/datasets/klexikon/train.jsonl', import.meta.url));
const TARGET = fileURLToPath(new URL('../data/easy-words-de.json', import.meta.url));
/** In how many articles (of 2,350) a lemma must occur to be listed: more than one, so no topic word of one article. */
const MIN_ARTICLES = 2;
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

const { analyzer } = await loadLanguageResources();
const articles = new Map<string, number>();
const lines = readFileSync(SOURCE, 'utf8').trim().split('\n');
for (const line of lines) {
  const { klexikon } = JSON.parse(line) as { klexikon: string };
  const seen = new Set<string>();
  for (const s of segment(klexikon)) {
    for (const t of analyzer.analyzeSentence(s.tokens)) {
      if (t.kind !== 'word' || !CONTENT.has(t.upos)) continue;
      seen.add(t.lemma.toLowerCase());
    }
  }
  for (const lemma of seen) articles.set(lemma, (articles.get(lemma) ?? 0) + 1);
}
const lemmas = Object.fromEntries(
  [...articles].filter(([, n]) => n >= MIN_ARTICLES).sort(([a], [b]) => a.localeCompare(b, 'de')),
);
writeFileSync(
  TARGET,
  JSON.stringify(
    {
      $comment:
        'Lemmas (lower-case) of nouns, verbs, adjectives and adverbs with the number of the ' +
        `${lines.length} Klexikon articles of the train split they occur in (from ${MIN_ARTICLES}): how often a ` +
        'child reader meets them. Built by services/language/scripts/build-easy-words.ts. Derived from the Klexikon (klexikon.de, ' +
        'CC BY-SA 4.0, via dennlinger/klexikon); this list is CC BY-SA 4.0 as well.',
      license: 'CC-BY-SA-4.0',
      minArticles: MIN_ARTICLES,
      articles: lines.length,
      lemmas,
    },
    null,
    1,
  ) + '\n',
);
console.log(`${Object.keys(lemmas).length} lemmas of ${articles.size} written to ${TARGET}`);

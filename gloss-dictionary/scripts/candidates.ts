// Which signs the lexicon should grow next: the content lemmas of real municipal text that the service
// fingerspells today, by frequency. Only the Integreat `dev` pages and the samples are read; the `test` pages
// are the held-out coverage report and must not steer which signs are added. With `--forms` it checks instead
// that no two signs share a physical form (hands, handshapes, orientation, location, movement).
//
//   node --conditions=source --import tsx gloss-dictionary/scripts/candidates.ts [--top N] [--forms]
import { segment } from '@bbs/language';
import type { SignEntry } from '@bbs/protocol';
import { loadDgsEngine, loadLanguageResources } from '@bbs/translator';
import { integreatAvailable, INTEGREAT_DIR, loadIntegreatPages, proseLines } from '../../tests/support/integreat.js';
import { loadSamples } from '../../tests/support/samples.js';
import { loadGlossDictionary } from '../src/load.js';
import { sameFormGroups } from '../src/index.js';

const args = process.argv.slice(2);
const topArg = args.indexOf('--top');
const top = topArg >= 0 ? Number(args[topArg + 1]) : 300;

function checkForms(signs: readonly SignEntry[]): number {
  // The same comparison as validation and the lexicon tests (documented homonyms are not listed).
  const same = sameFormGroups(signs);
  console.log(`${signs.length} signs, ${same.length} group(s) with the same form`);
  for (const ids of same) console.log(`  ${ids.join(' = ')}`);
  return same.length;
}

interface Candidate {
  lemma: string;
  upos: string;
  dev: number;
  samples: number;
  /** Part of a compound the rules split (`Beratungs` of `Beratungsstelle`). */
  part: boolean;
  forms: Set<string>;
}

async function candidates(): Promise<void> {
  const { analyzer } = await loadLanguageResources();
  const dgs = loadDgsEngine(analyzer);
  const found = new Map<string, Candidate>();

  const count = (text: string, where: 'dev' | 'samples') => {
    const tokens = new Map<number, { lemma: string; upos: string; text: string }>();
    for (const s of segment(text)) {
      for (const t of analyzer.analyzeSentence(s.tokens)) tokens.set(t.start, t);
    }
    for (const s of dgs.gloss(text)) {
      for (const g of s.glosses) {
        if (g.kind !== 'fingerspell') continue;
        const t = tokens.get(g.start);
        // Names are fingerspelled or get a place sign from the local Deaf community: no lexicon entry.
        if (!t || t.upos === 'PROPN') continue;
        const part = g.compound !== undefined;
        const lemma = part ? (g.mouthing ?? g.gloss.replace(/^FS-/, '')) : t.lemma;
        const key = `${lemma}\t${part ? 'part' : t.upos}`;
        const c = found.get(key) ?? { lemma, upos: part ? 'part' : t.upos, dev: 0, samples: 0, part, forms: new Set() };
        c[where]++;
        c.forms.add(part ? (g.compound ?? '') : t.text);
        found.set(key, c);
      }
    }
  };

  if (integreatAvailable()) {
    for (const page of loadIntegreatPages('dev')) for (const line of proseLines(page)) count(line, 'dev');
  } else {
    console.log(`Integreat pages not found at ${INTEGREAT_DIR}: listing the samples only.`);
  }
  for (const sample of loadSamples()) count(sample.text, 'samples');

  const list = [...found.values()].sort(
    (a, b) => b.dev + b.samples - (a.dev + a.samples) || a.lemma.localeCompare(b.lemma),
  );
  const total = list.reduce((n, c) => n + c.dev + c.samples, 0);
  console.log(`${list.length} fingerspelled content lemmas (${total} occurrences) on the dev pages and the samples`);
  console.log('rank\tdev\tsamples\tupos\tlemma\texamples');
  list.slice(0, top).forEach((c, i) => {
    console.log([i + 1, c.dev, c.samples, c.upos, c.lemma, [...c.forms].slice(0, 3).join(', ')].join('\t'));
  });
}

if (args.includes('--forms')) {
  const { signs, problems } = loadGlossDictionary();
  if (problems.length > 0) console.log(`${problems.length} lexicon problem(s); run validate.ts`);
  process.exitCode = checkForms(signs) > 0 || problems.length > 0 ? 1 : 0;
} else {
  await candidates();
}

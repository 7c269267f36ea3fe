// Test sets for German -> X translation packages (eval:models), read from ../shared/datasets and never copied:
// the Integreat held-out test pages (the same pages and lines models/training/marian/translation_data.py holds
// out: SHA-256("region:German page id") mod 20 in {0, 1}, lines paired where both pages have as many lines, exact
// duplicates once, lines that stay as they are left out), FLORES-101 devtest and NTREX-128.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TranslationSet {
  name: string;
  sources: string[];
  references: string[];
}

const FLORES_CODES: Record<string, string> = { en: 'en', uk: 'uk', ru: 'ru', tr: 'tr', pl: 'pl', fa: 'fa', ar: 'ar' };
const NTREX_CODES: Record<string, string> = {
  en: 'eng-US',
  uk: 'ukr',
  ru: 'rus',
  tr: 'tur',
  pl: 'pol',
  fa: 'fas',
  ar: 'arb',
};

/** NFC with runs of whitespace as one space, as the Python side cleans lines. */
const clean = (text: string): string => text.normalize('NFC').split(/\s+/u).filter(Boolean).join(' ');

const lines = (file: string): string[] => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').map(clean);

export function integreatTestPairs(datasets: string, target: string): TranslationSet | undefined {
  const file = join(datasets, 'integreat-municipal', 'integreat_de_en_pages.jsonl');
  // Only German-English pages exist as page pairs; other targets have no held-out pages.
  if (target !== 'en' || !existsSync(file)) return undefined;
  const seen = new Set<string>();
  const sources: string[] = [];
  const references: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const page = JSON.parse(line) as { region: string; de_id: number; de: string; en: string };
    const digest = createHash('sha256').update(`${page.region}:${page.de_id}`).digest('hex');
    if (![0, 1].includes(Number.parseInt(digest.slice(0, 8), 16) % 20)) continue;
    const de = page.de.split('\n');
    const en = page.en.split('\n');
    if (de.length !== en.length) continue;
    de.forEach((d, i) => {
      const [s, t] = [clean(d), clean(en[i]!)];
      const key = `${s}\t${t}`;
      if (!s || !t || seen.has(key)) return;
      seen.add(key);
      if (s === t) return;
      sources.push(s);
      references.push(t);
    });
  }
  return { name: 'Integreat held-out', sources, references };
}

export function floresDevtest(datasets: string, target: string): TranslationSet | undefined {
  const code = FLORES_CODES[target];
  const dir = join(datasets, 'flores101-multi');
  if (!code || !existsSync(join(dir, `devtest.${code}`))) return undefined;
  return {
    name: 'FLORES-101 devtest',
    sources: lines(join(dir, 'devtest.de')),
    references: lines(join(dir, `devtest.${code}`)),
  };
}

/** NTREX-128 with the German reference translation as source (for English, the WMT19 English original as reference). */
export function ntrex(datasets: string, target: string): TranslationSet | undefined {
  const dir = join(datasets, 'ntrex128-multi');
  const file =
    target === 'en' ? 'newstest2019-src.eng.txt' : NTREX_CODES[target] && `newstest2019-ref.${NTREX_CODES[target]}.txt`;
  if (!file || !existsSync(join(dir, file))) return undefined;
  return {
    name: 'NTREX-128',
    sources: lines(join(dir, 'newstest2019-ref.deu.txt')),
    references: lines(join(dir, file)),
  };
}

export function translationSets(datasets: string, target: string): TranslationSet[] {
  return [integreatTestPairs, floresDevtest, ntrex]
    .map((make) => make(datasets, target))
    .filter((s): s is TranslationSet => s !== undefined);
}

import { createRequire } from 'node:module';
import type { GlossaryEntry, Vocabulary } from '@bbs/language';
import { z } from 'zod';

const EasyWordsSchema = z.object({ lemmas: z.record(z.string().min(1), z.number().int().positive()) });

/**
 * In how many Klexikon articles a lemma must occur to count as easy: tuned on the labelled sentences of the
 * Integreat dev pages (tests/eval/ls-calibration.ts --split=dev), reported on the test pages' labels.
 */
export const EASY_MIN_ARTICLES = 2;

let easy: ReadonlySet<string> | undefined;

/**
 * The easy words (`@bbs/language/easy-words-de.json`, lemmas from the Klexikon children's lexicon, CC BY-SA) once
 * per process, checked against their schema.
 */
export function easyWords(): ReadonlySet<string> {
  if (!easy) {
    const require = createRequire(import.meta.url);
    const { lemmas } = EasyWordsSchema.parse(require('@bbs/language/easy-words-de.json'));
    easy = new Set(Object.entries(lemmas).flatMap(([lemma, n]) => (n >= EASY_MIN_ARTICLES ? [lemma] : [])));
  }
  return easy;
}

/** What a Leichte Sprache reader knows: the easy words, and every word the glossary explains where it occurs. */
export function vocabularyOf(glossary: readonly GlossaryEntry[]): Vocabulary {
  const explained = new Set<string>();
  for (const entry of glossary) {
    explained.add(entry.term.toLowerCase());
    for (const part of entry.term.toLowerCase().split(/[\s-]+/)) if (part.length > 2) explained.add(part);
  }
  return { easy: easyWords(), explained };
}

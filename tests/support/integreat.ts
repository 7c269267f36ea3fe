// Real municipal text nobody on the team wrote: the German pages of the Integreat app (Landkreis Augsburg,
// Rems-Murr-Kreis, München; CC BY 4.0) in ../shared/datasets/integreat-municipal. Read at evaluation time, never
// copied into the repository. One fixed split by page for every evaluation of the language rules: rules are
// developed against `dev` pages and reported on `test` pages, so lines of one page never fall on both sides.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INTEGREAT_DIR = fileURLToPath(new URL('../../../shared/datasets/integreat-municipal', import.meta.url));
const PAGES_FILE = join(INTEGREAT_DIR, 'integreat_de_en_pages.jsonl');

export type IntegreatSplit = 'dev' | 'test';

export interface IntegreatPage {
  id: number;
  region: string;
  title: string;
  /** The German page text, one paragraph or list item per line. */
  de: string;
  split: IntegreatSplit;
}

export function integreatAvailable(): boolean {
  return existsSync(PAGES_FILE);
}

/** Half the pages each, by a hash of the page id: stable whatever order or subset the file comes in. */
export function integreatSplitOf(pageId: number): IntegreatSplit {
  return createHash('sha256').update(`integreat:${pageId}`).digest()[0]! % 2 === 0 ? 'dev' : 'test';
}

export function loadIntegreatPages(split?: IntegreatSplit): IntegreatPage[] {
  return readFileSync(PAGES_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { region: string; de_id: number; de_title: string; de: string };
      return { id: row.de_id, region: row.region, title: row.de_title, de: row.de, split: integreatSplitOf(row.de_id) };
    })
    .filter((page) => split === undefined || page.split === split);
}

/**
 * The page's lines that are running text: keyword lists („Schlagworte: …“), bare links, e-mail addresses and
 * one- or two-word lines (names, headings of contact blocks) say little about how sentences are handled.
 */
export function proseLines(page: IntegreatPage): string[] {
  return page.de
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !/^Schlagw(o|ö)rter?:/i.test(line))
    .filter((line) => !/^(https?:\/\/|www\.)\S+$/i.test(line) && !/^\S+@\S+$/.test(line))
    .filter((line) => line.split(/\s+/).length >= 3);
}

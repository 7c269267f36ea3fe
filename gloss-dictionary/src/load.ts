// Reads the lexicon from its folder (Node only): signs/<ID>.json, handshapes/<id>.json, fingerspelling.json and
// numbers.json, then validates it. File names are kept so the id check can compare them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLexicon, type CheckedLexicon, type LexiconFile, type ManualSystem } from './index.js';

/** The package folder: the nearest folder above this module whose package.json is @bbs/gloss-dictionary. */
function findPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === '@bbs/gloss-dictionary') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('gloss-dictionary: package folder not found above ' + import.meta.url);
    dir = parent;
  }
}

export const GLOSS_DICTIONARY_DIR: string = findPackageDir();

function readDocument(root: string, relative: string, problems: string[]): LexiconFile {
  try {
    return { file: relative, data: JSON.parse(readFileSync(join(root, relative), 'utf8')) as unknown };
  } catch (error) {
    problems.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
    return { file: relative, data: undefined };
  }
}

function readFolder(root: string, folder: string, problems: string[]): LexiconFile[] {
  const path = join(root, folder);
  if (!existsSync(path)) {
    problems.push(`${folder}/: folder missing`);
    return [];
  }
  const documents: LexiconFile[] = [];
  for (const name of readdirSync(path).sort()) {
    if (!name.endsWith('.json')) continue;
    const doc = readDocument(root, `${folder}/${name}`, problems);
    if (doc.data !== undefined) documents.push(doc);
  }
  return documents;
}

export interface GlossDictionary extends Omit<CheckedLexicon, 'fingerspelling' | 'numbers'> {
  fingerspelling: ManualSystem;
  numbers: ManualSystem;
}

/** Stands in for a manual system whose file is missing or invalid (the problem is reported). */
const emptySystem = (kind: ManualSystem['kind']): ManualSystem => ({
  kind,
  location: { site: 'neutral', side: 'dominant', distance: 'medium' },
  symbols: [],
  source: { kind: 'project', by: 'gloss-dictionary loader: file missing or invalid' },
});

/**
 * Loads and validates the lexicon in `dir` (default: this package). Documents that do not parse are left out
 * of the result (a manual system that does not parse becomes an empty one) and reported in `problems`, which
 * is empty for a valid lexicon.
 */
export function loadGlossDictionary(dir: string = GLOSS_DICTIONARY_DIR): GlossDictionary {
  const readProblems: string[] = [];
  const signs = readFolder(dir, 'signs', readProblems);
  const handshapes = readFolder(dir, 'handshapes', readProblems);
  const fingerspelling = readDocument(dir, 'fingerspelling.json', readProblems);
  const numbers = readDocument(dir, 'numbers.json', readProblems);
  const checked = checkLexicon({ signs, handshapes, fingerspelling, numbers });
  return {
    ...checked,
    fingerspelling: checked.fingerspelling ?? emptySystem('fingerspelling'),
    numbers: checked.numbers ?? emptySystem('numbers'),
    problems: [...readProblems, ...checked.problems],
  };
}

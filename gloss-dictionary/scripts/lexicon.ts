// The lexicon's interchange commands:
//
//   npm run lexicon -- export-sigml out.sigml [--dir LEXICON] [--signs ID,ID…]
//   npm run lexicon -- import-sigml file.sigml [--dir LEXICON] [--by NAME]
//
// export-sigml writes the signs as SiGML (HamNoSys symbol names; compounds as the segments of their parts).
// import-sigml reads a SiGML file into draft entries (source.kind "import", the file's name as reference) and
// writes them to signs/ only when the lexicon stays valid: a sign whose id or form the lexicon has already, or
// that makes any other problem, is refused, and then nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SignEntry } from '@bbs/protocol';
import { checkLexicon, sameFormProblem, type LexiconFile } from '../src/index.js';
import { GLOSS_DICTIONARY_DIR, loadGlossDictionary } from '../src/load.js';
import { readSigml, SigmlError, writeSigml } from '../src/sigml/index.js';

const USAGE = `Aufruf:
  npm run lexicon -- export-sigml out.sigml [--dir LEXIKON] [--signs ID,ID…]
  npm run lexicon -- import-sigml datei.sigml [--dir LEXIKON] [--by NAME]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function exportSigml(file: string, dir: string, only: string | undefined): number {
  const lexicon = loadGlossDictionary(dir);
  if (lexicon.problems.length > 0) {
    console.error(`Das Lexikon hat Probleme (zuerst validate.ts):\n  ${lexicon.problems.slice(0, 10).join('\n  ')}`);
    return 1;
  }
  const byId = new Map(lexicon.signs.map((s) => [s.id, s] as const));
  const wanted = only ? only.split(',').map((s) => s.trim()) : [...byId.keys()];
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    console.error(`Unbekannte Gebärden: ${missing.join(', ')}`);
    return 1;
  }
  const signs = wanted.map((id) => byId.get(id)!);
  writeFileSync(
    file,
    writeSigml(signs, (id) => byId.get(id)),
  );
  console.log(`${signs.length} Gebärden als SiGML geschrieben: ${file}`);
  return 0;
}

function importSigml(file: string, dir: string, by: string | undefined): number {
  let imported: SignEntry[];
  try {
    imported = readSigml(readFileSync(file, 'utf8'), { reference: basename(file), ...(by ? { by } : {}) });
  } catch (error) {
    if (!(error instanceof SigmlError)) throw error;
    console.error(`${file}: ${error.message}`);
    return 1;
  }
  const lexicon = loadGlossDictionary(dir);
  if (lexicon.problems.length > 0) {
    console.error(`Das Lexikon hat schon Probleme:\n  ${lexicon.problems.slice(0, 10).join('\n  ')}`);
    return 1;
  }
  const refused: string[] = [];
  const known = new Set(lexicon.signs.map((s) => s.id));
  const seen = new Set<string>();
  for (const e of imported) {
    if (known.has(e.id)) refused.push(`${e.id}: diese Glosse hat das Lexikon schon`);
    else if (seen.has(e.id)) refused.push(`${e.id}: steht zweimal in ${basename(file)}`);
    seen.add(e.id);
  }
  // The lexicon with the new signs must stay valid, and no new sign may look like another.
  const file_ = (s: SignEntry): LexiconFile => ({ file: `signs/${s.id}.json`, data: s });
  const document = (name: string): LexiconFile => ({
    file: name,
    data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
  });
  const checked = checkLexicon({
    signs: [...lexicon.signs, ...imported].map(file_),
    handshapes: lexicon.handshapes.map((h) => ({ file: `handshapes/${h.id}.json`, data: h })),
    fingerspelling: document('fingerspelling.json'),
    numbers: document('numbers.json'),
  });
  const before = new Set(lexicon.sameForms.map((g) => g.join()));
  const newIds = new Set(imported.map((e) => e.id));
  refused.push(
    ...checked.problems.filter((p) => !p.includes('duplicate sign id')),
    ...checked.sameForms
      .filter((g) => !before.has(g.join()) && g.some((l) => newIds.has(l.split(' ')[0]!)))
      .map(sameFormProblem),
  );
  if (refused.length > 0) {
    console.error(`Nichts importiert: ${refused.length} Problem(e)\n  ${refused.join('\n  ')}`);
    return 1;
  }
  for (const e of imported) writeFileSync(join(dir, 'signs', `${e.id}.json`), `${JSON.stringify(e, null, 2)}\n`);
  console.log(
    `${imported.length} Gebärden als Entwurf importiert aus ${basename(file)}: ${imported.map((e) => e.id).join(', ')}`,
  );
  return 0;
}

function main(args: string[]): number {
  const [command, file] = args;
  const dir = option(args, '--dir') ?? GLOSS_DICTIONARY_DIR;
  if (command === 'export-sigml' && file) return exportSigml(file, dir, option(args, '--signs'));
  if (command === 'import-sigml' && file) return importSigml(file, dir, option(args, '--by'));
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));

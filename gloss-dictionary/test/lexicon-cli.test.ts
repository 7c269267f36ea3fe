// `npm run lexicon -- export-sigml / import-sigml` on a small copy of the lexicon: import writes drafts that name
// the file, refuses a file whose signs the lexicon has already (then writes nothing), and export writes SiGML
// that reads back sign by sign.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readSigml } from '../src/sigml/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repoDir = join(packageDir, '..');
const SIGNS = ['HAUS', 'GELD', 'KIND', 'VERSTEHEN', 'KINDERGELD'];

function lexicon(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(packageDir, 'scripts', 'lexicon.ts'), ...args],
    { cwd: repoDir, encoding: 'utf8' },
  );
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run lexicon', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexikon-'));
    cpSync(join(packageDir, 'handshapes'), join(dir, 'handshapes'), { recursive: true });
    for (const f of ['fingerspelling.json', 'numbers.json']) cpSync(join(packageDir, f), join(dir, f));
    cpSync(join(packageDir, 'signs'), join(dir, 'signs'), {
      recursive: true,
      filter: (src) => !src.endsWith('.json') || SIGNS.some((id) => src.endsWith(`/${id}.json`)),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports SiGML as draft entries that name the file', () => {
    const fixture = join(here, 'fixtures', 'projektteam.sigml');
    const run = lexicon('import-sigml', fixture, '--dir', dir, '--by', 'Projektteam (Test)');
    expect([run.status, run.out]).toEqual([
      0,
      expect.stringContaining('9 Gebärden als Entwurf importiert aus projektteam.sigml'),
    ]);
    const entry = JSON.parse(readFileSync(join(dir, 'signs', 'PROBE-ZWEI.json'), 'utf8')) as Record<string, unknown>;
    expect(entry).toMatchObject({
      id: 'PROBE-ZWEI',
      lemmas: [{ lemma: 'Probe' }],
      source: { kind: 'import', by: 'Projektteam (Test)', reference: 'projektteam.sigml' },
      review: { status: 'draft' },
    });
    expect((entry.segments as unknown[]).length).toBe(2);
  });

  it('refuses a second import of the same signs and writes nothing then', () => {
    const before = readdirSync(join(dir, 'signs')).length;
    const run = lexicon('import-sigml', join(here, 'fixtures', 'projektteam.sigml'), '--dir', dir);
    expect(run.status).toBe(1);
    expect(run.out).toContain('Nichts importiert');
    expect(run.out).toContain('PROBE-EINS: diese Glosse hat das Lexikon schon');
    expect(readdirSync(join(dir, 'signs')).length).toBe(before);
  });

  it('refuses a sign with the form of one the lexicon has, and says which', () => {
    const haus = readFileSync(join(dir, 'haus.sigml'), 'utf8');
    writeFileSync(join(dir, 'kopie.sigml'), haus.replace('gloss="HAUS"', 'gloss="HAUS-KOPIE"'));
    const run = lexicon('import-sigml', join(dir, 'kopie.sigml'), '--dir', dir);
    expect(run.status).toBe(1);
    expect(run.out).toContain('HAUS, HAUS-KOPIE have the same form');
    expect(existsSync(join(dir, 'signs', 'HAUS-KOPIE.json'))).toBe(false);
  });

  it('says where an import fails: the symbol and its place', () => {
    writeFileSync(
      join(dir, 'kaputt.sigml'),
      '<sigml><hns_sign gloss="x"><hamnosys_manual><hamflathand/><hamzickzack/></hamnosys_manual></hns_sign></sigml>',
    );
    const run = lexicon('import-sigml', join(dir, 'kaputt.sigml'), '--dir', dir);
    expect([run.status, run.out]).toEqual([
      1,
      expect.stringContaining('„hamzickzack“ an Stelle 2 ist kein HamNoSys-Symbol'),
    ]);
  });

  it('exports the lexicon, compounds included, as SiGML that reads back', () => {
    const out = join(dir, 'alle.sigml');
    const run = lexicon('export-sigml', out, '--dir', dir);
    expect(run.status).toBe(0);
    const back = readSigml(readFileSync(out, 'utf8'), { reference: 'alle.sigml' });
    expect(back.map((e) => e.id)).toEqual(expect.arrayContaining([...SIGNS, 'PROBE-EINS']));
    // KINDERGELD is KIND then GELD: the segments of both parts.
    expect(back.find((e) => e.id === 'KINDERGELD')!.segments?.length).toBeGreaterThanOrEqual(2);
    expect(lexicon('export-sigml', join(dir, 'x.sigml'), '--dir', dir, '--signs', 'GIBT-ES-NICHT').status).toBe(1);
  });

  beforeAll(() => {
    // One sign exported on its own, for the form test above.
    expect(lexicon('export-sigml', join(dir, 'haus.sigml'), '--dir', dir, '--signs', 'HAUS').status).toBe(0);
  });
});

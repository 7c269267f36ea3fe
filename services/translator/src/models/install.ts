import { existsSync, lstatSync, readFileSync, rmSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DGS, knownLanguages, LEICHTE_SPRACHE, SOURCE_LANGUAGE } from '@bbs/protocol';
import { createLogger } from '../logger.js';
import { createMetrics } from '../metrics.js';
import { archiveKind, archiveStem, extractArchive } from './archive.js';
import { checkSums, formatSums, packageFiles, parseSums, SUMS_FILE, sumsOf, type SumsCheck } from './checksums.js';
import { DEFAULT_HUB, downloadHubFile, isHubRepoId, listHubFiles, type HubRef, type Progress } from './hub.js';
import { FLORES_CODE, iso639_3For, M2M100_TOKEN, packageLanguages, type LanguageCodeStyle } from './language-codes.js';
import { MANIFEST_FILE, ManifestEntrySchema, missingFiles, readManifest, requiredFiles } from './packages.js';
import type { ManifestEntry } from './packages.js';
import { ModelRuntime } from './runtime.js';

/** What a city installs, checks and removes with `npm run models`; the service only reads the result. */
export class InstallError extends Error {}

/** The files a package brings besides its graphs: model card, licence, and what the runtime reads. */
const EXTRA_FILES = [
  'generation_config.json',
  'special_tokens_map.json',
  'MODEL_CARD.md',
  'README.md',
  'LICENSE',
  'LICENSE.md',
  'LICENSE.txt',
];
/** Graphs of the two layouts the runtime loads (plain and Optimum), with external weights beside big ones. */
const GRAPH = /^onnx\/(encoder_model|decoder_model_merged)(_quantized)?\.onnx(_data)?$/;
/** The sentence every smoke translation and check translates. */
export const SMOKE_SENTENCE = 'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr.';

export type Dtype = ManifestEntry['dtype'];
export type Task = ManifestEntry['task'];

export interface AddOptions {
  source: string;
  modelsDir: string;
  id?: string | undefined;
  task?: Task | undefined;
  /** Tags, or 'all' for every language of an NLLB/M2M100 package. */
  targets?: string[] | 'all' | undefined;
  dtype?: Dtype | undefined;
  hub: string;
  revision: string;
  token?: string | undefined;
  /** Install a folder or archive without a SHA256SUMS list (the list is then written from what arrived). */
  unverified?: boolean;
  replace?: boolean;
  log: (line: string) => void;
  progress?: Progress;
  /** The staging folder, as soon as there is one (so an interrupted run can remove it). */
  onStaging?: (dir: string) => void;
}

export interface SmokeResult {
  target: string;
  output: string;
  confidence: number;
}

export interface AddResult {
  entry: ManifestEntry;
  dir: string;
  card: string | undefined;
  smoke: SmokeResult[];
  verified: 'sums' | 'hub' | 'unverified';
}

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new InstallError(`${basename(file)} ist kein gültiges JSON: ${(err as Error).message}`);
  }
}

function idFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
}

type Source = { kind: 'folder'; path: string } | { kind: 'archive'; path: string } | { kind: 'hub'; repo: string };

function sourceOf(source: string): Source {
  if (existsSync(source)) {
    if (statSync(source).isDirectory()) return { kind: 'folder', path: source };
    if (archiveKind(source)) return { kind: 'archive', path: source };
    throw new InstallError(`${source} ist weder ein Ordner noch ein .tar, .tar.gz oder .zip`);
  }
  if (isHubRepoId(source)) return { kind: 'hub', repo: source };
  throw new InstallError(
    `${source} gibt es nicht (weder als Ordner oder Archiv noch als Hub-Name wie Xenova/opus-mt-de-en)`,
  );
}

/** An archive may hold the package at its top or in one folder. */
async function packageRoot(dir: string): Promise<string> {
  if (existsSync(join(dir, 'config.json'))) return dir;
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  if (entries.length === 1 && entries[0]!.isDirectory()) return packageRoot(join(dir, entries[0]!.name));
  throw new InstallError('Im Archiv liegt kein Modellpaket (keine config.json)');
}

function chooseDtype(has: (file: string) => boolean, wanted: Dtype | undefined): Dtype {
  const complete = (dtype: Dtype) =>
    requiredFiles({ dtype } as ManifestEntry)
      .filter((f) => f.startsWith('onnx/'))
      .every(has);
  if (wanted) return wanted;
  if (complete('q8')) return 'q8';
  if (complete('fp32')) return 'fp32';
  throw new InstallError(
    'Das Paket hat weder onnx/encoder_model_quantized.onnx + onnx/decoder_model_merged_quantized.onnx (q8) ' +
      'noch onnx/encoder_model.onnx + onnx/decoder_model_merged.onnx (fp32)',
  );
}

/** The graphs of one dtype, plus their external-data files where the package has them. */
function wantedFile(file: string, dtype: Dtype): boolean {
  const m = GRAPH.exec(file);
  if (m) return (m[2] === '_quantized') === (dtype === 'q8');
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', ...EXTRA_FILES].includes(file);
}

/** Copies a local package into the staging folder and says how it was verified. */
async function stageLocal(
  root: string,
  staged: string,
  opts: AddOptions,
): Promise<{ dtype: Dtype; verified: AddResult['verified'] }> {
  const sumsPath = join(root, SUMS_FILE);
  let files: string[];
  let sums: Map<string, string> | undefined;
  if (existsSync(sumsPath)) {
    sums = parseSums(readFileSync(sumsPath, 'utf8'));
    files = [...sums.keys()];
    const absent = files.filter((f) => !existsSync(join(root, f)));
    if (absent.length > 0) throw new InstallError(`${SUMS_FILE} nennt Dateien, die fehlen: ${absent.join(', ')}`);
  } else if (opts.unverified) {
    const all = await packageFiles(root);
    const dtype = chooseDtype((f) => all.includes(f), opts.dtype);
    files = all.filter((f) => wantedFile(f, dtype));
  } else {
    throw new InstallError(
      `Das Paket hat keine Liste ${SUMS_FILE}, seine Dateien lassen sich also nicht prüfen. Auf dem Rechner, ` +
        'von dem es kommt, im Paketordner erzeugen: find . -type f ! -name SHA256SUMS -printf "%P\\n" | sort | ' +
        'xargs sha256sum > SHA256SUMS; oder bewusst ungeprüft installieren mit --unverified.',
    );
  }
  for (const file of files) {
    await mkdir(dirname(join(staged, file)), { recursive: true });
    await copyFile(join(root, file), join(staged, file));
  }
  const dtype = chooseDtype((f) => files.includes(f), opts.dtype);
  if (sums) {
    // The copies are what gets served, so they are what is checked.
    const result = await checkSums(staged, sums);
    if (result.mismatched.length > 0) {
      throw new InstallError(`Prüfsumme falsch (${SUMS_FILE}): ${result.mismatched.join(', ')}. Nichts installiert.`);
    }
    await copyFile(sumsPath, join(staged, SUMS_FILE));
    return { dtype, verified: 'sums' };
  }
  return { dtype, verified: 'unverified' };
}

async function stageHub(ref: HubRef, staged: string, opts: AddOptions): Promise<{ dtype: Dtype }> {
  opts.log(`Dateiliste von ${ref.hub}/${ref.repo} (${ref.revision}) …`);
  const listed = await listHubFiles(ref);
  const dtype = chooseDtype((f) => listed.some((l) => l.path === f), opts.dtype);
  const chosen = listed.filter((f) => wantedFile(f.path, dtype));
  const total = chosen.reduce((n, f) => n + f.size, 0);
  opts.log(`${chosen.length} Dateien, ${(total / 1e6).toFixed(1)} MB (dtype ${dtype})`);
  const sums = new Map<string, string>();
  for (const file of chosen) sums.set(file.path, await downloadHubFile(ref, file, staged, opts.progress));
  await writeFile(join(staged, SUMS_FILE), formatSums(sums));
  return { dtype };
}

function addedSpecialTokens(tokenizer: Record<string, unknown>): string[] {
  const added = Array.isArray(tokenizer.added_tokens) ? (tokenizer.added_tokens as Record<string, unknown>[]) : [];
  return added.filter((t) => t.special === true && typeof t.content === 'string').map((t) => t.content as string);
}

/** The targets the platform names, in its order: the default for a package with many languages. */
const PLATFORM_TARGETS = knownLanguages
  .map((l) => l.code)
  .filter((c) => c !== SOURCE_LANGUAGE && c !== LEICHTE_SPRACHE && c !== DGS);

/** The manifest entry for a staged package: from its config and tokenizer, overridden by the flags. */
export function deriveEntry(
  dir: string,
  id: string,
  dtype: Dtype,
  opts: Pick<AddOptions, 'task' | 'targets'>,
  description: string,
): ManifestEntry {
  const config = readJson(join(dir, 'config.json'));
  const tokConfig = readJson(join(dir, 'tokenizer_config.json'));
  const special = addedSpecialTokens(readJson(join(dir, 'tokenizer.json')));
  const task: Task = opts.task ?? 'translation';
  const tokenizerClass = String(tokConfig.tokenizer_class ?? config.tokenizer_class ?? '').replace(/Fast$/, '');
  const style: LanguageCodeStyle | undefined =
    tokenizerClass === 'NllbTokenizer' ? 'nllb' : tokenizerClass === 'M2M100Tokenizer' ? 'm2m100' : undefined;

  let targets: string[];
  let languageCodes: Record<string, string> = {};
  let targetPrefix: Record<string, string> = {};
  if (style) {
    const codes =
      style === 'nllb'
        ? special.filter((t) => FLORES_CODE.test(t))
        : special.filter((t) => M2M100_TOKEN.test(t)).map((t) => t.slice(2, -2));
    const languages = packageLanguages(style, codes);
    const german = languages.get(SOURCE_LANGUAGE);
    if (!german) throw new InstallError(`Das Paket kennt kein Deutsch (${style === 'nllb' ? 'deu_Latn' : '__de__'})`);
    const offered = [...languages.keys()].filter((t) => t !== SOURCE_LANGUAGE);
    if (opts.targets === 'all') targets = offered;
    else if (opts.targets) {
      const unknown = opts.targets.filter((t) => !languages.has(t));
      if (unknown.length > 0) {
        throw new InstallError(`Das Paket kennt ${unknown.join(', ')} nicht; es bietet: ${offered.join(', ')}`);
      }
      targets = opts.targets;
    } else {
      targets = PLATFORM_TARGETS.filter((t) => languages.has(t));
      if (targets.length === 0) throw new InstallError(`Ziele mit --targets wählen aus: ${offered.join(', ')}`);
    }
    languageCodes = Object.fromEntries([SOURCE_LANGUAGE, ...targets].map((t) => [t, languages.get(t)!]));
  } else {
    const sourceLang = typeof tokConfig.source_lang === 'string' ? tokConfig.source_lang.toLowerCase() : undefined;
    if (
      task === 'translation' &&
      sourceLang &&
      /^[a-z]{2,3}$/.test(sourceLang) &&
      !['de', 'deu', 'ger'].includes(sourceLang)
    ) {
      throw new InstallError(`Das Paket übersetzt aus „${sourceLang}“, der Dienst übersetzt aus dem Deutschen`);
    }
    const targetLang = typeof tokConfig.target_lang === 'string' ? tokConfig.target_lang : undefined;
    const named = /opus-mt-(?:tc-big-)?de-([a-z]{2,3})$/.exec(String(config._name_or_path ?? ''))?.[1];
    const fallback =
      task === 'gloss' ? DGS : task === 'simplification' ? LEICHTE_SPRACHE : (targetLang ?? named)?.toLowerCase();
    const fromPackage = fallback && /^[a-z]{2,3}$|^de-x-ls$/.test(fallback) ? [fallback] : undefined;
    if (opts.targets === 'all') throw new InstallError('--targets all gilt nur für NLLB- und M2M100-Pakete');
    const chosen = opts.targets ?? fromPackage;
    if (!chosen)
      throw new InstallError('Die Zielsprache steht nicht im Paket: bitte --targets angeben, z. B. --targets en');
    targets = chosen;
    // One target the package was made for needs no token; otherwise Marian's `>>xx<<` / `>>xxx<<` picks it.
    if (task === 'translation' && !(targets.length === 1 && targets[0] === fromPackage?.[0])) {
      const tokens = special.filter((t) => /^>>[\w-]+<<$/.test(t));
      for (const t of targets) {
        const token = [t, ...iso639_3For(t)].map((c) => `>>${c}<<`).find((c) => tokens.includes(c));
        if (token) targetPrefix[t] = token;
        else if (targets.length > 1 || tokens.length > 0) {
          throw new InstallError(`Kein Zielsprachen-Token für ${t} im Paket (es hat: ${tokens.join(' ') || 'keine'})`);
        }
      }
      if (Object.keys(targetPrefix).length === 0) targetPrefix = {};
    }
  }
  const gen = existsSync(join(dir, 'generation_config.json')) ? readJson(join(dir, 'generation_config.json')) : {};
  const maxLength = Number(gen.max_length ?? config.max_length);
  const maxNewTokens = Number.isInteger(maxLength) && maxLength > 1 ? Math.min(256, maxLength - 1) : 256;
  const parsed = ManifestEntrySchema.safeParse({
    id,
    task,
    source: SOURCE_LANGUAGE,
    targets,
    ...(Object.keys(targetPrefix).length > 0 ? { targetPrefix } : {}),
    ...(Object.keys(languageCodes).length > 0 ? { languageCodes } : {}),
    dtype,
    maxNewTokens,
    description,
  });
  if (!parsed.success) {
    throw new InstallError(`Kein gültiger Manifest-Eintrag: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}

/** The entry as it is written: defaults that carry nothing are left out. */
function writtenEntry(entry: ManifestEntry): Record<string, unknown> {
  const { id, task, source, targets, targetPrefix, languageCodes, ...rest } = entry;
  return {
    id,
    task,
    source,
    targets,
    ...(Object.keys(targetPrefix).length > 0 ? { targetPrefix } : {}),
    ...(Object.keys(languageCodes).length > 0 ? { languageCodes } : {}),
    ...rest,
  };
}

/** Rewrites the manifest through a temporary file, so a service starting meanwhile reads the old or the new one. */
async function writeManifest(modelsDir: string, change: (models: Record<string, unknown>[]) => void): Promise<void> {
  readManifest(modelsDir); // refuses to change a manifest that is already broken
  const file = join(modelsDir, MANIFEST_FILE);
  const raw = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { models: Record<string, unknown>[] })
    : { models: [] };
  change(raw.models);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(raw, null, 2)}\n`);
  await rename(tmp, file);
}

/** Loads packages in the service's own runtime (worker threads) and translates the smoke sentence per target. */
export async function smokeTest(
  modelsDir: string,
  entries: readonly ManifestEntry[],
): Promise<Map<string, { error?: string; results: SmokeResult[] }>> {
  const runtime = new ModelRuntime({
    modelsDir,
    workers: 1,
    maxBatch: 8,
    maxQueue: 256,
    timeoutMs: 120_000,
    logger: createLogger('silent'),
    metrics: createMetrics(false),
  });
  const out = new Map<string, { error?: string; results: SmokeResult[] }>();
  try {
    runtime.start();
    await runtime.settled();
    for (const status of runtime.models()) {
      const id = status.entry.id;
      if (!entries.some((e) => e.id === id)) continue;
      if (status.status !== 'ready') {
        out.set(id, { error: status.message ?? status.status, results: [] });
        continue;
      }
      const results: SmokeResult[] = [];
      try {
        for (const target of status.entry.targets) {
          const [r] = await runtime.translate(id, target, [SMOKE_SENTENCE]);
          results.push({ target, output: r?.output ?? '', confidence: r?.confidence ?? 0 });
        }
        out.set(id, { results });
      } catch (err) {
        out.set(id, { error: (err as Error).message, results });
      }
    }
  } finally {
    await runtime.close();
  }
  return out;
}

function readCard(dir: string): string | undefined {
  for (const name of ['MODEL_CARD.md', 'README.md']) {
    if (existsSync(join(dir, name))) return readFileSync(join(dir, name), 'utf8');
  }
  return undefined;
}

/**
 * Installs a package: everything is gathered and checked in a staging folder inside MODELS_DIR, loaded and
 * smoke-translated there by the service's runtime, and only then renamed into place and entered in the
 * manifest. A refused package leaves nothing behind.
 */
export async function addPackage(opts: AddOptions): Promise<AddResult> {
  const source = sourceOf(opts.source);
  const name =
    source.kind === 'hub'
      ? source.repo.split('/')[1]!
      : source.kind === 'archive'
        ? archiveStem(basename(source.path))
        : basename(source.path);
  const id = opts.id ?? idFrom(name);
  if (!ManifestEntrySchema.shape.id.safeParse(id).success) {
    throw new InstallError(`„${id}“ taugt nicht als Paketname (a–z, 0–9, . _ -): --id angeben`);
  }
  await mkdir(opts.modelsDir, { recursive: true });
  const final = join(opts.modelsDir, id);
  if (existsSync(final) && !opts.replace) {
    throw new InstallError(`${final} gibt es schon. Mit --replace ersetzen oder mit --id einen anderen Namen wählen.`);
  }
  const staging = await mkdtemp(join(opts.modelsDir, '.staging-'));
  opts.onStaging?.(staging);
  const staged = join(staging, id);
  try {
    await mkdir(staged);
    let dtype: Dtype;
    let verified: AddResult['verified'];
    let description: string;
    if (source.kind === 'hub') {
      ({ dtype } = await stageHub(
        { hub: opts.hub, repo: source.repo, revision: opts.revision, token: opts.token },
        staged,
        opts,
      ));
      verified = 'hub';
      const where = opts.hub === DEFAULT_HUB ? 'Hugging Face' : opts.hub;
      description = `${source.repo} (${where}, ${opts.revision})`;
    } else {
      let root = source.path;
      if (source.kind === 'archive') {
        const unpacked = join(staging, '.unpacked');
        await extractArchive(source.path, archiveKind(source.path)!, unpacked);
        root = await packageRoot(unpacked);
      }
      ({ dtype, verified } = await stageLocal(root, staged, opts));
      description = `aus ${basename(source.path)}`;
      if (source.kind === 'archive') await rm(join(staging, '.unpacked'), { recursive: true, force: true });
    }
    const missing = missingFiles(staging, { id, dtype } as ManifestEntry);
    if (missing.length > 0)
      throw new InstallError(`Es fehlen: ${missing.map((m) => m.slice(staged.length + 1)).join(', ')}`);
    const entry = deriveEntry(staged, id, dtype, opts, description);
    if (verified === 'unverified') {
      await writeFile(join(staged, SUMS_FILE), formatSums(await sumsOf(staged, await packageFiles(staged))));
    }

    opts.log(`Probeübersetzung mit ${id} (${entry.targets.join(', ')}) …`);
    await writeFile(join(staging, MANIFEST_FILE), JSON.stringify({ models: [writtenEntry(entry)] }));
    const smoke = (await smokeTest(staging, [entry])).get(id);
    if (!smoke || smoke.error) {
      throw new InstallError(
        `Das Paket lädt oder übersetzt nicht: ${smoke?.error ?? 'keine Antwort'}. Nichts installiert.`,
      );
    }

    if (existsSync(final)) {
      const old = join(staging, '.replaced');
      await rename(final, old);
    }
    await rename(staged, final);
    await writeManifest(opts.modelsDir, (models) => {
      const i = models.findIndex((m) => m.id === id);
      if (i === -1) models.push(writtenEntry(entry));
      else models[i] = writtenEntry(entry);
    });
    return { entry, dir: final, card: readCard(final), smoke: smoke.results, verified };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Removes the manifest entry first (a restart then no longer loads it), then the folder; a link only as a link. */
export async function removePackage(modelsDir: string, id: string): Promise<void> {
  const listed = readManifest(modelsDir).some((e) => e.id === id);
  const dir = join(modelsDir, id);
  const present = existsSync(dir) || isLink(dir);
  if (!listed && !present) throw new InstallError(`${id} ist nicht installiert`);
  if (listed)
    await writeManifest(modelsDir, (models) =>
      models.splice(
        models.findIndex((m) => m.id === id),
        1,
      ),
    );
  if (present) await rm(dir, { recursive: !isLink(dir), force: true });
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface PackageCheck {
  entry: ManifestEntry;
  missing: string[];
  sums: SumsCheck | 'none';
  load?: { error?: string; results: SmokeResult[] };
}

/** Every manifest entry: files there, hashes as listed, and whether it loads and translates. */
export async function checkPackages(modelsDir: string): Promise<PackageCheck[]> {
  const checks: PackageCheck[] = [];
  for (const entry of readManifest(modelsDir)) {
    const dir = join(modelsDir, entry.id);
    const missing = missingFiles(modelsDir, entry).map((f) => f.slice(dir.length + 1));
    const sumsFile = join(dir, SUMS_FILE);
    const sums = existsSync(sumsFile) ? await checkSums(dir, parseSums(readFileSync(sumsFile, 'utf8'))) : 'none';
    checks.push({ entry, missing, sums });
  }
  const loadable = checks.filter((c) => c.missing.length === 0).map((c) => c.entry);
  if (loadable.length > 0) {
    const loads = await smokeTest(modelsDir, loadable);
    for (const c of checks) {
      const load = loads.get(c.entry.id);
      if (load) c.load = load;
    }
  }
  return checks;
}

export function checkPassed(c: PackageCheck): boolean {
  const sumsOk = c.sums === 'none' || (c.sums.missing.length === 0 && c.sums.mismatched.length === 0);
  return c.missing.length === 0 && sumsOk && c.load !== undefined && !c.load.error;
}

export interface ListedPackage {
  id: string;
  entry: ManifestEntry | undefined;
  bytes: number;
  complete: boolean;
}

/** The manifest's packages and the package folders it does not list (such as the shipped, unlisted ones). */
export async function listPackages(modelsDir: string): Promise<ListedPackage[]> {
  const entries = readManifest(modelsDir);
  const size = async (dir: string) => {
    if (!existsSync(dir)) return 0;
    let n = 0;
    for (const f of await packageFiles(dir)) n += statSync(join(dir, f)).size;
    return n;
  };
  const out: ListedPackage[] = [];
  for (const entry of entries) {
    const dir = join(modelsDir, entry.id);
    out.push({ id: entry.id, entry, bytes: await size(dir), complete: missingFiles(modelsDir, entry).length === 0 });
  }
  if (existsSync(modelsDir)) {
    for (const d of await readdir(modelsDir, { withFileTypes: true })) {
      if (d.name.startsWith('.') || entries.some((e) => e.id === d.name)) continue;
      const dir = join(modelsDir, d.name);
      if (existsSync(join(dir, 'config.json')))
        out.push({ id: d.name, entry: undefined, bytes: await size(dir), complete: true });
    }
  }
  return out;
}

// `npm run models -- add <folder | .tar | .tar.gz | .zip | hub id> | list | remove ID | check`: installs model
// packages into MODELS_DIR and enters them in its manifest.json. Only this command downloads (from a
// Hugging Face–compatible hub, for a machine with internet access); the service itself never does. A package
// is served after the next start of the service.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ArchiveError } from '../models/archive.js';
import { ChecksumError } from '../models/checksums.js';
import { DEFAULT_HUB, HubError } from '../models/hub.js';
import {
  addPackage,
  checkPackages,
  checkPassed,
  InstallError,
  listPackages,
  removePackage,
  SMOKE_SENTENCE,
  type Dtype,
  type Task,
} from '../models/install.js';
import { ManifestError } from '../models/packages.js';

const USAGE = `Aufruf:
  npm run models -- add QUELLE [--id NAME] [--targets en,uk | all] [--task translation|simplification|gloss]
                               [--dtype q8|fp32] [--hub URL] [--revision main] [--replace] [--unverified]
      QUELLE: ein Paketordner, ein .tar/.tar.gz/.zip oder ein Hub-Name wie Xenova/opus-mt-de-en
      (Hub: --hub, sonst HF_ENDPOINT, sonst ${DEFAULT_HUB}; HF_TOKEN für geschützte Modelle)
  npm run models -- list
  npm run models -- remove NAME
  npm run models -- check
MODELS_DIR bestimmt den Modellordner (Vorgabe: models/ im Projekt).`;

const TASKS = ['translation', 'simplification', 'gloss'] as const;
const DTYPES = ['q8', 'fp32'] as const;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Download progress on stderr: one updating line on a terminal, a line per quarter otherwise (logs, CI). */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  const shown = new Map<string, number>();
  return (file: string, received: number, total: number) => {
    const percent = total > 0 ? Math.floor((received / total) * 100) : 100;
    if (tty) {
      process.stderr.write(`\r  ${file} ${percent} % (${mb(received)} / ${mb(total)})`);
      if (received >= total) process.stderr.write('\n');
      return;
    }
    const step = received >= total ? 100 : Math.floor(percent / 25) * 25;
    if ((shown.get(file) ?? -1) >= step) return;
    shown.set(file, step);
    process.stderr.write(`  ${file} ${step} % (${mb(received)} / ${mb(total)})\n`);
  };
}

let staging: string | undefined;

async function add(source: string, values: Record<string, string | boolean | undefined>, modelsDir: string) {
  const task = values.task as Task | undefined;
  const dtype = values.dtype as Dtype | undefined;
  if ((task && !TASKS.includes(task)) || (dtype && !DTYPES.includes(dtype))) {
    console.error(USAGE);
    return 2;
  }
  const targetsFlag = typeof values.targets === 'string' ? values.targets.trim() : undefined;
  const targets =
    targetsFlag === 'all'
      ? 'all'
      : targetsFlag
        ? targetsFlag
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined;
  const hub = (typeof values.hub === 'string' ? values.hub : (process.env.HF_ENDPOINT ?? DEFAULT_HUB)).replace(
    /\/+$/,
    '',
  );
  const result = await addPackage({
    source,
    modelsDir,
    id: values.id as string | undefined,
    task,
    targets,
    dtype,
    hub,
    revision: (values.revision as string | undefined) ?? 'main',
    token: process.env.HF_TOKEN || undefined,
    unverified: values.unverified === true,
    replace: values.replace === true,
    log: (line) => console.error(line),
    progress: progressPrinter(),
    onStaging: (dir) => (staging = dir),
  });
  staging = undefined;
  const { entry } = result;
  const how =
    result.verified === 'sums'
      ? 'Prüfsummen aus SHA256SUMS stimmen'
      : result.verified === 'hub'
        ? 'Prüfsummen aus der Dateiliste des Hubs stimmen'
        : 'UNGEPRÜFT installiert (--unverified); SHA256SUMS für spätere Prüfungen geschrieben';
  console.log(`Installiert: ${entry.id} in ${result.dir} (${how}).`);
  console.log(`  Aufgabe ${entry.task}, Ziele ${entry.targets.join(', ')}, dtype ${entry.dtype}`);
  const codes = Object.entries(entry.languageCodes);
  if (codes.length > 0) console.log(`  Sprachcodes: ${codes.map(([tag, code]) => `${tag}=${code}`).join(', ')}`);
  console.log(`Probeübersetzung „${SMOKE_SENTENCE}“:`);
  for (const s of result.smoke)
    console.log(`  ${s.target}: ${s.output} (Sicherheit ${Math.round(s.confidence * 100)} %)`);
  if (result.card) {
    console.log('\n--- Modellkarte ---');
    console.log(result.card.trimEnd());
    console.log('--- Ende der Modellkarte ---\n');
  } else {
    console.log('Das Paket hat keine Modellkarte (MODEL_CARD.md oder README.md): Lizenz und Herkunft selbst prüfen.');
  }
  console.log('Der Dienst bietet das Paket nach dem nächsten Neustart an (GET /v1/languages).');
  return 0;
}

async function list(modelsDir: string) {
  const packages = await listPackages(modelsDir);
  if (packages.length === 0) console.log(`Keine Modellpakete in ${modelsDir}.`);
  for (const p of packages) {
    if (!p.entry) {
      console.log(`${p.id}  (nicht im Manifest, wird nicht angeboten)  ${mb(p.bytes)}`);
      continue;
    }
    const state = p.complete ? '' : '  UNVOLLSTÄNDIG';
    console.log(`${p.id}  ${p.entry.task}  ${p.entry.targets.join(',')}  ${p.entry.dtype}  ${mb(p.bytes)}${state}`);
  }
  return 0;
}

async function check(modelsDir: string) {
  const checks = await checkPackages(modelsDir);
  if (checks.length === 0) console.log(`Das Manifest in ${modelsDir} nennt keine Pakete.`);
  let failed = 0;
  for (const c of checks) {
    const problems: string[] = [];
    if (c.missing.length > 0) problems.push(`es fehlen ${c.missing.join(', ')}`);
    if (c.sums !== 'none') {
      if (c.sums.mismatched.length > 0) problems.push(`Prüfsumme falsch: ${c.sums.mismatched.join(', ')}`);
      if (c.sums.missing.length > 0) problems.push(`in SHA256SUMS genannt, aber fehlend: ${c.sums.missing.join(', ')}`);
    }
    if (c.load?.error) problems.push(`lädt oder übersetzt nicht: ${c.load.error}`);
    if (checkPassed(c)) {
      const note = c.sums === 'none' ? ' (keine SHA256SUMS: Dateien nicht geprüft)' : '';
      console.log(
        `${c.entry.id}: in Ordnung${note}; ${c.load!.results.map((r) => `${r.target}: ${r.output}`).join(' | ')}`,
      );
    } else {
      failed++;
      console.log(`${c.entry.id}: FEHLER: ${problems.join('; ')}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      targets: { type: 'string' },
      task: { type: 'string' },
      dtype: { type: 'string' },
      hub: { type: 'string' },
      revision: { type: 'string' },
      replace: { type: 'boolean' },
      unverified: { type: 'boolean' },
    },
  });
  const [command, arg] = positionals;
  const modelsDir = resolve(loadConfig().MODELS_DIR);
  if (command === 'add' && arg) return add(arg, values, modelsDir);
  if (command === 'list') return list(modelsDir);
  if (command === 'remove' && arg) {
    await removePackage(modelsDir, arg);
    console.log(`${arg} entfernt. Der Dienst bietet es nach dem nächsten Neustart nicht mehr an.`);
    return 0;
  }
  if (command === 'check') return check(modelsDir);
  console.error(USAGE);
  return 2;
}

// An interrupted download leaves no half-installed package behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (staging) rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  });
}

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    const known = [InstallError, HubError, ArchiveError, ChecksumError, ManifestError].some((E) => err instanceof E);
    console.error(known ? (err as Error).message : err);
    process.exit(1);
  });

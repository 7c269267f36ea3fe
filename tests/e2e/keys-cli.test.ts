// `npm run keys`: the first key of a fresh installation, made on the command line, opens the editor
// routes of the service started afterwards; while the service runs, the command refuses and says why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startService } from '../bench/service-process.js';
import type { ServiceProcess } from '../bench/service-process.js';
import { FIXTURE_MODELS } from '../support/server.js';

function keys(args: string[], env: Record<string, string>) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'services/translator/src/cli/keys.ts', ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('a key made with npm run keys works in the service; a running service keeps the folder to itself', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bbs-keys-'));
  const env = { DATA_DIR: dataDir, MODELS_DIR: FIXTURE_MODELS };
  let service: ServiceProcess | undefined;
  try {
    const made = keys(['create', '--name', 'redaktion-erste', '--role', 'editor'], env);
    expect(made.code).toBe(0);
    const token = made.out.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^bbs_[A-Za-z0-9_-]{43}$/);
    expect(keys(['create', '--name', 'x', '--role', 'kaiser'], env).code).toBe(2);
    expect(keys(['list'], env).out).toMatch(/editor\s+redaktion-erste\s+\(aktiv\)/);

    service = await startService(env);
    const res = await fetch(`${service.url}/v1/documents`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const refused = keys(['list'], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('POST /v1/admin/keys');
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);

// `npm test`: Jest with native ESM (it needs --experimental-vm-modules on Node 20), then the plain
// closing line "N passed, N failed, N skipped" that CI reads. Extra arguments pass through to Jest,
// e.g. `npm test -- services/language`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/bin/jest');
const dir = mkdtempSync(join(tmpdir(), 'bbs-jest-'));
const summaryFile = join(dir, 'summary.json');
const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning']
  .filter(Boolean)
  .join(' ');
const result = spawnSync(process.execPath, [jestBin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions, BBS_TEST_SUMMARY_FILE: summaryFile },
});
let counts = { passed: 0, failed: 1, skipped: 0 };
try {
  counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  // Jest ended before reporting (a configuration error): count the run as one failure.
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(result.status ?? 1);

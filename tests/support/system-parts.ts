import { existsSync } from 'node:fs';

// Some tests need a system part that a fresh machine lacks (PostgreSQL, Chromium). Without it they
// skip with a message that names the install command; `.ci/run` installs the parts and sets
// REQUIRE_SYSTEM_PARTS=1, which turns such a skip into a failure.

export interface SystemPart {
  name: string;
  available: boolean;
  install: string;
}

export function systemPartsRequired(): boolean {
  return process.env.REQUIRE_SYSTEM_PARTS === '1';
}

/** `describe` when the part is there, else `describe.skip` with a message (or a failure under CI). */
export function describeWithPart(part: SystemPart): jest.Describe {
  if (part.available) return describe;
  const message = `${part.name} is not available: install it with \`${part.install}\``;
  if (systemPartsRequired()) {
    throw new Error(`${message} (REQUIRE_SYSTEM_PARTS=1 makes this a failure)`);
  }
  console.warn(`skipped: ${message}`);
  return describe.skip;
}

export const postgresPart = (): SystemPart => ({
  name: 'PostgreSQL',
  available: Boolean(process.env.TEST_DATABASE_URL),
  install: 'apt-get install -y postgresql',
});

export const chromiumPart = (): SystemPart => ({
  name: 'Chromium',
  available: existsSync('/usr/bin/chromium'),
  install: 'apt-get install -y chromium',
});

export const espeakPart = (): SystemPart => ({
  name: 'espeak-ng',
  available: ['/usr/bin/espeak-ng', '/usr/local/bin/espeak-ng'].some((p) => existsSync(p)),
  install: 'apt-get install -y espeak-ng',
});

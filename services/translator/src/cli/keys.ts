// `npm run keys -- create --name NAME --role ROLE [--channel CHANNEL] | list | revoke ID`: API keys from the command line, for
// the first keys of an installation and for admins without the HTTP route. With the embedded store it
// runs only while the service is stopped (one process owns the data folder); with DATABASE_URL any time.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openStore, ROLES, StoreError, StoreLockedError } from '../store/index.js';
import type { Role } from '../store/index.js';

const USAGE = `Aufruf:
  npm run keys -- create --name NAME --role ${ROLES.join('|')} [--channel SCHALTER (nur für screen)]
  npm run keys -- list
  npm run keys -- revoke ID`;

/** Who the audit log names for keys made here: the operating-system user at the console. */
const actor = `cli:${process.env.USER ?? 'unknown'}`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, channel: { type: 'string' } },
  });
  const [command, id] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const store = await openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
  try {
    if (command === 'create') {
      const role = values.role as Role | undefined;
      if (!values.name || !role || !ROLES.includes(role)) {
        console.error(USAGE);
        return 2;
      }
      const key = await store.apiKeys.create({ name: values.name, role, channel: values.channel, actor });
      const scope = key.channel ? `, nur für ${key.channel}` : '';
      console.log(`Schlüssel ${key.name} (${key.role}${scope}) angelegt, id ${key.id}.`);
      console.log('Token (wird nur jetzt angezeigt, bitte sicher aufbewahren):');
      console.log(key.token);
    } else if (command === 'list') {
      for (const k of await store.apiKeys.list()) {
        const state = k.revokedAt ? `widerrufen ${k.revokedAt.toISOString()}` : 'aktiv';
        const scope = k.channel ? `  [${k.channel}]` : '';
        console.log(`${k.id}  ${k.role.padEnd(8)}  ${k.name}${scope}  (${state})`);
      }
    } else {
      if (!id) {
        console.error(USAGE);
        return 2;
      }
      const key = await store.apiKeys.revoke(id, actor);
      console.log(`Schlüssel ${key.name} widerrufen.`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    if (err instanceof StoreLockedError) {
      console.error(
        `${err.message}\nDer Dienst läuft und hält den Datenordner. Schlüssel legt dann ein Admin über ` +
          'POST /v1/admin/keys an (mit ADMIN_TOKEN), oder nach dem Beenden des Dienstes hier.',
      );
    } else if (err instanceof StoreError) {
      console.error(err.message);
    } else {
      console.error(err);
    }
    process.exit(1);
  });

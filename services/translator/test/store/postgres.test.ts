// The repository tests on PostgreSQL (the run's throwaway server), plus what only a server has:
// several migrators at once. Every database here is created for this file and dropped afterwards.
import { describeWithPart, postgresPart } from '../../../../tests/support/system-parts.js';
import { createTestDatabase, openTestPostgresStore } from '../../../../tests/support/test-store.js';
import { loadMigrations, migrate } from '../../src/store/migrate.js';
import { openPostgresClient } from '../../src/store/postgres-client.js';
import { openStore } from '../../src/store/store.js';
import { storeContract } from './store-contract.js';

describeWithPart(postgresPart())('store on PostgreSQL', () => {
  storeContract(openTestPostgresStore);

  describe('migrations', () => {
    it('apply to an empty database, and running them twice is a no-op', async () => {
      const db = await createTestDatabase();
      const client = openPostgresClient({ connectionString: db.url });
      try {
        const names = loadMigrations().map((m) => m.name);
        expect((await migrate(client)).applied).toEqual(names);
        expect((await migrate(client)).applied).toEqual([]);
        const { rows } = await client.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
        expect(rows[0]?.n).toBe(names.length);
      } finally {
        await client.close();
        await db.drop();
      }
    });

    it('are applied once when several instances migrate at the same time', async () => {
      const db = await createTestDatabase();
      const clients = Array.from({ length: 4 }, () => openPostgresClient({ connectionString: db.url }));
      try {
        const results = await Promise.all(clients.map((c) => migrate(c)));
        const applied = results.flatMap((r) => r.applied);
        expect(applied.sort()).toEqual(loadMigrations().map((m) => m.name));
      } finally {
        await Promise.all(clients.map((c) => c.close()));
        await db.drop();
      }
    });

    it('run from openStore with a database URL, which takes no folder lock', async () => {
      const db = await createTestDatabase();
      try {
        const options = { dataDir: '/nonexistent/store-not-used', databaseUrl: db.url };
        const first = await openStore(options);
        const second = await openStore(options);
        expect(first.kind).toBe('postgres');
        await first.ping();
        await second.ping();
        await first.close();
        await second.close();
      } finally {
        await db.drop();
      }
    });
  });
});

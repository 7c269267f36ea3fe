// The repository tests, written once and run against each backend (pglite.test.ts, postgres.test.ts).
import { randomBytes } from 'node:crypto';
import { StoreError } from '../../src/store/errors.js';
import { loadMigrations, migrate } from '../../src/store/migrate.js';
import { jsonParam } from '../../src/store/sql-client.js';
import type { Document } from '../../src/store/documents.js';
import type { Store } from '../../src/store/store.js';

const uniqueSlug = (prefix: string): string => `${prefix}-${randomBytes(5).toString('hex')}`;

/** A text with personal data, the kind that must never reach the audit log. */
const CITIZEN_TEXT = 'Frau Erika Mustermann, Hauptstraße 5, beantragt Wohngeld für ihren Sohn.';

async function createDocument(store: Store, source = CITIZEN_TEXT): Promise<Document> {
  return store.documents.create({ slug: uniqueSlug('doc'), source, format: 'text', actor: 'editor-anna' });
}

/** A proposal and a standing approval for `target` of the document's current version. */
async function approve(store: Store, doc: Document, target: string): Promise<string> {
  const sentences = [{ source: doc.source, output: 'translated', engine: 'test', confidence: 0.9 }];
  const proposal = await store.sql.query<{ id: string }>(
    `INSERT INTO proposals (document_id, target, source_version, sentences)
     VALUES ($1, $2, $3, $4::text::jsonb) RETURNING id`,
    [doc.id, target, doc.sourceVersion, jsonParam(sentences)],
  );
  const proposalId = proposal.rows[0]!.id;
  const approval = await store.sql.query<{ id: string }>(
    `INSERT INTO approvals (document_id, target, proposal_id, source_version, content, approved_by)
     VALUES ($1, $2, $3, $4, $5::text::jsonb, 'reviewer-ben') RETURNING id`,
    [doc.id, target, proposalId, doc.sourceVersion, jsonParam({ sentences: ['translated'] })],
  );
  return approval.rows[0]!.id;
}

export function storeContract(open: () => Promise<Store>): void {
  let store: Store;

  beforeAll(async () => {
    store = await open();
  });

  afterAll(async () => {
    await store?.close();
  });

  describe('schema', () => {
    it('has every migration applied, and migrating again applies nothing', async () => {
      const { rows } = await store.sql.query<{ version: string }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
      const again = await migrate(store.sql);
      expect(again.applied).toEqual([]);
      expect(again.version).toBe(loadMigrations().at(-1)?.version);
    });

    it('refuses to run when an applied migration file was edited', async () => {
      const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
      await expect(migrate(store.sql, edited)).rejects.toThrow(/0001_initial\.sql was changed after it was applied/);
    });

    it('enforces its enums with CHECK constraints', async () => {
      await expect(
        store.sql.query("INSERT INTO api_keys (name, role, token_hash) VALUES ('k', 'superuser', 'h1')"),
      ).rejects.toMatchObject({ code: '23514' });
      await store.sql.query("INSERT INTO api_keys (name, role, token_hash) VALUES ('k', 'reviewer', 'h2')");
      await expect(
        store.sql.query("INSERT INTO documents (slug, format, source) VALUES ('x-pdf', 'pdf', 'Text')"),
      ).rejects.toMatchObject({ code: '23514' });
    });

    it('rolls a failed transaction back', async () => {
      const slug = uniqueSlug('rollback');
      await expect(
        store.sql.transaction(async (tx) => {
          await tx.query("INSERT INTO documents (slug, format, source) VALUES ($1, 'text', 'Text')", [slug]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.documents.getBySlug(slug)).toBeUndefined();
    });

    it('round-trips jsonb arrays and marks approvals outdated when the source moves on', async () => {
      const doc = await createDocument(store, 'Der Antrag ist bis Freitag abzugeben.');
      await approve(store, doc, 'de-x-ls');
      const proposal = await store.sql.query<{ sentences: unknown }>(
        'SELECT sentences FROM proposals WHERE document_id = $1',
        [doc.id],
      );
      expect(proposal.rows[0]?.sentences).toEqual([
        { source: 'Der Antrag ist bis Freitag abzugeben.', output: 'translated', engine: 'test', confidence: 0.9 },
      ]);
      const state = (): Promise<{ rows: { outdated: boolean; revoked: boolean }[] }> =>
        store.sql.query('SELECT outdated, revoked FROM approval_states WHERE document_id = $1', [doc.id]);
      expect((await state()).rows).toEqual([{ outdated: false, revoked: false }]);
      await store.documents.updateSource(doc.id, 'Der Antrag ist bis Montag abzugeben.', 'editor-anna');
      expect((await state()).rows).toEqual([{ outdated: true, revoked: false }]);
    });
  });

  describe('documents', () => {
    it('creates a document with version 1 and finds it by id and slug', async () => {
      const doc = await createDocument(store);
      expect(doc).toMatchObject({ source: CITIZEN_TEXT, format: 'text', sourceVersion: 1 });
      expect(doc.createdAt).toBeInstanceOf(Date);
      expect(await store.documents.get(doc.id)).toEqual(doc);
      expect(await store.documents.getBySlug(doc.slug)).toEqual(doc);
      const versions = await store.documents.versions(doc.id);
      expect(versions).toMatchObject([
        { documentId: doc.id, version: 1, source: CITIZEN_TEXT, createdBy: 'editor-anna' },
      ]);
    });

    it('answers undefined for unknown or malformed ids and slugs', async () => {
      expect(await store.documents.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await store.documents.get('not-a-uuid')).toBeUndefined();
      expect(await store.documents.getBySlug('no-such-document')).toBeUndefined();
    });

    it('refuses a taken slug and a malformed one with a StoreError', async () => {
      const doc = await createDocument(store);
      const again = store.documents.create({ slug: doc.slug, source: 'Anderer Text', format: 'html', actor: 'x' });
      await expect(again).rejects.toBeInstanceOf(StoreError);
      await expect(again).rejects.toMatchObject({ code: 'conflict' });
      await expect(
        store.documents.create({ slug: 'Mit Leerzeichen', source: 'Text', format: 'text', actor: 'x' }),
      ).rejects.toMatchObject({ code: 'invalid' });
      // The failed create left no version behind (one transaction).
      const { rows } = await store.sql.query<{ n: number }>(
        'SELECT count(*) AS n FROM document_versions WHERE document_id = $1',
        [doc.id],
      );
      expect(rows[0]?.n).toBe(1);
    });

    it('keeps every source version when the source is updated', async () => {
      const doc = await createDocument(store, 'Version eins.');
      const v2 = await store.documents.updateSource(doc.id, 'Version zwei.', 'editor-carl');
      expect(v2).toMatchObject({ id: doc.id, source: 'Version zwei.', sourceVersion: 2 });
      const v3 = await store.documents.updateSource(doc.id, 'Version drei.', 'editor-anna');
      expect(v3.sourceVersion).toBe(3);
      // Saving the same text again is no new version.
      expect((await store.documents.updateSource(doc.id, 'Version drei.', 'editor-anna')).sourceVersion).toBe(3);
      expect(await store.documents.get(doc.id)).toMatchObject({ source: 'Version drei.', sourceVersion: 3 });
      const versions = await store.documents.versions(doc.id);
      expect(versions.map((v) => [v.version, v.source, v.createdBy])).toEqual([
        [1, 'Version eins.', 'editor-anna'],
        [2, 'Version zwei.', 'editor-carl'],
        [3, 'Version drei.', 'editor-anna'],
      ]);
    });

    it('reports an unknown document on update', async () => {
      const missing = store.documents.updateSource('00000000-0000-4000-8000-000000000000', 'Text', 'x');
      await expect(missing).rejects.toMatchObject({ code: 'not_found' });
    });

    it('lands 50 concurrent creations and gives 20 concurrent updates of one document distinct versions', async () => {
      const prefix = uniqueSlug('bulk');
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.documents.create({ slug: `${prefix}-${i}`, source: `Text ${i}`, format: 'text', actor: 'bulk' }),
        ),
      );
      expect(new Set(created.map((d) => d.id)).size).toBe(50);
      const { rows } = await store.sql.query<{ n: number }>('SELECT count(*) AS n FROM documents WHERE slug LIKE $1', [
        `${prefix}-%`,
      ]);
      expect(rows[0]?.n).toBe(50);

      const doc = created[0]!;
      const updated = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.documents.updateSource(doc.id, `Neu ${i}`, 'bulk')),
      );
      expect(updated.map((d) => d.sourceVersion).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 2),
      );
      const versions = await store.documents.versions(doc.id);
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      const audit = await store.audit.list({ entity: 'document', entityId: doc.id });
      expect(audit.map((e) => e.action)).toEqual(['document.create', ...Array(20).fill('document.update_source')]);
    });
  });

  describe('audit log', () => {
    it('audits document changes with ids and versions only, never the text', async () => {
      const doc = await createDocument(store);
      await store.documents.updateSource(doc.id, `${CITIZEN_TEXT} Nachtrag.`, 'editor-carl');
      const entries = await store.audit.list({ entity: 'document', entityId: doc.id });
      expect(entries).toMatchObject([
        { actor: 'editor-anna', action: 'document.create', entityId: doc.id, details: { sourceVersion: 1 } },
        { actor: 'editor-carl', action: 'document.update_source', details: { fromVersion: 1, sourceVersion: 2 } },
      ]);
      const { rows } = await store.sql.query<{ row: string }>('SELECT row_to_json(a)::text AS row FROM audit_log a');
      for (const { row } of rows) expect(row).not.toContain('Mustermann');
    });

    it('appends entries and lists them oldest first, by entity id', async () => {
      const entityId = randomBytes(8).toString('hex');
      const first = await store.audit.append({ actor: 'admin', action: 'api_key.create', entity: 'api_key', entityId });
      const second = await store.audit.append({
        actor: 'admin',
        action: 'api_key.revoke',
        entity: 'api_key',
        entityId,
        details: { role: 'reviewer', count: 1, ok: true, note: null },
      });
      await store.audit.append({ actor: 'admin', action: 'api_key.create', entity: 'api_key', entityId: 'other' });
      expect(typeof first.id).toBe('number');
      expect(second.id).toBeGreaterThan(first.id);
      const listed = await store.audit.list({ entity: 'api_key', entityId });
      expect(listed).toEqual([first, second]);
      expect(listed[1]?.details).toEqual({ role: 'reviewer', count: 1, ok: true, note: null });
      expect((await store.audit.list({ entity: 'api_key' })).length).toBeGreaterThanOrEqual(3);
    });

    it('refuses long strings in details, naming the key but not the value', async () => {
      const append = store.audit.append({
        actor: 'editor',
        action: 'document.create',
        entity: 'document',
        details: { text: CITIZEN_TEXT.repeat(3) },
      });
      await expect(append).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('details.text') });
      await expect(append).rejects.not.toMatchObject({ message: expect.stringContaining('Mustermann') });
    });

    it('cannot be changed: UPDATE, DELETE and TRUNCATE fail and the rows stay', async () => {
      const entry = await store.audit.append({ actor: 'admin', action: 'store.test', entity: 'store' });
      for (const statement of [
        "UPDATE audit_log SET actor = 'mallory'",
        'DELETE FROM audit_log',
        'DELETE FROM audit_log WHERE false',
        'TRUNCATE audit_log',
      ]) {
        await expect(store.sql.query(statement)).rejects.toThrow(/audit_log is append-only/);
      }
      const still = await store.audit.list({ entity: 'store' });
      expect(still).toContainEqual(entry);
    });
  });

  describe('translation memory', () => {
    it('finds an approved pair by its normalised source sentence', async () => {
      const doc = await createDocument(store, 'Bitte bringen Sie Ihren Ausweis mit.');
      const approvalId = await approve(store, doc, 'de-x-ls');
      const added = await store.memory.add({
        sourceLang: 'de',
        target: 'de-x-ls',
        sourceText: 'Bitte bringen Sie Ihren Ausweis mit.',
        targetText: 'Bringen Sie Ihren Ausweis mit.',
        approvalId,
      });
      expect(added.sourceHash).toMatch(/^[0-9a-f]{64}$/);
      // Extra, no-break and leading spaces do not matter; case does.
      const hits = await store.memory.lookupExact('de-x-ls', '  Bitte bringen\u00a0Sie  Ihren Ausweis mit. ');
      expect(hits).toEqual([added]);
      expect(await store.memory.lookupExact('de-x-ls', 'bitte bringen Sie Ihren Ausweis mit.')).toEqual([]);
      expect(await store.memory.lookupExact('en', 'Bitte bringen Sie Ihren Ausweis mit.')).toEqual([]);
      expect(await store.memory.lookupExact('de-x-ls', 'Bitte bringen Sie Ihren Ausweis mit.', 'de')).toEqual([added]);
      expect(await store.memory.lookupExact('de-x-ls', 'Bitte bringen Sie Ihren Ausweis mit.', 'fr')).toEqual([]);
    });

    it('stores a repeated pair of one approval once and skips revoked approvals', async () => {
      const doc = await createDocument(store, 'Das Amt ist montags geschlossen.');
      const approvalId = await approve(store, doc, 'en');
      const entry = {
        sourceLang: 'de',
        target: 'en',
        sourceText: 'Das Amt ist montags geschlossen.',
        targetText: 'The office is closed on Mondays.',
        approvalId,
      };
      const first = await store.memory.add(entry);
      const second = await store.memory.add({ ...entry, sourceText: 'Das Amt ist  montags geschlossen.' });
      expect(second.id).toBe(first.id);
      expect(await store.memory.lookupExact('en', entry.sourceText)).toHaveLength(1);
      await store.sql.query("UPDATE approvals SET revoked_by = 'reviewer-ben', revoked_at = now() WHERE id = $1", [
        approvalId,
      ]);
      expect(await store.memory.lookupExact('en', entry.sourceText)).toEqual([]);
    });

    it('finds similar approved sentences by the words they share, best first, never the same sentence', async () => {
      const doc = await createDocument(store, 'Ihr Termin im Stadthaus ist am Montag um 9 Uhr.');
      const approvalId = await approve(store, doc, 'tr');
      const pair = (sourceText: string, targetText: string) =>
        store.memory.add({ sourceLang: 'de', target: 'tr', sourceText, targetText, approvalId });
      await pair('Ihr Termin im Stadthaus ist am Montag um 9 Uhr.', 'Stadthaus randevunuz pazartesi saat 9da.');
      await pair('Ihr Termin im Stadthaus ist am Dienstag um 10 Uhr.', 'Stadthaus randevunuz salı saat 10da.');
      await pair('Die Bibliothek ist am Montag geschlossen.', 'Kütüphane pazartesi kapalı.');
      const similar = await store.memory.lookupSimilar('tr', 'Ihr Termin im Stadthaus ist am Montag um 10 Uhr.');
      // one token of eleven differs in each; of equal scores the newest comes first
      expect(similar.map((e) => [e.sourceText, e.score.toFixed(2)])).toEqual([
        ['Ihr Termin im Stadthaus ist am Dienstag um 10 Uhr.', '0.91'],
        ['Ihr Termin im Stadthaus ist am Montag um 9 Uhr.', '0.91'],
      ]);
      // the same sentence is an exact match, not a suggestion; other targets and unrelated sentences stay out
      const same = await store.memory.lookupSimilar('tr', 'Ihr Termin im Stadthaus ist am Montag um 9 Uhr.');
      expect(same.map((e) => e.sourceText)).not.toContain('Ihr Termin im Stadthaus ist am Montag um 9 Uhr.');
      expect(await store.memory.lookupSimilar('en', 'Ihr Termin im Stadthaus ist am Montag um 10 Uhr.')).toEqual([]);
      expect(await store.memory.lookupSimilar('tr', 'Wo kann ich parken?')).toEqual([]);
      expect(await store.memory.lookupSimilar('tr', '…')).toEqual([]);
    });

    it('recalls a whole text at once: exact matches, else the most similar approved sentence', async () => {
      const doc = await createDocument(store, 'Die Bibliothek öffnet am Samstag um 10 Uhr.');
      const approvalId = await approve(store, doc, 'uk');
      const pair = (sourceText: string, targetText: string) =>
        store.memory.add({ sourceLang: 'de', target: 'uk', sourceText, targetText, approvalId });
      const exact = await pair(
        'Die Bibliothek öffnet am Samstag um 10 Uhr.',
        'Бібліотека відкривається в суботу о 10.',
      );
      const near = await pair('Die Bibliothek schließt am Samstag um 14 Uhr.', 'Бібліотека зачиняється в суботу о 14.');
      const recalled = await store.memory.recall('uk', [
        'Die Bibliothek öffnet am Samstag um 10 Uhr.',
        'Die Bibliothek schließt am Samstag um 15 Uhr.',
        'Wo kann ich parken?',
      ]);
      expect(recalled).toHaveLength(3);
      expect(recalled[0]).toEqual({ exact });
      expect(recalled[1]!.exact).toBeUndefined();
      // one token of nine differs
      expect(recalled[1]!.similar).toMatchObject({ id: near.id, score: 1 - 1 / 9 });
      expect(recalled[2]).toEqual({});
      expect(await store.memory.recall('uk', [])).toEqual([]);
    });

    it('indexes the words of pairs stored before fuzzy matching existed', async () => {
      const doc = await createDocument(store, 'Das Fundbüro ist im Erdgeschoss.');
      const approvalId = await approve(store, doc, 'pl');
      const added = await store.memory.add({
        sourceLang: 'de',
        target: 'pl',
        sourceText: 'Das Fundbüro ist im Erdgeschoss.',
        targetText: 'Biuro rzeczy znalezionych jest na parterze.',
        approvalId,
      });
      await store.sql.query('DELETE FROM translation_memory_words WHERE memory_id = $1', [added.id]);
      expect(await store.memory.lookupSimilar('pl', 'Das Fundbüro ist im ersten Stock.', { minScore: 0.5 })).toEqual(
        [],
      );
      expect(await store.memory.indexMissingWords()).toBeGreaterThanOrEqual(1);
      const [hit] = await store.memory.lookupSimilar('pl', 'Das Fundbüro ist im ersten Stock.', { minScore: 0.5 });
      expect(hit).toMatchObject({ id: added.id, targetText: 'Biuro rzeczy znalezionych jest na parterze.' });
      expect(await store.memory.indexMissingWords()).toBe(0);
    });

    it('refuses a pair without an existing approval', async () => {
      const add = store.memory.add({
        sourceLang: 'de',
        target: 'gsg',
        sourceText: 'Guten Tag.',
        targetText: 'HALLO',
        approvalId: '00000000-0000-4000-8000-000000000000',
      });
      await expect(add).rejects.toMatchObject({ code: 'invalid' });
    });
  });

  describe('glossary changes', () => {
    it('keeps the newest change per term in force, a removal too, with the history and an audit entry', async () => {
      const key = `zeltnacht${randomBytes(3).toString('hex')}`;
      const entry = {
        term: key,
        match: 'compound' as const,
        senses: [{ explanation: 'Eine Zeltnacht ist eine Nacht im Zelt.' }],
      };
      await store.glossaryTerms.record({ key, action: 'set', entry, editor: 'editor-anna' });
      let current = (await store.glossaryTerms.current()).find((c) => c.key === key);
      expect(current).toMatchObject({ action: 'set', entry, editor: 'editor-anna' });
      await store.glossaryTerms.record({ key, action: 'remove', editor: 'editor-carl' });
      current = (await store.glossaryTerms.current()).find((c) => c.key === key);
      expect(current).toMatchObject({ action: 'remove', editor: 'editor-carl' });
      expect(current!.entry).toBeUndefined();
      expect((await store.glossaryTerms.history(key)).map((c) => c.action)).toEqual(['set', 'remove']);
      const audit = await store.audit.list({ entity: 'glossary_term', entityId: key });
      expect(audit.map((a) => a.action)).toEqual(['glossary.set', 'glossary.remove']);
    });

    it('refuses a key that is not folded, and a set without a term', async () => {
      await expect(
        store.sql.query(`INSERT INTO glossary_terms (term_key, action, editor) VALUES ('Zelt', 'remove', 'x')`),
      ).rejects.toThrow();
      await expect(
        store.sql.query(`INSERT INTO glossary_terms (term_key, action, editor) VALUES ('zelt', 'set', 'x')`),
      ).rejects.toThrow();
    });
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
}

// Threat: a careless or hostile insider changes a proposal between the moment a reviewer reads it and the
// moment they approve it, so that the public is served, as "checked by people", text nobody checked.
// Approvals name the revision (content hash) the reviewer read; anything changed since answers 409
// STALE_REVISION and publishes nothing. Runs on PGlite and on the run's PostgreSQL.
import { randomBytes } from 'node:crypto';
import type { DocumentView, PublicTarget, TargetState } from '@bbs/protocol';
import { apiClient } from '../../../tests/support/api-client.js';
import type { ApiCall, ErrorReply } from '../../../tests/support/api-client.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { describeWithPart, postgresPart } from '../../../tests/support/system-parts.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
type Proposal = NonNullable<TargetState['proposal']>;
type Stale = ErrorReply & { error: { details: { current: { revision: number; contentHash: string } } } };

function approvalRace(backend: 'pglite' | 'postgres'): void {
  let server: TestServer;
  let api: ApiCall;
  const keys: Record<'editor' | 'editor2' | 'reviewer' | 'reviewer2', string> = {
    editor: '',
    editor2: '',
    reviewer: '',
    reviewer2: '',
  };

  beforeAll(async () => {
    server = await startTestServer({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' }, { store: backend });
    api = apiClient(server.url);
    for (const name of Object.keys(keys) as (keyof typeof keys)[]) {
      const role = name.startsWith('editor') ? 'editor' : 'reviewer';
      const made = await api<{ token: string }>('POST', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
        body: { name: `race-${name}`, role },
      });
      keys[name] = made.body.token;
    }
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  const create = async (source: string, targets: string[]): Promise<DocumentView> => {
    const res = await api<DocumentView>('POST', '/v1/documents', {
      token: keys.editor,
      body: { slug: `race-${randomBytes(4).toString('hex')}`, source, targets },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const read = async (id: string, target: string, token: string): Promise<Proposal> =>
    (await api<DocumentView>('GET', `/v1/documents/${id}`, { token })).body.targets[target]!.proposal!;
  const edit = (id: string, target: string, token: string, body: Record<string, unknown>) =>
    api<TargetState | ErrorReply>('PUT', `/v1/documents/${id}/targets/${target}`, { token, body });
  const approve = (id: string, target: string, token: string, body: Record<string, unknown>) =>
    api<TargetState | Stale>('POST', `/v1/documents/${id}/targets/${target}/approve`, { token, body });
  const approvalCount = async (id: string): Promise<number> => {
    const { rows } = await server.store.sql.query<{ n: number | string }>(
      'SELECT count(*) AS n FROM approvals WHERE document_id = $1',
      [id],
    );
    return Number(rows[0]!.n);
  };

  it('DGS: glosses changed after the reviewer read them are not published (409, nothing approved)', async () => {
    const doc = await create('Bitte bringen Sie Ihren Ausweis mit.', ['gsg']);
    const seen = await read(doc.id, 'gsg', keys.reviewer);
    expect(seen.revision).toBe(1);
    expect(seen.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const seenText = seen.sentences.map((s) => s.output).join('\n');
    expect(seenText).toMatch(/AUSWEIS/);

    // An editor may not touch the glosses at all: DGS is edited and approved by signing reviewers only.
    const byEditor = await edit(doc.id, 'gsg', keys.editor, {
      proposalId: seen.id,
      sentences: [{ index: 0, output: 'AUSWEIS NICHT BRINGEN' }],
    });
    expect([byEditor.status, (byEditor.body as ErrorReply).error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await read(doc.id, 'gsg', keys.reviewer)).contentHash).toBe(seen.contentHash);

    // A second reviewer changes the meaning while the first one still has the old version on screen.
    const changed = await edit(doc.id, 'gsg', keys.reviewer2, {
      proposalId: seen.id,
      sentences: [{ index: 0, output: 'AUSWEIS NICHT BRINGEN' }],
    });
    expect(changed.status).toBe(200);
    const now = (changed.body as TargetState).proposal!;
    expect(now.revision).toBe(2);
    expect(now.contentHash).not.toBe(seen.contentHash);

    const race = await approve(doc.id, 'gsg', keys.reviewer, { proposalId: seen.id, contentHash: seen.contentHash });
    expect(race.status).toBe(409);
    const stale = race.body as Stale;
    expect(stale.error.code).toBe('STALE_REVISION');
    expect(stale.error.message).toMatch(/Nichts wurde freigegeben/);
    expect(stale.error.details.current).toMatchObject({ revision: 2, contentHash: now.contentHash });
    const byNumber = await approve(doc.id, 'gsg', keys.reviewer, { proposalId: seen.id, revision: 1 });
    expect((byNumber.body as Stale).error.code).toBe('STALE_REVISION');

    // Nothing is public, nothing approved, nothing in the translation memory, no approval in the audit log.
    const pub = await api<ErrorReply>('GET', `/v1/public/documents/${doc.slug}/gsg`);
    expect([pub.status, pub.body.error.code]).toEqual([404, 'NOT_APPROVED']);
    expect(await approvalCount(doc.id)).toBe(0);
    const history = await api<{ events: { action: string }[] }>('GET', `/v1/documents/${doc.id}/history`, {
      token: keys.reviewer,
    });
    expect(history.body.events.map((e) => e.action)).not.toContain('approval.create');

    // Having read the change, the reviewer approves what they now see, and exactly that is published.
    const ok = await approve(doc.id, 'gsg', keys.reviewer, { proposalId: now.id, contentHash: now.contentHash });
    expect(ok.status).toBe(200);
    expect((ok.body as TargetState).approved).toMatchObject({ revision: 2, contentHash: now.contentHash });
    const published = await api<PublicTarget>('GET', `/v1/public/documents/${doc.slug}/gsg`);
    expect(published.body.text).toBe('AUSWEIS NICHT BRINGEN');
  });

  it('text targets: the same race between two editors, and an edit on top of a stale revision', async () => {
    const doc = await create('Die Gebühr beträgt 12 Euro. Bitte zahlen Sie bar.', ['de-x-ls']);
    const seen = await read(doc.id, 'de-x-ls', keys.editor);
    const other = await edit(doc.id, 'de-x-ls', keys.editor2, {
      proposalId: seen.id,
      contentHash: seen.contentHash,
      sentences: [{ index: 0, output: 'Das kostet 120 Euro.' }],
    });
    expect(other.status).toBe(200);

    // Saving on top of what one saw no longer overwrites someone else's edit silently.
    const lost = await edit(doc.id, 'de-x-ls', keys.editor, {
      proposalId: seen.id,
      contentHash: seen.contentHash,
      sentences: [{ index: 0, output: 'Das kostet 12 Euro.' }],
    });
    expect([lost.status, (lost.body as ErrorReply).error.code]).toEqual([409, 'STALE_REVISION']);
    expect((await read(doc.id, 'de-x-ls', keys.editor)).sentences[0]!.output).toBe('Das kostet 120 Euro.');

    const race = await approve(doc.id, 'de-x-ls', keys.editor, { proposalId: seen.id, contentHash: seen.contentHash });
    expect([race.status, (race.body as Stale).error.code]).toEqual([409, 'STALE_REVISION']);
    expect(await approvalCount(doc.id)).toBe(0);
  });

  it('a new source between reading and approving is a stale revision too', async () => {
    const doc = await create('Das Amt ist am Montag offen.', ['de-x-ls']);
    const seen = await read(doc.id, 'de-x-ls', keys.editor);
    await api('PUT', `/v1/documents/${doc.id}`, {
      token: keys.editor,
      body: { source: 'Das Amt ist am Dienstag offen.' },
    });
    const race = await approve(doc.id, 'de-x-ls', keys.editor, { proposalId: seen.id, contentHash: seen.contentHash });
    expect([race.status, (race.body as Stale).error.code]).toEqual([409, 'STALE_REVISION']);
    expect(await approvalCount(doc.id)).toBe(0);
  });

  it('an approval must name what was read', async () => {
    const doc = await create('Das Amt ist heute zu.', ['de-x-ls']);
    const seen = await read(doc.id, 'de-x-ls', keys.editor);
    for (const body of [{ proposalId: seen.id }, { proposalId: seen.id, contentHash: 'abc' }]) {
      const res = await approve(doc.id, 'de-x-ls', keys.editor, body);
      expect([res.status, (res.body as ErrorReply).error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await approvalCount(doc.id)).toBe(0);
  });

  it('under concurrent edits, whatever is approved is exactly what the approver read', async () => {
    const doc = await create('Die Gebühr beträgt 30 Euro.', ['de-x-ls']);
    for (let round = 0; round < 6; round++) {
      const seen = await read(doc.id, 'de-x-ls', keys.reviewer);
      const [edited, approved] = await Promise.all([
        edit(doc.id, 'de-x-ls', keys.editor2, {
          proposalId: seen.id,
          sentences: [{ index: 0, output: `Das kostet ${round + 40} Euro.` }],
        }),
        approve(doc.id, 'de-x-ls', keys.reviewer, { proposalId: seen.id, contentHash: seen.contentHash }),
      ]);
      expect(edited.status).toBe(200);
      expect([200, 409]).toContain(approved.status);
      if (approved.status === 200) {
        const pub = await api<PublicTarget>('GET', `/v1/public/documents/${doc.slug}/de-x-ls`);
        expect(pub.body.text).toBe(seen.sentences.map((s) => s.output).join('\n'));
      }
    }
  });
}

describe('approval race on PGlite', () => {
  approvalRace('pglite');
});

describeWithPart(postgresPart())('approval race on PostgreSQL', () => {
  approvalRace('postgres');
});

describe('the OpenAPI document describes the revision and the 409', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('names revision and contentHash on the approve request and STALE_REVISION on 409', async () => {
    const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.components.schemas.ApproveRequest!.properties!)).toEqual(
      expect.arrayContaining(['proposalId', 'revision', 'contentHash']),
    );
    const approve = doc.paths['/v1/documents/{id}/targets/{target}/approve']!.post!;
    expect(approve.responses['409']!.description).toContain('STALE_REVISION');
  });
});

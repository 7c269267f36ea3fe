// The editorial review through the real service: keys and roles, documents with machine proposals,
// sentence edits, approvals, what the public may read, outdated approvals, reuse from the translation
// memory, and the audit trail. Runs on PGlite and on the run's PostgreSQL.
import { randomBytes } from 'node:crypto';
import type {
  DocumentHistory,
  DocumentView,
  PublicDocument,
  PublicTarget,
  SignEntry,
  TargetState,
} from '@bbs/protocol';
import { apiClient as client } from '../../../tests/support/api-client.js';
import type { Reply } from '../../../tests/support/api-client.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { describeWithPart, postgresPart } from '../../../tests/support/system-parts.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';

const slug = (prefix: string): string => `${prefix}-${randomBytes(4).toString('hex')}`;

const SOURCE =
  'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr. Bitte bringen Sie Ihren Personalausweis mit. Die Gebühr beträgt 12 Euro.';

function reviewWorkflow(backend: 'pglite' | 'postgres'): void {
  let server: TestServer;
  let api: ReturnType<typeof client>;
  const tokens: Record<'editor' | 'reviewer' | 'counter', string> = { editor: '', reviewer: '', counter: '' };

  beforeAll(async () => {
    server = await startTestServer({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' }, { store: backend });
    api = client(server.url);
    for (const role of ['editor', 'reviewer', 'counter'] as const) {
      const made = await api<{ token: string; role: string; name: string }>('POST', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
        body: { name: `test-${role}`, role },
      });
      expect(made.status).toBe(201);
      expect(made.body.role).toBe(role);
      tokens[role] = made.body.token;
    }
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  async function createDocument(source = SOURCE, targets = ['de-x-ls', 'gsg']): Promise<DocumentView> {
    const res = await api<DocumentView>('POST', '/v1/documents', {
      token: tokens.editor,
      body: { slug: slug('seite'), source, targets },
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Approves what the approver reads right now: the target's current proposal and its content hash. */
  async function approveAsRead(documentId: string, target: string, token: string): Promise<Reply<TargetState>> {
    const doc = await api<DocumentView>('GET', `/v1/documents/${documentId}`, { token });
    const { id, contentHash } = doc.body.targets[target]!.proposal!;
    return api<TargetState>('POST', `/v1/documents/${documentId}/targets/${target}/approve`, {
      token,
      body: { proposalId: id, contentHash },
    });
  }

  describe('keys and roles', () => {
    it('keeps only a hash of each token and never lists tokens', async () => {
      const list = await api<{ keys: { name: string; role: string }[] }>('GET', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
      });
      expect(list.status).toBe(200);
      expect(list.body.keys.map((k) => k.name)).toEqual(
        expect.arrayContaining(['test-editor', 'test-reviewer', 'test-counter']),
      );
      expect(JSON.stringify(list.body)).not.toContain(tokens.editor);
      const { rows } = await server.store.sql.query<{ token_hash: string }>('SELECT token_hash FROM api_keys');
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
        expect(Object.values(tokens)).not.toContain(row.token_hash);
      }
    });

    it('refuses write routes without a key (401) and with the wrong role (403)', async () => {
      const doc = await createDocument();
      const lsProposal = doc.targets['de-x-ls']!.proposal!.id;
      const writes: [string, string, unknown][] = [
        ['POST', '/v1/documents', { slug: slug('x'), source: 'Text.' }],
        ['PUT', `/v1/documents/${doc.id}`, { source: 'Neu.' }],
        ['PUT', `/v1/documents/${doc.id}/targets/de-x-ls`, { proposalId: lsProposal, sentences: [] }],
        ['POST', `/v1/documents/${doc.id}/targets/de-x-ls/approve`, { proposalId: lsProposal }],
        ['POST', `/v1/documents/${doc.id}/targets/de-x-ls/revoke`, {}],
        ['POST', '/v1/admin/keys', { name: 'x', role: 'admin' }],
      ];
      for (const [method, path, body] of writes) {
        const anonymous = await api<{ error: { code: string } }>(method, path, { body });
        expect([path, anonymous.status, anonymous.body.error.code]).toEqual([path, 401, 'UNAUTHORIZED']);
        expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
        const wrong = await api<{ error: { code: string } }>(method, path, { body, token: 'bbs_' + 'x'.repeat(43) });
        expect([path, wrong.status]).toEqual([path, 401]);
        const counter = await api<{ error: { code: string } }>(method, path, { body, token: tokens.counter });
        expect([path, counter.status, counter.body.error.code]).toEqual([path, 403, 'FORBIDDEN']);
      }
      // Reading the queue needs a key as well: proposals are not public.
      expect((await api('GET', '/v1/documents')).status).toBe(401);
      expect((await api('GET', `/v1/documents/${doc.id}`)).status).toBe(401);
      // DGS is approved by a signing reviewer, not by an editor.
      const gsg = doc.targets.gsg!.proposal!.id;
      const editorApproves = await api<{ error: { code: string } }>(
        'POST',
        `/v1/documents/${doc.id}/targets/gsg/approve`,
        { token: tokens.editor, body: { proposalId: gsg, revision: 1 } },
      );
      expect(editorApproves.status).toBe(403);
    });

    it('stops accepting a key once it is revoked', async () => {
      const made = await api<{ id: string; token: string }>('POST', '/v1/admin/keys', {
        token: ADMIN_TOKEN,
        body: { name: 'kurzzeit', role: 'editor' },
      });
      expect((await api('GET', '/v1/documents', { token: made.body.token })).status).toBe(200);
      expect((await api('DELETE', `/v1/admin/keys/${made.body.id}`, { token: ADMIN_TOKEN })).status).toBe(200);
      expect((await api('GET', '/v1/documents', { token: made.body.token })).status).toBe(401);
    });
  });

  describe('from proposal to approval', () => {
    it('proposes every target sentence by sentence, edits, approves, and only then shows it publicly', async () => {
      const doc = await createDocument();
      expect(doc.sourceVersion).toBe(1);
      const ls = doc.targets['de-x-ls']!;
      expect(ls.status).toBe('machine');
      expect(ls.label).toBe('maschinell erstellt, nicht geprüft');
      expect(ls.proposal!.sentences).toHaveLength(3);
      for (const s of ls.proposal!.sentences) {
        expect(s.engine).toBe('rules');
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.output.length).toBeGreaterThan(0);
      }
      const gsg = doc.targets.gsg!;
      expect(gsg.proposal!.sentences[0]!.output).toMatch(/MONTAG/);
      expect(gsg.proposal!.sentences[0]!.signs!.some((s) => s.gloss === 'MONTAG' && s.kind === 'lexical')).toBe(true);

      // Nothing is public yet: the page says which targets exist, and that none is approved.
      const before = await api<PublicDocument>('GET', `/v1/public/documents/${doc.slug}`);
      expect(before.status).toBe(200);
      expect(before.body.targets['de-x-ls']!.status).toBe('machine');
      const notYet = await api<{ error: { code: string } }>('GET', `/v1/public/documents/${doc.slug}/de-x-ls`);
      expect(notYet.status).toBe(404);
      expect(notYet.body.error.code).toBe('NOT_APPROVED');

      const edited = await api<TargetState>('PUT', `/v1/documents/${doc.id}/targets/de-x-ls`, {
        token: tokens.editor,
        body: { proposalId: ls.proposal!.id, sentences: [{ index: 2, output: 'Das kostet 12 Euro.' }] },
      });
      expect(edited.status).toBe(200);
      expect(edited.body.proposal!.sentences[2]).toMatchObject({
        output: 'Das kostet 12 Euro.',
        edited: { by: 'test-editor' },
      });
      expect(edited.body.status).toBe('machine');

      const approved = await api<TargetState>('POST', `/v1/documents/${doc.id}/targets/de-x-ls/approve`, {
        token: tokens.editor,
        body: { proposalId: ls.proposal!.id, contentHash: edited.body.proposal!.contentHash },
      });
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      expect(approved.body.approved).toMatchObject({ approvedBy: 'test-editor', sourceVersion: 1, outdated: false });
      expect(approved.body.approved!.proposalId).toBe(ls.proposal!.id);

      const pub = await api<PublicTarget>('GET', `/v1/public/documents/${doc.slug}/de-x-ls`);
      expect(pub.status).toBe(200);
      expect(pub.body.review.status).toBe('approved');
      expect(pub.body.text.split('\n').at(-1)).toBe('Das kostet 12 Euro.');
      expect(pub.body.sentences[2]).toEqual({ source: 'Die Gebühr beträgt 12 Euro.', output: 'Das kostet 12 Euro.' });
      const etag = pub.headers.get('etag');
      expect(etag).toBe(`"${approved.body.approved!.id}"`);
      const again = await fetch(`${server.url}/v1/public/documents/${doc.slug}/de-x-ls`, {
        // As a browser revalidates its cached copy (fetch with an explicit If-None-Match would add
        // Cache-Control: no-cache, which asks the server for a full answer).
        headers: { 'If-None-Match': etag!, 'Cache-Control': 'max-age=0' },
      });
      expect(again.status).toBe(304);
      // The DGS target of the same page is still machine-made and stays private.
      expect((await api('GET', `/v1/public/documents/${doc.slug}/gsg`)).status).toBe(404);
      const after = await api<PublicDocument>('GET', `/v1/public/documents/${doc.slug}`);
      expect(after.body.targets['de-x-ls']!.status).toBe('approved');
      expect(after.body.targets.gsg!.status).toBe('machine');
    });

    it('lets a reviewer correct the glosses and approve DGS; the public gets the approved timeline', async () => {
      const doc = await createDocument('Das Bürgerbüro ist heute geschlossen.', ['gsg']);
      const proposal = doc.targets.gsg!.proposal!;
      const bad = await api<{ error: { code: string } }>('PUT', `/v1/documents/${doc.id}/targets/gsg`, {
        token: tokens.reviewer,
        body: { proposalId: proposal.id, sentences: [{ index: 0, output: 'heute <script>' }] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
      const fixed = await api<TargetState>('PUT', `/v1/documents/${doc.id}/targets/gsg`, {
        token: tokens.reviewer,
        body: { proposalId: proposal.id, sentences: [{ index: 0, output: 'HEUTE BÜRGERBÜRO GESCHLOSSEN' }] },
      });
      expect(fixed.status).toBe(200);
      expect(fixed.body.proposal!.sentences[0]!.signs!.map((s) => s.gloss)).toEqual([
        'HEUTE',
        'BÜRGERBÜRO',
        'GESCHLOSSEN',
      ]);
      const approved = await api<TargetState>('POST', `/v1/documents/${doc.id}/targets/gsg/approve`, {
        token: tokens.reviewer,
        body: { proposalId: proposal.id, contentHash: fixed.body.proposal!.contentHash },
      });
      expect(approved.status).toBe(200);
      const pub = await api<PublicTarget>('GET', `/v1/public/documents/${doc.slug}/gsg`);
      expect(pub.status).toBe(200);
      expect(pub.body.text).toBe('HEUTE BÜRGERBÜRO GESCHLOSSEN');
      // One gloss per sign: the segments after the first of a sign (BÜRGER^BÜRO) continue it.
      const signs = pub.body.timeline!.items.filter((i) => i.kind !== 'pause' && !(i.part && i.part.index > 0));
      expect(signs.map((i) => i.gloss)).toEqual(['HEUTE', 'BÜRGERBÜRO', 'GESCHLOSSEN']);
    });

    it('refuses an approval of a proposal that a source change replaced (409), and outdates approvals', async () => {
      const doc = await createDocument();
      const first = doc.targets['de-x-ls']!.proposal!.id;
      await approveAsRead(doc.id, 'de-x-ls', tokens.editor);
      const changed = await api<DocumentView>('PUT', `/v1/documents/${doc.id}`, {
        token: tokens.editor,
        body: { source: SOURCE.replace('9 Uhr', '10 Uhr') },
      });
      expect(changed.status).toBe(200);
      expect(changed.body.sourceVersion).toBe(2);
      const ls = changed.body.targets['de-x-ls']!;
      expect(ls.status).toBe('outdated');
      expect(ls.approved).toMatchObject({ sourceVersion: 1, outdated: true, revoked: false });
      expect(ls.approved!.sentences[0]!.source).toContain('9 Uhr');
      expect(ls.proposal!.sourceVersion).toBe(2);
      expect(ls.proposal!.id).not.toBe(first);
      expect(ls.proposal!.sentences[0]!.source).toContain('10 Uhr');
      // The public never gets the approval of the old text for the new page.
      const pub = await api<{ error: { code: string } }>('GET', `/v1/public/documents/${doc.slug}/de-x-ls`);
      expect(pub.body.error.code).toBe('NOT_APPROVED');

      const stale = await api<{ error: { code: string } }>('POST', `/v1/documents/${doc.id}/targets/de-x-ls/approve`, {
        token: tokens.editor,
        body: { proposalId: first, revision: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('STALE_REVISION');
      const staleEdit = await api('PUT', `/v1/documents/${doc.id}/targets/de-x-ls`, {
        token: tokens.editor,
        body: { proposalId: first, sentences: [{ index: 0, output: 'x' }] },
      });
      expect(staleEdit.status).toBe(409);

      // Saving the same text again makes no new version.
      const same = await api<DocumentView>('PUT', `/v1/documents/${doc.id}`, {
        token: tokens.editor,
        body: { source: SOURCE.replace('9 Uhr', '10 Uhr') },
      });
      expect(same.body.sourceVersion).toBe(2);
    });

    it('revoking an approval takes it off the public face', async () => {
      const doc = await createDocument('Das Bürgerbüro ist heute geschlossen.', ['de-x-ls']);
      await approveAsRead(doc.id, 'de-x-ls', tokens.reviewer);
      expect((await api('GET', `/v1/public/documents/${doc.slug}/de-x-ls`)).status).toBe(200);
      const revoked = await api<TargetState>('POST', `/v1/documents/${doc.id}/targets/de-x-ls/revoke`, {
        token: tokens.reviewer,
      });
      expect(revoked.status).toBe(200);
      expect(revoked.body.status).toBe('machine');
      expect((await api('GET', `/v1/public/documents/${doc.slug}/de-x-ls`)).status).toBe(404);
      expect(
        (await api('POST', `/v1/documents/${doc.id}/targets/de-x-ls/revoke`, { token: tokens.reviewer })).status,
      ).toBe(404);
    });

    it('keeps one standing approval when many approvals of the same proposal race', async () => {
      const doc = await createDocument('Die Gebühr beträgt 30 Euro.', ['de-x-ls']);
      const { id: proposalId, contentHash } = doc.targets['de-x-ls']!.proposal!;
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          api('POST', `/v1/documents/${doc.id}/targets/de-x-ls/approve`, {
            token: tokens.editor,
            body: { proposalId, contentHash },
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
      const { rows } = await server.store.sql.query<{ n: number | string }>(
        `SELECT count(*) AS n FROM approvals WHERE document_id = $1 AND revoked_at IS NULL`,
        [doc.id],
      );
      expect(Number(rows[0]!.n)).toBe(1);
    });
  });

  describe('translation memory', () => {
    it('reuses an approved sentence in the next document, and says it comes from memory', async () => {
      const sentence = `Das Standesamt ${randomBytes(3).toString('hex')} ist im Stadthaus 1.`;
      const first = await createDocument(sentence, ['de-x-ls']);
      const proposal = first.targets['de-x-ls']!.proposal!;
      await api('PUT', `/v1/documents/${first.id}/targets/de-x-ls`, {
        token: tokens.editor,
        body: { proposalId: proposal.id, sentences: [{ index: 0, output: 'Das Standes-Amt ist im Stadt-Haus 1.' }] },
      });
      await approveAsRead(first.id, 'de-x-ls', tokens.editor);

      const second = await createDocument(`${sentence} Bitte kommen Sie pünktlich.`, ['de-x-ls']);
      const sentences = second.targets['de-x-ls']!.proposal!.sentences;
      expect(sentences[0]).toMatchObject({
        engine: 'memory',
        confidence: 1,
        output: 'Das Standes-Amt ist im Stadt-Haus 1.',
      });
      expect(sentences[1]!.engine).toBe('rules');
      // On-demand translation uses the memory as well, and is still labelled machine-made as a whole.
      const live = await api<{
        results: Record<string, { sentences: { engine: string }[]; review: { status: string } }>;
      }>('POST', '/v1/translate', { body: { text: sentence, targets: ['de-x-ls'] } });
      expect(live.body.results['de-x-ls']!.sentences[0]!.engine).toBe('memory');
      expect(live.body.results['de-x-ls']!.review.status).toBe('machine');
    });
  });

  describe('translation memory suggestions', () => {
    it('offers a similar approved sentence beside the machine output, never in its place', async () => {
      const tag = randomBytes(3).toString('hex');
      const first = await createDocument(`Das Fundbüro ${tag} ist im Stadthaus 1 im Erdgeschoss.`, ['de-x-ls']);
      const proposal = first.targets['de-x-ls']!.proposal!;
      await api('PUT', `/v1/documents/${first.id}/targets/de-x-ls`, {
        token: tokens.editor,
        body: {
          proposalId: proposal.id,
          sentences: [{ index: 0, output: 'Das Fund-Büro ist im Stadt-Haus 1 unten.' }],
        },
      });
      await approveAsRead(first.id, 'de-x-ls', tokens.editor);

      const similar = `Das Fundbüro ${tag} ist im Stadthaus 2 im Erdgeschoss.`;
      const second = await createDocument(similar, ['de-x-ls']);
      const [sentence] = second.targets['de-x-ls']!.proposal!.sentences;
      expect(sentence!.engine).toBe('rules');
      expect(sentence!.output).toContain('2');
      expect(sentence!.memorySuggestion).toEqual({
        source: `Das Fundbüro ${tag} ist im Stadthaus 1 im Erdgeschoss.`,
        output: 'Das Fund-Büro ist im Stadt-Haus 1 unten.',
        score: 0.9,
      });
      const live = await api<{ results: Record<string, { sentences: { memorySuggestion?: { score: number } }[] }> }>(
        'POST',
        '/v1/translate',
        { body: { text: similar, targets: ['de-x-ls'] } },
      );
      expect(live.body.results['de-x-ls']!.sentences[0]!.memorySuggestion?.score).toBe(0.9);
    });
  });

  describe('history and audit', () => {
    it('records every step with its actor, and no text in the audit events', async () => {
      const doc = await createDocument('Frau Erika Mustermann wohnt in der Hauptstraße 5.', ['de-x-ls']);
      const proposalId = doc.targets['de-x-ls']!.proposal!.id;
      await api('PUT', `/v1/documents/${doc.id}/targets/de-x-ls`, {
        token: tokens.editor,
        body: { proposalId, sentences: [{ index: 0, output: 'Frau Mustermann wohnt in der Haupt-Straße 5.' }] },
      });
      await approveAsRead(doc.id, 'de-x-ls', tokens.reviewer);
      await api('POST', `/v1/documents/${doc.id}/targets/de-x-ls/revoke`, { token: tokens.reviewer });
      await api('PUT', `/v1/documents/${doc.id}`, { token: tokens.editor, body: { source: 'Ein neuer Text.' } });

      const history = await api<DocumentHistory>('GET', `/v1/documents/${doc.id}/history`, { token: tokens.reviewer });
      expect(history.status).toBe(200);
      expect(history.body.events.map((e) => [e.action, e.actor])).toEqual([
        ['document.create', 'test-editor'],
        ['proposal.create', 'test-editor'],
        ['proposal.edit', 'test-editor'],
        ['approval.create', 'test-reviewer'],
        ['approval.revoke', 'test-reviewer'],
        ['document.update_source', 'test-editor'],
        ['proposal.create', 'test-editor'],
      ]);
      expect(JSON.stringify(history.body.events)).not.toMatch(/Mustermann|Hauptstraße|Haupt-Straße/);
      expect(history.body.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(history.body.edits).toHaveLength(1);
      expect(history.body.edits[0]).toMatchObject({
        target: 'de-x-ls',
        index: 0,
        after: 'Frau Mustermann wohnt in der Haupt-Straße 5.',
        actor: 'test-editor',
      });
      // The queue lists it as awaiting review again.
      const queue = await api<{ documents: { id: string; awaitingReview: string[] }[] }>('GET', '/v1/documents', {
        token: tokens.editor,
      });
      expect(queue.body.documents.find((d) => d.id === doc.id)?.awaitingReview).toEqual(['de-x-ls']);
    });
  });

  describe('sign lexicon review', () => {
    it('lets a signing reviewer approve a draft sign and correct another; the rules and timelines use them', async () => {
      const before = await api<SignEntry>('GET', '/v1/lexicon/signs/ANTRAG');
      expect(before.status).toBe(200);
      expect(before.body.review.status).toBe('draft');
      expect((await api('POST', '/v1/lexicon/signs/ANTRAG/approve')).status).toBe(401);
      expect((await api('POST', '/v1/lexicon/signs/ANTRAG/approve', { token: tokens.editor })).status).toBe(403);

      const approved = await api<SignEntry>('POST', '/v1/lexicon/signs/ANTRAG/approve', { token: tokens.reviewer });
      expect(approved.status).toBe(200);
      expect(approved.body.review).toEqual({
        status: 'approved',
        reviewer: 'test-reviewer',
        date: new Date().toISOString().slice(0, 10),
      });
      const glossed = await api<{ sentences: { glosses: { gloss: string; review?: string }[] }[] }>(
        'POST',
        '/v1/gloss',
        { body: { text: 'Der Antrag ist fertig.' } },
      );
      expect(glossed.body.sentences[0]!.glosses.find((g) => g.gloss === 'ANTRAG')?.review).toBe('approved');

      const sign = async () =>
        (
          await api<{ timeline: { items: { gloss: string; duration: number }[] } }>('POST', '/v1/sign', {
            body: { glosses: ['TERMIN'] },
          })
        ).body.timeline.items.find((i) => i.gloss === 'TERMIN')!.duration;
      const termin = (await api<SignEntry>('GET', '/v1/lexicon/signs/TERMIN')).body;
      const durationBefore = await sign();
      const slower = { ...termin, duration: Math.min(2, termin.duration + 0.5) };
      const corrected = await api<SignEntry>('PUT', '/v1/lexicon/signs/TERMIN', {
        token: tokens.reviewer,
        body: { entry: slower },
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body.review.status).toBe('draft');
      expect(await sign()).toBeGreaterThan(durationBefore);

      const wrongShape = await api<{ error: { code: string } }>('PUT', '/v1/lexicon/signs/TERMIN', {
        token: tokens.reviewer,
        body: { entry: { ...slower, dominant: { ...slower.dominant, handshape: 'gibt-es-nicht' } } },
      });
      expect([wrongShape.status, wrongShape.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      const wrongId = await api('PUT', '/v1/lexicon/signs/TERMIN', {
        token: tokens.reviewer,
        body: { entry: { ...slower, id: 'ANTRAG' } },
      });
      expect(wrongId.status).toBe(400);
      expect((await api('GET', '/v1/lexicon/signs/GIBT-ES-NICHT')).status).toBe(404);

      const history = await api<{ reviews: { action: string; reviewer: string }[] }>(
        'GET',
        '/v1/lexicon/signs/TERMIN/history',
        { token: tokens.editor },
      );
      expect(history.body.reviews.map((r) => [r.action, r.reviewer])).toEqual([['correct', 'test-reviewer']]);
    });
  });

  describe('bad input', () => {
    it('answers each with a clear error code', async () => {
      const post = (body: unknown) =>
        api<{ error: { code: string } }>('POST', '/v1/documents', { token: tokens.editor, body });
      expect((await post({ slug: 'Mit Leerzeichen', source: 'Text.' })).body.error.code).toBe('VALIDATION_FAILED');
      expect((await post({ slug: slug('x'), source: '' })).body.error.code).toBe('VALIDATION_FAILED');
      expect((await post({ slug: slug('x'), source: 'Text.', targets: ['xx'] })).body.error.code).toBe(
        'UNSUPPORTED_TARGET',
      );
      const doc = await createDocument('Ein Satz.', ['de-x-ls']);
      const twice = await post({ slug: doc.slug, source: 'Noch einer.' });
      expect([twice.status, twice.body.error.code]).toEqual([409, 'SLUG_TAKEN']);
      const missing = await api<{ error: { code: string } }>('GET', '/v1/documents/not-a-uuid', {
        token: tokens.editor,
      });
      expect([missing.status, missing.body.error.code]).toEqual([404, 'DOCUMENT_NOT_FOUND']);
      const otherTarget = await api<{ error: { code: string } }>(
        'POST',
        `/v1/documents/${doc.id}/targets/gsg/approve`,
        {
          token: tokens.reviewer,
          body: { proposalId: doc.targets['de-x-ls']!.proposal!.id, revision: 1 },
        },
      );
      expect(otherTarget.body.error.code).toBe('UNSUPPORTED_TARGET');
      const badIndex = await api<{ error: { code: string } }>('PUT', `/v1/documents/${doc.id}/targets/de-x-ls`, {
        token: tokens.editor,
        body: { proposalId: doc.targets['de-x-ls']!.proposal!.id, sentences: [{ index: 7, output: 'x' }] },
      });
      expect([badIndex.status, badIndex.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect((await api('GET', '/v1/public/documents/gibt-es-nicht/de-x-ls')).status).toBe(404);
    });
  });
}

describe('editorial review on PGlite', () => {
  reviewWorkflow('pglite');
});

describeWithPart(postgresPart())('editorial review on PostgreSQL', () => {
  reviewWorkflow('postgres');
});

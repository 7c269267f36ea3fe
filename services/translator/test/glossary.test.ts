// The glossary of hard words through the real service: the shipped terms in force, an editor adding and
// correcting a term (checked to be Leichte Sprache itself), the next translation explaining it, removing it, who
// may change it, and the history of a term.
import type { GlossaryTermView } from '@bbs/protocol';
import { apiClient } from '../../../tests/support/api-client.js';
import type { ApiCall, ErrorReply } from '../../../tests/support/api-client.js';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const EXPLANATION = 'Eine Zeltnacht ist eine Nacht im Zelt. Die Stadt bietet sie im Sommer für Kinder an.';

let server: TestServer;
let api: ApiCall;
let editor = '';

beforeAll(async () => {
  server = await startTestServer({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' });
  api = apiClient(server.url);
  const made = await api<{ token: string }>('POST', '/v1/admin/keys', {
    token: ADMIN_TOKEN,
    body: { name: 'Redaktion Test', role: 'editor' },
  });
  editor = made.body.token;
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const easy = async (text: string, target = 'de-x-ls') => {
  const res = await api<{ results: Record<string, { text: string }> }>('POST', '/v1/translate', {
    body: { text, targets: [target] },
  });
  return res.body.results[target]!.text;
};

test('the shipped glossary is public, with senses and where each term comes from', async () => {
  const res = await api<{ terms: GlossaryTermView[] }>('GET', '/v1/glossary');
  expect(res.status).toBe(200);
  expect(res.body.terms.length).toBeGreaterThanOrEqual(400);
  const anmeldung = res.body.terms.find((t) => t.term === 'Anmeldung')!;
  expect(anmeldung.senses.length).toBeGreaterThan(1);
  expect(anmeldung.origin).toBe('shipped');
  expect((await api('GET', '/v1/glossary/Keinsolcheswort')).status).toBe(404);
});

test('an editor adds a term; the next Leichte Sprache text explains it; a reader cannot change it', async () => {
  const sentence = 'Im Juli gibt es eine Zeltnacht.';
  expect(await easy(sentence)).not.toContain('Nacht im Zelt');
  const body = { term: 'Zeltnacht', senses: [{ explanation: EXPLANATION }] };
  expect((await api('PUT', '/v1/glossary/Zeltnacht', { body })).status).toBe(401);
  const put = await api<GlossaryTermView>('PUT', '/v1/glossary/Zeltnacht', { token: editor, body });
  expect(put.status).toBe(200);
  expect(put.body).toMatchObject({ term: 'Zeltnacht', match: 'compound', origin: 'edited' });
  const out = await easy(sentence);
  expect(out.split('\n')).toContain('Eine Zeltnacht ist eine Nacht im Zelt.');
  // Einfache Sprache explains it too, in normal spelling and running text
  expect(await easy(sentence, 'de-x-einfach')).toContain('Eine Zeltnacht ist eine Nacht im Zelt.');
  const history = await api<{ changes: { action: string; editor: string }[] }>(
    'GET',
    '/v1/glossary/Zeltnacht/history',
    { token: editor },
  );
  expect(history.body.changes).toEqual([expect.objectContaining({ action: 'set', editor: 'Redaktion Test' })]);
});

test('an explanation that is no Leichte Sprache, or a term that is not the address, is refused clearly', async () => {
  const long =
    'Eine Zeltnacht ist eine Veranstaltung, bei der Kinder, die sich vorher angemeldet haben, gemeinsam mit Betreuern in Zelten auf einer Wiese übernachten.';
  const bad = await api<ErrorReply>('PUT', '/v1/glossary/Zeltnacht', {
    token: editor,
    body: { term: 'Zeltnacht', senses: [{ explanation: long }] },
  });
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  expect(JSON.stringify(bad.body.error.details)).toContain('senses.0.explanation');
  const other = await api<ErrorReply>('PUT', '/v1/glossary/Zeltnacht', {
    token: editor,
    body: { term: 'Wiese', senses: [{ explanation: 'Eine Wiese ist Gras.' }] },
  });
  expect(other.status).toBe(400);
  const malformed = await api<ErrorReply>('PUT', '/v1/glossary/Zeltnacht', {
    token: editor,
    body: { term: 'Zeltnacht', senses: [] },
  });
  expect(malformed.status).toBe(400);
  // the term in force is still the good one
  const now = await api<GlossaryTermView>('GET', '/v1/glossary/Zeltnacht');
  expect(now.body.senses[0]!.explanation).toBe(EXPLANATION);
});

test('a shipped term corrected with a sense for its context, then removed', async () => {
  const text = 'Die Anmeldung für das Ferienlager ist offen.';
  const camp = 'Bei der Anmeldung sagen Sie: Mein Kind fährt mit ins Ferien-Lager.';
  const current = await api<GlossaryTermView>('GET', '/v1/glossary/Anmeldung');
  const senses = [{ when: { near: ['Ferienlager'] }, explanation: camp }, ...current.body.senses];
  const put = await api<GlossaryTermView>('PUT', '/v1/glossary/Anmeldung', {
    token: editor,
    body: { term: 'Anmeldung', senses, einfach: false },
  });
  expect(put.status).toBe(200);
  expect(await easy(text)).toContain(camp);
  expect((await api('DELETE', '/v1/glossary/Anmeldung', { token: editor })).status).toBe(204);
  expect((await api('GET', '/v1/glossary/Anmeldung')).status).toBe(404);
  expect(await easy(text)).not.toContain('Bei der Anmeldung');
  const history = await api<{ changes: { action: string }[] }>('GET', '/v1/glossary/Anmeldung/history', {
    token: editor,
  });
  expect(history.body.changes.map((c) => c.action)).toEqual(['set', 'remove']);
});

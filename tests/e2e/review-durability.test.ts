// A `kill -9` of the service while editors approve: everything the service acknowledged is still there
// after a restart on the same data folder (PGlite, the embedded default), and nothing half-done is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentHistory, DocumentView } from '@bbs/protocol';
import { startService } from '../bench/service-process.js';
import type { ServiceProcess } from '../bench/service-process.js';
import { FIXTURE_MODELS } from '../support/server.js';

const ADMIN_TOKEN = 'durability-admin-token-0123456789';
const DOCUMENTS = 16;

async function call<T>(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as T };
}

test('approvals acknowledged before a kill -9 survive the restart, each with its audit entry', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bbs-kill9-'));
  const env = { DATA_DIR: dataDir, MODELS_DIR: FIXTURE_MODELS, ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' };
  let service: ServiceProcess | undefined = await startService(env);
  try {
    const first = service.url;
    const key = await call<{ token: string }>(first, 'POST', '/v1/admin/keys', ADMIN_TOKEN, {
      name: 'redaktion',
      role: 'editor',
    });
    const token = key.body.token;
    const docs: DocumentView[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const made = await call<DocumentView>(first, 'POST', '/v1/documents', token, {
        slug: `seite-${i}`,
        source: `Das Bürgerbüro ${i} ist am Montag geöffnet. Bitte bringen Sie Ihren Ausweis mit.`,
        targets: ['de-x-ls'],
      });
      expect(made.status).toBe(201);
      docs.push(made.body);
    }

    // Approvals go out in parallel; the process is killed as soon as a few are acknowledged, while the
    // others are still on their way.
    const acknowledged: string[] = [];
    const child = service.child;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await new Promise<void>((resolve) => {
      let settled = 0;
      for (const doc of docs) {
        call(first, 'POST', `/v1/documents/${doc.id}/targets/de-x-ls/approve`, token, {
          proposalId: doc.targets['de-x-ls']!.proposal!.id,
          contentHash: doc.targets['de-x-ls']!.proposal!.contentHash,
        })
          .then((res) => {
            if (res.status === 200) acknowledged.push(doc.slug);
            if (acknowledged.length === 4) child.kill('SIGKILL');
          })
          .catch(() => undefined)
          .finally(() => {
            if (++settled === docs.length) resolve();
          });
      }
    });
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);

    service = await startService(env);
    const second = service.url;
    for (const doc of docs) {
      const pub = await call<{ review?: { status: string } }>(
        second,
        'GET',
        `/v1/public/documents/${doc.slug}/de-x-ls`,
      );
      const history = await call<DocumentHistory>(second, 'GET', `/v1/documents/${doc.id}/history`, token);
      const audited = history.body.events.some((e) => e.action === 'approval.create');
      if (acknowledged.includes(doc.slug)) {
        expect([doc.slug, pub.status, pub.body.review?.status]).toEqual([doc.slug, 200, 'approved']);
      }
      // Unacknowledged ones may or may not have committed, but never half: approval and audit go together.
      expect([doc.slug, pub.status === 200]).toEqual([doc.slug, audited]);
    }
    // The store takes new work after the crash.
    const more = await call<DocumentView>(second, 'POST', '/v1/documents', token, {
      slug: 'nach-dem-absturz',
      source: 'Alles gut.',
      targets: ['de-x-ls'],
    });
    expect(more.status).toBe(201);
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);

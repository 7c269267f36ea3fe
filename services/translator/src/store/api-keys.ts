// API keys: a name, a role and the sha256 of a random token. The token itself is shown once, when the
// key is made, and never stored: a copy of the database does not let anyone in. sha256 without salt
// suffices because tokens are 32 random bytes, not passwords a person chose.
import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';

export const ROLES = ['editor', 'reviewer', 'counter', 'screen', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  /** For `screen` keys: the one counter channel the screen may subscribe to. */
  channel: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface CreatedApiKey extends ApiKey {
  /** Shown once; only its hash is kept. */
  token: string;
}

export interface NewApiKey {
  name: string;
  role: Role;
  /** Required for `screen` keys, refused for every other role. */
  channel?: string | undefined;
  actor: string;
}

export interface ApiKeyRepository {
  create(input: NewApiKey): Promise<CreatedApiKey>;
  /** The key a token belongs to, unless unknown or revoked. */
  verify(token: string): Promise<ApiKey | undefined>;
  list(): Promise<ApiKey[]>;
  revoke(id: string, actor: string): Promise<ApiKey>;
}

/** Tokens start with this, so secret scanners and people recognise them. */
export const TOKEN_PREFIX = 'bbs_';
const TOKEN = /^bbs_[A-Za-z0-9_-]{43}$/;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u;
export const CHANNEL = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface KeyRow {
  id: string;
  name: string;
  role: Role;
  channel: string | null;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, role, channel, created_at, revoked_at';
const toKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  role: r.role,
  channel: r.channel,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Makes a key inside the caller's transaction (screen pairing makes one as it uses up its code). */
export async function insertApiKey(tx: SqlExecutor, { name, role, channel, actor }: NewApiKey): Promise<CreatedApiKey> {
  if (!NAME.test(name)) {
    throw new StoreError('invalid', 'name: 1–80 letters, digits, spaces or . _ @ -, starting with a letter or digit');
  }
  if (!ROLES.includes(role)) throw new StoreError('invalid', `role must be one of ${ROLES.join(', ')}`);
  if ((role === 'screen') !== (channel !== undefined)) {
    throw new StoreError('invalid', 'channel: required for screen keys and only for them');
  }
  if (channel !== undefined && !CHANNEL.test(channel)) {
    throw new StoreError('invalid', 'channel: lower-case letters, digits, dot, dash, underscore');
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const { rows } = await tx.query<KeyRow>(
    `INSERT INTO api_keys (name, role, channel, token_hash) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
    [name, role, channel ?? null, hashToken(token)],
  );
  const key = toKey(rows[0]!);
  await appendAudit(tx, {
    actor,
    action: 'api_key.create',
    entity: 'api_key',
    entityId: key.id,
    details: { role, ...(channel ? { channel } : {}) },
  });
  return { ...key, token };
}

export function apiKeyRepository(sql: SqlClient): ApiKeyRepository {
  return {
    create: (input) => sql.transaction((tx) => insertApiKey(tx, input)),

    async verify(token) {
      if (!TOKEN.test(token)) return undefined;
      const { rows } = await sql.query<KeyRow>(
        `SELECT ${COLUMNS} FROM api_keys WHERE token_hash = $1 AND revoked_at IS NULL`,
        [hashToken(token)],
      );
      return rows[0] ? toKey(rows[0]) : undefined;
    },

    async list() {
      const { rows } = await sql.query<KeyRow>(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at, id`);
      return rows.map(toKey);
    },

    async revoke(id, actor) {
      if (!UUID.test(id)) throw new StoreError('not_found', `no key ${id}`);
      return sql.transaction(async (tx) => {
        const { rows } = await tx.query<KeyRow>(
          `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
          [id],
        );
        if (!rows[0]) throw new StoreError('not_found', `no key ${id}`);
        await appendAudit(tx, { actor, action: 'api_key.revoke', entity: 'api_key', entityId: id });
        return toKey(rows[0]);
      });
    },
  };
}

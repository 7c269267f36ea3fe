// API keys: a name, a role and the sha256 of a random token. The token itself is shown once, when the
// key is made, and never stored: a copy of the database does not let anyone in. sha256 without salt
// suffices because tokens are 32 random bytes, not passwords a person chose.
import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import type { SqlClient } from './sql-client.js';

export const ROLES = ['editor', 'reviewer', 'counter', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface CreatedApiKey extends ApiKey {
  /** Shown once; only its hash is kept. */
  token: string;
}

export interface ApiKeyRepository {
  create(input: { name: string; role: Role; actor: string }): Promise<CreatedApiKey>;
  /** The key a token belongs to, unless unknown or revoked. */
  verify(token: string): Promise<ApiKey | undefined>;
  list(): Promise<ApiKey[]>;
  revoke(id: string, actor: string): Promise<ApiKey>;
}

/** Tokens start with this, so secret scanners and people recognise them. */
export const TOKEN_PREFIX = 'bbs_';
const TOKEN = /^bbs_[A-Za-z0-9_-]{43}$/;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface KeyRow {
  id: string;
  name: string;
  role: Role;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, role, created_at, revoked_at';
const toKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export function apiKeyRepository(sql: SqlClient): ApiKeyRepository {
  return {
    async create({ name, role, actor }) {
      if (!NAME.test(name)) {
        throw new StoreError(
          'invalid',
          'name: 1–80 letters, digits, spaces or . _ @ -, starting with a letter or digit',
        );
      }
      if (!ROLES.includes(role)) throw new StoreError('invalid', `role must be one of ${ROLES.join(', ')}`);
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      return sql.transaction(async (tx) => {
        const { rows } = await tx.query<KeyRow>(
          `INSERT INTO api_keys (name, role, token_hash) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
          [name, role, hashToken(token)],
        );
        const key = toKey(rows[0]!);
        await appendAudit(tx, {
          actor,
          action: 'api_key.create',
          entity: 'api_key',
          entityId: key.id,
          details: { role },
        });
        return { ...key, token };
      });
    },

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

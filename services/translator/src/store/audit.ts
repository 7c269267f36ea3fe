// The audit log: who did what to which entity, append-only (a trigger refuses UPDATE, DELETE and
// TRUNCATE on the table).
//
// details carries ids, targets, versions, counts: never the text of a document, a sentence or a
// translation. Source texts can hold citizens' personal data (names, addresses, case details), and
// the audit log is kept for good and cannot be edited, so text written into it could never be
// erased again when a document is deleted. That is why details takes flat values of limited length
// only; the limit does not make leaking impossible, it stops whole texts from slipping in.
import { StoreError } from './errors.js';
import type { SqlExecutor } from './sql-client.js';
import { jsonParam } from './sql-client.js';

export type AuditValue = string | number | boolean | null;
export type AuditDetails = Readonly<Record<string, AuditValue>>;

/** Longest string allowed in details; uuids, BCP 47 tags and slugs fit. */
export const AUDIT_DETAIL_MAX_LENGTH = 120;

export interface AuditEntryInput {
  /** Who: a user name, an API key's name, or 'system'. */
  actor: string;
  /** What, as 'entity.verb': 'document.create', 'document.update_source'. */
  action: string;
  /** 'document', 'proposal', 'approval', 'api_key', … */
  entity: string;
  entityId?: string | null;
  details?: AuditDetails;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: AuditDetails;
}

export interface AuditListQuery {
  entity: string;
  /** Left out: every entry for the entity kind. */
  entityId?: string;
  /** At most this many entries, the oldest ones (default 1000). */
  limit?: number;
}

export interface AuditRepository {
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Oldest first. */
  list(query: AuditListQuery): Promise<AuditEntry[]>;
}

interface AuditRow {
  id: number | string;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: AuditDetails;
}

const COLUMNS = 'id, at, actor, action, entity, entity_id, details';

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    details: row.details,
  };
}

function checkDetails(details: AuditDetails): void {
  for (const [key, value] of Object.entries(details)) {
    const ok =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= AUDIT_DETAIL_MAX_LENGTH);
    if (!ok) {
      // The message names the key only: the value may be exactly the text that must not be logged.
      throw new StoreError(
        'invalid',
        `audit details.${key} must be a number, boolean, null or a string of at most ${AUDIT_DETAIL_MAX_LENGTH} characters`,
      );
    }
  }
}

/** Appends one entry on `sql`, which may be an open transaction so the entry commits with the change. */
export async function appendAudit(sql: SqlExecutor, entry: AuditEntryInput): Promise<AuditEntry> {
  const details = entry.details ?? {};
  checkDetails(details);
  const { rows } = await sql.query<AuditRow>(
    `INSERT INTO audit_log (actor, action, entity, entity_id, details)
     VALUES ($1, $2, $3, $4, $5::text::jsonb)
     RETURNING ${COLUMNS}`,
    [entry.actor, entry.action, entry.entity, entry.entityId ?? null, jsonParam(details)],
  );
  return toEntry(rows[0]!);
}

export function auditRepository(sql: SqlExecutor): AuditRepository {
  return {
    append: (entry) => appendAudit(sql, entry),
    async list({ entity, entityId, limit = 1000 }) {
      const { rows } = await sql.query<AuditRow>(
        `SELECT ${COLUMNS} FROM audit_log
         WHERE entity = $1 AND ($2::text IS NULL OR entity_id = $2::text)
         ORDER BY id
         LIMIT $3`,
        [entity, entityId ?? null, limit],
      );
      return rows.map(toEntry);
    },
  };
}

// Documents: the German source texts that editors write, with every source version kept.
import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';
import { jsonParam, sqlState, UNIQUE_VIOLATION, violatedConstraint } from './sql-client.js';

export type DocumentFormat = 'text' | 'html';

export interface Document {
  id: string;
  slug: string;
  format: DocumentFormat;
  source: string;
  sourceVersion: number;
  /** The targets it is proposed and reviewed in, in the order the editor chose. */
  targets: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface DocumentVersion {
  documentId: string;
  version: number;
  source: string;
  createdBy: string;
  createdAt: Date;
}

export interface CreateDocumentInput {
  /** Lower-case ASCII words joined by '-', at most 120 characters: 'antrag-wohngeld'. */
  slug: string;
  source: string;
  format: DocumentFormat;
  /** BCP 47 tags (none by default); the caller checks that engines serve them. */
  targets?: readonly string[];
  /** Who creates it, for the audit log. */
  actor: string;
}

export interface DocumentRepository {
  /** Creates the document, its version 1 and an audit entry in one transaction. */
  create(input: CreateDocumentInput): Promise<Document>;
  get(id: string): Promise<Document | undefined>;
  getBySlug(slug: string): Promise<Document | undefined>;
  /**
   * Saves a new source text as the next version (the old one stays in document_versions) and audits
   * it. A text equal to the current one changes nothing. Throws StoreError 'not_found'.
   */
  updateSource(id: string, source: string, actor: string): Promise<Document>;
  /** Every version, oldest first; empty for an unknown document. */
  versions(id: string): Promise<DocumentVersion[]>;
  /** Documents, most recently changed first. */
  list(options?: { limit?: number; offset?: number }): Promise<Document[]>;
}

interface DocumentRow {
  id: string;
  slug: string;
  format: DocumentFormat;
  source: string;
  source_version: number;
  targets: string[];
  created_at: Date;
  updated_at: Date;
}

interface VersionRow {
  document_id: string;
  version: number;
  source: string;
  created_by: string;
  created_at: Date;
}

const COLUMNS = 'id, slug, format, source, source_version, targets, created_at, updated_at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FORMATS: readonly string[] = ['text', 'html'] satisfies DocumentFormat[];
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    slug: row.slug,
    format: row.format,
    source: row.source,
    sourceVersion: row.source_version,
    targets: row.targets,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toVersion(row: VersionRow): DocumentVersion {
  return {
    documentId: row.document_id,
    version: row.version,
    source: row.source,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

async function insertVersion(tx: SqlExecutor, doc: DocumentRow, actor: string): Promise<void> {
  await tx.query(
    // created_at defaults to now(), the transaction's start: the same instant as the document's updated_at.
    'INSERT INTO document_versions (document_id, version, source, created_by) VALUES ($1, $2, $3, $4)',
    [doc.id, doc.source_version, doc.source, actor],
  );
}

function checkCreateInput(input: CreateDocumentInput): void {
  // Checked here as well as in the schema so the error says what is wrong without the database's
  // "failing row contains …" detail, which would quote the source text.
  if (!SLUG.test(input.slug) || input.slug.length > 120) {
    throw new StoreError('invalid', 'slug must be lower-case ASCII words joined by "-", at most 120 characters');
  }
  if (!FORMATS.includes(input.format)) throw new StoreError('invalid', 'format must be "text" or "html"');
  if (!input.actor) throw new StoreError('invalid', 'actor is required');
  const targets = input.targets ?? [];
  if (!targets.every((t) => LANGUAGE_TAG.test(t)) || new Set(targets).size !== targets.length) {
    throw new StoreError('invalid', 'targets must be distinct BCP 47 language tags');
  }
}

export function documentRepository(sql: SqlClient): DocumentRepository {
  return {
    async create(input) {
      checkCreateInput(input);
      try {
        return await sql.transaction(async (tx) => {
          const { rows } = await tx.query<DocumentRow>(
            `INSERT INTO documents (slug, format, source, targets) VALUES ($1, $2, $3, $4::text::jsonb) RETURNING ${COLUMNS}`,
            [input.slug, input.format, input.source, jsonParam(input.targets ?? [])],
          );
          const row = rows[0]!;
          await insertVersion(tx, row, input.actor);
          // No text in the audit entry: see audit.ts.
          await appendAudit(tx, {
            actor: input.actor,
            action: 'document.create',
            entity: 'document',
            entityId: row.id,
            details: {
              slug: row.slug,
              format: row.format,
              sourceVersion: row.source_version,
              targets: row.targets.join(','),
            },
          });
          return toDocument(row);
        });
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION && violatedConstraint(err) === 'documents_slug_key') {
          throw new StoreError('conflict', `a document with slug ${input.slug} exists already`, { cause: err });
        }
        throw err;
      }
    },

    async get(id) {
      if (!UUID.test(id)) return undefined;
      const { rows } = await sql.query<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id]);
      return rows[0] ? toDocument(rows[0]) : undefined;
    },

    async getBySlug(slug) {
      const { rows } = await sql.query<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE slug = $1`, [slug]);
      return rows[0] ? toDocument(rows[0]) : undefined;
    },

    async updateSource(id, source, actor) {
      if (!actor) throw new StoreError('invalid', 'actor is required');
      const notFound = (): StoreError => new StoreError('not_found', `no document ${id}`);
      if (!UUID.test(id)) throw notFound();
      return sql.transaction(async (tx) => {
        // The row lock this UPDATE takes orders concurrent saves of one document: each gets its own
        // version number.
        const { rows } = await tx.query<DocumentRow>(
          `UPDATE documents SET source = $2, source_version = source_version + 1, updated_at = now()
           WHERE id = $1 AND source IS DISTINCT FROM $2
           RETURNING ${COLUMNS}`,
          [id, source],
        );
        const row = rows[0];
        if (!row) {
          const current = await tx.query<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id]);
          if (!current.rows[0]) throw notFound();
          return toDocument(current.rows[0]);
        }
        await insertVersion(tx, row, actor);
        await appendAudit(tx, {
          actor,
          action: 'document.update_source',
          entity: 'document',
          entityId: row.id,
          details: { fromVersion: row.source_version - 1, sourceVersion: row.source_version },
        });
        return toDocument(row);
      });
    },

    async versions(id) {
      if (!UUID.test(id)) return [];
      const { rows } = await sql.query<VersionRow>(
        `SELECT document_id, version, source, created_by, created_at
         FROM document_versions WHERE document_id = $1 ORDER BY version`,
        [id],
      );
      return rows.map(toVersion);
    },

    async list({ limit = 100, offset = 0 } = {}) {
      const { rows } = await sql.query<DocumentRow>(
        `SELECT ${COLUMNS} FROM documents ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return rows.map(toDocument);
    },
  };
}

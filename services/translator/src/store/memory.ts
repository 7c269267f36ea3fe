// Translation memory: approved sentence pairs, found again by an exact match of the normalised
// source sentence. Pairs of a revoked approval are not returned.
import { createHash } from 'node:crypto';
import { StoreError } from './errors.js';
import type { SqlExecutor } from './sql-client.js';
import { sqlState } from './sql-client.js';

export interface MemoryEntryInput {
  /** BCP 47 tag of the source sentence, 'de' for now. */
  sourceLang: string;
  /** BCP 47 tag of the translation: 'de-x-ls', 'en', 'gsg', … */
  target: string;
  sourceText: string;
  targetText: string;
  /** The approval the pair comes from. */
  approvalId: string;
}

export interface MemoryEntry {
  id: string;
  sourceLang: string;
  target: string;
  sourceText: string;
  sourceHash: string;
  targetText: string;
  approvalId: string;
  createdAt: Date;
}

export interface TranslationMemoryRepository {
  /** Adds a pair; the same source sentence again for the same approval returns the stored pair. */
  add(entry: MemoryEntryInput): Promise<MemoryEntry>;
  /** Pairs whose normalised source equals that of `sourceText`, newest first. */
  lookupExact(target: string, sourceText: string, sourceLang?: string): Promise<MemoryEntry[]>;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The form a source sentence is matched in: Unicode NFC, soft hyphens and zero-width characters
 * removed, every run of white space (no-break spaces included) one space, no space at either end.
 * Case and punctuation stay: in German both carry meaning.
 */
export function normaliseSourceText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256, hex, of the normalised sentence. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(normaliseSourceText(text), 'utf8').digest('hex');
}

interface MemoryRow {
  id: string;
  source_lang: string;
  target: string;
  source_text: string;
  source_hash: string;
  target_text: string;
  approval_id: string;
  created_at: Date;
}

const COLUMNS = 'id, source_lang, target, source_text, source_hash, target_text, approval_id, created_at';
const QUALIFIED_COLUMNS = COLUMNS.split(', ')
  .map((column) => `tm.${column}`)
  .join(', ');

function toEntry(row: MemoryRow): MemoryEntry {
  return {
    id: row.id,
    sourceLang: row.source_lang,
    target: row.target,
    sourceText: row.source_text,
    sourceHash: row.source_hash,
    targetText: row.target_text,
    approvalId: row.approval_id,
    createdAt: row.created_at,
  };
}

export function memoryRepository(sql: SqlExecutor): TranslationMemoryRepository {
  return {
    async add(entry) {
      if (!LANGUAGE_TAG.test(entry.sourceLang) || !LANGUAGE_TAG.test(entry.target)) {
        throw new StoreError('invalid', 'sourceLang and target must be BCP 47 language tags');
      }
      if (!UUID.test(entry.approvalId)) throw new StoreError('invalid', 'approvalId must be a uuid');
      const hash = sourceHash(entry.sourceText);
      try {
        const inserted = await sql.query<MemoryRow>(
          `INSERT INTO translation_memory (source_lang, target, source_text, source_hash, target_text, approval_id)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (approval_id, target, source_hash) DO NOTHING
           RETURNING ${COLUMNS}`,
          [entry.sourceLang, entry.target, entry.sourceText, hash, entry.targetText, entry.approvalId],
        );
        if (inserted.rows[0]) return toEntry(inserted.rows[0]);
      } catch (err) {
        if (sqlState(err) === FOREIGN_KEY_VIOLATION) {
          throw new StoreError('invalid', `no approval ${entry.approvalId}`, { cause: err });
        }
        throw err;
      }
      const existing = await sql.query<MemoryRow>(
        `SELECT ${COLUMNS} FROM translation_memory WHERE approval_id = $1 AND target = $2 AND source_hash = $3`,
        [entry.approvalId, entry.target, hash],
      );
      return toEntry(existing.rows[0]!);
    },

    async lookupExact(target, sourceText, sourceLang) {
      const { rows } = await sql.query<MemoryRow>(
        `SELECT ${QUALIFIED_COLUMNS}
         FROM translation_memory tm
         JOIN approvals a ON a.id = tm.approval_id AND a.revoked_at IS NULL
         WHERE tm.target = $1 AND tm.source_hash = $2 AND ($3::text IS NULL OR tm.source_lang = $3::text)
         ORDER BY tm.created_at DESC, tm.id`,
        [target, sourceHash(sourceText), sourceLang ?? null],
      );
      return rows.map(toEntry);
    },
  };
}

// Translation memory: approved sentence pairs, found again by an exact match of the normalised
// source sentence, or as similar sentences (fuzzy matches) through the words they share. Pairs of a revoked
// approval are not returned.
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

export interface SimilarEntry extends MemoryEntry {
  /** 0..1: one minus the word-level edit distance over the longer sentence's length. */
  score: number;
}

export interface SimilarOptions {
  sourceLang?: string;
  /** Lowest score returned (default 0.7). */
  minScore?: number;
  /** Most entries returned, best first (default 3). */
  limit?: number;
}

export interface Recalled {
  exact?: MemoryEntry;
  similar?: SimilarEntry;
}

export interface TranslationMemoryRepository {
  /** Adds a pair; the same source sentence again for the same approval returns the stored pair. */
  add(entry: MemoryEntryInput): Promise<MemoryEntry>;
  /** Pairs whose normalised source equals that of `sourceText`, newest first. */
  lookupExact(target: string, sourceText: string, sourceLang?: string): Promise<MemoryEntry[]>;
  /** Pairs whose source is similar to `sourceText` but not the same sentence, best first. */
  lookupSimilar(target: string, sourceText: string, options?: SimilarOptions): Promise<SimilarEntry[]>;
  /**
   * For each sentence its newest exact match, or else its most similar approved sentence: two queries for all
   * sentences of a text, since every query to the embedded database costs the event loop a turn.
   */
  recall(target: string, sentences: readonly string[], options?: SimilarOptions): Promise<Recalled[]>;
  /** Indexes the words of pairs stored before fuzzy matching existed; returns how many it indexed. */
  indexMissingWords(): Promise<number>;
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

/** The words a sentence is found by: lower-case letters and digits, each once. */
export function memoryWords(text: string): string[] {
  return [
    ...new Set(
      normaliseSourceText(text)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    ),
  ];
}

/** The tokens two sentences are compared by: words and punctuation, case kept (it carries meaning in German). */
function comparisonTokens(text: string): string[] {
  return normaliseSourceText(text).match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** 1 − (word-level Levenshtein distance / length of the longer sentence). */
export function similarity(a: string, b: string): number {
  const x = comparisonTokens(a);
  const y = comparisonTokens(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[y.length]! / longest;
}

/** Candidates share at least this share of the query's words before they are compared token by token. */
const SHARED_WORDS = 0.5;
const CANDIDATES = 50;

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
        if (inserted.rows[0]) {
          await indexWords(sql, inserted.rows[0].id, entry.target, entry.sourceText);
          return toEntry(inserted.rows[0]);
        }
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
      return (await matches(sql, target, [sourceText], { sourceLang })).exact[0]!;
    },

    async lookupSimilar(target, sourceText, options = {}) {
      return (await matches(sql, target, [sourceText], options)).similar[0]!;
    },

    async recall(target, sentences, options = {}) {
      if (sentences.length === 0) return [];
      const { exact, similar } = await matches(sql, target, sentences, options);
      return sentences.map((_, i) => {
        const hit = exact[i]![0];
        const near = similar[i]![0];
        return hit ? { exact: hit } : near ? { similar: near } : {};
      });
    },

    async indexMissingWords() {
      const { rows } = await sql.query<{ id: string; target: string; source_text: string }>(
        `SELECT id, target, source_text FROM translation_memory tm
         WHERE NOT EXISTS (SELECT 1 FROM translation_memory_words w WHERE w.memory_id = tm.id)`,
      );
      for (const row of rows) await indexWords(sql, row.id, row.target, row.source_text);
      return rows.length;
    },
  };
}

async function indexWords(sql: SqlExecutor, memoryId: string, target: string, sourceText: string): Promise<void> {
  const words = memoryWords(sourceText);
  if (words.length === 0) return;
  await sql.query(
    `INSERT INTO translation_memory_words (memory_id, target, word)
     SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
    [memoryId, target, words],
  );
}

/**
 * Exact matches of each sentence (newest first), and similar approved sentences (best first), in one query: per
 * sentence, the pairs that share at least half its words (the best-sharing ones first) are candidates, and the
 * word-level similarity is computed here. One round trip matters: the embedded database answers on the event loop.
 */
async function matches(
  sql: SqlExecutor,
  target: string,
  sentences: readonly string[],
  options: SimilarOptions,
): Promise<{ exact: MemoryEntry[][]; similar: SimilarEntry[][] }> {
  const hashes = sentences.map(sourceHash);
  const words = sentences.map(memoryWords);
  const index = words.flatMap((ws, i) => ws.map(() => i));
  const { rows } = await sql.query<MemoryRow & { kind: 'exact' | 'similar'; sentence: number | null }>(
    `WITH q AS (SELECT * FROM unnest($2::int[], $3::text[]) AS q(sentence, word)),
          need AS (SELECT sentence, count(*) AS n FROM q GROUP BY sentence),
          shared AS (SELECT q.sentence, w.memory_id, count(*) AS n FROM q
                     JOIN translation_memory_words w ON w.target = $1 AND w.word = q.word
                     GROUP BY q.sentence, w.memory_id),
          ranked AS (SELECT s.sentence, s.memory_id,
                            row_number() OVER (PARTITION BY s.sentence ORDER BY s.n DESC, s.memory_id) AS r
                     FROM shared s JOIN need ON need.sentence = s.sentence
                     WHERE s.n >= greatest(1, ceil(need.n * ${SHARED_WORDS}))),
          hits AS (SELECT 'exact' AS kind, NULL::int AS sentence, tm.id FROM translation_memory tm
                   WHERE tm.target = $1 AND tm.source_hash = ANY($5::text[])
                   UNION ALL
                   SELECT 'similar', ranked.sentence, ranked.memory_id FROM ranked WHERE ranked.r <= ${CANDIDATES})
     SELECT hits.kind, hits.sentence, ${QUALIFIED_COLUMNS}
     FROM hits
     JOIN translation_memory tm ON tm.id = hits.id
     JOIN approvals a ON a.id = tm.approval_id AND a.revoked_at IS NULL
     WHERE ($4::text IS NULL OR tm.source_lang = $4::text)
     ORDER BY tm.created_at DESC, tm.id`,
    [target, index, words.flat(), options.sourceLang ?? null, [...new Set(hashes)]],
  );
  const minScore = options.minScore ?? 0.7;
  const exact = hashes.map((h) => rows.filter((r) => r.kind === 'exact' && r.source_hash === h).map(toEntry));
  const similar = sentences.map((sentence, i) => {
    const seen = new Set<string>();
    return rows
      .filter((row) => row.kind === 'similar' && Number(row.sentence) === i && row.source_hash !== hashes[i])
      .map((row) => ({ ...toEntry(row), score: similarity(sentence, row.source_text) }))
      .filter((e) => e.score >= minScore)
      .sort((a, b) => b.score - a.score)
      .filter((e) => !seen.has(e.targetText) && seen.add(e.targetText))
      .slice(0, options.limit ?? 3);
  });
  return { exact, similar };
}

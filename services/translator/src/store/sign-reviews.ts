// Signing reviewers' decisions on lexicon entries (see migration 0003). The entry is stored whole, so the
// service can lay the newest decision per gloss over the shipped lexicon without re-deriving anything.
import type { SignEntry } from '@bbs/protocol';
import { appendAudit } from './audit.js';
import type { SqlClient } from './sql-client.js';
import { jsonParam } from './sql-client.js';

export interface SignReview {
  id: number;
  gloss: string;
  action: 'approve' | 'correct';
  entry: SignEntry;
  reviewer: string;
  reviewedAt: Date;
}

export interface SignReviewRepository {
  record(input: { action: SignReview['action']; entry: SignEntry; reviewer: string }): Promise<SignReview>;
  /** The entry in force for every reviewed gloss. */
  current(): Promise<SignEntry[]>;
  /** One gloss's decisions, oldest first. */
  history(gloss: string): Promise<SignReview[]>;
}

interface Row {
  id: number | string;
  gloss: string;
  action: SignReview['action'];
  entry: SignEntry;
  reviewer: string;
  reviewed_at: Date;
}

const COLUMNS = 'id, gloss, action, entry, reviewer, reviewed_at';
const toReview = (r: Row): SignReview => ({
  id: Number(r.id),
  gloss: r.gloss,
  action: r.action,
  entry: r.entry,
  reviewer: r.reviewer,
  reviewedAt: r.reviewed_at,
});

export function signReviewRepository(sql: SqlClient): SignReviewRepository {
  return {
    async record({ action, entry, reviewer }) {
      return sql.transaction(async (tx) => {
        const { rows } = await tx.query<Row>(
          `INSERT INTO sign_reviews (gloss, action, entry, reviewer) VALUES ($1, $2, $3::text::jsonb, $4)
           RETURNING ${COLUMNS}`,
          [entry.id, action, jsonParam(entry), reviewer],
        );
        const review = toReview(rows[0]!);
        await appendAudit(tx, {
          actor: reviewer,
          action: `sign.${action}`,
          entity: 'sign',
          entityId: entry.id,
          details: { reviewId: review.id, status: entry.review.status },
        });
        return review;
      });
    },

    async current() {
      const { rows } = await sql.query<Row>(
        `SELECT DISTINCT ON (gloss) ${COLUMNS} FROM sign_reviews ORDER BY gloss, id DESC`,
      );
      return rows.map((r) => r.entry);
    },

    async history(gloss) {
      const { rows } = await sql.query<Row>(`SELECT ${COLUMNS} FROM sign_reviews WHERE gloss = $1 ORDER BY id`, [
        gloss,
      ]);
      return rows.map(toReview);
    },
  };
}

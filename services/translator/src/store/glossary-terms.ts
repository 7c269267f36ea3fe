// Editors' changes to the glossary of hard words (see migration 0007). A term is stored whole, so the service can
// lay the newest change per term over the shipped file without re-deriving anything; a removal is a row too.
import type { GlossaryTerm } from '@bbs/protocol';
import { appendAudit } from './audit.js';
import type { SqlClient } from './sql-client.js';
import { jsonParam } from './sql-client.js';

export interface GlossaryChange {
  id: number;
  /** The term folded (lower case, no hyphens): one key per term whatever its spelling. */
  key: string;
  action: 'set' | 'remove';
  /** The term as it stands after a `set`. */
  entry?: GlossaryTerm;
  editor: string;
  changedAt: Date;
}

export interface GlossaryTermRepository {
  record(input: {
    key: string;
    action: GlossaryChange['action'];
    entry?: GlossaryTerm;
    editor: string;
  }): Promise<GlossaryChange>;
  /** The newest change of every changed term. */
  current(): Promise<GlossaryChange[]>;
  /** One term's changes, oldest first. */
  history(key: string): Promise<GlossaryChange[]>;
}

interface Row {
  id: number | string;
  term_key: string;
  action: GlossaryChange['action'];
  entry: GlossaryTerm | null;
  editor: string;
  changed_at: Date;
}

const COLUMNS = 'id, term_key, action, entry, editor, changed_at';
const toChange = (r: Row): GlossaryChange => ({
  id: Number(r.id),
  key: r.term_key,
  action: r.action,
  ...(r.entry ? { entry: r.entry } : {}),
  editor: r.editor,
  changedAt: r.changed_at,
});

export function glossaryTermRepository(sql: SqlClient): GlossaryTermRepository {
  return {
    async record({ key, action, entry, editor }) {
      return sql.transaction(async (tx) => {
        const { rows } = await tx.query<Row>(
          `INSERT INTO glossary_terms (term_key, action, entry, editor) VALUES ($1, $2, $3::text::jsonb, $4)
           RETURNING ${COLUMNS}`,
          [key, action, entry ? jsonParam(entry) : null, editor],
        );
        const change = toChange(rows[0]!);
        await appendAudit(tx, {
          actor: editor,
          action: `glossary.${action}`,
          entity: 'glossary_term',
          entityId: key,
          details: { changeId: change.id, senses: entry?.senses.length ?? 0 },
        });
        return change;
      });
    },

    async current() {
      const { rows } = await sql.query<Row>(
        `SELECT DISTINCT ON (term_key) ${COLUMNS} FROM glossary_terms ORDER BY term_key, id DESC`,
      );
      return rows.map(toChange);
    },

    async history(key) {
      const { rows } = await sql.query<Row>(`SELECT ${COLUMNS} FROM glossary_terms WHERE term_key = $1 ORDER BY id`, [
        key,
      ]);
      return rows.map(toChange);
    },
  };
}

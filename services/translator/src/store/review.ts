// Proposals, edits and approvals: the store's half of "AI supports, a person decides". A proposal is
// what the machine made for one target of one source version; people edit its sentences; an approval
// freezes the edited sentences with who, when, which source version and which proposal, and feeds the
// translation memory. Every step is audited in the same transaction as the change it records.
import { createHash } from 'node:crypto';
import type { TermCheck } from '@bbs/language';
import type { GuardCheck, LsConcern, MemorySuggestion } from '@bbs/protocol';
import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import { memoryRepository } from './memory.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';
import { jsonParam } from './sql-client.js';

export interface ProposalSentence {
  source: string;
  output: string;
  /** `memory`, `rules` or `model:<id>`. */
  engine: string;
  confidence: number;
  /** A similar approved sentence from the translation memory, for the editor to take over or not. */
  memorySuggestion?: MemorySuggestion;
  /** Model translations: the municipal terms and whether the output kept them. */
  terms?: TermCheck[];
  /** Model translations into spoken languages: the guard's verdict (when it failed, `output` is the source). */
  guard?: GuardCheck;
  /** Leichte Sprache by the rules: what they could not make safe. */
  concerns?: LsConcern[];
}

export interface Proposal {
  id: string;
  documentId: string;
  target: string;
  sourceVersion: number;
  sentences: ProposalSentence[];
  createdAt: Date;
}

export interface SentenceEdit {
  id: string;
  proposalId: string;
  documentId: string;
  target: string;
  sentenceIndex: number;
  before: string;
  after: string;
  actor: string;
  at: Date;
}

/** What an approval freezes: each sentence as approved, and whether a person changed it. */
export interface ApprovedSentence {
  source: string;
  output: string;
  engine: string;
  edited: boolean;
}

/**
 * One state of a proposal as people saw it: the machine's sentences are revision 1 and every sentence edit
 * makes the next one. The content hash binds an approval to exactly the text the approver read.
 */
export interface Revision {
  number: number;
  /** sha256 (hex) of the proposal id, its source version and every sentence's current output. */
  contentHash: string;
}

/** What the caller saw; each given field must still hold, else the store refuses with 'stale'. */
export interface ExpectedRevision {
  revision?: number | undefined;
  contentHash?: string | undefined;
}

export interface Approval {
  id: string;
  documentId: string;
  target: string;
  proposalId: string;
  sourceVersion: number;
  /** The revision approved; null for approvals made before revisions were recorded. */
  revision: number | null;
  contentHash: string | null;
  sentences: ApprovedSentence[];
  approvedBy: string;
  approvedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
  revoked: boolean;
  /** The document's source has a newer version than the one approved. */
  outdated: boolean;
}

export interface ProposeInput {
  documentId: string;
  target: string;
  /** The source version the sentences were made from; refused when the document has moved on. */
  sourceVersion: number;
  sentences: readonly ProposalSentence[];
  actor: string;
}

export interface EditInput {
  documentId: string;
  target: string;
  /** The proposal the editor saw; refused when a newer one replaced it. */
  proposalId: string;
  /** The revision the editor started from, when the client sends it: a newer one is refused as 'stale'. */
  expected?: ExpectedRevision;
  edits: readonly { index: number; output: string }[];
  actor: string;
}

export interface ApproveInput {
  documentId: string;
  target: string;
  proposalId: string;
  /** The revision the approver read; any change since is refused as 'stale' and nothing is approved. */
  expected: ExpectedRevision;
  actor: string;
  /** The source language of the document, for the translation memory. */
  sourceLang: string;
}

export interface ReviewRepository {
  propose(input: ProposeInput): Promise<Proposal>;
  /** The newest proposal for the target, of whatever source version. */
  latestProposal(documentId: string, target: string): Promise<Proposal | undefined>;
  /** Records each changed sentence (unchanged ones are skipped); returns the edits made. */
  edit(input: EditInput): Promise<SentenceEdit[]>;
  /** A proposal's edits, oldest first. */
  edits(proposalId: string): Promise<SentenceEdit[]>;
  /** Every edit of a document, oldest first (history). */
  documentEdits(documentId: string): Promise<SentenceEdit[]>;
  /**
   * Approves the proposal as edited. It must be the target's newest proposal of the document's current source
   * version (else 'conflict') and still at the revision the approver read (else 'stale'); both name the
   * current proposal or revision in their details. A standing approval of the same version is revoked first.
   */
  approve(input: ApproveInput): Promise<Approval>;
  /** Revokes the target's standing approval of the current source version; 'not_found' without one. */
  revoke(input: { documentId: string; target: string; actor: string }): Promise<Approval>;
  /** A document's approvals, newest first; all targets unless one is named. */
  approvals(documentId: string, target?: string): Promise<Approval[]>;
}

/** The revision a proposal stands at after `edits` (all of its edits, oldest first). */
export function revisionOf(proposal: Proposal, edits: readonly SentenceEdit[]): Revision {
  const outputs = editedSentences(proposal, edits).map((s) => s.output);
  const contentHash = createHash('sha256')
    .update(JSON.stringify([proposal.id, proposal.sourceVersion, outputs]), 'utf8')
    .digest('hex');
  return { number: 1 + edits.length, contentHash };
}

/** Throws 'stale' unless the revision the caller expected is the current one. */
function assertRevision(current: Revision, expected: ExpectedRevision, proposalId: string): void {
  const revisionMoved = expected.revision !== undefined && expected.revision !== current.number;
  const contentMoved = expected.contentHash !== undefined && expected.contentHash !== current.contentHash;
  if (revisionMoved || contentMoved) {
    throw new StoreError('stale', 'the proposal changed since it was read; reload it and check the changes', {
      details: { proposalId, revision: current.number, contentHash: current.contentHash },
    });
  }
}

/** The proposal's sentences with each one's latest edit applied. */
export function editedSentences(proposal: Proposal, edits: readonly SentenceEdit[]): ApprovedSentence[] {
  const latest = new Map<number, string>();
  for (const edit of edits) latest.set(edit.sentenceIndex, edit.after);
  return proposal.sentences.map((s, i) => {
    const after = latest.get(i);
    return {
      source: s.source,
      output: after ?? s.output,
      engine: s.engine,
      edited: after !== undefined && after !== s.output,
    };
  });
}

interface ProposalRow {
  id: string;
  document_id: string;
  target: string;
  source_version: number;
  sentences: ProposalSentence[];
  created_at: Date;
}

interface EditRow {
  id: string;
  proposal_id: string;
  document_id: string;
  target: string;
  sentence_index: number;
  before: string;
  after: string;
  actor: string;
  at: Date;
}

interface ApprovalRow {
  id: string;
  document_id: string;
  target: string;
  proposal_id: string;
  source_version: number;
  content: { sentences: ApprovedSentence[] };
  revision: number | null;
  content_hash: string | null;
  approved_by: string;
  approved_at: Date;
  revoked_by: string | null;
  revoked_at: Date | null;
  revoked: boolean;
  outdated: boolean;
}

const PROPOSAL_COLUMNS = 'id, document_id, target, source_version, sentences, created_at';
const EDIT_COLUMNS = 'id, proposal_id, document_id, target, sentence_index, before, after, actor, at';
const APPROVAL_COLUMNS =
  'id, document_id, target, proposal_id, source_version, content, revision, content_hash, approved_by, approved_at, revoked_by, revoked_at, revoked, outdated';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id,
  documentId: r.document_id,
  target: r.target,
  sourceVersion: r.source_version,
  sentences: r.sentences,
  createdAt: r.created_at,
});

const toEdit = (r: EditRow): SentenceEdit => ({
  id: r.id,
  proposalId: r.proposal_id,
  documentId: r.document_id,
  target: r.target,
  sentenceIndex: r.sentence_index,
  before: r.before,
  after: r.after,
  actor: r.actor,
  at: r.at,
});

const toApproval = (r: ApprovalRow): Approval => ({
  id: r.id,
  documentId: r.document_id,
  target: r.target,
  proposalId: r.proposal_id,
  sourceVersion: r.source_version,
  sentences: r.content.sentences,
  revision: r.revision,
  contentHash: r.content_hash,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
  revokedBy: r.revoked_by,
  revokedAt: r.revoked_at,
  revoked: r.revoked,
  outdated: r.outdated,
});

/** Locks the document row for the rest of the transaction and returns its current source version. */
async function lockDocument(tx: SqlExecutor, documentId: string, mode: 'UPDATE' | 'SHARE'): Promise<number> {
  if (!UUID.test(documentId)) throw new StoreError('not_found', `no document ${documentId}`);
  const { rows } = await tx.query<{ source_version: number }>(
    `SELECT source_version FROM documents WHERE id = $1 FOR ${mode}`,
    [documentId],
  );
  if (!rows[0]) throw new StoreError('not_found', `no document ${documentId}`);
  return rows[0].source_version;
}

async function latestProposalOn(tx: SqlExecutor, documentId: string, target: string): Promise<Proposal | undefined> {
  if (!UUID.test(documentId)) return undefined;
  const { rows } = await tx.query<ProposalRow>(
    `SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE document_id = $1 AND target = $2
     ORDER BY source_version DESC, created_at DESC, id DESC LIMIT 1`,
    [documentId, target],
  );
  return rows[0] ? toProposal(rows[0]) : undefined;
}

async function editsOn(tx: SqlExecutor, proposalId: string): Promise<SentenceEdit[]> {
  if (!UUID.test(proposalId)) return [];
  const { rows } = await tx.query<EditRow>(`SELECT ${EDIT_COLUMNS} FROM edits WHERE proposal_id = $1 ORDER BY at, id`, [
    proposalId,
  ]);
  return rows.map(toEdit);
}

/**
 * The newest proposal of the target, which must be `proposalId` and made from `sourceVersion`, with its
 * edits; locked for the rest of the transaction.
 */
async function currentProposal(
  tx: SqlExecutor,
  input: { documentId: string; target: string; proposalId: string },
  sourceVersion: number,
): Promise<{ proposal: Proposal; edits: SentenceEdit[] }> {
  const latest = await latestProposalOn(tx, input.documentId, input.target);
  if (!latest) throw new StoreError('not_found', `no proposal for ${input.target}`);
  if (latest.id !== input.proposalId || latest.sourceVersion !== sourceVersion) {
    throw new StoreError('conflict', 'the proposal was replaced by a newer one; reload the document', {
      details: { proposalId: latest.id, sourceVersion: latest.sourceVersion },
    });
  }
  // Serialises edits and approvals of one proposal, so "the latest edit" is well defined.
  await tx.query('SELECT id FROM proposals WHERE id = $1 FOR UPDATE', [latest.id]);
  return { proposal: latest, edits: await editsOn(tx, latest.id) };
}

export function reviewRepository(sql: SqlClient): ReviewRepository {
  return {
    async propose(input) {
      return sql.transaction(async (tx) => {
        const version = await lockDocument(tx, input.documentId, 'SHARE');
        if (version !== input.sourceVersion) {
          throw new StoreError('conflict', 'the source changed while the proposal was being made');
        }
        const { rows } = await tx.query<ProposalRow>(
          `INSERT INTO proposals (document_id, target, source_version, sentences)
           VALUES ($1, $2, $3, $4::text::jsonb) RETURNING ${PROPOSAL_COLUMNS}`,
          [input.documentId, input.target, input.sourceVersion, jsonParam(input.sentences)],
        );
        const proposal = toProposal(rows[0]!);
        const engines = [...new Set(input.sentences.map((s) => s.engine))].sort().join(',');
        await appendAudit(tx, {
          actor: input.actor,
          action: 'proposal.create',
          entity: 'document',
          entityId: input.documentId,
          details: {
            proposalId: proposal.id,
            target: input.target,
            sourceVersion: input.sourceVersion,
            sentences: input.sentences.length,
            engines: engines.slice(0, 120),
          },
        });
        return proposal;
      });
    },

    latestProposal: (documentId, target) => latestProposalOn(sql, documentId, target),

    async edit(input) {
      if (!UUID.test(input.proposalId)) throw new StoreError('not_found', `no proposal ${input.proposalId}`);
      return sql.transaction(async (tx) => {
        const version = await lockDocument(tx, input.documentId, 'SHARE');
        const { proposal, edits } = await currentProposal(tx, input, version);
        if (input.expected) assertRevision(revisionOf(proposal, edits), input.expected, proposal.id);
        const current = editedSentences(proposal, edits).map((s) => s.output);
        const made: SentenceEdit[] = [];
        for (const { index, output } of input.edits) {
          if (!Number.isInteger(index) || index < 0 || index >= current.length) {
            throw new StoreError('invalid', `sentence ${index} does not exist; the proposal has ${current.length}`);
          }
          if (current[index] === output) continue;
          // clock_timestamp(), not now(): several edits in one transaction keep their order.
          const { rows } = await tx.query<EditRow>(
            `INSERT INTO edits (proposal_id, document_id, target, sentence_index, before, after, actor, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp()) RETURNING ${EDIT_COLUMNS}`,
            [proposal.id, input.documentId, input.target, index, current[index], output, input.actor],
          );
          const edit = toEdit(rows[0]!);
          current[index] = output;
          made.push(edit);
          await appendAudit(tx, {
            actor: input.actor,
            action: 'proposal.edit',
            entity: 'document',
            entityId: input.documentId,
            details: { proposalId: proposal.id, target: input.target, sentence: index, editId: edit.id },
          });
        }
        return made;
      });
    },

    edits: (proposalId) => editsOn(sql, proposalId),

    async documentEdits(documentId) {
      if (!UUID.test(documentId)) return [];
      const { rows } = await sql.query<EditRow>(
        `SELECT ${EDIT_COLUMNS} FROM edits WHERE document_id = $1 ORDER BY at, id`,
        [documentId],
      );
      return rows.map(toEdit);
    },

    async approve(input) {
      if (!UUID.test(input.proposalId)) throw new StoreError('not_found', `no proposal ${input.proposalId}`);
      return sql.transaction(async (tx) => {
        // FOR UPDATE: a source change waits for the approval (and the other way round).
        const version = await lockDocument(tx, input.documentId, 'UPDATE');
        const { proposal, edits } = await currentProposal(tx, input, version);
        const revision = revisionOf(proposal, edits);
        assertRevision(revision, input.expected, proposal.id);
        const sentences = editedSentences(proposal, edits);
        const superseded = await tx.query<{ id: string }>(
          `UPDATE approvals SET revoked_by = $4, revoked_at = now()
           WHERE document_id = $1 AND target = $2 AND source_version = $3 AND revoked_at IS NULL
           RETURNING id`,
          [input.documentId, input.target, version, input.actor],
        );
        for (const { id } of superseded.rows) {
          await appendAudit(tx, {
            actor: input.actor,
            action: 'approval.revoke',
            entity: 'document',
            entityId: input.documentId,
            details: { approvalId: id, target: input.target, reason: 'superseded' },
          });
        }
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO approvals
             (document_id, target, proposal_id, source_version, content, approved_by, revision, content_hash)
           VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8) RETURNING id`,
          [
            input.documentId,
            input.target,
            proposal.id,
            version,
            jsonParam({ sentences }),
            input.actor,
            revision.number,
            revision.contentHash,
          ],
        );
        const approvalId = inserted.rows[0]!.id;
        const memory = memoryRepository(tx);
        for (const s of sentences) {
          if (s.source.trim() === '' || s.output.trim() === '') continue;
          await memory.add({
            sourceLang: input.sourceLang,
            target: input.target,
            sourceText: s.source,
            targetText: s.output,
            approvalId,
          });
        }
        await appendAudit(tx, {
          actor: input.actor,
          action: 'approval.create',
          entity: 'document',
          entityId: input.documentId,
          details: {
            approvalId,
            proposalId: proposal.id,
            target: input.target,
            sourceVersion: version,
            revision: revision.number,
            contentHash: revision.contentHash,
            editedSentences: sentences.filter((s) => s.edited).length,
          },
        });
        const { rows } = await tx.query<ApprovalRow>(`SELECT ${APPROVAL_COLUMNS} FROM approval_states WHERE id = $1`, [
          approvalId,
        ]);
        return toApproval(rows[0]!);
      });
    },

    async revoke({ documentId, target, actor }) {
      return sql.transaction(async (tx) => {
        const version = await lockDocument(tx, documentId, 'UPDATE');
        const { rows } = await tx.query<{ id: string }>(
          `UPDATE approvals SET revoked_by = $4, revoked_at = now()
           WHERE document_id = $1 AND target = $2 AND source_version = $3 AND revoked_at IS NULL
           RETURNING id`,
          [documentId, target, version, actor],
        );
        const id = rows[0]?.id;
        if (!id) throw new StoreError('not_found', `no standing approval for ${target}`);
        await appendAudit(tx, {
          actor,
          action: 'approval.revoke',
          entity: 'document',
          entityId: documentId,
          details: { approvalId: id, target, reason: 'revoked' },
        });
        const state = await tx.query<ApprovalRow>(`SELECT ${APPROVAL_COLUMNS} FROM approval_states WHERE id = $1`, [
          id,
        ]);
        return toApproval(state.rows[0]!);
      });
    },

    async approvals(documentId, target) {
      if (!UUID.test(documentId)) return [];
      const { rows } = await sql.query<ApprovalRow>(
        `SELECT ${APPROVAL_COLUMNS} FROM approval_states
         WHERE document_id = $1 AND ($2::text IS NULL OR target = $2::text)
         ORDER BY approved_at DESC, id DESC`,
        [documentId, target ?? null],
      );
      return rows.map(toApproval);
    },
  };
}

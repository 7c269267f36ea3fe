// The editorial workflow between the HTTP routes and the store: documents get machine proposals for
// each of their targets, people edit and approve them, and the views say per target what is approved,
// what is machine-made and what is outdated.
import { DGS, GLOSS_TOKEN, languageInfo } from '@bbs/protocol';
import type {
  DocumentHistory,
  DocumentList,
  DocumentView,
  PublicDocument,
  PublicTarget,
  TargetState,
  Timeline,
} from '@bbs/protocol';
import { concatTimelines } from '@bbs/language';
import type { DgsEngine } from '../engines/dgs.js';
import { MACHINE_LABEL } from '../engines/translation-service.js';
import type { TranslationService } from '../engines/translation-service.js';
import { ApiError } from '../http/errors.js';
import type { Principal } from '../http/auth.js';
import type { Approval, Document, ExpectedRevision, Proposal, SentenceEdit, Store } from '../store/index.js';
import { editedSentences, revisionOf, StoreError } from '../store/index.js';

/** The label next to approved text: the public should know a person checked it. */
export const APPROVED_LABEL = 'von Menschen geprüft';

type ReviewStatus = TargetState['status'];

/**
 * Which roles may edit and approve a target: DGS needs a signing reviewer, texts an editor or reviewer. Edits
 * follow approvals: an editor who could change the glosses after a reviewer read them could publish signs
 * no signing person checked.
 */
export function approverRoles(target: string): Principal['role'][] {
  return target === DGS ? ['reviewer'] : ['editor', 'reviewer'];
}

const iso = (d: Date): string => d.toISOString();

function joinSentences(target: string, outputs: readonly string[]): string {
  // Leichte Sprache and glosses put one sentence per line; other targets read as running text.
  return outputs.join(target === 'de-x-ls' || target === DGS ? '\n' : ' ');
}

/** Maps store failures to API errors; the store's messages never quote text. */
function apiErrorOf(err: unknown): unknown {
  if (!(err instanceof StoreError)) return err;
  if (err.code === 'stale') return new ApiError('STALE_REVISION', { reason: err.message, current: err.details });
  if (err.code === 'conflict') return new ApiError('CONFLICT', { reason: err.message, current: err.details });
  if (err.code === 'not_found') return new ApiError('DOCUMENT_NOT_FOUND', { reason: err.message });
  return new ApiError('VALIDATION_FAILED', [{ path: '', message: err.message }]);
}

async function mapped<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw apiErrorOf(err);
  }
}

export class ReviewService {
  constructor(
    private readonly store: Store,
    private readonly translation: TranslationService,
    private readonly dgs: DgsEngine,
    /** The targets a document gets when the editor names none. */
    private readonly defaultTargets: () => string[],
  ) {}

  async create(
    input: { slug: string; source: string; format: 'text' | 'html'; targets?: string[] | undefined },
    actor: Principal,
  ): Promise<DocumentView> {
    const targets = [...new Set(input.targets ?? this.defaultTargets())];
    this.translation.assertTargets(targets);
    let doc: Document;
    try {
      doc = await this.store.documents.create({ ...input, targets, actor: actor.name });
    } catch (err) {
      if (err instanceof StoreError && err.code === 'conflict') throw new ApiError('SLUG_TAKEN', { slug: input.slug });
      throw apiErrorOf(err);
    }
    await this.proposeAll(doc, actor);
    return this.view(doc);
  }

  async get(id: string): Promise<Document> {
    const doc = await this.store.documents.get(id);
    if (!doc) throw new ApiError('DOCUMENT_NOT_FOUND');
    return doc;
  }

  async updateSource(id: string, source: string, actor: Principal): Promise<DocumentView> {
    const before = await this.get(id);
    const doc = await mapped(this.store.documents.updateSource(id, source, actor.name));
    if (doc.sourceVersion !== before.sourceVersion) await this.proposeAll(doc, actor);
    return this.view(doc);
  }

  async edit(
    id: string,
    target: string,
    input: ExpectedRevision & { proposalId: string; sentences: { index: number; output: string }[] },
    actor: Principal,
  ): Promise<TargetState> {
    const doc = await this.get(id);
    this.assertDocumentTarget(doc, target);
    this.assertMayReview(target, actor);
    const edits = input.sentences.map((s) => ({ index: s.index, output: s.output.trim() }));
    if (target === DGS) this.assertGlosses(edits);
    await mapped(
      this.store.review.edit({
        documentId: id,
        target,
        proposalId: input.proposalId,
        expected: { revision: input.revision, contentHash: input.contentHash },
        edits,
        actor: actor.name,
      }),
    );
    return this.targetState(doc, target);
  }

  /** Approves exactly the revision the approver read; anything changed since answers STALE_REVISION. */
  async approve(
    id: string,
    target: string,
    input: ExpectedRevision & { proposalId: string },
    actor: Principal,
  ): Promise<TargetState> {
    const doc = await this.get(id);
    this.assertDocumentTarget(doc, target);
    this.assertMayReview(target, actor);
    try {
      await this.store.review.approve({
        documentId: id,
        target,
        proposalId: input.proposalId,
        expected: { revision: input.revision, contentHash: input.contentHash },
        actor: actor.name,
        sourceLang: 'de',
      });
    } catch (err) {
      // A proposal replaced by a new source is as much "changed since you read it" as an edit.
      if (err instanceof StoreError && err.code === 'conflict') {
        throw new ApiError('STALE_REVISION', { reason: err.message, current: err.details });
      }
      throw apiErrorOf(err);
    }
    return this.targetState(await this.get(id), target);
  }

  async revoke(id: string, target: string, actor: Principal): Promise<TargetState> {
    const doc = await this.get(id);
    this.assertDocumentTarget(doc, target);
    this.assertMayReview(target, actor);
    await mapped(this.store.review.revoke({ documentId: id, target, actor: actor.name }));
    return this.targetState(doc, target);
  }

  async list(): Promise<DocumentList> {
    const docs = await this.store.documents.list({ limit: 500 });
    const documents = await Promise.all(
      docs.map(async (doc) => {
        const statuses = Object.fromEntries(
          await Promise.all(doc.targets.map(async (t) => [t, await this.status(doc, t)] as const)),
        );
        return {
          id: doc.id,
          slug: doc.slug,
          sourceVersion: doc.sourceVersion,
          updatedAt: iso(doc.updatedAt),
          targets: statuses,
          awaitingReview: doc.targets.filter((t) => statuses[t] !== 'approved'),
        };
      }),
    );
    return { documents };
  }

  async history(id: string): Promise<DocumentHistory> {
    const doc = await this.get(id);
    const [versions, edits, events] = await Promise.all([
      this.store.documents.versions(doc.id),
      this.store.review.documentEdits(doc.id),
      this.store.audit.list({ entity: 'document', entityId: doc.id, limit: 10_000 }),
    ]);
    return {
      versions: versions.map((v) => ({
        version: v.version,
        source: v.source,
        createdBy: v.createdBy,
        createdAt: iso(v.createdAt),
      })),
      edits: edits.map((e) => ({
        id: e.id,
        proposalId: e.proposalId,
        target: e.target,
        index: e.sentenceIndex,
        before: e.before,
        after: e.after,
        actor: e.actor,
        at: iso(e.at),
      })),
      events: events.map((e) => ({ at: iso(e.at), actor: e.actor, action: e.action, details: { ...e.details } })),
    };
  }

  async view(doc: Document): Promise<DocumentView> {
    const states = await Promise.all(doc.targets.map((t) => this.targetState(doc, t)));
    return {
      id: doc.id,
      slug: doc.slug,
      format: doc.format,
      source: doc.source,
      sourceVersion: doc.sourceVersion,
      createdAt: iso(doc.createdAt),
      updatedAt: iso(doc.updatedAt),
      targets: Object.fromEntries(states.map((s) => [s.target, s])),
    };
  }

  /** What the public may see of a page: per target whether it is approved, no text. */
  async publicDocument(slug: string): Promise<PublicDocument> {
    const doc = await this.store.documents.getBySlug(slug);
    if (!doc) throw new ApiError('DOCUMENT_NOT_FOUND');
    const entries = await Promise.all(
      doc.targets.map(async (t) => {
        const approval = await this.currentApproval(doc, t);
        const status: ReviewStatus = approval ? 'approved' : 'machine';
        return [
          t,
          {
            status,
            dir: languageInfo(t).dir,
            ...(approval ? { approvedAt: iso(approval.approvedAt) } : {}),
          },
        ] as const;
      }),
    );
    return { slug: doc.slug, sourceVersion: doc.sourceVersion, targets: Object.fromEntries(entries) };
  }

  /** The approved version of a page's target, or 404 NOT_APPROVED: public reads never get machine text. */
  async publicTarget(slug: string, target: string): Promise<{ body: PublicTarget; approvalId: string }> {
    const doc = await this.store.documents.getBySlug(slug);
    if (!doc) throw new ApiError('DOCUMENT_NOT_FOUND');
    const approval = doc.targets.includes(target) ? await this.currentApproval(doc, target) : undefined;
    if (!approval) throw new ApiError('NOT_APPROVED', { slug, target });
    const body: PublicTarget = {
      slug: doc.slug,
      target,
      dir: languageInfo(target).dir,
      format: doc.format,
      sourceVersion: approval.sourceVersion,
      text: joinSentences(
        target,
        approval.sentences.map((s) => s.output),
      ),
      sentences: approval.sentences.map((s) => ({ source: s.source, output: s.output })),
      review: { status: 'approved', approvedAt: iso(approval.approvedAt), label: APPROVED_LABEL },
      ...(doc.format === 'html' ? { html: this.approvedHtml(doc, target, approval) } : {}),
      ...(target === DGS ? { timeline: this.timelineOf(approval.sentences.map((s) => s.output)) } : {}),
    };
    return { body, approvalId: approval.id };
  }

  private timelineOf(glossLines: readonly string[]): Timeline {
    const lines = glossLines.map((l) => l.split(/\s+/).filter(Boolean)).filter((g) => g.length > 0);
    return concatTimelines(
      lines.map((glosses, i) => this.dgs.timeline(this.dgs.fromGlosses(glosses), 1, i === lines.length - 1)),
    );
  }

  private async proposeAll(doc: Document, actor: Principal): Promise<void> {
    for (const target of doc.targets) {
      const result = await this.translation.translate(doc.source, target, undefined, doc.format);
      try {
        await this.store.review.propose({
          documentId: doc.id,
          target,
          sourceVersion: doc.sourceVersion,
          sentences: result.sentences,
          actor: actor.name,
        });
      } catch (err) {
        // A newer source arrived meanwhile; its own save proposes for it.
        if (err instanceof StoreError && err.code === 'conflict') return;
        throw err;
      }
    }
  }

  private async currentApproval(doc: Document, target: string): Promise<Approval | undefined> {
    const approvals = await this.store.review.approvals(doc.id, target);
    return approvals.find((a) => !a.revoked && a.sourceVersion === doc.sourceVersion);
  }

  private async status(doc: Document, target: string): Promise<ReviewStatus> {
    const approvals = await this.store.review.approvals(doc.id, target);
    const standing = approvals.filter((a) => !a.revoked);
    if (standing.some((a) => a.sourceVersion === doc.sourceVersion)) return 'approved';
    return standing.length > 0 ? 'outdated' : 'machine';
  }

  private async targetState(doc: Document, target: string): Promise<TargetState> {
    const [proposal, approvals, status] = await Promise.all([
      this.store.review.latestProposal(doc.id, target),
      this.store.review.approvals(doc.id, target),
      this.status(doc, target),
    ]);
    const edits = proposal ? await this.store.review.edits(proposal.id) : [];
    const approved = approvals.find((a) => !a.revoked);
    return {
      target,
      dir: languageInfo(target).dir,
      status,
      label: status === 'approved' ? APPROVED_LABEL : MACHINE_LABEL,
      ...(proposal ? { proposal: this.proposalView(proposal, edits) } : {}),
      ...(approved
        ? {
            approved: {
              id: approved.id,
              proposalId: approved.proposalId,
              sourceVersion: approved.sourceVersion,
              ...(approved.revision !== null ? { revision: approved.revision } : {}),
              ...(approved.contentHash !== null ? { contentHash: approved.contentHash } : {}),
              approvedBy: approved.approvedBy,
              approvedAt: iso(approved.approvedAt),
              outdated: approved.outdated,
              revoked: approved.revoked,
              text: joinSentences(
                target,
                approved.sentences.map((s) => s.output),
              ),
              sentences: approved.sentences,
            },
          }
        : {}),
    };
  }

  private proposalView(proposal: Proposal, edits: readonly SentenceEdit[]) {
    const sentences = editedSentences(proposal, edits);
    const revision = revisionOf(proposal, edits);
    const lastEdit = new Map<number, SentenceEdit>();
    for (const e of edits) lastEdit.set(e.sentenceIndex, e);
    return {
      id: proposal.id,
      sourceVersion: proposal.sourceVersion,
      revision: revision.number,
      contentHash: revision.contentHash,
      createdAt: iso(proposal.createdAt),
      text: joinSentences(
        proposal.target,
        sentences.map((s) => s.output),
      ),
      sentences: sentences.map((s, index) => {
        const edit = lastEdit.get(index);
        return {
          index,
          source: s.source,
          output: s.output,
          engine: s.engine,
          confidence: proposal.sentences[index]?.confidence ?? 0,
          ...pick(proposal.sentences[index], 'memorySuggestion', 'terms', 'guard', 'concerns'),
          ...(edit ? { edited: { by: edit.actor, at: iso(edit.at) } } : {}),
          ...(proposal.target === DGS ? { signs: this.signsOf(s.output) } : {}),
        };
      }),
    };
  }

  private signsOf(glossLine: string) {
    const glosses = glossLine.split(/\s+/).filter(Boolean);
    if (glosses.length === 0) return [];
    return this.dgs.fromGlosses(glosses).glosses.map((g) => {
      const review = g.kind === 'lexical' ? this.dgs.signData.sign(g.gloss.replace(/\+$/, ''))?.review : undefined;
      return { gloss: g.gloss, kind: g.kind, ...(review ? { review: review.status } : {}) };
    });
  }

  private assertDocumentTarget(doc: Document, target: string): void {
    if (!doc.targets.includes(target)) {
      throw new ApiError('UNSUPPORTED_TARGET', { unsupported: [target], available: doc.targets });
    }
  }

  private assertMayReview(target: string, actor: Principal): void {
    const roles = approverRoles(target);
    if (actor.role !== 'admin' && !roles.includes(actor.role)) {
      throw new ApiError('FORBIDDEN', { role: actor.role, allowed: [...roles, 'admin'] });
    }
  }

  private assertGlosses(edits: readonly { index: number; output: string }[]): void {
    const problems = edits.flatMap((e) =>
      e.output
        .split(/\s+/)
        .filter((g) => g !== '' && !GLOSS_TOKEN.test(g))
        .slice(0, 5)
        .map(() => ({
          path: `sentences.${e.index}.output`,
          message: 'glosses are upper-case sign names, numbers, IX-…, POSS-… or FS-… separated by spaces',
        })),
    );
    if (problems.length > 0) throw new ApiError('VALIDATION_FAILED', problems.slice(0, 20));
  }

  /**
   * The page's markup with the approved sentences as its text, sanitised. Should the approved sentences no
   * longer fit the markup (split differently by an older version), the page gets them as plain paragraphs:
   * never unapproved text, never unsanitised markup.
   */
  private approvedHtml(doc: Document, target: string, approval: Approval): string {
    const html = this.translation.renderHtml(doc.source, target, approval.sentences);
    if (html !== undefined) return html;
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return approval.sentences.map((s) => `<p>${escape(s.output).replace(/\n/g, '<br>')}</p>`).join('\n');
  }
}

/** The named fields of `from` that are set (optional fields stay absent rather than undefined). */
function pick<T extends object, K extends keyof T>(from: T | undefined, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from?.[key] !== undefined) out[key] = from[key];
  return out;
}

export { hashToken, ROLES, TOKEN_PREFIX } from './api-keys.js';
export type { ApiKey, ApiKeyRepository, CreatedApiKey, NewApiKey, Role } from './api-keys.js';
export { normalisePairingCode, PAIRING_TTL_MS } from './screen-pairings.js';
export type { ScreenPairing, ScreenPairingRepository } from './screen-pairings.js';
export type {
  AuditDetails,
  AuditEntry,
  AuditEntryInput,
  AuditListQuery,
  AuditRepository,
  AuditValue,
} from './audit.js';
export type {
  CreateDocumentInput,
  Document,
  DocumentFormat,
  DocumentRepository,
  DocumentVersion,
} from './documents.js';
export { StoreError } from './errors.js';
export { StoreLockedError } from './lock.js';
export type {
  MemoryEntry,
  MemoryEntryInput,
  SimilarEntry,
  SimilarOptions,
  TranslationMemoryRepository,
} from './memory.js';
export { memoryWords, normaliseSourceText, similarity, sourceHash } from './memory.js';
export { loadMigrations, migrate } from './migrate.js';
export type { MigrateResult, Migration } from './migrate.js';
export type { QueryResult, SqlClient, SqlExecutor, StoreKind } from './sql-client.js';
export { createStore, openStore } from './store.js';
export type { Store, StoreOptions } from './store.js';
export { editedSentences, revisionOf } from './review.js';
export type {
  Approval,
  ApprovedSentence,
  ApproveInput,
  EditInput,
  ExpectedRevision,
  Proposal,
  ProposalSentence,
  ProposeInput,
  ReviewRepository,
  Revision,
  SentenceEdit,
} from './review.js';
export type { SignReview, SignReviewRepository } from './sign-reviews.js';
export type { GlossaryChange, GlossaryTermRepository } from './glossary-terms.js';
export type { DocumentVideo, ExpectedVideo, VideoMimeType, VideoRepository } from './videos.js';

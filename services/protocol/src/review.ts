import { z } from 'zod';
import {
  EngineIdSchema,
  GuardCheckSchema,
  LsConcernsSchema,
  MemorySuggestionSchema,
  ReviewStatusSchema,
  TermCheckSchema,
  TextSchema,
} from './http.js';
import { LanguageTagSchema } from './languages.js';
import { SignEntrySchema } from './lexicon.js';
import { ChannelSchema } from './stream.js';
import { TimelineSchema } from './timeline.js';

/** Documents, proposals, edits and approvals (the editorial review), and what the public may read. */

export const ROLE_NAMES = ['editor', 'reviewer', 'counter', 'screen', 'admin'] as const;
export const RoleSchema = z.enum(ROLE_NAMES).meta({
  description:
    '`editor` writes and approves texts, `reviewer` also edits and approves DGS, `counter` publishes to counter ' +
    'screens and pairs them, `screen` (a paired counter screen) may only subscribe to its one channel, `admin` ' +
    'may do all.',
});

/** sha256 (hex) of a proposal's content at one revision. */
export const ContentHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'sha256 in lower-case hex')
  .meta({ description: 'sha256 of the proposal as the person saw it (`proposal.contentHash`).' });

const RevisionNumberSchema = z
  .number()
  .int()
  .min(1)
  .meta({ description: 'The revision the person saw (`proposal.revision`): 1 is the machine proposal.' });

export const SlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters and digits, words joined by "-"')
  .meta({ description: 'The page the document belongs to, e.g. `personalausweis-beantragen`.', example: 'wohngeld' });

/** One gloss as an editor types it: upper-case sign names, numbers, IX-…, FS-… (fingerspelling). */
export const GLOSS_TOKEN = /^[A-ZÄÖÜ0-9][A-Za-zÄÖÜäöüß0-9+.,-]{0,63}$/;

export const CreateDocumentRequestSchema = z
  .object({
    slug: SlugSchema,
    source: TextSchema,
    format: z
      .enum(['text', 'html'])
      .default('text')
      .meta({
        description:
          '`html`: the text nodes are translated and the markup kept; the source is stored as sent, and what the ' +
          'public reads of it is sanitised (see `PublicTarget.html`).',
      }),
    targets: z
      .array(LanguageTagSchema)
      .min(1)
      .max(20)
      .optional()
      .meta({ description: 'Left out: every target this installation serves.' }),
  })
  .meta({ id: 'CreateDocumentRequest' });
export type CreateDocumentRequest = z.infer<typeof CreateDocumentRequestSchema>;

export const UpdateSourceRequestSchema = z.object({ source: TextSchema }).meta({ id: 'UpdateSourceRequest' });

export const EditTargetRequestSchema = z
  .object({
    proposalId: z.uuid().meta({ description: 'The proposal the editor saw; a newer one answers 409 `CONFLICT`.' }),
    revision: RevisionNumberSchema.optional().meta({
      description: 'The revision the editor started from; when sent, a newer one answers 409 `STALE_REVISION`.',
    }),
    contentHash: ContentHashSchema.optional(),
    sentences: z
      .array(
        z.object({
          index: z.number().int().min(0),
          output: z.string().max(5000).meta({ description: 'For `gsg`: glosses separated by spaces.' }),
        }),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: 'EditTargetRequest' });
export type EditTargetRequest = z.infer<typeof EditTargetRequestSchema>;

export const ApproveRequestSchema = z
  .object({
    proposalId: z.uuid(),
    revision: RevisionNumberSchema.optional(),
    contentHash: ContentHashSchema.optional(),
  })
  .refine((r) => r.revision !== undefined || r.contentHash !== undefined, {
    message: 'name the revision or the content hash you read',
    path: ['contentHash'],
  })
  .meta({
    id: 'ApproveRequest',
    description:
      'Approves the proposal exactly as the reviewer read it: `revision` and/or `contentHash` from the document ' +
      'view. If anything changed since (an edit, a new proposal), nothing is approved and the answer is 409 ' +
      '`STALE_REVISION` with the current revision in `details`.',
  });

const SignUseSchema = z.object({
  gloss: z.string(),
  kind: z.enum(['lexical', 'fingerspell', 'number', 'index', 'pause']),
  review: z
    .enum(['draft', 'approved'])
    .optional()
    .meta({ description: 'Review state of the lexicon sign; fingerspelling and numbers have none.' }),
});

export const ReviewSentenceSchema = z.object({
  index: z.number().int(),
  source: z.string(),
  output: z.string(),
  engine: EngineIdSchema,
  confidence: z.number().min(0).max(1),
  edited: z
    .object({ by: z.string(), at: z.string() })
    .optional()
    .meta({ description: 'The latest person who changed this sentence.' }),
  signs: z.array(SignUseSchema).optional().meta({ description: 'For `gsg`: the lexicon entries the glosses use.' }),
  memorySuggestion: MemorySuggestionSchema.optional(),
  terms: z.array(TermCheckSchema).optional(),
  guard: GuardCheckSchema.optional(),
  concerns: LsConcernsSchema.optional(),
});

export const ProposalViewSchema = z.object({
  id: z.uuid(),
  sourceVersion: z.number().int(),
  revision: z.number().int().min(1).meta({ description: '1 for the machine proposal, +1 for every sentence edit.' }),
  contentHash: ContentHashSchema.meta({ description: 'Send it back when approving.' }),
  createdAt: z.string(),
  text: z.string(),
  sentences: z.array(ReviewSentenceSchema),
});

export const ApprovalViewSchema = z.object({
  id: z.uuid(),
  proposalId: z.uuid(),
  sourceVersion: z.number().int(),
  revision: z.number().int().optional().meta({ description: 'The revision approved (missing for old approvals).' }),
  contentHash: ContentHashSchema.optional(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  outdated: z.boolean().meta({ description: 'The source changed after this approval; it stays readable.' }),
  revoked: z.boolean(),
  revokedBy: z.string().optional(),
  revokedAt: z.string().optional(),
  text: z.string(),
  sentences: z.array(z.object({ source: z.string(), output: z.string(), engine: z.string(), edited: z.boolean() })),
});

export const TargetStateSchema = z.object({
  target: LanguageTagSchema,
  dir: z.enum(['ltr', 'rtl']),
  status: ReviewStatusSchema,
  label: z.string().meta({ description: 'What the public sees next to this target’s text.' }),
  proposal: ProposalViewSchema.optional(),
  approved: ApprovalViewSchema.optional().meta({
    description: 'The newest approval that was not revoked, outdated or not.',
  }),
});
export type TargetState = z.infer<typeof TargetStateSchema>;

export const DocumentViewSchema = z
  .object({
    id: z.uuid(),
    slug: SlugSchema,
    format: z.enum(['text', 'html']),
    source: z.string(),
    sourceVersion: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    targets: z.record(z.string(), TargetStateSchema),
  })
  .meta({ id: 'Document' });
export type DocumentView = z.infer<typeof DocumentViewSchema>;

export const DocumentListSchema = z
  .object({
    documents: z.array(
      z.object({
        id: z.uuid(),
        slug: SlugSchema,
        sourceVersion: z.number().int(),
        updatedAt: z.string(),
        targets: z.record(z.string(), ReviewStatusSchema),
        awaitingReview: z.array(z.string()).meta({ description: 'Targets not approved for the current source.' }),
      }),
    ),
  })
  .meta({ id: 'DocumentList' });
export type DocumentList = z.infer<typeof DocumentListSchema>;

export const DocumentHistorySchema = z
  .object({
    versions: z.array(
      z.object({ version: z.number().int(), source: z.string(), createdBy: z.string(), createdAt: z.string() }),
    ),
    edits: z.array(
      z.object({
        id: z.uuid(),
        proposalId: z.uuid(),
        target: z.string(),
        index: z.number().int(),
        before: z.string(),
        after: z.string(),
        actor: z.string(),
        at: z.string(),
      }),
    ),
    events: z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string().meta({ example: 'approval.create' }),
        details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      }),
    ),
  })
  .meta({ id: 'DocumentHistory' });
export type DocumentHistory = z.infer<typeof DocumentHistorySchema>;

export const PublicDocumentSchema = z
  .object({
    slug: SlugSchema,
    sourceVersion: z.number().int(),
    targets: z.record(
      z.string(),
      z.object({ status: ReviewStatusSchema, dir: z.enum(['ltr', 'rtl']), approvedAt: z.string().optional() }),
    ),
  })
  .meta({ id: 'PublicDocument', description: 'Which targets of a page are approved; no text.' });
export type PublicDocument = z.infer<typeof PublicDocumentSchema>;

export const PublicTargetSchema = z
  .object({
    slug: SlugSchema,
    target: LanguageTagSchema,
    dir: z.enum(['ltr', 'rtl']),
    format: z.enum(['text', 'html']).meta({ description: 'The format of the document’s source.' }),
    sourceVersion: z.number().int(),
    text: z.string().meta({ description: 'The approved sentences as plain text, also for `html` documents.' }),
    html: z
      .string()
      .optional()
      .meta({
        description:
          'For `html` documents: the source’s markup with the approved sentences as its text, sanitised to ' +
          'text-level and structural elements (no script, event handlers, styles, frames or forms; links only ' +
          'http, https, mailto, tel or relative). Sentences always stand as text, never as markup.',
      }),
    sentences: z.array(z.object({ source: z.string(), output: z.string() })),
    review: z.object({
      status: z.literal('approved'),
      approvedAt: z.string(),
      label: z.string(),
    }),
    timeline: TimelineSchema.optional().meta({ description: 'For `gsg`: the approved glosses as one timeline.' }),
  })
  .meta({ id: 'PublicTarget', description: 'The approved version of one target; never machine output.' });
export type PublicTarget = z.infer<typeof PublicTargetSchema>;

export const CreateKeyRequestSchema = z
  .object({
    name: z
      .string()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u, '1–80 letters, digits, spaces or . _ @ -')
      .meta({ description: 'Who uses the key; shown as the actor in the audit log.', example: 'redaktion-anna' }),
    role: RoleSchema,
    channel: ChannelSchema.optional().meta({ description: 'Required for `screen` keys, and only for them.' }),
  })
  .refine((r) => (r.role === 'screen') === (r.channel !== undefined), {
    message: 'a screen key needs its channel; other keys have none',
    path: ['channel'],
  })
  .meta({ id: 'CreateKeyRequest' });

export const ApiKeyViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: RoleSchema,
  channel: z.string().optional(),
  createdAt: z.string(),
  revokedAt: z.string().optional(),
});

export const CreatedKeySchema = ApiKeyViewSchema.extend({
  token: z.string().meta({ description: 'Shown once. Send it as `Authorization: Bearer <token>`.' }),
}).meta({ id: 'CreatedKey' });

export const KeyListSchema = z.object({ keys: z.array(ApiKeyViewSchema) }).meta({ id: 'KeyList' });

export const SignCorrectionRequestSchema = z
  .object({
    entry: SignEntrySchema,
    approve: z
      .boolean()
      .default(false)
      .meta({ description: 'Approve the corrected form at once; otherwise it stays a draft.' }),
  })
  .meta({ id: 'SignCorrectionRequest' });

export const SignListSchema = z
  .object({ signs: z.array(SignEntrySchema) })
  .meta({ id: 'SignList', description: 'The lexicon in force: shipped entries with reviewers’ decisions laid over.' });

export const SignHistorySchema = z
  .object({
    reviews: z.array(
      z.object({
        action: z.enum(['approve', 'correct']),
        reviewer: z.string(),
        reviewedAt: z.string(),
        entry: SignEntrySchema,
      }),
    ),
  })
  .meta({ id: 'SignHistory' });

import type { ZodType } from 'zod';
import { createDocument } from 'zod-openapi';
import type { oas31, ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { AnalyzeRequestSchema, AnalyzeResponseSchema } from './analysis.js';
import {
  CreateScreenPairingRequestSchema,
  PairedScreenSchema,
  PairScreenRequestSchema,
  ScreenPairingSchema,
  StreamTicketSchema,
} from './counter.js';
import { ErrorBodySchema } from './errors.js';
import { SignEntrySchema } from './lexicon.js';
import { GlossaryHistorySchema, GlossaryListSchema, GlossaryTermSchema, GlossaryTermViewSchema } from './glossary.js';
import { LsCheckRequestSchema, LsCheckResponseSchema, LsRulesResponseSchema } from './leichte-sprache.js';
import {
  GlossRequestSchema,
  GlossResponseSchema,
  HealthResponseSchema,
  LanguagesResponseSchema,
  LtDetectRequestSchema,
  LtDetectResponseSchema,
  LtErrorSchema,
  LtLanguagesResponseSchema,
  LtTranslateRequestSchema,
  LtTranslateResponseSchema,
  ReadinessResponseSchema,
  SignRequestSchema,
  SignResponseSchema,
  TranslateRequestSchema,
  TranslateResponseSchema,
} from './http.js';
import {
  ApiKeyViewSchema,
  ApproveRequestSchema,
  CreateDocumentRequestSchema,
  CreatedKeySchema,
  CreateKeyRequestSchema,
  DocumentHistorySchema,
  DocumentListSchema,
  DocumentViewSchema,
  EditTargetRequestSchema,
  KeyListSchema,
  PublicDocumentSchema,
  PublicTargetSchema,
  SignCorrectionRequestSchema,
  SignHistorySchema,
  SignListSchema,
  TargetStateSchema,
  UpdateSourceRequestSchema,
} from './review.js';
import { SpeechMarksResponseSchema, SpeechRequestSchema, SpeechVoicesResponseSchema } from './speech.js';
import { STREAM_PATH, STREAM_TICKET_PARAM } from './stream.js';
import { videoPaths } from './openapi-video.js';
import { z } from 'zod';

const json = (schema: ZodType) => ({ content: { 'application/json': { schema } } });

const errorResponses = (...statuses: number[]): ZodOpenApiResponsesObject => {
  const descriptions: Record<number, string> = {
    400: 'Malformed JSON (`MALFORMED_JSON`), wrong shape (`VALIDATION_FAILED`) or unknown target (`UNSUPPORTED_TARGET`).',
    401: 'No valid key (`UNAUTHORIZED`): send `Authorization: Bearer <token>`.',
    403: 'The key’s role may not do this (`FORBIDDEN`).',
    404: 'No such document (`DOCUMENT_NOT_FOUND`), or no approved version (`NOT_APPROVED`).',
    409:
      'A newer proposal or source replaced what the request names (`CONFLICT`), the proposal changed after the ' +
      'reviewer read it (`STALE_REVISION`, nothing approved; `details` names the current `revision` and ' +
      '`contentHash`), or the slug is taken (`SLUG_TAKEN`).',
    413: 'Body over the size limit (`PAYLOAD_TOO_LARGE`).',
    415: 'Not JSON (`UNSUPPORTED_MEDIA_TYPE`).',
    429: 'Rate limit reached (`RATE_LIMITED`); see the `RateLimit` headers.',
    500: 'Internal error (`INTERNAL`); never a stack trace.',
    502: 'An engine failed (`ENGINE_FAILED`).',
    503: 'Not ready or shutting down (`NOT_READY`, `SHUTTING_DOWN`).',
  };
  return Object.fromEntries(
    statuses.map((s) => [String(s), { description: descriptions[s] ?? 'Error', ...json(ErrorBodySchema) }]),
  );
};

const ltErrors = (): ZodOpenApiResponsesObject => ({
  '400': { description: 'Invalid request (LibreTranslate error shape).', ...json(LtErrorSchema) },
  '429': { description: 'Slow down (LibreTranslate error shape).', ...json(LtErrorSchema) },
});

const op = (o: ZodOpenApiOperationObject): ZodOpenApiOperationObject => o;

const bearer = [{ bearer: [] }];
const idParam = z.object({ id: z.uuid() });
const targetParams = z.object({ id: z.uuid(), target: z.string().meta({ example: 'de-x-ls' }) });

/** The editorial review and its public face (DESIGN §3, documents and review). */
function reviewPaths() {
  return {
    '/v1/documents': {
      get: op({
        tags: ['review'],
        summary: 'Documents, newest change first, with each target’s review status',
        security: bearer,
        responses: {
          '200': { description: 'The queue', ...json(DocumentListSchema) },
          ...errorResponses(401, 403, 429),
        },
      }),
      post: op({
        tags: ['review'],
        summary: 'Create a document (role editor); every target gets a machine proposal',
        security: bearer,
        requestBody: { required: true, ...json(CreateDocumentRequestSchema) },
        responses: {
          '201': { description: 'The document with its proposals', ...json(DocumentViewSchema) },
          ...errorResponses(400, 401, 403, 409, 413, 429),
        },
      }),
    },
    '/v1/documents/{id}': {
      get: op({
        tags: ['review'],
        summary: 'A document with, per target, its proposal (edits applied), approval and status',
        security: bearer,
        requestParams: { path: idParam },
        responses: {
          '200': { description: 'The document', ...json(DocumentViewSchema) },
          ...errorResponses(401, 403, 404, 429),
        },
      }),
      put: op({
        tags: ['review'],
        summary: 'Save a new source version (role editor): approvals become outdated, targets are proposed anew',
        security: bearer,
        requestParams: { path: idParam },
        requestBody: { required: true, ...json(UpdateSourceRequestSchema) },
        responses: {
          '200': { description: 'The document', ...json(DocumentViewSchema) },
          ...errorResponses(400, 401, 403, 404, 413, 429),
        },
      }),
    },
    '/v1/documents/{id}/history': {
      get: op({
        tags: ['review'],
        summary: 'Source versions, sentence edits (before/after) and the audit events of a document',
        security: bearer,
        requestParams: { path: idParam },
        responses: {
          '200': { description: 'History, oldest first', ...json(DocumentHistorySchema) },
          ...errorResponses(401, 403, 404, 429),
        },
      }),
    },
    '/v1/documents/{id}/targets/{target}': {
      put: op({
        tags: ['review'],
        summary: 'Edit sentences of the current proposal (roles editor, reviewer; `gsg` only reviewer)',
        description:
          'Each changed sentence makes a new revision. Send the `revision` or `contentHash` you started from ' +
          'to be told (409 `STALE_REVISION`) instead of overwriting someone else’s edit.',
        security: bearer,
        requestParams: { path: targetParams },
        requestBody: { required: true, ...json(EditTargetRequestSchema) },
        responses: {
          '200': { description: 'The target after the edit', ...json(TargetStateSchema) },
          ...errorResponses(400, 401, 403, 404, 409, 429),
        },
      }),
    },
    '/v1/documents/{id}/targets/{target}/approve': {
      post: op({
        tags: ['review'],
        summary: 'Approve the proposal as edited (editor or reviewer; `gsg` needs a reviewer)',
        description:
          'Approves exactly the revision the reviewer read: the request names it (`revision` and/or ' +
          '`contentHash` from `proposal`), and if anything changed since, nothing is approved and the answer is ' +
          '409 `STALE_REVISION`. Records who, when, which source version, proposal and revision, and adds the ' +
          'sentence pairs to the translation memory.',
        security: bearer,
        requestParams: { path: targetParams },
        requestBody: { required: true, ...json(ApproveRequestSchema) },
        responses: {
          '200': { description: 'The approved target', ...json(TargetStateSchema) },
          ...errorResponses(400, 401, 403, 404, 409, 429),
        },
      }),
    },
    '/v1/documents/{id}/targets/{target}/revoke': {
      post: op({
        tags: ['review'],
        summary: 'Revoke the approval of the current source version',
        security: bearer,
        requestParams: { path: targetParams },
        responses: {
          '200': { description: 'The target after revoking', ...json(TargetStateSchema) },
          ...errorResponses(401, 403, 404, 429),
        },
      }),
    },
    '/v1/public/documents/{slug}': {
      get: op({
        tags: ['public'],
        summary: 'Which targets of a page are approved (no text, no key needed)',
        requestParams: { path: z.object({ slug: z.string() }) },
        responses: {
          '200': { description: 'Targets and their status', ...json(PublicDocumentSchema) },
          ...errorResponses(404, 429),
        },
      }),
    },
    '/v1/public/documents/{slug}/{target}': {
      get: op({
        tags: ['public'],
        summary: 'The approved version of one target of a page; 404 `NOT_APPROVED` otherwise',
        description: 'Sends an `ETag`; a matching `If-None-Match` gets 304. For `gsg` the timeline is included.',
        requestParams: { path: z.object({ slug: z.string(), target: z.string() }) },
        responses: {
          '200': { description: 'Approved content', ...json(PublicTargetSchema) },
          '304': { description: 'Not modified' },
          ...errorResponses(404, 429),
        },
      }),
    },
    '/v1/lexicon/signs': {
      get: op({
        tags: ['lexicon'],
        summary: 'The sign lexicon in force (shipped entries with reviewers’ decisions laid over)',
        responses: { '200': { description: 'Every sign', ...json(SignListSchema) } },
      }),
    },
    '/v1/lexicon/signs/{id}': {
      get: op({
        tags: ['lexicon'],
        summary: 'One sign',
        requestParams: { path: z.object({ id: z.string().meta({ example: 'ANTRAG' }) }) },
        responses: { '200': { description: 'The entry', ...json(SignEntrySchema) }, ...errorResponses(404) },
      }),
      put: op({
        tags: ['lexicon'],
        summary: 'Correct a sign’s parameters (role reviewer); optionally approve the corrected form',
        security: bearer,
        requestParams: { path: z.object({ id: z.string() }) },
        requestBody: { required: true, ...json(SignCorrectionRequestSchema) },
        responses: {
          '200': { description: 'The entry now in force', ...json(SignEntrySchema) },
          ...errorResponses(400, 401, 403, 404, 429),
        },
      }),
    },
    '/v1/lexicon/signs/{id}/approve': {
      post: op({
        tags: ['lexicon'],
        summary: 'Approve a draft sign (role reviewer): records reviewer name and date',
        security: bearer,
        requestParams: { path: z.object({ id: z.string() }) },
        responses: {
          '200': { description: 'The approved entry', ...json(SignEntrySchema) },
          ...errorResponses(401, 403, 404, 429),
        },
      }),
    },
    '/v1/lexicon/signs/{id}/history': {
      get: op({
        tags: ['lexicon'],
        summary: 'Reviewers’ decisions on a sign, oldest first',
        security: bearer,
        requestParams: { path: z.object({ id: z.string() }) },
        responses: {
          '200': { description: 'Decisions', ...json(SignHistorySchema) },
          ...errorResponses(401, 403, 404),
        },
      }),
    },
    '/v1/glossary': {
      get: op({
        tags: ['glossary'],
        summary: 'The glossary of hard words in force (the shipped file with editors’ changes laid over it)',
        responses: { '200': { description: 'Every term', ...json(GlossaryListSchema) } },
      }),
    },
    '/v1/glossary/{term}': {
      get: op({
        tags: ['glossary'],
        summary: 'One term with its senses',
        requestParams: { path: z.object({ term: z.string().meta({ example: 'Anmeldung' }) }) },
        responses: { '200': { description: 'The term', ...json(GlossaryTermViewSchema) }, ...errorResponses(404) },
      }),
      put: op({
        tags: ['glossary'],
        summary:
          'Add or correct a term (role editor or reviewer); every explanation must be Leichte Sprache without a hard-rule error',
        security: bearer,
        requestParams: { path: z.object({ term: z.string() }) },
        requestBody: { required: true, ...json(GlossaryTermSchema) },
        responses: {
          '200': { description: 'The term now in force', ...json(GlossaryTermViewSchema) },
          ...errorResponses(400, 401, 403, 404, 429),
        },
      }),
      delete: op({
        tags: ['glossary'],
        summary: 'Remove a term (role editor or reviewer): it is explained no more',
        security: bearer,
        requestParams: { path: z.object({ term: z.string() }) },
        responses: { '204': { description: 'Removed' }, ...errorResponses(401, 403, 404, 429) },
      }),
    },
    '/v1/glossary/{term}/history': {
      get: op({
        tags: ['glossary'],
        summary: 'Editors’ changes to a term, oldest first',
        security: bearer,
        requestParams: { path: z.object({ term: z.string() }) },
        responses: {
          '200': { description: 'Changes', ...json(GlossaryHistorySchema) },
          ...errorResponses(401, 403, 404),
        },
      }),
    },
    '/v1/admin/keys': {
      get: op({
        tags: ['admin'],
        summary: 'API keys (no tokens)',
        security: bearer,
        responses: { '200': { description: 'Keys', ...json(KeyListSchema) }, ...errorResponses(401, 403, 429) },
      }),
      post: op({
        tags: ['admin'],
        summary: 'Create an API key; its token is shown once and only its hash is kept',
        security: bearer,
        requestBody: { required: true, ...json(CreateKeyRequestSchema) },
        responses: {
          '201': { description: 'The key with its token', ...json(CreatedKeySchema) },
          ...errorResponses(400, 401, 403, 429),
        },
      }),
    },
    '/v1/stream/ticket': {
      post: op({
        tags: ['counter'],
        summary: 'A single-use ticket (30 s) to open the WebSocket as the key’s holder',
        description: 'Browsers cannot set headers on a WebSocket; a key in a URL would end up in proxy logs.',
        security: bearer,
        responses: {
          '201': { description: 'The ticket', ...json(StreamTicketSchema) },
          ...errorResponses(401, 429),
        },
      }),
    },
    '/v1/screens': {
      post: op({
        tags: ['counter'],
        summary: 'A pairing code for a counter screen of one channel (roles counter, admin)',
        description: 'Valid for 10 minutes and once. The screen that enters it gets a `screen` key for the channel.',
        security: bearer,
        requestBody: { required: true, ...json(CreateScreenPairingRequestSchema) },
        responses: {
          '201': { description: 'The code, shown once', ...json(ScreenPairingSchema) },
          ...errorResponses(400, 401, 403, 429),
        },
      }),
    },
    '/v1/screens/pair': {
      post: op({
        tags: ['counter'],
        summary: 'A counter screen enters its pairing code and gets its key (no key needed; strictly rate-limited)',
        requestBody: { required: true, ...json(PairScreenRequestSchema) },
        responses: {
          '201': { description: 'The screen’s key and channel', ...json(PairedScreenSchema) },
          '400': {
            description: 'Unknown, used or expired code (`PAIRING_CODE_INVALID`), or wrong shape',
            ...json(ErrorBodySchema),
          },
          ...errorResponses(429),
        },
      }),
    },
    '/v1/admin/keys/{id}': {
      delete: op({
        tags: ['admin'],
        summary: 'Revoke an API key',
        security: bearer,
        requestParams: { path: idParam },
        responses: {
          '200': { description: 'The revoked key', ...json(ApiKeyViewSchema) },
          ...errorResponses(401, 403, 404),
        },
      }),
    },
  };
}

/** The service's OpenAPI document, generated from the protocol's zod schemas. */
export function buildOpenApiDocument(version: string): oas31.OpenAPIObject {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Bürgerservice barrierefrei — Übersetzungsdienst',
      version,
      description:
        'Turns German municipal text into Leichte Sprache, other languages and DGS glosses on the city’s own ' +
        'servers. Machine output is labelled `machine` until a person approves it. Error messages are German; ' +
        'send `Accept-Language: en` for English. The WebSocket protocol of `' +
        STREAM_PATH +
        '` is described in docs/api/stream-messages.json.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    tags: [
      { name: 'translation', description: 'Text in, targets out.' },
      { name: 'operations', description: 'Health, readiness, metrics.' },
      { name: 'libretranslate', description: 'LibreTranslate-compatible face for existing CMS plugins.' },
      { name: 'review', description: 'Documents, proposals, edits and approvals (needs a key).' },
      { name: 'public', description: 'Approved content for city pages and the embed.' },
      { name: 'lexicon', description: 'The DGS sign lexicon and its review by signing reviewers.' },
      { name: 'glossary', description: 'Hard words that Leichte and Einfache Sprache explain, and editors’ changes.' },
      { name: 'counter', description: 'Counter screens: pairing and WebSocket tickets.' },
      { name: 'speech', description: 'Reading aloud on this server, with word timings for highlighting.' },
      { name: 'admin', description: 'API keys.' },
    ],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key token, or the ADMIN_TOKEN.' },
      },
    },
    paths: {
      '/v1/languages': {
        get: op({
          tags: ['translation'],
          summary: 'Targets that really work on this installation',
          responses: { '200': { description: 'Available targets', ...json(LanguagesResponseSchema) } },
        }),
      },
      '/v1/translate': {
        post: op({
          tags: ['translation'],
          summary: 'Translate German text into one or more targets',
          requestBody: { required: true, ...json(TranslateRequestSchema) },
          responses: {
            '200': { description: 'One result per target, sentence by sentence', ...json(TranslateResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500, 502, 503),
          },
        }),
      },
      '/v1/analyze': {
        post: op({
          tags: ['translation'],
          summary: 'German analysis: sentences, tokens (lemma, UPOS, features) and clauses',
          description:
            'Offsets are character offsets into the input. Clauses give their kind, verb complex, voice, negation ' +
            'and time/place phrases as token ranges.',
          requestBody: { required: true, ...json(AnalyzeRequestSchema) },
          responses: {
            '200': { description: 'The analysis', ...json(AnalyzeResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500, 503),
          },
        }),
      },
      '/v1/gloss': {
        post: op({
          tags: ['translation'],
          summary: 'German → DGS glosses, per sentence, with source spans and non-manual markers',
          description:
            'Rule translation with DGS grammar. Each gloss keeps its source span, kind and mouthing; signs from ' +
            '`draft` lexicon entries are marked `review: draft` (not verified DGS).',
          requestBody: { required: true, ...json(GlossRequestSchema) },
          responses: {
            '200': { description: 'Glosses per sentence', ...json(GlossResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500),
          },
        }),
      },
      '/v1/sign': {
        post: op({
          tags: ['translation'],
          summary: 'German text, glosses or SiGML → the sign timeline the avatar plays',
          description:
            'With `sigml`, each `hns_sign` of the document is read into a draft sign (HamNoSys symbol names) and ' +
            'played in order; a document that is not well-formed XML, declares entities, or holds a symbol that is ' +
            'no HamNoSys or cannot be expressed answers 400 `INVALID_SIGML` with `details` (`reason`, and where ' +
            'known `sign`, `symbol`, `position`, `line`).',
          requestBody: { required: true, ...json(SignRequestSchema) },
          responses: {
            '200': { description: 'Timeline for the whole text and per sentence', ...json(SignResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500),
          },
        }),
      },
      '/v1/speech': {
        post: op({
          tags: ['speech'],
          summary: 'Read a text aloud: a WAV made on this server (espeak-ng)',
          description:
            'German text is read with German numbers, dates, amounts and abbreviations (`15.04.2026` as ' +
            '„fünfzehnten April …“, `12,50 €` as „zwölf Euro fünfzig“); Leichte Sprache line by line with pauses. ' +
            'Cached per text, language and rate; `X-Speech-Duration` gives the length in seconds.',
          requestBody: { required: true, ...json(SpeechRequestSchema) },
          responses: {
            '200': {
              description: '16-bit mono PCM WAV',
              content: { 'audio/wav': { schema: z.string().meta({ format: 'binary' }) } },
            },
            '400': {
              description:
                'Empty or malformed (`VALIDATION_FAILED`), too long (`TEXT_TOO_LONG`), no voice for the language (`UNSUPPORTED_VOICE`)',
              ...json(ErrorBodySchema),
            },
            '503': {
              description: 'Reading aloud is turned off or espeak-ng is not installed (`SPEECH_UNAVAILABLE`)',
              ...json(ErrorBodySchema),
            },
            ...errorResponses(413, 415, 429, 500),
          },
        }),
      },
      '/v1/speech/marks': {
        post: op({
          tags: ['speech'],
          summary: 'When each word of the same request is spoken, for highlighting',
          description: 'Same request and errors as `POST /v1/speech`; both share one synthesis.',
          requestBody: { required: true, ...json(SpeechRequestSchema) },
          responses: {
            '200': { description: 'One mark per word, in reading order', ...json(SpeechMarksResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500, 503),
          },
        }),
      },
      '/v1/speech/voices': {
        get: op({
          tags: ['speech'],
          summary: 'Whether this server reads aloud, and in which languages',
          responses: { '200': { description: 'Voices', ...json(SpeechVoicesResponseSchema) } },
        }),
      },
      '/v1/leichte-sprache/check': {
        post: op({
          tags: ['translation'],
          summary: 'Check German text against the Leichte Sprache rules, with readability figures',
          description:
            'Findings carry the rule id, severity, character span, a plain-German message and a suggestion where ' +
            'one exists. The same checker runs in the browser for live checking.',
          requestBody: { required: true, ...json(LsCheckRequestSchema) },
          responses: {
            '200': { description: 'Findings and readability figures', ...json(LsCheckResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500),
          },
        }),
      },
      '/v1/leichte-sprache/rules': {
        get: op({
          tags: ['translation'],
          summary: 'The rule catalogue with severities per profile',
          responses: { '200': { description: 'Rules', ...json(LsRulesResponseSchema) } },
        }),
      },
      '/v1/openapi.json': {
        get: op({
          tags: ['operations'],
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document' } },
        }),
      },
      [STREAM_PATH]: {
        get: op({
          tags: ['translation'],
          summary: 'WebSocket stream (upgrade)',
          description:
            'Upgrade to a WebSocket. JSON messages with `type` and `id`; see docs/api/stream-messages.json. Close ' +
            'codes are 4000 + the HTTP status of the error (4400 bad input, 4429 flood, 4503 slow consumer). ' +
            'Translating and signing need no key. Publishing (roles counter, admin) and subscribing (a `screen` ' +
            'key for its own channel, or counter, admin) need one: apps send `Authorization: Bearer`, browsers ' +
            'connect with `?' +
            STREAM_TICKET_PARAM +
            '=` from `POST /v1/stream/ticket`. A key in the URL (`access_token`) is refused with 400 `TOKEN_IN_URL`.',
          requestParams: {
            query: z.object({
              [STREAM_TICKET_PARAM]: z.string().optional().meta({ description: 'A ticket from /v1/stream/ticket.' }),
            }),
          },
          responses: {
            '101': { description: 'Switching protocols' },
            '400': { description: 'A key in the URL (`TOKEN_IN_URL`)', ...json(ErrorBodySchema) },
            '401': { description: 'Unknown, used or expired ticket (`UNAUTHORIZED`)', ...json(ErrorBodySchema) },
            '426': { description: 'Upgrade required' },
          },
        }),
      },
      '/healthz': {
        get: op({
          tags: ['operations'],
          summary: 'Liveness',
          responses: { '200': { description: 'The process serves requests', ...json(HealthResponseSchema) } },
        }),
      },
      '/readyz': {
        get: op({
          tags: ['operations'],
          summary: 'Readiness: store open and models loaded',
          responses: {
            '200': { description: 'Ready', ...json(ReadinessResponseSchema) },
            '503': { description: 'Starting or failed; `checks` says which part', ...json(ReadinessResponseSchema) },
          },
        }),
      },
      '/metrics': {
        get: op({
          tags: ['operations'],
          summary: 'Prometheus metrics',
          responses: { '200': { description: 'Prometheus text exposition format' } },
        }),
      },
      '/translate': {
        post: op({
          tags: ['libretranslate'],
          summary: 'LibreTranslate: translate',
          requestBody: { required: true, ...json(LtTranslateRequestSchema) },
          responses: { '200': { description: 'Translated text', ...json(LtTranslateResponseSchema) }, ...ltErrors() },
        }),
      },
      '/languages': {
        get: op({
          tags: ['libretranslate'],
          summary: 'LibreTranslate: languages',
          responses: { '200': { description: 'Languages and their targets', ...json(LtLanguagesResponseSchema) } },
        }),
      },
      '/detect': {
        post: op({
          tags: ['libretranslate'],
          summary: 'LibreTranslate: detect the language of a text',
          requestBody: { required: true, ...json(LtDetectRequestSchema) },
          responses: {
            '200': { description: 'Candidates, best first', ...json(LtDetectResponseSchema) },
            ...ltErrors(),
          },
        }),
      },
      ...reviewPaths(),
      ...videoPaths(),
    },
  });
}

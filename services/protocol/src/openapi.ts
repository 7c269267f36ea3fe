import type { ZodType } from 'zod';
import { createDocument } from 'zod-openapi';
import type { oas31, ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { AnalyzeRequestSchema, AnalyzeResponseSchema } from './analysis.js';
import { ErrorBodySchema } from './errors.js';
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
import { STREAM_PATH } from './stream.js';

const json = (schema: ZodType) => ({ content: { 'application/json': { schema } } });

const errorResponses = (...statuses: number[]): ZodOpenApiResponsesObject => {
  const descriptions: Record<number, string> = {
    400: 'Malformed JSON (`MALFORMED_JSON`), wrong shape (`VALIDATION_FAILED`) or unknown target (`UNSUPPORTED_TARGET`).',
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
    ],
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
          summary: 'German text or glosses → the sign timeline the avatar plays',
          requestBody: { required: true, ...json(SignRequestSchema) },
          responses: {
            '200': { description: 'Timeline for the whole text and per sentence', ...json(SignResponseSchema) },
            ...errorResponses(400, 413, 415, 429, 500),
          },
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
            'codes are 4000 + the HTTP status of the error (4400 bad input, 4429 flood, 4503 slow consumer).',
          responses: {
            '101': { description: 'Switching protocols' },
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
    },
  });
}

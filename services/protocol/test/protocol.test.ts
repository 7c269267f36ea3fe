import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ClientMessageSchema,
  TranslateRequestSchema,
  apiDescriptionFiles,
  closeCodeFor,
  errorBody,
  errorCatalogue,
  errorCodes,
  languageInfo,
} from '../src/index.js';
import { nodeImportsIn } from '../../../tests/support/browser-safe.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

test('the committed API description is up to date (run `npm run openapi` after changing schemas)', () => {
  for (const [relative, content] of Object.entries(apiDescriptionFiles())) {
    expect({ file: relative, content: readFileSync(`${ROOT}/${relative}`, 'utf8') }).toEqual({
      file: relative,
      content,
    });
  }
});

test('the OpenAPI document describes the service routes and the one error shape', () => {
  const doc = JSON.parse(apiDescriptionFiles()['docs/api/openapi.json']!);
  expect(doc.openapi).toBe('3.1.0');
  for (const path of [
    '/v1/translate',
    '/v1/languages',
    '/healthz',
    '/readyz',
    '/metrics',
    '/translate',
    '/languages',
    '/detect',
  ]) {
    expect(doc.paths[path]).toBeDefined();
  }
  expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
});

test('every error has a German and English message and a 4xx/5xx status; close codes are 4000 + status', () => {
  for (const code of errorCodes) {
    const e = errorCatalogue[code];
    expect(e.status).toBeGreaterThanOrEqual(400);
    expect(e.de.length).toBeGreaterThan(5);
    expect(e.en.length).toBeGreaterThan(5);
  }
  expect(closeCodeFor('RATE_LIMITED')).toBe(4429);
  expect(closeCodeFor('SLOW_CONSUMER')).toBe(4503);
  expect(errorBody('NOT_FOUND', undefined, 'en')).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
});

test('requests are validated: defaults applied, bad tags and oversize text refused', () => {
  expect(TranslateRequestSchema.parse({ text: 'Hallo.', targets: ['en'] })).toEqual({
    text: 'Hallo.',
    source: 'de',
    targets: ['en'],
    format: 'text',
  });
  expect(TranslateRequestSchema.safeParse({ text: 'x', targets: ['not a tag'] }).success).toBe(false);
  expect(TranslateRequestSchema.safeParse({ text: 'x'.repeat(50_001), targets: ['en'] }).success).toBe(false);
  expect(ClientMessageSchema.safeParse({ type: 'subscribe', id: 'a', channel: 'Schalter 1' }).success).toBe(false);
  expect(ClientMessageSchema.safeParse({ type: 'sign', id: 'a', text: 'Hallo', speed: 3 }).success).toBe(false);
});

test('right-to-left languages are marked, known or not', () => {
  expect(languageInfo('ar').dir).toBe('rtl');
  expect(languageInfo('fa').dir).toBe('rtl');
  expect(languageInfo('ur-PK').dir).toBe('rtl');
  expect(languageInfo('en').dir).toBe('ltr');
});

test('the protocol package imports nothing from Node', () => {
  expect(nodeImportsIn(fileURLToPath(new URL('../src', import.meta.url)))).toEqual([]);
});

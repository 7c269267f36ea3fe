import { z } from 'zod';
import { buildOpenApiDocument } from './openapi.js';
import { ClientMessageSchema, ServerMessageSchema } from './stream.js';

/** The API version the documents carry; the URL prefix `/v1` versions the protocol itself. */
export const API_VERSION = '1.0.0';

/** The committed API description files, path relative to the repository root → content. */
export function apiDescriptionFiles(): Record<string, string> {
  const stream = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'WebSocket /v1/stream messages',
    client: z.toJSONSchema(ClientMessageSchema, { io: 'input' }),
    server: z.toJSONSchema(ServerMessageSchema, { io: 'output' }),
  };
  return {
    'docs/api/openapi.json': JSON.stringify(buildOpenApiDocument(API_VERSION), null, 2) + '\n',
    'docs/api/stream-messages.json': JSON.stringify(stream, null, 2) + '\n',
  };
}

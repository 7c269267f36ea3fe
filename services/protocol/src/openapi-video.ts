import type { ZodType } from 'zod';
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { ErrorBodySchema } from './errors.js';
import {
  ApproveVideoRequestSchema,
  CAPTIONS_TYPE,
  MAX_CAPTIONS_BYTES,
  PublicVideoSchema,
  VideoStateSchema,
} from './video.js';

/** The interpreter-video routes of the OpenAPI document (see openapi.ts). */

const json = (schema: ZodType) => ({ content: { 'application/json': { schema } } });
const binary = z.string().meta({ format: 'binary' });
const error = (description: string): ZodOpenApiResponseObject => ({ description, ...json(ErrorBodySchema) });
const op = (o: ZodOpenApiOperationObject): ZodOpenApiOperationObject => o;

const bearer = [{ bearer: [] }];
const idParam = z.object({ id: z.uuid() });
const slugParam = z.object({ slug: z.string() });
const rangeHeaders = z.object({
  range: z.string().optional().meta({ description: 'One byte range: `bytes=0-1023`, `bytes=1024-`, `bytes=-500`.' }),
  'if-range': z.string().optional().meta({ description: 'The `ETag` the client holds; another video gets 200.' }),
  'if-none-match': z.string().optional(),
});

const common = {
  '401': error('No valid key (`UNAUTHORIZED`).'),
  '403': error('The key’s role may not do this (`FORBIDDEN`).'),
  '429': error('Rate limit reached (`RATE_LIMITED`).'),
};
const noVideo = error('No such document (`DOCUMENT_NOT_FOUND`) or no video (`VIDEO_NOT_FOUND`).');
const stale = error(
  'A different video, other captions or a newer source than the request names (`STALE_REVISION`); ' +
    '`details.current` has the current `sha256`, `captionsSha256` and `sourceVersion`. Nothing changed.',
);

const media = (what: string, type: string): ZodOpenApiResponseObject => ({
  description:
    `${what}. Sends \`Accept-Ranges: bytes\`, an \`ETag\` (the sha256), \`X-Content-Type-Options: nosniff\`; a ` +
    'matching `If-None-Match` gets 304. Several ranges in one request are answered with the whole file.',
  content: { [type]: { schema: binary } },
});
const partial: ZodOpenApiResponseObject = {
  description: 'The requested range, with `Content-Range: bytes start-end/size`.',
  content: { 'video/mp4': { schema: binary }, 'video/webm': { schema: binary } },
};
const unsatisfiable = error(
  'The range lies outside the file (`RANGE_NOT_SATISFIABLE`), with `Content-Range: bytes */size`.',
);
const videoBody = {
  'video/mp4': { schema: binary },
  'video/webm': { schema: binary },
};

export function videoPaths(): ZodOpenApiPathsObject {
  return {
    '/v1/documents/{id}/video': {
      put: op({
        tags: ['review'],
        summary: 'Upload the interpreter’s DGS video of a document (role reviewer); replaces the one before',
        description:
          'The raw file as the body, `Content-Type: video/mp4` or `video/webm`, at most `VIDEO_MAX_BYTES` ' +
          '(default 50 MB). The type is checked by the file’s bytes: MP4 needs an `ftyp` box with a video brand ' +
          'and a `moov` box, WebM an EBML header with DocType `webm` and a Segment. A new video is unreviewed.',
        security: bearer,
        requestParams: { path: idParam },
        requestBody: { required: true, content: videoBody },
        responses: {
          '200': { description: 'The stored video', ...json(VideoStateSchema) },
          ...common,
          '404': error('No such document (`DOCUMENT_NOT_FOUND`).'),
          '413': error('Over `VIDEO_MAX_BYTES` (`PAYLOAD_TOO_LARGE`).'),
          '415': error(
            'Not an MP4 or WebM video, or the `Content-Type` disagrees with the bytes (`UNSUPPORTED_VIDEO`).',
          ),
        },
      }),
      get: op({
        tags: ['review'],
        summary: 'The document’s video for staff, approved or not (roles editor, reviewer)',
        security: bearer,
        requestParams: { path: idParam, header: rangeHeaders },
        responses: {
          '200': media('The whole video', 'video/*'),
          '206': partial,
          '304': { description: 'Not modified' },
          ...common,
          '404': noVideo,
          '416': unsatisfiable,
        },
      }),
      delete: op({
        tags: ['review'],
        summary: 'Delete the document’s video and its captions (role reviewer)',
        security: bearer,
        requestParams: { path: idParam },
        responses: { '204': { description: 'Deleted' }, ...common, '404': noVideo },
      }),
    },
    '/v1/documents/{id}/video/info': {
      get: op({
        tags: ['review'],
        summary: 'The document’s video: type, size, sha256, captions and review status (roles editor, reviewer)',
        security: bearer,
        requestParams: { path: idParam },
        responses: { '200': { description: 'The video', ...json(VideoStateSchema) }, ...common, '404': noVideo },
      }),
    },
    '/v1/documents/{id}/video/captions': {
      put: op({
        tags: ['review'],
        summary: 'Set the video’s German WebVTT captions (role reviewer); an approval must be given again',
        description:
          `\`Content-Type: ${CAPTIONS_TYPE}\`, UTF-8, at most ${MAX_CAPTIONS_BYTES / 1024} KB. The file starts with ` +
          '`WEBVTT`; every cue has a timing line; cue text is text: only the WebVTT tags `b`, `i`, `u`, `c`, `v`, ' +
          '`lang`, `ruby`, `rt` and timestamps, no HTML, no `STYLE` blocks. Send `If-Match: "<video sha256>"` to ' +
          'be told (409) when someone replaced the video meanwhile.',
        security: bearer,
        requestParams: {
          path: idParam,
          header: z.object({ 'if-match': z.string().optional().meta({ description: 'The video’s ETag.' }) }),
        },
        requestBody: { required: true, content: { [CAPTIONS_TYPE]: { schema: z.string() } } },
        responses: {
          '200': { description: 'The video with its captions', ...json(VideoStateSchema) },
          '400': error('Not valid WebVTT, not UTF-8 or not `text/vtt` (`INVALID_CAPTIONS`; `details.line`).'),
          ...common,
          '404': noVideo,
          '409': stale,
          '413': error('Over the size limit (`PAYLOAD_TOO_LARGE`).'),
        },
      }),
      get: op({
        tags: ['review'],
        summary: 'The video’s captions for staff',
        security: bearer,
        requestParams: { path: idParam },
        responses: {
          '200': { description: 'WebVTT', content: { [CAPTIONS_TYPE]: { schema: z.string() } } },
          ...common,
          '404': noVideo,
        },
      }),
    },
    '/v1/documents/{id}/video/approve': {
      post: op({
        tags: ['review'],
        summary: 'Approve the video and its captions as watched, for the current source version (role reviewer)',
        security: bearer,
        requestParams: { path: idParam },
        requestBody: { required: true, ...json(ApproveVideoRequestSchema) },
        responses: {
          '200': { description: 'The approved video', ...json(VideoStateSchema) },
          '400': error('Wrong shape (`VALIDATION_FAILED`).'),
          ...common,
          '404': noVideo,
          '409': stale,
        },
      }),
    },
    '/v1/documents/{id}/video/revoke': {
      post: op({
        tags: ['review'],
        summary: 'Withdraw the video’s approval (role reviewer): the public face stops serving it at once',
        security: bearer,
        requestParams: { path: idParam },
        responses: { '200': { description: 'The video', ...json(VideoStateSchema) }, ...common, '404': noVideo },
      }),
    },
    '/v1/public/documents/{slug}/video/info': {
      get: op({
        tags: ['public'],
        summary: 'Whether a page has an approved interpreter video for its current text, and where it is',
        requestParams: { path: slugParam },
        responses: {
          '200': { description: 'The approved video', ...json(PublicVideoSchema) },
          '404': error(
            'No such page (`DOCUMENT_NOT_FOUND`) or no approved video of its current text (`NOT_APPROVED`).',
          ),
          '429': common['429'],
        },
      }),
    },
    '/v1/public/documents/{slug}/video': {
      get: op({
        tags: ['public'],
        summary: 'The approved interpreter video of a page (no key); 404 `NOT_APPROVED` otherwise',
        requestParams: { path: slugParam, header: rangeHeaders },
        responses: {
          '200': media('The whole video', 'video/*'),
          '206': partial,
          '304': { description: 'Not modified' },
          '404': error(
            'No such page (`DOCUMENT_NOT_FOUND`) or no approved video of its current text (`NOT_APPROVED`).',
          ),
          '416': unsatisfiable,
          '429': common['429'],
        },
      }),
    },
    '/v1/public/documents/{slug}/video/captions': {
      get: op({
        tags: ['public'],
        summary: 'The approved video’s WebVTT captions (German)',
        requestParams: { path: slugParam },
        responses: {
          '200': { description: 'WebVTT', content: { [CAPTIONS_TYPE]: { schema: z.string() } } },
          '404': error('No approved video, or it has no captions (`NOT_APPROVED`).'),
          '429': common['429'],
        },
      }),
    },
  };
}

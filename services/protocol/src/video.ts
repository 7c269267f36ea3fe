import { z } from 'zod';

/** An interpreter's DGS video of a document: upload, review and what the public may play. */

export const VIDEO_TYPES = ['video/mp4', 'video/webm'] as const;
export const VideoTypeSchema = z.enum(VIDEO_TYPES);

export const CAPTIONS_TYPE = 'text/vtt';
/** Largest captions file; a WebVTT file of an hour of captions is well under 200 KB. */
export const MAX_CAPTIONS_BYTES = 512 * 1024;

/** The label next to a human video: who signs it, and that people checked it. */
export const VIDEO_LABEL = 'Gebärdensprach-Video (Dolmetscherin/Dolmetscher), von Menschen geprüft';

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 in lower-case hex');

export const VideoStatusSchema = z.enum(['unreviewed', 'approved', 'outdated', 'revoked']).meta({
  description:
    '`unreviewed`: nobody approved this video (or its captions changed since); `approved`: approved for the ' +
    'current source version, served to the public; `outdated`: approved for an older source version (approve ' +
    'again after checking it still fits); `revoked`: the approval was withdrawn.',
});
export type VideoStatus = z.infer<typeof VideoStatusSchema>;

export const VideoStateSchema = z
  .object({
    id: z.uuid().meta({ description: 'Changes with every upload.' }),
    documentId: z.uuid(),
    sourceVersion: z.number().int().meta({ description: 'The source version current when it was uploaded.' }),
    type: VideoTypeSchema,
    size: z.number().int().meta({ description: 'Bytes.' }),
    sha256: Sha256Schema.meta({ description: 'Name it when approving; also the `ETag` of the video.' }),
    uploadedBy: z.string(),
    uploadedAt: z.string(),
    captions: z
      .object({ sha256: Sha256Schema, size: z.number().int(), uploadedBy: z.string(), uploadedAt: z.string() })
      .optional(),
    status: VideoStatusSchema,
    approval: z
      .object({
        approvedBy: z.string(),
        approvedAt: z.string(),
        sourceVersion: z.number().int().meta({ description: 'The source version the approver checked it against.' }),
        revokedBy: z.string().optional(),
        revokedAt: z.string().optional(),
      })
      .optional(),
  })
  .meta({ id: 'VideoState', description: 'A document’s interpreter video, without its bytes.' });
export type VideoState = z.infer<typeof VideoStateSchema>;

export const ApproveVideoRequestSchema = z
  .object({
    sha256: Sha256Schema.meta({ description: 'The `sha256` of the video the reviewer watched.' }),
    captionsSha256: Sha256Schema.nullable()
      .default(null)
      .meta({ description: 'The `captions.sha256` the reviewer read; null or left out: there were none.' }),
    sourceVersion: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'The source version the reviewer compared the video with (the document’s current one).' }),
  })
  .meta({
    id: 'ApproveVideoRequest',
    description:
      'Approves exactly what the reviewer watched and read. A different video, other captions or a newer source ' +
      'answer 409 `STALE_REVISION` with the current `sha256`, `captionsSha256` and `sourceVersion` in ' +
      '`details.current`, and nothing is approved.',
  });
export type ApproveVideoRequest = z.infer<typeof ApproveVideoRequestSchema>;

export const PublicVideoSchema = z
  .object({
    slug: z.string(),
    type: VideoTypeSchema,
    size: z.number().int(),
    sha256: Sha256Schema,
    sourceVersion: z.number().int(),
    approvedAt: z.string(),
    label: z.string().meta({ example: VIDEO_LABEL }),
    url: z.string().meta({ description: 'The video, relative to the service: supports `Range`.' }),
    captionsUrl: z.string().optional().meta({ description: 'WebVTT captions (German), when there are any.' }),
  })
  .meta({ id: 'PublicVideo', description: 'The approved interpreter video of a page; never an unapproved one.' });
export type PublicVideo = z.infer<typeof PublicVideoSchema>;

import { z } from 'zod';
import { ErrorBodySchema } from './errors.js';
import { TargetResultSchema, TextSchema } from './http.js';
import { LanguageTagSchema } from './languages.js';
import { TimelineSchema } from './timeline.js';

/**
 * WebSocket protocol of `/v1/stream` (DESIGN §4). Every message is JSON with a `type`; client messages carry an
 * `id` of the client's choosing that the server echoes on everything it sends in answer.
 */
export const STREAM_PATH = '/v1/stream';
/**
 * Browsers cannot set headers on a WebSocket, and a key in a URL ends up in proxy logs, so they connect with
 * `?ticket=` from `POST /v1/stream/ticket`: short-lived and single-use. Apps may send `Authorization: Bearer`.
 */
export const STREAM_TICKET_PARAM = 'ticket';

const MessageIdSchema = z.string().min(1).max(64);
/** A counter channel, e.g. `schalter-1`: what one counter screen shows. */
export const ChannelSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash, underscore');

export const PingMessageSchema = z.object({ type: z.literal('ping'), id: MessageIdSchema });
export const TranslateMessageSchema = z.object({
  type: z.literal('translate'),
  id: MessageIdSchema,
  text: TextSchema,
  targets: z.array(LanguageTagSchema).min(1).max(20),
  format: z.enum(['text', 'html']).default('text'),
});
export const SignMessageSchema = z.object({
  type: z.literal('sign'),
  id: MessageIdSchema,
  text: TextSchema.optional(),
  glosses: z.array(z.string().min(1).max(64)).min(1).max(500).optional(),
  speed: z.number().min(0.5).max(1.5).default(1),
});
export const SubscribeMessageSchema = z.object({
  type: z.literal('subscribe'),
  id: MessageIdSchema,
  channel: ChannelSchema,
});
export const UnsubscribeMessageSchema = z.object({
  type: z.literal('unsubscribe'),
  id: MessageIdSchema,
  channel: ChannelSchema,
});
/** A counter console sends what the named counter screen shows. */
export const PublishMessageSchema = z.object({
  type: z.literal('publish'),
  id: MessageIdSchema,
  channel: ChannelSchema,
  payload: z.object({
    text: z.string().max(10_000),
    target: LanguageTagSchema.optional(),
  }),
});
export const CancelMessageSchema = z.object({ type: z.literal('cancel'), id: MessageIdSchema });

export const ClientMessageSchema = z
  .discriminatedUnion('type', [
    PingMessageSchema,
    TranslateMessageSchema,
    SignMessageSchema,
    SubscribeMessageSchema,
    UnsubscribeMessageSchema,
    PublishMessageSchema,
    CancelMessageSchema,
  ])
  .meta({ id: 'StreamClientMessage' });
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
export const clientMessageTypes = ClientMessageSchema.options.map((o) => o.shape.type.value);

export const ServerMessageSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('hello'), protocol: z.literal(1), maxPayload: z.number().int() }),
    z.object({ type: z.literal('pong'), id: MessageIdSchema }),
    z.object({ type: z.literal('result'), id: MessageIdSchema, target: z.string(), result: TargetResultSchema }),
    z.object({
      type: z.literal('timeline'),
      id: MessageIdSchema,
      sentence: z.number().int().min(0),
      timeline: TimelineSchema,
    }),
    z.object({ type: z.literal('subscribed'), id: MessageIdSchema, channel: ChannelSchema }),
    z.object({ type: z.literal('unsubscribed'), id: MessageIdSchema, channel: ChannelSchema }),
    z.object({
      type: z.literal('published'),
      id: MessageIdSchema,
      channel: ChannelSchema,
      receivers: z.number().int(),
    }),
    z.object({
      type: z.literal('message'),
      channel: ChannelSchema,
      payload: PublishMessageSchema.shape.payload,
      at: z.string(),
    }),
    z.object({ type: z.literal('done'), id: MessageIdSchema, cancelled: z.boolean().optional() }),
    z.object({ type: z.literal('error'), id: MessageIdSchema.optional() }).extend(ErrorBodySchema.shape),
  ])
  .meta({ id: 'StreamServerMessage' });
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

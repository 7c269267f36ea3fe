import { z } from 'zod';
import { ChannelSchema } from './stream.js';

/** Counter screens and WebSocket tickets: who may see what a counter screen shows. */

export const CreateScreenPairingRequestSchema = z
  .object({
    channel: ChannelSchema,
    name: z
      .string()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u, '1–80 letters, digits, spaces or . _ @ -')
      .optional()
      .meta({ description: 'The screen’s name in the audit log; left out: `bildschirm-<channel>`.' }),
  })
  .meta({ id: 'CreateScreenPairingRequest' });

export const ScreenPairingSchema = z
  .object({
    id: z.uuid(),
    channel: ChannelSchema,
    screenName: z.string(),
    code: z.string().meta({ description: 'Shown once; typed in on the screen. Single-use.', example: 'K7QM-4XPA' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'ScreenPairing' });
export type ScreenPairingView = z.infer<typeof ScreenPairingSchema>;

export const PairScreenRequestSchema = z.object({ code: z.string().min(1).max(32) }).meta({ id: 'PairScreenRequest' });

export const PairedScreenSchema = z
  .object({
    token: z
      .string()
      .meta({ description: 'The screen’s key (role `screen`): keep it on the screen, show it nowhere.' }),
    channel: ChannelSchema,
    name: z.string(),
  })
  .meta({ id: 'PairedScreen' });
export type PairedScreen = z.infer<typeof PairedScreenSchema>;

export const StreamTicketSchema = z
  .object({
    ticket: z.string().meta({ description: 'Connect to `/v1/stream?ticket=<ticket>` within `expiresAt`. Single-use.' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'StreamTicket' });
export type StreamTicket = z.infer<typeof StreamTicketSchema>;

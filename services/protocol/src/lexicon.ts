import { z } from 'zod';
import { MovementTypeSchema, NonManualTypeSchema } from './timeline.js';
import type { HandPosture, TimelineItem } from './timeline.js';

/**
 * The DGS sign lexicon (gloss-dictionary/): one entry per sign, avatar-independent, in the spirit of HamNoSys.
 * No open DGS lexicon exists, so every entry says who made it and whether a signing reviewer approved it;
 * drafts are never presented as verified DGS.
 */

const VERTICAL = ['up', 'down'] as const;
const HORIZONTAL = ['left', 'right'] as const;
const DEPTH = ['away', 'towards'] as const;

/**
 * The 26 directions of HamNoSys as combinations of up/down, left/right (from the signer's view) and
 * away/towards (the body): `up`, `left-away`, `down-right-towards`, …
 */
export const DIRECTIONS: readonly string[] = (() => {
  const result: string[] = [];
  for (const v of [...VERTICAL, '']) {
    for (const h of [...HORIZONTAL, '']) {
      for (const d of [...DEPTH, '']) {
        const name = [v, h, d].filter(Boolean).join('-');
        if (name) result.push(name);
      }
    }
  }
  return result;
})();
export const DirectionSchema = z
  .string()
  .refine((d) => DIRECTIONS.includes(d), { message: 'one of the 26 HamNoSys directions, e.g. up, left-away' });

export const BODY_SITES = [
  'neutral',
  'head-top',
  'forehead',
  'eyebrows',
  'eyes',
  'nose',
  'cheek',
  'ear',
  'mouth',
  'lips',
  'chin',
  'neck',
  'shoulder',
  'chest',
  'stomach',
  'belly',
  'hip',
  'upper-arm',
  'elbow',
  'forearm',
  'wrist',
  'palm',
  'back-of-hand',
  'fingers',
] as const;
export const BodySiteSchema = z.enum(BODY_SITES);

export const SignLocationSchema = z.object({
  site: BodySiteSchema.meta({ description: '`neutral` is the signing space in front of the chest.' }),
  side: z.enum(['dominant', 'centre', 'nondominant']).default('centre'),
  distance: z.enum(['contact', 'close', 'medium', 'far']).default('medium'),
  height: z
    .enum(['head', 'shoulder', 'chest', 'stomach'])
    .optional()
    .meta({ description: 'Height within the neutral space.' }),
});
export type SignLocation = z.infer<typeof SignLocationSchema>;

export const HandConfigurationSchema = z.object({
  handshape: z.string().min(1).meta({ description: 'Id of a handshape in gloss-dictionary/handshapes.' }),
  palm: DirectionSchema.meta({ description: 'Where the palm faces.' }),
  fingers: DirectionSchema.meta({ description: 'Extended-finger direction (where the fingers would point).' }),
  location: SignLocationSchema,
});
export type HandConfiguration = z.infer<typeof HandConfigurationSchema>;

export const SignMovementSchema = z.object({
  type: MovementTypeSchema,
  direction: DirectionSchema.optional(),
  size: z.enum(['small', 'medium', 'large']).default('medium'),
  repeat: z.number().int().min(1).max(4).default(1),
  plane: z.enum(['vertical', 'horizontal', 'sagittal']).optional(),
  end: SignLocationSchema.optional().meta({ description: 'Where a directed movement ends, when not implied.' }),
});
export type SignMovement = z.infer<typeof SignMovementSchema>;

export const ReviewSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('draft') }),
  z.object({
    status: z.literal('approved'),
    reviewer: z.string().min(2).meta({ description: 'The signing reviewer who checked the entry.' }),
    date: z.iso.date(),
  }),
]);

export const SignSourceSchema = z.object({
  kind: z.enum(['project', 'literature', 'community', 'derived']),
  by: z.string().min(2).meta({ description: 'Who made the entry.' }),
  reference: z.string().optional().meta({ description: 'Where the form was described, if anywhere.' }),
  note: z.string().optional(),
});

export const GLOSS_ID = /^[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9-]*$/;

export const SignEntrySchema = z
  .object({
    id: z.string().regex(GLOSS_ID, 'upper-case gloss: letters, digits, hyphen'),
    lemmas: z
      .array(
        z.object({
          lemma: z.string().min(1),
          sense: z.string().optional().meta({ description: 'Which meaning, where the lemma has several.' }),
          pos: z
            .enum(['NOUN', 'VERB', 'ADJ', 'ADV', 'PRON', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'INTJ', 'PART', 'DET'])
            .optional(),
        }),
      )
      .min(1),
    hands: z.enum(['one', 'two-symmetric', 'two-alternating', 'dominant-on-base']),
    dominant: HandConfigurationSchema,
    nondominant: HandConfigurationSchema.optional().meta({ description: 'Required unless `hands` is `one`.' }),
    movement: SignMovementSchema,
    mouthing: z.string().optional().meta({ description: 'The German word mouthed; defaults to the first lemma.' }),
    nonManuals: z.array(NonManualTypeSchema).default([]),
    duration: z.number().min(0.15).max(2).meta({ description: 'Nominal duration in seconds at speed 1.' }),
    source: SignSourceSchema,
    review: ReviewSchema,
    notes: z.string().optional(),
  })
  .refine((e) => e.hands === 'one' || e.nondominant !== undefined, {
    message: 'two-handed signs describe the non-dominant hand',
    path: ['nondominant'],
  })
  .meta({ id: 'SignEntry' });
export type SignEntry = z.infer<typeof SignEntrySchema>;
export type SignEntryInput = z.input<typeof SignEntrySchema>;

/**
 * A handshape as finger-joint flexion in degrees (0 = straight, positive = bent towards the palm) and
 * spread (abduction, positive = away from the middle finger). Any rig with Mixamo/VRM finger bones can
 * apply it: MCP → proximal, PIP → intermediate, DIP → distal.
 */
const FingerSchema = z.object({
  mcp: z.number().min(-45).max(120),
  pip: z.number().min(-30).max(130),
  dip: z.number().min(-30).max(100),
  spread: z.number().min(-40).max(40).default(0),
});
const ThumbSchema = z.object({
  cmcFlex: z.number().min(-60).max(90),
  cmcSpread: z.number().min(-60).max(90),
  mcp: z.number().min(-45).max(100),
  ip: z.number().min(-45).max(100),
});

export const HandshapeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string(),
    kind: z.enum(['base', 'alphabet', 'number', 'variant']),
    description: z.string().optional().meta({ description: 'HamNoSys-style description (base form, thumb, bends).' }),
    joints: z.object({
      thumb: ThumbSchema,
      index: FingerSchema,
      middle: FingerSchema,
      ring: FingerSchema,
      pinky: FingerSchema,
    }),
    source: SignSourceSchema,
  })
  .meta({ id: 'Handshape' });
export type Handshape = z.infer<typeof HandshapeSchema>;

/** The second hand of a two-handed symbol: in DGS the non-dominant hand holds the five of 6–10. */
export const ManualHandSchema = z.object({
  handshape: z.string(),
  palm: DirectionSchema,
  fingers: DirectionSchema,
  location: SignLocationSchema.optional().meta({
    description: "Where the second hand is; without it, the system's location on the signer's centre line.",
  }),
});
export type ManualHand = z.infer<typeof ManualHandSchema>;

/** A letter of the DGS manual alphabet, or a number sign: its handshape and orientation, with movement if it has one. */
export const ManualSymbolSchema = z.object({
  symbol: z.string().min(1).max(3),
  handshape: z.string(),
  palm: DirectionSchema,
  fingers: DirectionSchema,
  nondominant: ManualHandSchema.optional().meta({ description: 'The second hand, for two-handed symbols.' }),
  movement: SignMovementSchema.optional(),
  duration: z.number().min(0.1).max(1.5),
  review: ReviewSchema.optional().meta({ description: 'Whether a signing reviewer checked this symbol.' }),
  notes: z.string().optional().meta({ description: 'How the form was chosen, and from which description.' }),
});
export type ManualSymbol = z.infer<typeof ManualSymbolSchema>;

/**
 * How DGS builds a number sign from a digit's hand (its handshape and, for 6–9, the second hand): teens, tens,
 * doubled digits (22, 33 …), hundreds, thousands and ordinals differ from the digit by orientation and movement.
 */
export const NUMBER_FORMS = ['teen', 'ten', 'double', 'hundred', 'thousand', 'ordinal'] as const;
export type NumberForm = (typeof NUMBER_FORMS)[number];

export const NumberFormSchema = z
  .object({
    palm: DirectionSchema.optional().meta({
      description: 'The dominant palm, when the form turns the hand; a second hand mirrors it (left ↔ right).',
    }),
    fingers: DirectionSchema.optional(),
    movement: SignMovementSchema,
    duration: z.number().min(0.1).max(1.5),
    review: ReviewSchema.optional(),
    notes: z.string().optional(),
  })
  .meta({ id: 'NumberForm' });
export type NumberFormEntry = z.infer<typeof NumberFormSchema>;

export const ManualSystemSchema = z
  .object({
    kind: z.enum(['fingerspelling', 'numbers']),
    location: SignLocationSchema,
    symbols: z.array(ManualSymbolSchema).min(1),
    forms: z
      .object({
        teen: NumberFormSchema.optional().meta({ description: '13–19' }),
        ten: NumberFormSchema.optional().meta({ description: '20, 30 … 90' }),
        double: NumberFormSchema.optional().meta({ description: '22, 33 … 99' }),
        hundred: NumberFormSchema.optional().meta({ description: '100 … 900' }),
        thousand: NumberFormSchema.optional().meta({ description: '1000 … 9000' }),
        ordinal: NumberFormSchema.optional().meta({ description: '1. … 10.' }),
      } satisfies Record<NumberForm, unknown>)
      .optional()
      .meta({ description: 'Numbers only: how the number signs are made from the digit symbols (NUMBER_FORMS).' }),
    source: SignSourceSchema,
  })
  .meta({ id: 'ManualSystem' });
export type ManualSystem = z.infer<typeof ManualSystemSchema>;

/** A lexicon hand as a timeline places it: handshape, orientation and where, without the lexicon's extras. */
export function handPosture(h: HandConfiguration): HandPosture {
  return {
    handshape: h.handshape,
    palm: h.palm,
    fingers: h.fingers,
    location: {
      site: h.location.site,
      ...(h.location.side ? { side: h.location.side } : {}),
      ...(h.location.distance ? { distance: h.location.distance } : {}),
    },
  };
}

/**
 * A sign's hands and movement as a timeline item carries them. The timeline compiler and the gallery's preview
 * of a reviewer's correction both use it, so a correction is previewed exactly as it will be signed.
 */
export function signForm(entry: SignEntry, repeat: number): Pick<TimelineItem, 'hands' | 'movement'> {
  return {
    hands: {
      dominant: handPosture(entry.dominant),
      ...(entry.nondominant ? { nondominant: handPosture(entry.nondominant) } : {}),
    },
    movement: {
      type: entry.movement.type,
      ...(entry.movement.direction ? { direction: entry.movement.direction } : {}),
      size: entry.movement.size,
      repeat,
      ...(entry.movement.plane ? { plane: entry.movement.plane } : {}),
    },
  };
}

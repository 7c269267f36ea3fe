import { z } from 'zod';

/** Gloss kinds (DESIGN §5): what a gloss is made of decides how the avatar signs it. */
export const GlossKindSchema = z.enum(['lexical', 'fingerspell', 'number', 'index', 'pause']);
export type GlossKind = z.infer<typeof GlossKindSchema>;

export const NonManualTypeSchema = z.enum([
  'headshake',
  'nod',
  'brows-raised',
  'brows-furrowed',
  'head-tilt',
  'eyes-squint',
  'cheeks-puffed',
  'mouth-pressed',
]);
export type NonManualType = z.infer<typeof NonManualTypeSchema>;

const Vec3Schema = z.tuple([z.number(), z.number(), z.number()]);

/** Where a hand goes, relative to the body: a named site plus side and distance, as in HamNoSys. */
export const LocationSchema = z.object({
  site: z.string().meta({ description: 'Body site, e.g. `neutral`, `chin`, `chest`, `forehead`.' }),
  side: z.enum(['dominant', 'centre', 'nondominant']).optional(),
  distance: z.enum(['contact', 'close', 'medium', 'far']).optional(),
});

export const HandPostureSchema = z
  .object({
    handshape: z.string().meta({ description: 'Handshape id from the gloss-dictionary inventory.' }),
    location: LocationSchema,
    palm: z
      .string()
      .meta({ description: 'Palm orientation, one of the 26 HamNoSys directions, e.g. `down`, `away`, `towards`.' }),
    fingers: z.string().meta({ description: 'Extended-finger direction, e.g. `up`, `away`, `left`.' }),
    offset: Vec3Schema.optional().meta({ description: 'Extra wrist offset in metres, body space.' }),
  })
  .meta({ id: 'HandPosture' });
export type HandPosture = z.infer<typeof HandPostureSchema>;

/** Movement types, shared by the sign lexicon and the timeline. */
export const MovementTypeSchema = z.enum([
  'none',
  'hold',
  'directed',
  'arc',
  'circle',
  'repeat',
  'wiggle',
  'twist',
  'nod',
]);

export const MovementSchema = z.object({
  type: MovementTypeSchema,
  direction: z.string().optional(),
  size: z.enum(['small', 'medium', 'large']).optional(),
  repeat: z.number().int().min(1).max(8).optional(),
  plane: z.enum(['vertical', 'horizontal', 'sagittal']).optional(),
});

export const VisemeKeySchema = z.object({
  viseme: z.string(),
  start: z.number().min(0),
  duration: z.number().min(0),
});

export const TimelineItemSchema = z
  .object({
    gloss: z.string(),
    kind: GlossKindSchema,
    start: z.number().min(0).meta({ description: 'Seconds from the start of the timeline.' }),
    duration: z.number().min(0),
    hands: z.object({ dominant: HandPostureSchema.optional(), nondominant: HandPostureSchema.optional() }),
    movement: MovementSchema.optional(),
    mouthing: z.object({ text: z.string(), visemes: z.array(VisemeKeySchema) }).optional(),
    source: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
    review: z.enum(['draft', 'approved']).optional(),
    part: z
      .object({ of: z.string(), index: z.number().int().min(0), count: z.number().int().min(1) })
      .optional()
      .meta({ description: 'A letter of a fingerspelled word or a digit of a number: which gloss it belongs to.' }),
  })
  .meta({ id: 'TimelineItem' });
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

export const NonManualSpanSchema = z.object({
  type: NonManualTypeSchema,
  start: z.number().min(0),
  end: z.number().min(0),
});

/** What the avatar plays for one sentence (DESIGN §5). Times in seconds. */
export const TimelineSchema = z
  .object({
    duration: z.number().min(0),
    speed: z.number().min(0.5).max(1.5),
    items: z.array(TimelineItemSchema),
    nonManuals: z.array(NonManualSpanSchema),
    sentence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
  })
  .meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof TimelineSchema>;

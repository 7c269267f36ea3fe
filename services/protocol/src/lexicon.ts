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

/** The direction as a vector from the signer's view: x to the right, y up, z away from the body. */
function directionVector(direction: string): [number, number, number] {
  const parts = direction.split('-');
  const axis = (plus: string, minus: string) => (parts.includes(plus) ? 1 : parts.includes(minus) ? -1 : 0);
  return [axis('right', 'left'), axis('up', 'down'), axis('away', 'towards')];
}

/**
 * Whether a hand can be held so: the palm faces at right angles to the fingers' axis (HamNoSys writes the palm
 * relative to the fingers for that reason). `palm: towards, fingers: away` is no hand's orientation.
 */
export function palmAcrossFingers(palm: string, fingers: string): boolean {
  const p = directionVector(palm);
  const f = directionVector(fingers);
  return p[0] * f[0] + p[1] * f[1] + p[2] * f[2] === 0;
}

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
  kind: z
    .enum(['project', 'literature', 'community', 'derived', 'import'])
    .meta({ description: '`import`: read from a SiGML file (named in `reference`), a draft until reviewed.' }),
  by: z.string().min(2).meta({ description: 'Who made the entry.' }),
  reference: z.string().optional().meta({ description: 'Where the form was described, if anywhere.' }),
  note: z.string().optional(),
});

export const GLOSS_ID = /^[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9-]*$/;
const GlossIdSchema = z.string().regex(GLOSS_ID, 'upper-case gloss: letters, digits, hyphen');

export const HandsSchema = z.enum(['one', 'two-symmetric', 'two-alternating', 'dominant-on-base']);

/**
 * One part of a sign's form: the hands, their posture and one movement. A sign is one segment or several in a
 * row (a handshape change as two segments, a path with a corner, a compound written out); each segment may
 * carry its own non-manual features and mouthing.
 */
export const SignSegmentSchema = z
  .object({
    hands: HandsSchema,
    dominant: HandConfigurationSchema,
    nondominant: HandConfigurationSchema.optional().meta({ description: 'Required unless `hands` is `one`.' }),
    movement: SignMovementSchema,
    nonManuals: z.array(NonManualTypeSchema).optional().meta({ description: 'Non-manual features of this segment.' }),
    mouthing: z.string().optional().meta({ description: 'The mouthing during this segment, where it differs.' }),
  })
  .refine((s) => s.hands === 'one' || s.nondominant !== undefined, {
    message: 'two-handed segments describe the non-dominant hand',
    path: ['nondominant'],
  })
  .meta({ id: 'SignSegment' });
export type SignSegment = z.infer<typeof SignSegmentSchema>;

/** A regional or otherwise marked form of a sign: its own segments, or a sequence of other signs. */
export const SignVariantSchema = z
  .object({
    region: z.string().min(2).meta({ description: 'Where the form is used, e.g. „Süddeutschland“, „Berlin“.' }),
    segments: z.array(SignSegmentSchema).min(1).optional(),
    sequence: z.array(GlossIdSchema).min(2).optional(),
    review: ReviewSchema.optional().meta({
      description: 'Whether a signing reviewer checked this form; a draft without.',
    }),
    notes: z.string().optional(),
  })
  .refine((v) => (v.segments === undefined) !== (v.sequence === undefined), {
    message: 'a variant has either segments or a sequence',
  })
  .meta({ id: 'SignVariant' });
export type SignVariant = z.infer<typeof SignVariantSchema>;

export const LOCUS_ROLES = ['subject', 'object'] as const;
export type LocusRole = (typeof LOCUS_ROLES)[number];

/**
 * An agreement (directional) verb: its movement runs from the locus of one argument to the locus of the other
 * (GEBEN from the giver to the receiver: start subject, end object; ABHOLEN the other way round).
 */
export const SignAgreementSchema = z
  .object({
    start: z.enum(LOCUS_ROLES).meta({ description: 'Whose locus the movement starts at.' }),
    end: z.enum(LOCUS_ROLES).meta({ description: 'Whose locus the movement ends at.' }),
  })
  .refine((a) => a.start !== a.end, { message: 'start and end loci belong to different arguments' })
  .meta({ id: 'SignAgreement' });
export type SignAgreement = z.infer<typeof SignAgreementSchema>;

export const SignEntrySchema = z
  .object({
    id: GlossIdSchema,
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
    hands: HandsSchema.optional().meta({ description: 'One-segment form (with `dominant` and `movement`).' }),
    dominant: HandConfigurationSchema.optional(),
    nondominant: HandConfigurationSchema.optional().meta({ description: 'Required unless `hands` is `one`.' }),
    movement: SignMovementSchema.optional(),
    segments: z
      .array(SignSegmentSchema)
      .min(1)
      .optional()
      .meta({ description: 'The form as segments in a row, instead of `hands`/`dominant`/`movement`.' }),
    sequence: z.array(GlossIdSchema).min(2).optional().meta({
      description: 'A compound: the signs (entry ids) made one after the other, e.g. ["AUSLÄNDER", "BEHÖRDE"].',
    }),
    variants: z
      .array(SignVariantSchema)
      .optional()
      .meta({ description: 'Regional forms; the entry’s own form is the default.' }),
    agreement: SignAgreementSchema.optional(),
    homonyms: z
      .array(
        z.object({
          sign: GlossIdSchema,
          reason: z.string().min(10).meta({ description: 'Why both signs really share one form.' }),
        }),
      )
      .optional()
      .meta({ description: 'Signs with the same physical form, documented on both entries.' }),
    mouthing: z.string().optional().meta({ description: 'The German word mouthed; defaults to the first lemma.' }),
    nonManuals: z.array(NonManualTypeSchema).default([]),
    duration: z.number().min(0.15).max(2).meta({ description: 'Nominal duration in seconds at speed 1.' }),
    source: SignSourceSchema,
    review: ReviewSchema,
    notes: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    const oneSegment = e.hands !== undefined || e.dominant !== undefined || e.movement !== undefined;
    const forms = [oneSegment, e.segments !== undefined, e.sequence !== undefined].filter(Boolean).length;
    if (forms !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'a sign has exactly one form: hands/dominant/movement, segments, or a sequence',
        path: ['segments'],
      });
      return;
    }
    if (oneSegment) {
      for (const key of ['hands', 'dominant', 'movement'] as const) {
        if (e[key] === undefined) ctx.addIssue({ code: 'custom', message: `${key} is required`, path: [key] });
      }
      if (e.hands !== undefined && e.hands !== 'one' && e.nondominant === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'two-handed signs describe the non-dominant hand',
          path: ['nondominant'],
        });
      }
    } else if (e.nondominant !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'the hands belong into the segments', path: ['nondominant'] });
    }
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

/** The entry's own segments: its one-segment form or its `segments`; empty for a compound (`sequence`). */
export function ownSegments(entry: SignEntry): SignSegment[] {
  if (entry.segments) return entry.segments;
  if (!entry.hands || !entry.dominant || !entry.movement) return [];
  return [
    {
      hands: entry.hands,
      dominant: entry.dominant,
      ...(entry.nondominant ? { nondominant: entry.nondominant } : {}),
      movement: entry.movement,
    },
  ];
}

/** A segment of a sign as resolved for signing: which entry it comes from (a part of a compound, or the sign). */
export interface ResolvedSegment extends SignSegment {
  from: string;
}

/** A sign whose form cannot be resolved: a part of a compound is missing, or the compound contains itself. */
export class SignFormError extends Error {
  constructor(
    message: string,
    /** The chain of entries followed, first the sign asked for. */
    readonly chain: readonly string[],
  ) {
    super(message);
    this.name = 'SignFormError';
  }
}

export type SignLookup = (id: string) => SignEntry | undefined;

/** The variant for a region, if the entry has one (regions compared without case). */
export function variantFor(entry: SignEntry, region: string | undefined): SignVariant | undefined {
  if (!region || !entry.variants) return undefined;
  const wanted = region.trim().toLocaleLowerCase('de-DE');
  return entry.variants.find((v) => v.region.trim().toLocaleLowerCase('de-DE') === wanted);
}

/**
 * The physical form of a sign as segments in a row: the entry's own segments, or, for a compound, the segments
 * of each part in turn (parts that are compounds themselves resolved likewise). With `region`, a variant for that
 * region replaces the default form (of the sign and of its parts). Throws SignFormError for a missing part or a
 * compound that contains itself.
 */
export function resolveSegments(
  entry: SignEntry,
  lookup: SignLookup,
  options: { region?: string; variant?: SignVariant } = {},
): ResolvedSegment[] {
  const visit = (e: SignEntry, chain: string[], variant: SignVariant | undefined): ResolvedSegment[] => {
    if (chain.includes(e.id)) {
      throw new SignFormError(`the compound ${chain[0]} contains itself: ${[...chain, e.id].join(' → ')}`, [
        ...chain,
        e.id,
      ]);
    }
    const path = [...chain, e.id];
    const form = variant ?? variantFor(e, options.region);
    const sequence = form ? form.sequence : e.sequence;
    if (sequence) {
      return sequence.flatMap((id) => {
        const part = lookup(id);
        if (!part) throw new SignFormError(`${e.id}: the part ${id} of the compound is not in the lexicon`, path);
        return visit(part, path, undefined);
      });
    }
    const segments = form?.segments ?? ownSegments(e);
    return segments.map((s) => ({ ...s, from: e.id }));
  };
  return visit(entry, [], options.variant);
}

/** A segment's hands and movement as a timeline item carries them. */
export function segmentForm(segment: SignSegment, repeat: number): Pick<TimelineItem, 'hands' | 'movement'> {
  return {
    hands: {
      dominant: handPosture(segment.dominant),
      ...(segment.nondominant ? { nondominant: handPosture(segment.nondominant) } : {}),
    },
    movement: {
      type: segment.movement.type,
      ...(segment.movement.direction ? { direction: segment.movement.direction } : {}),
      size: segment.movement.size,
      repeat,
      ...(segment.movement.plane ? { plane: segment.movement.plane } : {}),
    },
  };
}

const locationKey = (l: SignLocation | undefined): string =>
  l
    ? [l.site, l.side ?? 'centre', l.distance ?? 'medium', l.height ?? (l.site === 'neutral' ? 'chest' : '')].join(',')
    : '';
const handKey = (h: HandConfiguration | undefined): string =>
  h ? [h.handshape, h.palm, h.fingers, locationKey(h.location)].join(' ') : '-';

/**
 * A sign's physical form as one string, to find signs that look the same: every segment's hands, handshapes,
 * orientation, location and movement, with defaults filled in, and the non-manual features (the sign's own apply
 * to every segment). What does not change how a sign looks is left out: mouthing and duration (two signs that
 * differ only in the mouthing are manual homonyms), the plane of a straight movement, and size or repetition of
 * a hold (`none` and `hold` are one).
 */
export function formKey(segments: readonly SignSegment[], nonManuals: readonly string[] = []): string {
  return segments
    .map((s) => {
      const m = s.movement;
      const still = m.type === 'none' || m.type === 'hold';
      const curved = m.type === 'arc' || m.type === 'circle';
      const marks = [...new Set([...nonManuals, ...(s.nonManuals ?? [])])].sort().join(',');
      return [
        s.hands,
        handKey(s.dominant),
        s.hands === 'one' ? '-' : handKey(s.nondominant),
        still ? 'hold' : m.type,
        still ? '' : (m.direction ?? ''),
        still ? '' : (m.size ?? 'medium'),
        still ? 1 : (m.repeat ?? 1),
        curved ? (m.plane ?? '') : '',
        locationKey(m.end),
        marks,
      ].join(' | ');
    })
    .join(' → ');
}

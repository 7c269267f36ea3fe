import { z } from 'zod';

// The glossary of hard words that Leichte Sprache explains, as data: the shipped file
// (services/language/data/glossary-de.json) and the terms editors add or correct through the API share this shape.

/** When a sense applies; a sense without conditions is the term's default. */
export const GlossaryConditionSchema = z
  .object({
    near: z.array(z.string().min(2).max(60)).min(1).optional().meta({
      description:
        'Words (lemmas or compound parts, any case) of which one must be in the same sentence or the sentence before or after.',
    }),
    topic: z
      .array(z.string().min(2).max(60))
      .min(1)
      .optional()
      .meta({ description: 'Words of which one must be somewhere in the document.' }),
  })
  .strict()
  .refine((c) => c.near !== undefined || c.topic !== undefined, { message: 'a condition needs near or topic' });

export const GlossarySenseSchema = z
  .object({
    explanation: z.string().min(10).max(400).meta({
      description: 'A short explanation in Leichte Sprache: one to three sentences, compounds split with `-`.',
    }),
    when: GlossaryConditionSchema.optional(),
  })
  .strict();

export const GlossaryTermSchema = z
  .object({
    term: z
      .string()
      .min(2)
      .max(60)
      .regex(/^\p{L}[\p{L}-]*$/u)
      .meta({ description: 'The hard word as a lemma (`Anmeldung`, `Personalausweis`).' }),
    match: z.enum(['compound', 'word']).default('compound').meta({
      description:
        '`compound`: the word and compounds that start or end with it at a real word boundary (`Kita-Anmeldung`); `word`: the whole word only.',
    }),
    senses: z.array(GlossarySenseSchema).min(1).max(8),
    einfach: z.boolean().optional().meta({
      description:
        '`false`: a reader of Einfache Sprache (about B1) knows the word, so only Leichte Sprache explains it.',
    }),
    source: z.string().max(200).optional().meta({ description: 'Where the term was found (e.g. `integreat dev`).' }),
  })
  .strict()
  .refine((t) => t.senses.filter((s) => s.when === undefined).length <= 1, {
    message: 'at most one sense without conditions (the default)',
  });

export const GlossaryFileSchema = z
  .object({
    $comment: z.string().optional(),
    terms: z.array(GlossaryTermSchema),
  })
  .strict()
  .refine((f) => new Set(f.terms.map((t) => t.term.toLowerCase())).size === f.terms.length, {
    message: 'every term once',
  });

export type GlossaryCondition = z.infer<typeof GlossaryConditionSchema>;
export type GlossarySense = z.infer<typeof GlossarySenseSchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;
/** A term as code may give it: `match` defaults to `compound`. */
export type GlossaryTermInput = z.input<typeof GlossaryTermSchema>;

/** A term as the service has it in force: shipped in the file, or added or corrected by an editor. */
export const GlossaryTermViewSchema = z
  .object({
    term: z.string(),
    match: z.enum(['compound', 'word']),
    senses: z.array(GlossarySenseSchema),
    einfach: z.boolean().optional(),
    source: z.string().optional(),
    origin: z.enum(['shipped', 'edited']).meta({ description: '`edited`: an editor added or corrected it.' }),
  })
  .meta({ id: 'GlossaryTerm' });

export const GlossaryListSchema = z.object({ terms: z.array(GlossaryTermViewSchema) }).meta({ id: 'Glossary' });

export const GlossaryHistorySchema = z
  .object({
    changes: z.array(
      z.object({
        action: z.enum(['set', 'remove']),
        editor: z.string(),
        changedAt: z.string(),
        entry: GlossaryTermSchema.optional(),
      }),
    ),
  })
  .meta({ id: 'GlossaryHistory' });

export type GlossaryTermView = z.infer<typeof GlossaryTermViewSchema>;

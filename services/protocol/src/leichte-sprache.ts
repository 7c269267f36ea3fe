import { z } from 'zod';
import { TextSchema } from './http.js';

const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const LsCheckRequestSchema = z
  .object({
    text: TextSchema,
    profile: z.enum(['din', 'netzwerk', 'einfach']).default('din').meta({
      description:
        '`din`: DIN SPEC 33429; `netzwerk`: the stricter rules of Netzwerk Leichte Sprache; `einfach`: Einfache Sprache (plain language, about B1).',
    }),
    separator: z
      .enum(['hyphen', 'mediopunkt'])
      .default('hyphen')
      .meta({ description: 'How suggestions separate compounds: Bürger-Büro or Bürger·büro.' }),
    rules: z
      .record(z.string(), z.enum(['error', 'warning', 'info', 'off']))
      .optional()
      .meta({ description: 'Per-rule severity overrides; `off` switches a rule off.' }),
  })
  .meta({ id: 'LeichteSpracheCheckRequest' });

export const LsCheckResponseSchema = z
  .object({
    findings: z.array(
      z.object({
        rule: z.string(),
        severity: SeveritySchema,
        start: z.number().int().meta({ description: 'Character offset into the text.' }),
        end: z.number().int(),
        message: z.string().meta({ description: 'What is wrong, in plain German.' }),
        suggestion: z.string().optional(),
      }),
    ),
    stats: z.object({
      sentences: z.number().int(),
      words: z.number().int(),
      wordsPerSentence: z.number(),
      longWordShare: z.number().meta({ description: 'Share of words with 4 or more syllables.' }),
      syllablesPerWord: z.number(),
      fleschAmstad: z.number(),
      wienerSachtextformel: z.number(),
      lix: z.number().optional(),
    }),
  })
  .meta({ id: 'LeichteSpracheCheckResponse' });

export const LsRulesResponseSchema = z
  .object({
    rules: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        severity: z.object({
          din: SeveritySchema.or(z.literal('off')),
          netzwerk: SeveritySchema.or(z.literal('off')),
          einfach: SeveritySchema.or(z.literal('off')),
        }),
        description: z.string(),
        source: z.string(),
      }),
    ),
  })
  .meta({ id: 'LeichteSpracheRules' });

import { z } from 'zod';
import { LanguageTagSchema } from './languages.js';
import { GlossKindSchema, NonManualTypeSchema, TimelineSchema } from './timeline.js';

/** Longest text one request may carry, in characters; the body-size limit applies as well. */
export const MAX_TEXT_CHARS = 50_000;

export const TextSchema = z.string().min(1).max(MAX_TEXT_CHARS);

export const EngineIdSchema = z
  .string()
  .meta({ description: '`memory`, `rules` or `model:<id>`: which engine produced a sentence.' });

export const ReviewStatusSchema = z
  .enum(['machine', 'approved', 'outdated'])
  .meta({ description: '`machine` until a person approved it (EU AI Act transparency).' });

export const TranslateRequestSchema = z
  .object({
    text: TextSchema,
    source: z.literal('de').default('de'),
    targets: z.array(LanguageTagSchema).min(1).max(20),
    format: z
      .enum(['text', 'html'])
      .default('text')
      .meta({
        description:
          '`html`: markup is kept and text nodes are translated (code, pre and translate="no" are left alone); the ' +
          'result is sanitised to text-level and structural elements: no script, style, frames, forms, SVG, event ' +
          'handlers or style attributes, and links only http, https, mailto, tel or relative.',
      }),
  })
  .meta({ id: 'TranslateRequest' });
export type TranslateRequest = z.infer<typeof TranslateRequestSchema>;

export const TermCheckSchema = z
  .object({
    source: z.string().meta({ description: 'The German term of the municipal glossary found in the source.' }),
    expected: z.string().meta({ description: "The city's rendering in the target language." }),
    found: z.boolean().meta({ description: 'Whether the output uses it; a missing term lowers the confidence.' }),
    replaced: z.string().optional().meta({ description: 'A variant in the output that was rewritten to it.' }),
  })
  .meta({ id: 'TermCheck' });

export const MemorySuggestionSchema = z
  .object({
    source: z.string().meta({ description: 'An approved source sentence similar to this one.' }),
    output: z.string().meta({ description: 'Its approved translation.' }),
    score: z.number().min(0).max(1).meta({ description: 'Similarity of the two source sentences (word level).' }),
  })
  .meta({
    id: 'MemorySuggestion',
    description:
      'A fuzzy match from the translation memory, offered to editors beside the machine output; it is not ' +
      'the translation of this sentence, so it is never used as the output.',
  });

export type MemorySuggestion = z.infer<typeof MemorySuggestionSchema>;

/** Why the guard for spoken targets refused a model's sentence (`@bbs/language` guardTranslation). */
export const GUARD_REASONS = [
  'empty',
  'repetition',
  'length',
  'number',
  'number-added',
  'amount',
  'date',
  'time',
  'phone',
  'email',
  'url',
  'term',
] as const;

export const GuardCheckSchema = z
  .object({
    passed: z.boolean(),
    reasons: z.array(z.enum(GUARD_REASONS)).meta({ description: 'Why it failed; empty when it passed.' }),
    missing: z
      .array(z.string())
      .optional()
      .meta({ description: "The source's numbers, dates, addresses or terms the model's output did not keep." }),
    added: z
      .array(z.string())
      .optional()
      .meta({ description: "Numbers in the model's output the source does not have." }),
  })
  .meta({
    id: 'GuardCheck',
    description:
      "Model translations into spoken languages: whether the model's sentence kept the source's numbers, amounts, " +
      'dates, times, phone numbers, e-mail and web addresses and municipal terms and is a real sentence. When it ' +
      'failed, `output` is the German source (never the refused sentence) and the confidence is low, for review.',
  });
export type GuardCheck = z.infer<typeof GuardCheckSchema>;

/**
 * Why a Leichte Sprache sentence of the rules may not be safe (`@bbs/language` sentenceConcerns): a sentence still
 * over 15 words, a clause left in, an abbreviation left, a content word lost, a number, date or amount changed,
 * a long sentence no rule restructured, a hard word or acronym left without an explanation. Each caps the
 * sentence's confidence.
 */
export const LS_CONCERNS = [
  'too-long',
  'clause-left',
  'abbreviation',
  'lost-content',
  'facts-changed',
  'unchanged',
  'hard-word',
] as const;
export type LsConcern = (typeof LS_CONCERNS)[number];
export const LsConcernsSchema = z
  .array(z.enum(LS_CONCERNS))
  .meta({ description: 'Leichte Sprache by the rules: what they could not make safe (empty or absent: nothing).' });

export const TranslatedSentenceSchema = z.object({
  source: z.string(),
  output: z.string(),
  engine: EngineIdSchema,
  confidence: z.number().min(0).max(1),
  memorySuggestion: MemorySuggestionSchema.optional(),
  terms: z
    .array(TermCheckSchema)
    .optional()
    .meta({ description: 'Model translations: the municipal terms of the sentence and whether they were kept.' }),
  guard: GuardCheckSchema.optional(),
  concerns: LsConcernsSchema.optional(),
});
export type TranslatedSentence = z.infer<typeof TranslatedSentenceSchema>;

export const TargetResultSchema = z
  .object({
    text: z.string(),
    dir: z.enum(['ltr', 'rtl']),
    sentences: z.array(TranslatedSentenceSchema),
    review: z.object({
      status: ReviewStatusSchema,
      label: z.string().meta({ description: 'Visible label for machine-made output.' }),
    }),
  })
  .meta({ id: 'TargetResult' });
export type TargetResult = z.infer<typeof TargetResultSchema>;

export const TranslateResponseSchema = z
  .object({ results: z.record(z.string(), TargetResultSchema) })
  .meta({ id: 'TranslateResponse' });
export type TranslateResponse = z.infer<typeof TranslateResponseSchema>;

export const LanguagesResponseSchema = z
  .object({
    source: z.string(),
    languages: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        nativeName: z.string(),
        dir: z.enum(['ltr', 'rtl']),
        engines: z.array(EngineIdSchema),
      }),
    ),
  })
  .meta({ id: 'LanguagesResponse' });
export type LanguagesResponse = z.infer<typeof LanguagesResponseSchema>;

/** The largest SiGML document `POST /v1/sign` takes, in characters. */
export const SIGML_MAX_CHARS = 100_000;

export const GlossRequestSchema = z.object({ text: TextSchema }).meta({ id: 'GlossRequest' });

export const GlossSchema = z.object({
  gloss: z.string(),
  kind: GlossKindSchema,
  start: z.number().int().meta({ description: 'Character offset of the source word(s) in the input.' }),
  end: z.number().int(),
  mouthing: z.string().optional(),
  signable: z.boolean(),
  review: z
    .enum(['draft', 'approved'])
    .optional()
    .meta({ description: 'Review state of the lexicon sign; `draft` signs are not verified DGS.' }),
  letters: z
    .array(z.string())
    .optional()
    .meta({ description: 'Fingerspelled letters (Ä, Ö, Ü, ß and SCH are one letter each).' }),
  digits: z.string().optional(),
  repeat: z.number().int().optional().meta({ description: 'Plural by repetition.' }),
  ordinal: z.boolean().optional(),
  compound: z.string().optional().meta({ description: 'The compound this part was split from.' }),
  locus: z.string().optional().meta({ description: 'Locus letter of a third-person index (IX-3a → a).' }),
  loci: z.object({ subject: z.string().optional(), object: z.string().optional() }).optional().meta({
    description:
      'A verb’s arguments’ loci (1, 2, 3a …): an agreement verb (HELFEN, GEBEN, SCHICKEN …) moves from the one to the other.',
  }),
  pause: z.enum(['clause', 'sentence']).optional(),
  show: z
    .string()
    .optional()
    .meta({ description: 'Text to show on screen meanwhile (an internet or e-mail address).' }),
  rephrased: z
    .object({
      word: z.string(),
      how: z.enum(['base', 'synonym', 'phrase']),
      steps: z.array(z.string()).optional(),
    })
    .optional()
    .meta({
      description:
        'A word without a sign of its own, signed with its base word’s sign (Beratung → BERATEN), a synonym’s (bzw. → ODER) or as a phrase (zur Verfügung stehen → ES-GIBT) instead of fingerspelled.',
    }),
});

export const GlossResponseSchema = z
  .object({
    sentences: z.array(
      z.object({
        source: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        glosses: z.array(GlossSchema),
        nonManuals: z.array(z.object({ type: NonManualTypeSchema, from: z.number().int(), to: z.number().int() })),
        omitted: z
          .array(
            z.object({
              word: z.string(),
              start: z.number().int(),
              end: z.number().int(),
              reason: z.enum(['reference', 'filler', 'light-verb']),
            }),
          )
          .optional()
          .meta({ description: 'Words DGS leaves out here (dafür, so, stellen in „einen Antrag stellen“), with why.' }),
        rules: z.array(z.string()).meta({ description: 'The gloss rules that applied, for explanations.' }),
      }),
    ),
    review: z.object({ status: z.literal('machine'), label: z.string() }),
  })
  .meta({ id: 'GlossResponse' });

export const SignRequestSchema = z
  .union([
    z.object({ text: TextSchema, speed: z.number().min(0.5).max(1.5).optional() }),
    z.object({
      glosses: z.array(z.string().min(1).max(64)).min(1).max(500),
      speed: z.number().min(0.5).max(1.5).optional(),
    }),
    z.object({
      sigml: z
        .string()
        .min(1)
        .max(SIGML_MAX_CHARS)
        .meta({
          description:
            'A SiGML document (`<sigml><hns_sign gloss="…">…</hns_sign></sigml>`, manual HamNoSys as symbol names). ' +
            'Each sign is played in order as a draft; entities and DOCTYPEs are refused.',
        }),
      speed: z.number().min(0.5).max(1.5).optional(),
    }),
  ])
  .meta({ id: 'SignRequest' });

export const SignResponseSchema = z
  .object({
    timeline: TimelineSchema.meta({ description: 'The whole text as one timeline.' }),
    sentences: z.array(TimelineSchema).meta({ description: 'The same, one timeline per sentence.' }),
    review: z.object({ status: z.literal('machine'), label: z.string() }),
  })
  .meta({ id: 'SignResponse' });

export const HealthResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const ReadinessResponseSchema = z
  .object({
    status: z.enum(['ready', 'starting', 'failed']),
    checks: z.record(
      z.string(),
      z.object({ status: z.enum(['ready', 'starting', 'failed']), message: z.string().optional() }),
    ),
  })
  .meta({ id: 'Readiness' });
export type ReadinessResponse = z.infer<typeof ReadinessResponseSchema>;

// The LibreTranslate-compatible face: shapes as LibreTranslate documents them, so existing CMS plugins work.
export const LtTranslateRequestSchema = z
  .object({
    q: z.union([TextSchema, z.array(TextSchema).min(1).max(100)]),
    source: z.string().default('auto'),
    target: z.string().min(2).max(35),
    format: z.enum(['text', 'html']).default('text'),
    api_key: z.string().optional(),
    alternatives: z.number().int().min(0).max(3).optional(),
  })
  .meta({ id: 'LibreTranslateRequest' });

export const LtTranslateResponseSchema = z
  .object({
    translatedText: z.union([z.string(), z.array(z.string())]),
    detectedLanguage: z.object({ language: z.string(), confidence: z.number() }).optional(),
  })
  .meta({ id: 'LibreTranslateResponse' });

export const LtLanguagesResponseSchema = z
  .array(z.object({ code: z.string(), name: z.string(), targets: z.array(z.string()) }))
  .meta({ id: 'LibreTranslateLanguages' });

export const LtDetectRequestSchema = z
  .object({ q: TextSchema, api_key: z.string().optional() })
  .meta({ id: 'LibreTranslateDetectRequest' });

export const LtDetectResponseSchema = z
  .array(z.object({ language: z.string(), confidence: z.number() }))
  .meta({ id: 'LibreTranslateDetectResponse' });

export const LtErrorSchema = z
  .object({ error: z.string(), code: z.string().optional() })
  .meta({ id: 'LibreTranslateError', description: 'LibreTranslate error shape, with our error code added.' });

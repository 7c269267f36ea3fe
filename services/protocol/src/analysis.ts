import { z } from 'zod';
import { TextSchema } from './http.js';

/** `[start, end)` token indexes within the sentence. */
const TokenRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const AnalyzeRequestSchema = z.object({ text: TextSchema }).meta({ id: 'AnalyzeRequest' });

export const AnalyzedTokenSchema = z.object({
  text: z.string(),
  start: z.number().int().meta({ description: 'Character offset into the input.' }),
  end: z.number().int(),
  kind: z.string().meta({ description: 'Tokeniser kind: word, number, date, time, money, url, email, phone, …' }),
  lemma: z.string(),
  pos: z.string().meta({ description: 'Universal Dependencies UPOS tag.' }),
  feats: z.record(z.string(), z.string()).meta({ description: 'UD morphological features, where decidable.' }),
});

export const ClauseSchema = z.object({
  kind: z.enum(['main', 'subordinate', 'relative', 'infinitive']),
  ranges: z
    .array(TokenRangeSchema)
    .meta({ description: 'Token ranges; a main clause around a relative clause has two.' }),
  introducer: z.number().int().optional().meta({ description: 'Token index of the conjunction or relative pronoun.' }),
  finiteVerb: z.number().int().optional(),
  verbComplex: z.array(z.number().int()),
  verbLemma: z.string().optional().meta({ description: 'Main verb lemma with a separated particle joined.' }),
  voice: z.enum(['active', 'passive', 'state-passive', 'modal-passive']),
  negations: z.array(z.object({ token: z.number().int(), word: z.string(), scope: TokenRangeSchema })),
  time: z.array(TokenRangeSchema),
  place: z.array(TokenRangeSchema),
  fields: z
    .object({
      prefield: z.array(z.number().int()),
      leftBracket: z.array(z.number().int()),
      middleField: z.array(z.number().int()),
      rightBracket: z.array(z.number().int()),
      postfield: z.array(z.number().int()),
    })
    .meta({
      description:
        'Topological fields as token indexes: prefield (before the finite verb of a verb-second clause), left ' +
        'bracket (the finite verb of a main clause, or what opens another clause), middle field, right bracket ' +
        '(the verbs that close the clause), postfield.',
    }),
});

export const AnalyzeResponseSchema = z
  .object({
    sentences: z.array(
      z.object({
        text: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        kind: z.enum(['sentence', 'heading', 'item']),
        tokens: z.array(AnalyzedTokenSchema),
        clauses: z.array(ClauseSchema),
        question: z.enum(['w', 'yes-no']).optional(),
        imperative: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'AnalyzeResponse' });
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;

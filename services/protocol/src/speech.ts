import { z } from 'zod';
import { LanguageTagSchema } from './languages.js';

/** Longest text read aloud in one request; a page is read section by section. */
export const MAX_SPEECH_CHARS = 5000;

export const SpeechRequestSchema = z
  .object({
    text: z.string().meta({
      description: `The text to read, at most ${MAX_SPEECH_CHARS} characters (longer: 400 \`TEXT_TOO_LONG\`).`,
    }),
    lang: LanguageTagSchema.default('de').meta({
      description:
        'Language of the text. `de`, `de-x-ls` and `de-x-einfach` are read with German number, date and ' +
        'abbreviation rules (Leichte Sprache with a longer pause after every line); other languages by their own voice.',
    }),
    rate: z.number().min(0.5).max(2).default(1).meta({ description: 'Speed: 1 is normal, 0.5 half as fast, 2 twice.' }),
  })
  .meta({ id: 'SpeechRequest' });
export type SpeechRequest = z.infer<typeof SpeechRequestSchema>;

export const SpeechMarkSchema = z
  .object({
    word: z.string().meta({ description: 'The word as written, `text.slice(offset, offset + word.length)`.' }),
    offset: z.number().int().min(0).meta({ description: 'Character offset of the word in the request text.' }),
    start: z.number().min(0).meta({ description: 'Seconds into the audio where the word begins.' }),
    end: z.number().min(0).meta({ description: 'Seconds into the audio where the word ends.' }),
  })
  .meta({ id: 'SpeechMark' });
export type SpeechMark = z.infer<typeof SpeechMarkSchema>;

export const SpeechMarksResponseSchema = z
  .object({
    lang: z.string(),
    voice: z.string().meta({ description: 'The synthesiser voice used (espeak-ng voice id).' }),
    rate: z.number(),
    duration: z
      .number()
      .meta({ description: 'Length of the audio `POST /v1/speech` returns for the same request, in seconds.' }),
    marks: z.array(SpeechMarkSchema).meta({ description: 'One mark per spoken word, in reading order.' }),
  })
  .meta({ id: 'SpeechMarksResponse' });
export type SpeechMarksResponse = z.infer<typeof SpeechMarksResponseSchema>;

export const SpeechVoicesResponseSchema = z
  .object({
    available: z.boolean().meta({
      description:
        'Whether the server reads aloud. When false (turned off with `SPEECH=off`, or espeak-ng not installed), ' +
        "clients use the browser's own speech synthesis.",
    }),
    engine: z.string().optional(),
    voices: z.array(z.object({ lang: z.string(), voice: z.string(), name: z.string() })),
  })
  .meta({ id: 'SpeechVoicesResponse' });
export type SpeechVoicesResponse = z.infer<typeof SpeechVoicesResponseSchema>;

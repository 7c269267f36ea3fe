import { MAX_SPEECH_CHARS, SpeechRequestSchema, type SpeechMarksResponse } from '@bbs/protocol';
import { Router, type Request } from 'express';
import type { SpeechResult, SpeechService } from '../speech/speech-service.js';
import { ApiError } from './errors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { parseBody } from './validate.js';

/**
 * `POST /v1/speech` (WAV), `POST /v1/speech/marks` (one time mark per word, for highlighting) and
 * `GET /v1/speech/voices`. Both POSTs of the same request share one synthesis through the cache, so a
 * client asks for marks and audio at once.
 */
export function speechRoutes(deps: { speech: SpeechService }): Router {
  const router = Router();

  async function synthesize(req: Request): Promise<SpeechResult> {
    const body = parseBody(req, SpeechRequestSchema);
    if (body.text.trim() === '') throw new ApiError('VALIDATION_FAILED', [{ path: 'text', message: 'empty' }]);
    if (body.text.length > MAX_SPEECH_CHARS) throw new ApiError('TEXT_TOO_LONG', { max: MAX_SPEECH_CHARS });
    const voice = await deps.speech.voiceFor(body.lang);
    if (voice === 'unavailable') throw new ApiError('SPEECH_UNAVAILABLE');
    if (voice === 'unsupported') throw new ApiError('UNSUPPORTED_VOICE', { lang: body.lang });
    return deps.speech.speak(body.text, body.lang, body.rate);
  }

  router
    .route('/v1/speech/voices')
    .get(async (_req, res) => {
      const state = await deps.speech.state();
      res.json(
        state.available
          ? { available: true, engine: state.engine, voices: state.voices }
          : { available: false, voices: [] },
      );
    })
    .all(methodNotAllowed);

  router
    .route('/v1/speech')
    .post(async (req, res) => {
      const result = await synthesize(req);
      res
        .status(200)
        .type('audio/wav')
        .set('Cache-Control', 'private, max-age=3600')
        .set('X-Speech-Duration', String(result.duration))
        .send(result.wav);
    })
    .all(methodNotAllowed);

  router
    .route('/v1/speech/marks')
    .post(async (req, res) => {
      const result = await synthesize(req);
      const body: SpeechMarksResponse = {
        lang: result.lang,
        voice: result.voice,
        rate: result.rate,
        duration: result.duration,
        marks: [...result.marks],
      };
      res.set('Cache-Control', 'private, max-age=3600').json(body);
    })
    .all(methodNotAllowed);

  return router;
}

import { SpeechMarksResponseSchema, SpeechVoicesResponseSchema, type SpeechMark } from '@bbs/protocol';
import request from 'supertest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { describeWithPart, espeakPart } from '../../../tests/support/system-parts.js';

/** A WAV as a listener gets it: its sample rate, its samples and how long it plays. */
function parseWav(bytes: Buffer): { sampleRate: number; samples: Int16Array; duration: number } {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
  expect(bytes.readUInt16LE(20)).toBe(1); // PCM
  expect(bytes.readUInt16LE(22)).toBe(1); // mono
  expect(bytes.readUInt16LE(34)).toBe(16);
  const sampleRate = bytes.readUInt32LE(24);
  expect(bytes.toString('ascii', 36, 40)).toBe('data');
  const dataBytes = bytes.readUInt32LE(40);
  expect(bytes.length).toBe(44 + dataBytes);
  const samples = new Int16Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(44 + i * 2);
  return { sampleRate, samples, duration: samples.length / sampleRate };
}

/** Loudest sample between two times (seconds). */
function peak(wav: { sampleRate: number; samples: Int16Array }, from: number, to: number): number {
  let max = 0;
  for (let i = Math.floor(from * wav.sampleRate); i < Math.min(wav.samples.length, to * wav.sampleRate); i++)
    max = Math.max(max, Math.abs(wav.samples[i]!));
  return max;
}

const SENTENCE = 'Bitte bringen Sie Ihren Ausweis zum Termin im Bürgerbüro mit.';

async function speech(srv: TestServer, body: object): Promise<{ wav: Buffer; marks: SpeechMark[]; duration: number }> {
  const [audio, marks] = await Promise.all([
    request(srv.url).post('/v1/speech').send(body).responseType('blob').expect(200),
    request(srv.url).post('/v1/speech/marks').send(body).expect(200),
  ]);
  expect(audio.headers['content-type']).toBe('audio/wav');
  expect(SpeechMarksResponseSchema.safeParse(marks.body).success).toBe(true);
  return { wav: audio.body as Buffer, marks: marks.body.marks, duration: marks.body.duration };
}

describeWithPart(espeakPart())('read aloud with espeak-ng', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  }, 60_000);
  afterAll(async () => {
    await srv?.close();
  });

  test('a German sentence: a WAV of the right length and one mark per word, in order, on the sound', async () => {
    const { wav, marks, duration } = await speech(srv, { text: SENTENCE });
    const audio = parseWav(wav);
    expect(audio.duration).toBeCloseTo(duration, 2);
    const words = SENTENCE.replace(/\.$/, '').split(' ');
    // About 2–4 words a second at espeak-ng's normal speed.
    expect(audio.duration).toBeGreaterThan(words.length * 0.2);
    expect(audio.duration).toBeLessThan(words.length * 0.6);
    expect(marks.map((m) => m.word)).toEqual(words);
    let last = 0;
    for (const m of marks) {
      expect(SENTENCE.slice(m.offset, m.offset + m.word.length)).toBe(m.word);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(audio.duration + 0.001);
      // Every word's time holds speech, not silence.
      expect(peak(audio, m.start, m.end)).toBeGreaterThan(1000);
      last = m.end;
    }
  });

  test('dates, amounts and abbreviations are said, not spelled: each stays one mark with a long enough time', async () => {
    const text = 'Am 15.04.2026 kostet es z. B. 12,50 €.';
    const { marks } = await speech(srv, { text });
    expect(marks.map((m) => m.word)).toEqual(['Am', '15.04.2026', 'kostet', 'es', 'z. B.', '12,50 €']);
    const length = (word: string): number => {
      const m = marks.find((x) => x.word === word)!;
      return m.end - m.start;
    };
    // „fünfzehnten April zweitausendsechsundzwanzig“ and „zwölf Euro fünfzig“ take far longer than „es“.
    expect(length('15.04.2026')).toBeGreaterThan(4 * length('es'));
    expect(length('12,50 €')).toBeGreaterThan(2 * length('es'));
  });

  test('Leichte Sprache is read line by line, with a pause a reader can hear after each line', async () => {
    const text = 'Sie brauchen einen Ausweis.\nDer Ausweis muss gültig sein.';
    const { wav, marks } = await speech(srv, { text, lang: 'de-x-ls' });
    const audio = parseWav(wav);
    const endOfLine = marks.find((m) => m.word === 'Ausweis')!;
    const nextLine = marks.find((m) => m.offset > text.indexOf('\n'))!;
    expect(nextLine.start - endOfLine.end).toBeGreaterThan(0.7);
    expect(peak(audio, endOfLine.end + 0.1, nextLine.start - 0.1)).toBeLessThan(400);
    const plain = await speech(srv, { text, lang: 'de' });
    const plainGap = plain.marks[4]!.start - plain.marks[3]!.end;
    expect(nextLine.start - endOfLine.end).toBeGreaterThan(plainGap);
  });

  test('rate 2 is about twice as fast, rate 0.5 slower; the same request gives the same audio (cached)', async () => {
    const normal = await speech(srv, { text: SENTENCE });
    const fast = await speech(srv, { text: SENTENCE, rate: 2 });
    const slow = await speech(srv, { text: SENTENCE, rate: 0.5 });
    expect(fast.duration).toBeLessThan(normal.duration * 0.7);
    expect(slow.duration).toBeGreaterThan(normal.duration * 1.4);
    const again = await Promise.all([1, 2, 3, 4].map(() => speech(srv, { text: SENTENCE })));
    for (const a of again) expect(a.wav.equals(normal.wav)).toBe(true);
  });

  test('other languages use their own voice; the voices are listed', async () => {
    const voices = await request(srv.url).get('/v1/speech/voices').expect(200);
    expect(SpeechVoicesResponseSchema.safeParse(voices.body).success).toBe(true);
    expect(voices.body.available).toBe(true);
    const langs = voices.body.voices.map((v: { lang: string }) => v.lang);
    for (const lang of ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa']) expect(langs).toContain(lang);
    const { marks } = await speech(srv, { text: 'Please bring your passport.', lang: 'en' });
    expect(marks.map((m) => m.word)).toEqual(['Please', 'bring', 'your', 'passport']);
    const arabic = 'يرجى إحضار جواز السفر.';
    const ar = await speech(srv, { text: arabic, lang: 'ar' });
    expect(ar.marks).toHaveLength(4);
    for (const m of ar.marks) expect(arabic.slice(m.offset, m.offset + m.word.length)).toBe(m.word);
  });

  test('bad input gets a 400 with a code; hostile text is read as text', async () => {
    const code = async (body: unknown, status = 400): Promise<string> =>
      (
        await request(srv.url)
          .post('/v1/speech/marks')
          .send(body as object)
          .expect(status)
      ).body.error.code;
    expect(await code({ text: '' })).toBe('VALIDATION_FAILED');
    expect(await code({ text: '   ' })).toBe('VALIDATION_FAILED');
    expect(await code({ text: 'Hallo', rate: 9 })).toBe('VALIDATION_FAILED');
    expect(await code({ text: 'Hallo', lang: 'nicht eine Sprache' })).toBe('VALIDATION_FAILED');
    expect(await code({ text: 'Hallo', lang: 'tlh' })).toBe('UNSUPPORTED_VOICE');
    expect(await code({ text: 'Wort '.repeat(1200) })).toBe('TEXT_TOO_LONG');
    const malformed = await request(srv.url)
      .post('/v1/speech')
      .set('Content-Type', 'application/json')
      .send('{"text": ')
      .expect(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
    // A leading dash is not an option of the program, and markup is not SSML.
    const hostile = '--version <speak><audio src="file:///etc/passwd"/></speak> & Ende';
    const { marks } = await speech(srv, { text: hostile });
    expect(marks.length).toBeGreaterThan(2);
    expect(srv.logs.join('\n')).not.toContain('passwd');
    expect(srv.logs.join('\n')).not.toContain('Ausweis zum Termin');
  });
});

test('with SPEECH=off (or without espeak-ng) the service says so, and clients fall back to the browser voice', async () => {
  for (const env of [{ SPEECH: 'off' }, { ESPEAK_BINARY: '/nonexistent/espeak-ng' }] as Record<string, string>[]) {
    const srv = await startTestServer(env);
    try {
      const voices = await request(srv.url).get('/v1/speech/voices').expect(200);
      expect(voices.body).toEqual({ available: false, voices: [] });
      const res = await request(srv.url).post('/v1/speech').send({ text: 'Hallo' }).expect(503);
      expect(res.body.error.code).toBe('SPEECH_UNAVAILABLE');
      expect(res.body.error.message).toMatch(/Vorlesen/);
    } finally {
      await srv.close();
    }
  }
}, 60_000);

// Read-aloud on the city's server: a text becomes one WAV and one time mark per word. Each phrase is
// synthesised whole, so its melody stays natural, and the reader's pauses (longer per line in Leichte
// Sprache) are set between phrases. espeak-ng reports no word times on its command line, so a phrase's
// words are measured apart in one more call (words separated by long SSML breaks, found again as sound
// between silences) and the phrase's sound is shared among them by those lengths.
import { createHash } from 'node:crypto';
import { isGermanSpeech, pauseMs, planSpeech, type SpokenPhrase, type SpokenWord } from '@bbs/language';
import type { SpeechMark } from '@bbs/protocol';
import { LRUCache } from 'lru-cache';
import { Espeak, type EspeakVoice } from './espeak.js';
import { soundRanges, writeWav, type Pcm } from './wav.js';

export interface SpeechResult {
  readonly wav: Buffer;
  /** Seconds. */
  readonly duration: number;
  readonly marks: readonly SpeechMark[];
  readonly lang: string;
  readonly voice: string;
  readonly rate: number;
}

export interface SpeechOptions {
  enabled: boolean;
  binary: string;
  concurrency: number;
  cacheBytes: number;
}

export type SpeechState =
  { available: true; engine: string; voices: EspeakVoice[] } | { available: false; reason: 'disabled' | 'missing' };

/** espeak-ng's default speed, which we call rate 1. */
const WORDS_PER_MINUTE = 175;
/** Breaks between the words of a measuring call, and the silence that separates them again. */
const MEASURE_BREAK_MS = 700;
const MEASURE_GAP_SECONDS = 0.45;
/** Sound kept around a phrase when its silent edges are cut. */
const EDGE_SECONDS = 0.03;

export class SpeechService {
  private probe: Promise<Espeak | undefined> | undefined;
  private readonly cache: LRUCache<string, SpeechResult>;
  private readonly inFlight = new Map<string, Promise<SpeechResult>>();

  constructor(private readonly options: SpeechOptions) {
    this.cache = new LRUCache<string, SpeechResult>({
      maxSize: Math.max(1, options.cacheBytes),
      sizeCalculation: (r) => r.wav.length + 64 * r.marks.length + 1,
    });
  }

  private espeak(): Promise<Espeak | undefined> {
    if (!this.options.enabled) return Promise.resolve(undefined);
    this.probe ??= Espeak.probe(this.options.binary, this.options.concurrency);
    return this.probe;
  }

  async state(): Promise<SpeechState> {
    if (!this.options.enabled) return { available: false, reason: 'disabled' };
    const espeak = await this.espeak();
    if (!espeak) return { available: false, reason: 'missing' };
    return { available: true, engine: espeak.version, voices: espeak.listVoices() };
  }

  /** The voice for `lang`, or why there is none: `unavailable` (no synthesiser) or `unsupported` (no voice). */
  async voiceFor(lang: string): Promise<EspeakVoice | 'unavailable' | 'unsupported'> {
    const espeak = await this.espeak();
    if (!espeak) return 'unavailable';
    return espeak.voiceFor(lang) ?? 'unsupported';
  }

  async speak(text: string, lang: string, rate: number): Promise<SpeechResult> {
    const espeak = await this.espeak();
    if (!espeak) throw new Error('speech is not available');
    const voice = espeak.voiceFor(lang);
    if (!voice) throw new Error(`no voice for ${lang}`);
    const key = createHash('sha256').update(`${voice.voice}\0${lang}\0${rate}\0${text}`).digest('hex');
    const cached = this.cache.get(key);
    if (cached) return cached;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = synthesize(espeak, voice, text, lang, rate).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
      void pending.then(
        (r) => this.cache.set(key, r),
        () => undefined,
      );
    }
    return pending;
  }
}

interface PhraseAudio {
  pcm: Pcm;
  /** Per word, [start, end) in samples of `pcm`. */
  words: Array<[number, number]>;
}

async function synthesize(
  espeak: Espeak,
  voice: EspeakVoice,
  text: string,
  lang: string,
  rate: number,
): Promise<SpeechResult> {
  const phrases = planSpeech(text, lang);
  const wordsPerMinute = Math.min(450, Math.max(80, WORDS_PER_MINUTE * rate));
  const audio = await Promise.all(phrases.map((p) => phraseAudio(espeak, voice.voice, wordsPerMinute, p)));
  const sampleRate = audio[0]?.pcm.sampleRate ?? 22_050;
  const leichteSprache = isGermanSpeech(lang) && lang !== 'de';
  const pauses = phrases.map((p) => Math.round(((pauseMs(p.pauseAfter, leichteSprache) / 1000) * sampleRate) / rate));
  const total = audio.reduce((n, a, i) => n + a.pcm.samples.length + pauses[i]!, 0);
  const samples = new Int16Array(total);
  const marks: SpeechMark[] = [];
  const seconds = (n: number): number => Math.round((n / sampleRate) * 1000) / 1000;
  let at = 0;
  audio.forEach((a, i) => {
    samples.set(a.pcm.samples, at);
    phrases[i]!.words.forEach((w, j) => {
      const [start, end] = a.words[j]!;
      marks.push({ word: w.word, offset: w.offset, start: seconds(at + start), end: seconds(at + end) });
    });
    at += a.pcm.samples.length + pauses[i]!;
  });
  return {
    wav: writeWav({ samples, sampleRate }),
    duration: seconds(total),
    marks,
    lang,
    voice: voice.voice,
    rate,
  };
}

async function phraseAudio(
  espeak: Espeak,
  voice: string,
  wordsPerMinute: number,
  phrase: SpokenPhrase,
): Promise<PhraseAudio> {
  const [whole, lengths] = await Promise.all([
    espeak.synth(phrase.text, { voice, wordsPerMinute }),
    measureWords(espeak, voice, wordsPerMinute, phrase.words),
  ]);
  const pcm = trimSilence(whole);
  const sound = soundRanges(pcm, 0.02);
  const from = sound[0]?.[0] ?? 0;
  const to = sound.at(-1)?.[1] ?? pcm.samples.length;
  const sum = lengths.reduce((a, b) => a + b, 0) || 1;
  const words: Array<[number, number]> = [];
  let cursor = from;
  for (const length of lengths) {
    const next = cursor + ((to - from) * length) / sum;
    words.push([Math.round(cursor), Math.round(next)]);
    cursor = next;
  }
  return { pcm, words };
}

/** Each word's length when said on its own, as weights for sharing out the phrase. */
async function measureWords(
  espeak: Espeak,
  voice: string,
  wordsPerMinute: number,
  words: readonly SpokenWord[],
): Promise<number[]> {
  const byLetters = words.map((w) => Math.max(1, w.spoken.replace(/[^\p{L}\p{N}]/gu, '').length));
  if (words.length < 2) return byLetters;
  const ssml = `<speak>${words.map((w) => escapeXml(w.spoken)).join(`<break time="${MEASURE_BREAK_MS}ms"/>`)}</speak>`;
  const ranges = soundRanges(await espeak.synth(ssml, { voice, wordsPerMinute, ssml: true }), MEASURE_GAP_SECONDS);
  // A word with a long pause inside (or none at all) would shift every later word: then letters decide.
  return ranges.length === words.length ? ranges.map(([a, b]) => b - a) : byLetters;
}

function trimSilence(pcm: Pcm): Pcm {
  const sound = soundRanges(pcm, 1);
  if (sound.length === 0) return pcm;
  const edge = Math.round(EDGE_SECONDS * pcm.sampleRate);
  const start = Math.max(0, sound[0]![0] - edge);
  const end = Math.min(pcm.samples.length, sound.at(-1)![1] + edge);
  return { samples: pcm.samples.subarray(start, end), sampleRate: pcm.sampleRate };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

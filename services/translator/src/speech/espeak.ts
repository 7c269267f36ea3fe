// espeak-ng, the speech synthesiser from Debian (GPL, run as a separate program): one process per phrase,
// text on stdin (never on the command line, where a leading "-" would be an option), WAV on stdout.
import { spawn } from 'node:child_process';
import { readWav, type Pcm } from './wav.js';

export interface EspeakVoice {
  /** The BCP 47 tag this voice serves (`en`, `de`, `fa`). */
  readonly lang: string;
  /** espeak-ng's own voice id (`en-gb`, `de`). */
  readonly voice: string;
  readonly name: string;
}

export interface SynthOptions {
  voice: string;
  /** Speed in espeak-ng's words per minute (its default is 175). */
  wordsPerMinute: number;
  /** The text is SSML (used to measure words apart with `<break>`). */
  ssml?: boolean;
}

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Runs at most `limit` tasks at once; the rest wait in order. */
class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

function runProcess(binary: string, args: string[], input: string, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'ignore'], timeout: timeoutMs });
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) child.kill('SIGKILL');
      else chunks.push(chunk);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`${binary} ended with ${signal ?? `exit code ${code}`}`));
    });
    child.stdin.on('error', () => undefined); // a process that died early is reported by 'close'
    child.stdin.end(input);
  });
}

/** Voices of constructed and fictional languages (Klingon, Quenya …) are not offered to citizens. */
const CONSTRUCTED = /^art\//;

function parseVoices(listing: string): Map<string, EspeakVoice> {
  const voices = new Map<string, EspeakVoice>();
  for (const line of listing.split('\n').slice(1)) {
    const [, language, , name, file] = line.trim().split(/\s+/);
    if (!language || !file || file.startsWith('mb/') || CONSTRUCTED.test(file)) continue;
    const lang = language.toLowerCase();
    const voice = { lang, voice: language, name: (name ?? language).replace(/_/g, ' ') };
    voices.set(lang, voice);
    // A language listed only with regions (en-gb, fr-fr) is also offered under its own tag.
    const primary = lang.split('-')[0]!;
    if (!voices.has(primary)) voices.set(primary, { ...voice, lang: primary });
  }
  return voices;
}

export class Espeak {
  private readonly gate: Gate;

  private constructor(
    private readonly binary: string,
    readonly version: string,
    private readonly voices: Map<string, EspeakVoice>,
    concurrency: number,
    private readonly timeoutMs: number,
  ) {
    this.gate = new Gate(concurrency);
  }

  /** Finds the program and its voices; undefined when it is not installed. */
  static async probe(binary: string, concurrency: number, timeoutMs = 20_000): Promise<Espeak | undefined> {
    try {
      const version = (await runProcess(binary, ['--version'], '', 5000)).toString('utf8');
      const listing = (await runProcess(binary, ['--voices'], '', 5000)).toString('utf8');
      const v = /eSpeak NG text-to-speech: (\S+)/.exec(version)?.[1] ?? 'unknown';
      return new Espeak(binary, `espeak-ng ${v}`, parseVoices(listing), concurrency, timeoutMs);
    } catch {
      return undefined;
    }
  }

  /** The voice for a BCP 47 tag: German for every German variety (Leichte Sprache too), else by language. */
  voiceFor(lang: string): EspeakVoice | undefined {
    const tag = lang.toLowerCase();
    if (tag === 'de' || tag.startsWith('de-')) return this.voices.get('de');
    return this.voices.get(tag) ?? this.voices.get(tag.split('-')[0]!);
  }

  /** One voice per language (regional voices stay reachable by their full tag). */
  listVoices(): EspeakVoice[] {
    return [...this.voices.values()].filter((v) => !v.lang.includes('-'));
  }

  synth(text: string, options: SynthOptions): Promise<Pcm> {
    const args = ['-v', options.voice, '-s', String(Math.round(options.wordsPerMinute)), '-b', '1', '-z'];
    if (options.ssml) args.push('-m');
    args.push('--stdin', '--stdout');
    return this.gate.run(async () => readWav(await runProcess(this.binary, args, text, this.timeoutMs)));
  }
}

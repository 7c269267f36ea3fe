// „Vorlesen“ without a framework, for the embed and the React pages alike: the server's voice
// (`/v1/speech` + `/v1/speech/marks`, played through Web Audio so that a city page's `media-src` policy
// does not matter) with the word being spoken reported as it plays; or, where the city turned the server
// voice off, the browser's own speech synthesis with its word boundaries.

export interface SpokenMark {
  readonly word: string;
  readonly offset: number;
  /** Seconds into the audio; 0 for the browser's voice, which reports words as it reaches them. */
  readonly start: number;
  readonly end: number;
}

export type ReadAloudState = 'idle' | 'loading' | 'playing' | 'paused' | 'error';

export interface ReadAloudEvents {
  onState(state: ReadAloudState, message?: string): void;
  /** The word now spoken, or null when nothing is. */
  onWord(mark: SpokenMark | null): void;
}

/** What the service reads aloud with, asked once per page. */
let serverVoices: Promise<Set<string> | null> | undefined;

function voicesOf(root: URL): Promise<Set<string> | null> {
  serverVoices ??= fetch(new URL('v1/speech/voices', root))
    .then((r) => (r.ok ? (r.json() as Promise<{ available: boolean; voices: Array<{ lang: string }> }>) : null))
    .then((v) => (v?.available ? new Set(v.voices.map((x) => x.lang)) : null))
    .catch(() => null);
  return serverVoices;
}

const primary = (lang: string): string => lang.toLowerCase().split('-')[0]!;

/** The words of a text with their offsets, for the browser voice, which reports character positions only. */
function wordsOf(text: string): SpokenMark[] {
  return [...text.matchAll(/[\p{L}\p{N}][^\s]*/gu)].map((m) => ({
    word: m[0].replace(/[.,;:!?…)"“”'»«]+$/u, ''),
    offset: m.index,
    start: 0,
    end: 0,
  }));
}

async function problem(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}

export class ReadAloud {
  private context: AudioContext | null = null;
  private source: AudioBufferSourceNode | null = null;
  private frame = 0;
  private run = 0;
  private state: ReadAloudState = 'idle';
  private current: SpokenMark | null = null;

  constructor(
    private readonly serviceRoot: URL,
    private readonly events: ReadAloudEvents,
  ) {}

  get playing(): ReadAloudState {
    return this.state;
  }

  /** The word spoken now (to continue from it at another speed). */
  get word(): SpokenMark | null {
    return this.current;
  }

  /** Reads `text` from the first word at or after `fromOffset`. */
  async play(text: string, lang: string, rate = 1, fromOffset = 0): Promise<void> {
    this.stop();
    const run = ++this.run;
    this.setState('loading');
    // Made inside the click that started reading, so the browser lets it sound.
    this.context ??= typeof AudioContext === 'function' ? new AudioContext() : null;
    const voices = await voicesOf(this.serviceRoot);
    if (run !== this.run) return;
    const serverVoice = voices && (voices.has(lang.toLowerCase()) || voices.has(primary(lang)));
    try {
      if (serverVoice && this.context) await this.playServer(run, text, lang, rate, fromOffset);
      else this.playBrowser(run, text, lang, rate, fromOffset);
    } catch (err) {
      if (run === this.run) this.setState('error', (err as Error).message);
    }
  }

  pause(): void {
    if (this.state !== 'playing') return;
    if (this.source) void this.context?.suspend();
    else speechSynthesis.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    if (this.source) void this.context?.resume();
    else speechSynthesis.resume();
    this.setState('playing');
  }

  stop(): void {
    this.run++;
    cancelAnimationFrame(this.frame);
    if (this.source) {
      this.source.onended = null;
      try {
        this.source.stop();
      } catch {
        // never started
      }
      this.source.disconnect();
      this.source = null;
    }
    if (typeof speechSynthesis !== 'undefined' && (speechSynthesis.speaking || speechSynthesis.pending))
      speechSynthesis.cancel();
    void this.context?.resume();
    this.say(null);
    if (this.state !== 'idle' && this.state !== 'error') this.setState('idle');
  }

  private async playServer(run: number, text: string, lang: string, rate: number, fromOffset: number): Promise<void> {
    const init = (): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, lang, rate }),
    });
    const [marksRes, audioRes] = await Promise.all([
      fetch(new URL('v1/speech/marks', this.serviceRoot), init()),
      fetch(new URL('v1/speech', this.serviceRoot), init()),
    ]);
    if (!marksRes.ok) throw new Error(await problem(marksRes));
    if (!audioRes.ok) throw new Error(await problem(audioRes));
    const { marks } = (await marksRes.json()) as { marks: SpokenMark[] };
    const context = this.context!;
    const buffer = await context.decodeAudioData(await audioRes.arrayBuffer());
    if (run !== this.run) return;
    await context.resume();
    const from = marks.find((m) => m.offset >= fromOffset)?.start ?? 0;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    const begin = context.currentTime + 0.05;
    source.start(begin, from);
    this.source = source;
    this.setState('playing');
    source.onended = () => {
      if (run !== this.run) return;
      this.source = null;
      cancelAnimationFrame(this.frame);
      this.say(null);
      this.setState('idle');
    };
    const follow = (): void => {
      if (run !== this.run) return;
      const t = context.currentTime - begin + from;
      let i = -1;
      while (i + 1 < marks.length && marks[i + 1]!.start <= t) i++;
      const mark = i >= 0 && t < marks[i]!.end + 0.3 ? marks[i]! : null;
      this.say(mark);
      this.frame = requestAnimationFrame(follow);
    };
    this.frame = requestAnimationFrame(follow);
  }

  private playBrowser(run: number, text: string, lang: string, rate: number, fromOffset: number): void {
    if (typeof speechSynthesis === 'undefined') throw new Error('Dieser Browser kann nicht vorlesen.');
    const words = wordsOf(text).filter((w) => w.offset >= fromOffset);
    const start = words[0]?.offset ?? 0;
    const utterance = new SpeechSynthesisUtterance(text.slice(start));
    utterance.lang = lang.startsWith('de') ? 'de-DE' : lang;
    utterance.rate = rate;
    utterance.onboundary = (e) => {
      if (run !== this.run || e.name !== 'word') return;
      const at = start + e.charIndex;
      this.say([...words].reverse().find((w) => w.offset <= at) ?? null);
    };
    utterance.onend = () => {
      if (run !== this.run) return;
      this.say(null);
      this.setState('idle');
    };
    utterance.onerror = (e) => {
      if (run === this.run && e.error !== 'interrupted' && e.error !== 'canceled') this.setState('error', e.error);
    };
    speechSynthesis.speak(utterance);
    this.setState('playing');
  }

  private say(mark: SpokenMark | null): void {
    if (mark === this.current) return;
    this.current = mark;
    this.events.onWord(mark);
  }

  private setState(state: ReadAloudState, message?: string): void {
    this.state = state;
    this.events.onState(state, message);
  }
}

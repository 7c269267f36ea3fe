// Read-aloud: how long the server takes to synthesise a sentence it has not read before (espeak-ng, every
// phrase plus its word measurement), relative to how long the sentence plays, and a repeat from the cache.

export interface SpeechTimings {
  p50: number;
  p95: number;
  /** Synthesis time / audio duration: below 1 is faster than real time. */
  realTimeFactor: number;
  cachedP50: number;
  runs: number;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

export async function speechTimings(serviceUrl: string, runs = 20): Promise<SpeechTimings | string> {
  const voices = (await (await fetch(`${serviceUrl}/v1/speech/voices`)).json()) as { available: boolean };
  if (!voices.available) return 'Read aloud: espeak-ng not installed (apt-get install -y espeak-ng)';
  const fresh: number[] = [];
  let synthMs = 0;
  let audioS = 0;
  const ask = async (text: string): Promise<{ ms: number; duration: number }> => {
    const t0 = performance.now();
    const res = await fetch(`${serviceUrl}/v1/speech/marks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    const body = (await res.json()) as { duration: number };
    return { ms: performance.now() - t0, duration: body.duration };
  };
  for (let i = 0; i < runs; i++) {
    const { ms, duration } = await ask(`Ihr Termin im Bürgerbüro ist am ${i + 1}. März um ${8 + (i % 8)}:30 Uhr.`);
    fresh.push(ms);
    synthMs += ms;
    audioS += duration;
  }
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) cached.push((await ask('Ihr Termin im Bürgerbüro ist am 1. März um 8:30 Uhr.')).ms);
  return {
    p50: quantile(fresh, 0.5),
    p95: quantile(fresh, 0.95),
    realTimeFactor: synthMs / 1000 / audioS,
    cachedP50: quantile(cached, 0.5),
    runs,
  };
}

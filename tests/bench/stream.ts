import WebSocket from 'ws';

/** Time from a `sign` request to its first `timeline` message, over one connection, request after request. */
export async function firstTimelineLatency(
  wsUrl: string,
  text: string,
  runs: number,
): Promise<{ p50: number; p95: number; p99: number }> {
  const ws = new WebSocket(wsUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const id = `b${i}`;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const msg = JSON.parse(data.toString()) as { type: string; id?: string };
        if (msg.id !== id) return;
        if (msg.type === 'timeline' && times.length === i) times.push(performance.now() - started);
        if (msg.type === 'done' || msg.type === 'error') {
          ws.off('message', onMessage);
          resolve();
        }
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ type: 'sign', id, text }));
    });
    // Stay inside the per-connection rate limit.
    await new Promise((r) => setTimeout(r, 55));
  }
  ws.close();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

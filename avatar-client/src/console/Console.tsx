import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CONNECTION_LABELS, StreamClient, type ConnectionState } from '../net/stream.js';

export const TOKEN_KEY = 'bbs.console.token';

/**
 * Staff console: sends a text to a counter screen over the stream. The access key lives only in
 * sessionStorage (gone when the tab closes) and travels as `?access_token=` (browsers cannot set headers on
 * a WebSocket).
 */
export function Console({ makeUrl, initialChannel }: { makeUrl: (token: string) => string; initialChannel: string }) {
  const [channel, setChannel] = useState(initialChannel);
  const [text, setText] = useState('');
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [connection, setConnection] = useState<ConnectionState | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const clientRef = useRef<{ token: string; client: StreamClient; off: () => void } | null>(null);

  useEffect(
    () => () => {
      clientRef.current?.off();
      clientRef.current?.client.close();
    },
    [],
  );

  const clientFor = (key: string): StreamClient => {
    if (clientRef.current?.token === key) return clientRef.current.client;
    clientRef.current?.off();
    clientRef.current?.client.close();
    const client = new StreamClient(makeUrl(key));
    clientRef.current = { token: key, client, off: client.onState(setConnection) };
    return client;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const message = text.trim();
    if (!message || !channel.trim()) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    setBusy(true);
    setStatus('Sende …');
    try {
      const receivers = await clientFor(token).publish(channel.trim(), { text: message });
      setStatus(
        receivers === 0
          ? 'Gesendet, aber kein Bildschirm hört auf diesen Schalter.'
          : `Gesendet an ${receivers} ${receivers === 1 ? 'Bildschirm' : 'Bildschirme'}.`,
      );
    } catch (err) {
      const code = (err as { code?: string }).code;
      setStatus(
        code === 'FORBIDDEN' || code === 'UNAUTHORIZED'
          ? 'Der Zugangsschlüssel stimmt nicht.'
          : `Das hat nicht geklappt: ${(err as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="layout">
      <h1>Schalter-Konsole</h1>
      <form onSubmit={submit} className="input">
        <label htmlFor="channel">Schalter</label>
        <input
          id="channel"
          value={channel}
          pattern="[a-z0-9][a-z0-9._\-]*"
          maxLength={64}
          required
          onChange={(e) => setChannel(e.target.value)}
        />
        <label htmlFor="text">Text für den Bildschirm</label>
        <textarea id="text" rows={3} value={text} required onChange={(e) => setText(e.target.value)} />
        <label htmlFor="token">Zugangsschlüssel</label>
        <input id="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        <p className="hint">Der Schlüssel bleibt nur in diesem Browser-Tab gespeichert.</p>
        <div className="row">
          <button type="submit" disabled={busy}>
            Senden
          </button>
        </div>
      </form>
      <p role="status">{status}</p>
      {connection && <p className="connection">{CONNECTION_LABELS[connection]}</p>}
    </main>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ScreenPairingView } from '@bbs/protocol';
import { problemMessage, serviceRequest } from '../net/service.js';
import { CONNECTION_LABELS, StreamClient, type ConnectionState, type StreamUrl } from '../net/stream.js';

export const TOKEN_KEY = 'bbs.console.token';

const timeOf = (iso: string): string =>
  new Date(iso).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });

/**
 * Staff console: sends a text to a counter screen over the stream, and pairs new counter screens with a
 * one-time code. The access key lives only in sessionStorage (gone when the tab closes); the stream is
 * opened with a single-use ticket, so the key never appears in a URL.
 */
export function Console({
  makeUrl,
  initialChannel,
}: {
  makeUrl: (token: string) => StreamUrl;
  initialChannel: string;
}) {
  const [channel, setChannel] = useState(initialChannel);
  const [text, setText] = useState('');
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [connection, setConnection] = useState<ConnectionState | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [pairing, setPairing] = useState<ScreenPairingView | null>(null);
  const [pairingStatus, setPairingStatus] = useState('');
  const clientRef = useRef<{ token: string; client: StreamClient; off: () => void } | null>(null);

  useEffect(
    () => () => {
      clientRef.current?.off();
      clientRef.current?.client.close();
    },
    [],
  );

  const clientFor = (key: string): StreamClient => {
    const current = clientRef.current;
    // A refused key gets no more attempts from its client; a new try with it starts a new client.
    if (current?.token === key && current.client.state !== 'unauthorized') return current.client;
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

  const pairScreen = async () => {
    if (!channel.trim()) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    setPairing(null);
    setPairingStatus('Erzeuge Kopplungscode …');
    try {
      const made = await serviceRequest<ScreenPairingView>(token, 'POST', '/v1/screens', { channel: channel.trim() });
      setPairing(made);
      setPairingStatus('');
    } catch (err) {
      setPairingStatus(problemMessage(err));
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
      <section aria-labelledby="pairing-heading" className="input">
        <h2 id="pairing-heading">Bildschirm koppeln</h2>
        <p className="hint">
          Ein Schalter-Bildschirm zeigt nur, was an seinen Schalter geht, und nur, wenn er gekoppelt ist. Öffnen Sie am
          Bildschirm die Schalter-Anzeige und geben Sie dort den Code ein.
        </p>
        <div className="row">
          <button type="button" onClick={pairScreen} disabled={!token || !channel.trim()}>
            Kopplungscode für {channel.trim() || 'diesen Schalter'} erzeugen
          </button>
        </div>
        <p role="status">{pairingStatus}</p>
        {pairing && (
          <p className="pairing-code">
            Kopplungscode für {pairing.channel}: <strong data-testid="pairing-code">{pairing.code}</strong>
            <br />
            Gilt einmal, bis {timeOf(pairing.expiresAt)} Uhr.
          </p>
        )}
      </section>
    </main>
  );
}

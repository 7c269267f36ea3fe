import { useState, type FormEvent } from 'react';
import type { PairedScreen } from '@bbs/protocol';
import { problemMessage, serviceRequest } from '../net/service.js';

/** Where a paired screen keeps its key: a counter screen is a kiosk that must survive restarts. */
export const SCREEN_KEY = 'bbs.counter.screen';

export function storedScreen(): PairedScreen | null {
  try {
    const raw = localStorage.getItem(SCREEN_KEY);
    return raw ? (JSON.parse(raw) as PairedScreen) : null;
  } catch {
    return null;
  }
}

/**
 * A counter screen that is not paired yet: what counter screens show (names, numbers, appointments) is
 * not public, so a screen first proves with a one-time code from the staff console that it belongs here.
 */
export function Pairing({ onPaired, notice }: { onPaired: (screen: PairedScreen) => void; notice?: string }) {
  const [code, setCode] = useState('');
  const [status, setStatus] = useState(notice ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setStatus('Kopple …');
    try {
      const screen = await serviceRequest<PairedScreen>(null, 'POST', '/v1/screens/pair', { code: code.trim() });
      localStorage.setItem(SCREEN_KEY, JSON.stringify(screen));
      onPaired(screen);
    } catch (err) {
      setStatus(problemMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="pairing">
      <h1>Schalter-Bildschirm koppeln</h1>
      <p>
        Dieser Bildschirm ist noch nicht gekoppelt. Bitte erzeugen Sie in der Schalter-Konsole einen Kopplungscode und
        geben Sie ihn hier ein.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="pairing-code">Kopplungscode</label>
        <input
          id="pairing-code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
          required
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" disabled={busy}>
          Koppeln
        </button>
      </form>
      <p role="status">{status}</p>
    </main>
  );
}

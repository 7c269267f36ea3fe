import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { PairedScreen } from '@bbs/protocol';
import { StreamClient } from '../net/stream.js';
import { ticketUrl } from '../net/ticket.js';
import { Counter } from './Counter.js';
import { Pairing, SCREEN_KEY, storedScreen } from './Pairing.js';
import './counter.css';

/** The paired screen's key opens the stream (by ticket) for the one channel it was paired for. */
function CounterScreen() {
  const [screen, setScreen] = useState<PairedScreen | null>(storedScreen);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [client, setClient] = useState<StreamClient | null>(null);

  // Made in an effect, not during render: the client opens a connection and must be closed with the screen.
  useEffect(() => {
    if (!screen) return undefined;
    const made = new StreamClient(ticketUrl(screen.token));
    const off = made.onState((state) => {
      if (state !== 'unauthorized') return;
      // The key was revoked: the screen forgets it and asks to be paired again.
      localStorage.removeItem(SCREEN_KEY);
      setNotice('Die Kopplung dieses Bildschirms wurde aufgehoben. Bitte koppeln Sie ihn neu.');
      setScreen(null);
    });
    setClient(made);
    return () => {
      off();
      made.close();
      setClient(null);
    };
  }, [screen]);

  if (!screen || !client) return <Pairing onPaired={setScreen} {...(notice ? { notice } : {})} />;
  return <Counter client={client} channel={screen.channel} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CounterScreen />
  </StrictMode>,
);

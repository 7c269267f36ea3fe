import { useEffect, useMemo, useState } from 'react';
import { HANDSHAPES } from '../data/handshapes.js';
import { CONNECTION_LABELS, type ConnectionState, type StreamClient } from '../net/stream.js';
import { SentenceQueue } from '../player/queue.js';
import { AvatarCanvas } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';
import { ReadAloudText } from '../speech/ReadAloudText.js';

export const IDLE_TEXT = 'Bitte warten Sie – Ihre Nummer wird aufgerufen.';

/**
 * The counter screen: a full-screen avatar with large captions. It listens on one channel; each message's
 * text is signed over the stream and played sentence by sentence as the timelines arrive.
 */
export function Counter({ client, channel }: { client: StreamClient; channel: string }) {
  const controller = useMemo(() => new AvatarController(HANDSHAPES), []);
  const [connection, setConnection] = useState<ConnectionState>(client.state);
  const [gloss, setGloss] = useState<string | null>(null);
  const [sentence, setSentence] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const queue = useMemo(
    () =>
      new SentenceQueue(
        controller,
        (tl) => setSentence(tl.sentence?.text ?? null),
        () => {
          setSentence(null);
        },
      ),
    [controller],
  );

  useEffect(() => client.onState(setConnection), [client]);

  useEffect(() => {
    let wasEnded = true;
    return controller.subscribe(({ pose, ended }) => {
      setGloss((g) => (g === pose.currentGloss ? g : pose.currentGloss));
      if (ended && !wasEnded) queue.ended();
      wasEnded = ended;
    });
  }, [controller, queue]);

  useEffect(
    () =>
      client.subscribe(channel, (msg) => {
        const text = msg.payload.text.trim();
        if (!text) return;
        setAnnouncement(text);
        setProblem(null);
        queue.clear();
        client
          .sign(text, 1, (tl) => queue.push(tl))
          .catch(() => setProblem('Die Gebärden konnten nicht geladen werden.'));
      }),
    [client, channel, queue],
  );

  const idle = !announcement;
  return (
    <main className="counter">
      <section className="counter-stage" aria-label="Gebärdensprach-Avatar">
        <AvatarCanvas controller={controller} framing="counter" />
      </section>
      <section className="counter-captions" aria-live="polite">
        <p className="gloss">{gloss ?? '\u00a0'}</p>
        <p className="sentence">{idle ? IDLE_TEXT : (sentence ?? announcement)}</p>
        {problem && <p className="problem">{problem}</p>}
      </section>
      {announcement && <ReadAloudText text={announcement} lang="de" />}
      <p className={`connection connection-${connection}`} role="status">
        Schalter {channel}: {CONNECTION_LABELS[connection]}
      </p>
    </main>
  );
}

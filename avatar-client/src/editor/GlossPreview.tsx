import { useEffect, useMemo, useState } from 'react';
import type { Timeline } from '@bbs/protocol';
import { HANDSHAPES } from '../data/handshapes.js';
import { AvatarCanvas } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';

/** The avatar signing the glosses as they stand in the editor, so a reviewer sees what they approve. */
export default function GlossPreview({ lines }: { lines: readonly string[] }) {
  const controller = useMemo(() => new AvatarController(HANDSHAPES), []);
  const [gloss, setGloss] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(
    () =>
      controller.subscribe(({ pose }) => {
        setGloss((g) => (g === pose.currentGloss ? g : pose.currentGloss));
      }),
    [controller],
  );

  const play = async () => {
    const glosses = lines.flatMap((l) => l.split(/\s+/).filter(Boolean)).slice(0, 500);
    if (glosses.length === 0) return;
    setStatus('Lade die Gebärden …');
    try {
      const res = await fetch(new URL('../v1/sign', new URL(import.meta.env.BASE_URL, location.href)), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ glosses }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      controller.load(((await res.json()) as { timeline: Timeline }).timeline);
      setStatus('Der Avatar gebärdet die Glossen.');
    } catch (err) {
      setStatus(`Das hat nicht geklappt: ${(err as Error).message}`);
    }
  };

  return (
    <div className="gloss-preview">
      <div className="stage" aria-hidden="true">
        <AvatarCanvas controller={controller} />
      </div>
      <button type="button" onClick={() => void play()}>
        Glossen gebärden lassen
      </button>
      <p aria-live="polite">
        {status}
        {gloss && <span className="current-gloss"> Jetzt: {gloss}</span>}
      </p>
    </div>
  );
}

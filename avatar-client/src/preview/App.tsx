import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Camera, WebGLRenderer } from 'three';
import { Vector3 } from 'three';
import type { Timeline } from '@bbs/protocol';
import { HANDSHAPES } from '../data/handshapes.js';
import { AvatarCanvas, BACKGROUND } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';
import { installTestHook } from './testHook.js';

interface SignResponse {
  timeline: Timeline;
  sentences?: unknown;
  review?: unknown;
}

/** Grabs renderer and camera for the test hook. */
function Grab({ onReady }: { onReady: (gl: WebGLRenderer, camera: Camera) => void }) {
  const { gl, camera } = useThree();
  useEffect(() => onReady(gl, camera), [gl, camera, onReady]);
  return null;
}

export function App({ testMode }: { testMode: boolean }) {
  const controller = useMemo(() => new AvatarController(HANDSHAPES), []);
  const [text, setText] = useState('');
  const [speed, setSpeed] = useState(1);
  const [status, setStatus] = useState('');
  const [gloss, setGloss] = useState<string | null>(null);
  const [sentence, setSentence] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [busy, setBusy] = useState(false);
  const glRef = useRef<{ gl: WebGLRenderer; camera: Camera } | null>(null);

  useEffect(
    () =>
      controller.subscribe(({ pose, ended }) => {
        setGloss((g) => (g === pose.currentGloss ? g : pose.currentGloss));
        setPlaying((p) => (p === controller.clock.playing ? p : controller.clock.playing));
        if (ended) setStatus('Fertig.');
      }),
    [controller],
  );

  useEffect(() => {
    if (!testMode) return;
    return installTestHook(
      controller,
      () => glRef.current,
      BACKGROUND,
      (tl) => {
        setSentence(tl.sentence?.text ?? null);
      },
    );
  }, [controller, testMode]);

  const play = (timeline: Timeline) => {
    controller.load(timeline);
    setSentence(timeline.sentence?.text ?? null);
    setPlaying(true);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setStatus('Übersetze …');
    try {
      const res = await fetch(new URL('../v1/sign', new URL(import.meta.env.BASE_URL, location.href)), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, speed }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as SignResponse;
      play(body.timeline);
      setStatus('Der Avatar gebärdet.');
    } catch (err) {
      setStatus(`Das hat nicht geklappt: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="layout">
      <h1>Gebärdensprach-Avatar (Vorschau)</h1>
      <nav aria-label="Weitere Seiten">
        <a href="gallery.html">Galerie: alle Handformen und Gebärden</a>
      </nav>
      <form onSubmit={submit} className="input">
        <label htmlFor="text">Text auf Deutsch</label>
        <textarea id="text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="row">
          <label htmlFor="speed">
            Tempo: <output htmlFor="speed">{speed.toFixed(1)}</output>
          </label>
          <input
            id="speed"
            type="range"
            min={0.5}
            max={1.5}
            step={0.1}
            value={speed}
            aria-valuetext={`Tempo ${speed.toFixed(1)}`}
            onChange={(e) => setSpeed(Number(e.target.value))}
          />
          <button type="submit" disabled={busy}>
            Gebärden
          </button>
        </div>
        <p className="hint">Das Tempo gilt für die nächste Übersetzung.</p>
      </form>
      <section className="stage" aria-label="Avatar">
        <AvatarCanvas controller={controller} preserveDrawingBuffer={testMode}>
          <Grab
            onReady={(gl, camera) => {
              glRef.current = { gl, camera };
            }}
          />
        </AvatarCanvas>
        <div className="captions" aria-live="polite">
          <p className="gloss">{gloss ?? '\u00a0'}</p>
          <p className="sentence">{sentence ?? ''}</p>
        </div>
      </section>
      <div className="controls" role="group" aria-label="Wiedergabe">
        <button type="button" aria-pressed={playing} onClick={() => controller.clock.toggle()}>
          {playing ? 'Pause' : 'Abspielen'}
        </button>
        <button type="button" onClick={() => controller.clock.replay()}>
          Wiederholen
        </button>
      </div>
      <p role="status">{status}</p>
    </main>
  );
}

export { Vector3 };

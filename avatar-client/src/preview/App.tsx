import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Camera, WebGLRenderer } from 'three';
import type { Timeline } from '@bbs/protocol';
import { HANDSHAPES } from '../data/handshapes.js';
import { lexiconReview } from '../data/review.js';
import { MARK_LABELS, sentenceAt, sentenceSpans, signMark, type SentenceSpan } from '../player/captions.js';
import { signSteps, stepAt } from '../player/steps.js';
import { AvatarCanvas, BACKGROUND } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';
import { Grab } from '../scene/Grab.js';
import { SignCaption } from '../ui/SignCaption.js';
import { ReadAloudText } from '../speech/ReadAloudText.js';
import { Checker } from './Checker.js';
import { installTestHook } from './testHook.js';

interface SignResponse {
  timeline: Timeline;
  sentences?: Timeline[];
  review?: unknown;
}

/** Caption spans for a timeline: per sentence when the service sent them, else the timeline's own text. */
function spansFor(timeline: Timeline, sentences?: readonly Timeline[]): SentenceSpan[] {
  if (sentences && sentences.length > 0) return sentenceSpans(sentences);
  return timeline.sentence ? [{ text: timeline.sentence.text, start: 0, end: timeline.duration }] : [];
}

export function App({ testMode }: { testMode: boolean }) {
  const controller = useMemo(() => new AvatarController(HANDSHAPES), []);
  const [text, setText] = useState('');
  const [speed, setSpeed] = useState(1);
  const [status, setStatus] = useState('');
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [spans, setSpans] = useState<SentenceSpan[]>([]);
  const [itemIndex, setItemIndex] = useState(-1);
  const [sentenceIndex, setSentenceIndex] = useState(-1);
  const [playing, setPlaying] = useState(false);
  const [busy, setBusy] = useState(false);
  const glRef = useRef<{ gl: WebGLRenderer; camera: Camera } | null>(null);
  const spansRef = useRef<SentenceSpan[]>([]);

  useEffect(
    () =>
      controller.subscribe(({ pose, ended }) => {
        // State changes only when the caption does, not every frame.
        setItemIndex((i) => (i === pose.currentItemIndex ? i : pose.currentItemIndex));
        const s = sentenceAt(spansRef.current, pose.t);
        setSentenceIndex((k) => (k === s ? k : s));
        setPlaying((p) => (p === controller.clock.playing ? p : controller.clock.playing));
        if (ended) setStatus('Fertig.');
      }),
    [controller],
  );

  const play = (tl: Timeline, sentences?: readonly Timeline[]) => {
    const next = spansFor(tl, sentences);
    spansRef.current = next;
    setSpans(next);
    setTimeline(tl);
    controller.load(tl);
    setPlaying(true);
  };

  useEffect(() => {
    if (!testMode) return;
    return installTestHook(
      controller,
      () => glRef.current,
      BACKGROUND,
      (tl) => {
        const next = spansFor(tl);
        spansRef.current = next;
        setSpans(next);
        setTimeline(tl);
      },
    );
  }, [controller, testMode]);

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
      play(body.timeline, body.sentences);
      setStatus('Der Avatar gebärdet.');
    } catch (err) {
      setStatus(`Das hat nicht geklappt: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const item = timeline && itemIndex >= 0 ? timeline.items[itemIndex] : undefined;
  const gloss = item && item.kind !== 'pause' ? item.gloss : null;
  const mark = signMark(item, lexiconReview);
  const sentence = spans[sentenceIndex]?.text ?? timeline?.sentence?.text ?? '';
  const steps = timeline ? signSteps(timeline) : [];
  const current = timeline && item ? stepAt(timeline, item.start) : null;

  const step = (direction: 'previous' | 'next') => {
    const s = direction === 'next' ? controller.clock.stepNext() : controller.clock.stepPrevious();
    setPlaying(false);
    setStatus(s ? `Angehalten bei ${s.gloss}.` : 'Keine weitere Gebärde.');
  };

  return (
    <main className="layout">
      <h1>Gebärdensprach-Avatar (Vorschau)</h1>
      <nav aria-label="Weitere Seiten">
        <a href="gallery.html">Galerie: alle Handformen und Gebärden</a> ·{' '}
        <a href="editor.html">Redaktion: prüfen und freigeben</a>
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
      <ReadAloudText text={text} lang="de" />
      <Checker text={text} />
      <section className="stage" aria-label="Avatar">
        <div className="canvas">
          <AvatarCanvas controller={controller} framing="preview" preserveDrawingBuffer={testMode}>
            <Grab
              onReady={(gl, camera) => {
                glRef.current = { gl, camera };
              }}
            />
          </AvatarCanvas>
        </div>
        {/* Below the avatar, never over it: the hands at rest and low signs stay visible. */}
        <div className="captions" aria-live="polite">
          <SignCaption gloss={gloss} mark={mark} />
          <p className="sentence">{sentence}</p>
        </div>
      </section>
      <div className="controls" role="group" aria-label="Wiedergabe">
        <button type="button" disabled={!timeline} onClick={() => step('previous')}>
          Vorherige Gebärde
        </button>
        <button
          type="button"
          disabled={!timeline}
          onClick={() => {
            controller.clock.toggle();
            setPlaying(controller.clock.playing);
          }}
        >
          {playing ? 'Pause' : 'Abspielen'}
        </button>
        <button type="button" disabled={!timeline} onClick={() => step('next')}>
          Nächste Gebärde
        </button>
        <button type="button" disabled={!timeline} onClick={() => controller.clock.replay()}>
          Wiederholen
        </button>
      </div>
      {steps.length > 0 ? (
        <section aria-labelledby="steps-heading" className="steps">
          <h2 id="steps-heading">Gebärdenfolge</h2>
          <ol>
            {steps.map((s) => {
              const m = signMark(timeline!.items[s.index], lexiconReview);
              const isCurrent = current?.index === s.index;
              return (
                <li key={s.index}>
                  <button
                    type="button"
                    className={m ? `step marked mark-${m}` : 'step'}
                    aria-current={isCurrent ? 'step' : undefined}
                    onClick={() => {
                      controller.clock.seek(s.at);
                      setPlaying(false);
                    }}
                  >
                    {s.gloss}
                    {m ? <span className="mark"> ({MARK_LABELS[m]})</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <p role="status">{status}</p>
    </main>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { SignEntry, Timeline } from '@bbs/protocol';
import { HANDSHAPES, HANDSHAPE_LIST } from '../data/handshapes.js';
import { lexiconReview } from '../data/review.js';
import { SIGNS } from '../data/signs.js';
import { signMark, type SignMark } from '../player/captions.js';
import { SignCaption } from '../ui/SignCaption.js';
import { AvatarCanvas } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';
import { handshapeTimeline, matchesSign, reviewLabel, type ReviewFilter } from './timelines.js';

type Selection = { kind: 'handshape'; id: string } | { kind: 'sign'; id: string };

/** Asks the service for the compiled timeline of one lexicon sign. */
async function fetchSignTimeline(id: string): Promise<Timeline> {
  const res = await fetch(new URL('../v1/sign', new URL(import.meta.env.BASE_URL, location.href)), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ glosses: [id] }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { timeline: Timeline }).timeline;
}

function DraftMarker({ sign }: { sign: SignEntry }) {
  return (
    <span className={sign.review.status === 'draft' ? 'review draft' : 'review approved'}>
      {reviewLabel(sign.review)}
    </span>
  );
}

/** The reviewers' gallery: every handshape and every lexicon sign, shown on the avatar on selection. */
export function Gallery() {
  const controller = useMemo(() => new AvatarController(HANDSHAPES), []);
  const [query, setQuery] = useState('');
  const [review, setReview] = useState<ReviewFilter>('all');
  const [selected, setSelected] = useState<Selection | null>(null);
  const [gloss, setGloss] = useState<string | null>(null);
  const [mark, setMark] = useState<SignMark>(null);
  const showMarks = useRef(false);
  const [status, setStatus] = useState('');
  const request = useRef(0);

  useEffect(
    () =>
      controller.subscribe(({ pose, ended }) => {
        setGloss((g) => (g === pose.currentGloss ? g : pose.currentGloss));
        // A handshape on its own is shown like a spelled letter, but it is no sign: no mark then.
        const item = controller.clock.timeline?.items[pose.currentItemIndex];
        const m = showMarks.current ? signMark(item, lexiconReview) : null;
        setMark((old) => (old === m ? old : m));
        if (ended) setStatus('Fertig.');
      }),
    [controller],
  );

  const q = query.trim().toLocaleLowerCase('de');
  const shapes = useMemo(
    () =>
      HANDSHAPE_LIST.filter(
        (h) => !q || h.id.toLocaleLowerCase('de').includes(q) || h.name.toLocaleLowerCase('de').includes(q),
      ),
    [q],
  );
  const signs = useMemo(() => SIGNS.filter((s) => matchesSign(s, query, review)), [query, review]);
  const sign = selected?.kind === 'sign' ? SIGNS.find((s) => s.id === selected.id) : undefined;
  const shape = selected?.kind === 'handshape' ? HANDSHAPE_LIST.find((h) => h.id === selected.id) : undefined;

  const showHandshape = (id: string) => {
    request.current++;
    setSelected({ kind: 'handshape', id });
    showMarks.current = false;
    controller.load(handshapeTimeline(id));
    setStatus(`Handform ${id} wird gezeigt.`);
  };

  const showSign = async (id: string) => {
    const n = ++request.current;
    setSelected({ kind: 'sign', id });
    setStatus(`Lade ${id} …`);
    try {
      const timeline = await fetchSignTimeline(id);
      if (n !== request.current) return;
      showMarks.current = true;
      controller.load(timeline);
      setStatus(`Der Avatar gebärdet ${id}.`);
    } catch (err) {
      if (n === request.current) setStatus(`Das hat nicht geklappt: ${(err as Error).message}`);
    }
  };

  return (
    <main className="layout gallery">
      <h1>Galerie: Handformen und Gebärden</h1>
      <p className="hint">
        Für die Prüfung durch Gebärdensprachkompetente. Auswahl mit Tab und Eingabetaste; der Avatar zeigt die Auswahl.{' '}
        <a href="./">Zur Vorschau</a>
      </p>
      <div className="row filters" role="search">
        <label htmlFor="search">Suchen</label>
        <input id="search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor="review">Prüfstatus</label>
        <select id="review" value={review} onChange={(e) => setReview(e.target.value as ReviewFilter)}>
          <option value="all">Alle</option>
          <option value="draft">Entwurf – nicht geprüft</option>
          <option value="approved">Geprüft</option>
        </select>
      </div>
      <div className="gallery-grid">
        <div className="gallery-lists">
          <section aria-labelledby="shapes-heading">
            <h2 id="shapes-heading">
              Handformen <span className="count">({shapes.length})</span>
            </h2>
            <ul className="items" aria-label="Handformen">
              {shapes.map((h) => (
                <li key={h.id}>
                  <button
                    type="button"
                    aria-pressed={selected?.kind === 'handshape' && selected.id === h.id}
                    onClick={() => showHandshape(h.id)}
                  >
                    <span className="id">{h.id}</span> <span className="lemmas">{h.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="signs-heading">
            <h2 id="signs-heading">
              Gebärden <span className="count">({signs.length})</span>
            </h2>
            <ul className="items" aria-label="Gebärden">
              {signs.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    aria-pressed={selected?.kind === 'sign' && selected.id === s.id}
                    onClick={() => void showSign(s.id)}
                  >
                    <span className="id">{s.id}</span>{' '}
                    <span className="lemmas">{s.lemmas.map((l) => l.lemma).join(', ')}</span> <DraftMarker sign={s} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div className="gallery-view">
          <section className="stage" aria-label="Avatar">
            <AvatarCanvas controller={controller} />
            <div className="captions" aria-live="polite">
              <SignCaption gloss={gloss} mark={mark} />
            </div>
          </section>
          <div className="controls" role="group" aria-label="Wiedergabe">
            <button type="button" disabled={!selected} onClick={() => controller.clock.replay()}>
              Wiederholen
            </button>
          </div>
          <section className="details" aria-label="Auswahl">
            {sign ? (
              <dl>
                <dt>Glosse</dt>
                <dd className="id">{sign.id}</dd>
                <dt>Lemmata</dt>
                <dd>{sign.lemmas.map((l) => (l.sense ? `${l.lemma} (${l.sense})` : l.lemma)).join(', ')}</dd>
                <dt>Prüfstatus</dt>
                <dd>
                  <DraftMarker sign={sign} />
                </dd>
                <dt>Erstellt von</dt>
                <dd>{sign.source.by}</dd>
                {sign.notes ? (
                  <>
                    <dt>Anmerkungen</dt>
                    <dd>{sign.notes}</dd>
                  </>
                ) : null}
              </dl>
            ) : shape ? (
              <dl>
                <dt>Handform</dt>
                <dd className="id">{shape.id}</dd>
                <dt>Name</dt>
                <dd>{shape.name}</dd>
                {shape.description ? (
                  <>
                    <dt>Beschreibung</dt>
                    <dd>{shape.description}</dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <p>Nichts ausgewählt.</p>
            )}
          </section>
          <p role="status">{status}</p>
        </div>
      </div>
    </main>
  );
}

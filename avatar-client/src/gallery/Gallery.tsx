import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SignEntry, Timeline } from '@bbs/protocol';
import { HANDSHAPES, HANDSHAPE_LIST } from '../data/handshapes.js';
import { SIGNS } from '../data/signs.js';
import { problemMessage } from '../net/service.js';
import { signMark, type SignMark } from '../player/captions.js';
import { installTestHook } from '../preview/testHook.js';
import { SignCaption } from '../ui/SignCaption.js';
import { useStaffSignIn } from '../ui/SignIn.js';
import { AvatarCanvas, BACKGROUND } from '../scene/AvatarCanvas.js';
import { AvatarController } from '../scene/controller.js';
import { fetchLexicon, fetchSignTimeline, LexiconApi, type SignReviewRecord } from './api.js';
import { describeForm } from './describe.js';
import { SignReview } from './SignReview.js';
import {
  correctedTimeline,
  correctionChanges,
  correctSign,
  handshapeTimeline,
  matchesSign,
  reviewLabel,
  type CorrectionField,
  type ReviewFilter,
} from './timelines.js';

type Selection = { kind: 'handshape'; id: string } | { kind: 'sign'; id: string };

function DraftMarker({ sign }: { sign: SignEntry }) {
  return (
    <span className={sign.review.status === 'draft' ? 'review draft' : 'review approved'}>
      {reviewLabel(sign.review)}
    </span>
  );
}

/**
 * The reviewers' gallery: every handshape and every lexicon sign, shown on the avatar on selection. Signing
 * reviewers sign in with their key to approve a draft sign or correct its form; the avatar signs each
 * correction at once, before it is saved. Without a key it is a public view of the lexicon.
 */
export function Gallery({ testMode = false }: { testMode?: boolean }) {
  const controller = useMemo(() => new AvatarController(HANDSHAPES), []);
  const [query, setQuery] = useState('');
  const [review, setReview] = useState<ReviewFilter>('all');
  const [selected, setSelected] = useState<Selection | null>(null);
  const [gloss, setGloss] = useState<string | null>(null);
  const [mark, setMark] = useState<SignMark>(null);
  const showMarks = useRef(false);
  const [status, setStatus] = useState('');
  const request = useRef(0);
  // The lexicon in force at the service (reviewers' decisions laid over); the bundled copy until it answers.
  const [lexicon, setLexicon] = useState<readonly SignEntry[]>(SIGNS);
  const reviewOf = useRef(new Map<string, SignEntry['review']['status']>());
  // The selected sign's timeline as the service compiles it, the base of every corrected preview.
  const base = useRef<{ id: string; timeline: Timeline } | null>(null);
  const [draft, setDraft] = useState<SignEntry | null>(null);
  /** Which of the sign's segments the correction form edits. */
  const [segment, setSegment] = useState(0);
  const [history, setHistory] = useState<{ id: string; records: SignReviewRecord[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = useStaffSignIn(
    (key) => new LexiconApi(key),
    (api) => api.check(SIGNS[0]?.id ?? 'A'),
  );
  const { api, setStatus: setReviewStatus } = signIn;

  useEffect(() => {
    reviewOf.current = new Map(lexicon.map((s) => [s.id, s.review.status] as const));
  }, [lexicon]);

  const reloadLexicon = useCallback(async () => {
    const signs = await fetchLexicon();
    setLexicon([...signs].sort((a, b) => a.id.localeCompare(b.id, 'de')));
  }, []);

  useEffect(() => {
    // An older service without the lexicon route: the bundled copy stays.
    reloadLexicon().catch(() => undefined);
  }, [reloadLexicon]);

  useEffect(
    () =>
      controller.subscribe(({ pose, ended }) => {
        // The gallery shows one sign at a time: its gloss stays on screen between the moves and after the end,
        // so reviewers can read what they just watched (a new sign clears it when it is loaded).
        setGloss((g) => pose.currentGloss ?? g);
        // A handshape on its own is shown like a spelled letter, but it is no sign: no mark then.
        const item = controller.clock.timeline?.items[pose.currentItemIndex];
        const m = showMarks.current ? signMark(item, (g) => reviewOf.current.get(g)) : null;
        setMark((old) => (old === m ? old : m));
        if (ended) setStatus('Fertig.');
      }),
    [controller],
  );

  useEffect(() => {
    if (!testMode) return;
    return installTestHook(
      controller,
      () => null,
      BACKGROUND,
      () => undefined,
    );
  }, [controller, testMode]);

  const q = query.trim().toLocaleLowerCase('de');
  const shapes = useMemo(
    () =>
      HANDSHAPE_LIST.filter(
        (h) => !q || h.id.toLocaleLowerCase('de').includes(q) || h.name.toLocaleLowerCase('de').includes(q),
      ),
    [q],
  );
  const signs = useMemo(() => lexicon.filter((s) => matchesSign(s, query, review)), [lexicon, query, review]);
  const sign = selected?.kind === 'sign' ? lexicon.find((s) => s.id === selected.id) : undefined;
  const shape = selected?.kind === 'handshape' ? HANDSHAPE_LIST.find((h) => h.id === selected.id) : undefined;
  const signId = sign?.id;
  const form = useMemo(() => (sign ? describeForm(sign, HANDSHAPE_LIST) : null), [sign]);

  // The selected sign's review history, for signed-in staff.
  const loadHistory = useCallback(
    async (id: string) => {
      if (!api) return;
      try {
        setHistory({ id, records: await api.history(id) });
      } catch {
        setHistory({ id, records: [] });
      }
    },
    [api],
  );
  useEffect(() => {
    if (signId && api) void loadHistory(signId);
  }, [signId, api, loadHistory]);

  const showHandshape = (id: string) => {
    request.current++;
    setSelected({ kind: 'handshape', id });
    setDraft(null);
    showMarks.current = false;
    controller.load(handshapeTimeline(id));
    setStatus(`Handform ${id} wird gezeigt.`);
  };

  const discardNotice = () => {
    if (sign && draft?.id === sign.id && correctionChanges(sign, draft).length > 0) {
      setReviewStatus(`Die ungespeicherte Korrektur von ${sign.id} wurde verworfen.`);
    }
  };

  /**
   * Plays a sign as the service compiles it. `select` selects it; `refresh` only renews the base of the
   * previews (after an approval); `replay` also plays it again (after a correction: the form as saved).
   */
  const showSign = async (id: string, mode: 'select' | 'refresh' | 'replay' = 'select') => {
    const n = mode === 'select' ? ++request.current : request.current;
    if (mode === 'select') {
      discardNotice();
      setSelected({ kind: 'sign', id });
      setDraft(null);
      setSegment(0);
      setStatus(`Lade ${id} …`);
    }
    try {
      const timeline = await fetchSignTimeline(id);
      if (n !== request.current) return;
      base.current = { id, timeline };
      if (mode === 'refresh') return;
      showMarks.current = true;
      setGloss(null);
      controller.load(timeline);
      setStatus(mode === 'replay' ? `Der Avatar gebärdet ${id}, wie gespeichert.` : `Der Avatar gebärdet ${id}.`);
    } catch (err) {
      if (n === request.current && mode !== 'refresh') setStatus(`Das hat nicht geklappt: ${(err as Error).message}`);
    }
  };

  /** One field of the correction form changed: the avatar signs the corrected form at once. */
  const edit = (field: CorrectionField, value: string) => {
    if (!sign) return;
    const next = correctSign(draft?.id === sign.id ? draft : sign, field, value, segment);
    setDraft(next);
    if (base.current?.id === sign.id) {
      showMarks.current = true;
      controller.load(correctedTimeline(base.current.timeline, next));
      setStatus(`Der Avatar gebärdet die Korrektur von ${sign.id} (noch nicht gespeichert).`);
    }
  };

  const resetDraft = () => {
    if (!sign) return;
    setDraft(null);
    if (base.current?.id === sign.id) controller.load(base.current.timeline);
    setReviewStatus('Die Korrektur wurde zurückgesetzt.');
    setStatus(`Der Avatar gebärdet ${sign.id}.`);
  };

  /** After a decision: the list from the service, the history, and the base of the previews. */
  const afterDecision = async (saved: SignEntry, replay: boolean) => {
    setDraft(null);
    document.getElementById('review-state')?.focus();
    await Promise.all([
      reloadLexicon().catch(() => setLexicon((l) => l.map((s) => (s.id === saved.id ? saved : s)))),
      loadHistory(saved.id),
      showSign(saved.id, replay ? 'replay' : 'refresh'),
    ]);
  };

  const approve = async () => {
    if (!api || !sign) return;
    setBusy(true);
    setReviewStatus(`Gebe ${sign.id} frei …`);
    try {
      const saved = await api.approve(sign.id);
      await afterDecision(saved, false);
      setReviewStatus(`${saved.id} ist freigegeben: ${reviewLabel(saved.review)}.`);
    } catch (err) {
      setReviewStatus(problemMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const save = async (andApprove: boolean) => {
    if (!api || !sign || draft?.id !== sign.id) return;
    setBusy(true);
    setReviewStatus(`Speichere die Korrektur von ${sign.id} …`);
    try {
      const saved = await api.correct(draft, andApprove);
      await afterDecision(saved, true);
      setReviewStatus(
        andApprove
          ? `Korrektur gespeichert und freigegeben: ${reviewLabel(saved.review)}.`
          : 'Korrektur gespeichert. Die Gebärde bleibt ein Entwurf, bis jemand sie freigibt.',
      );
    } catch (err) {
      setReviewStatus(problemMessage(err, 'Speichern nicht möglich'));
    } finally {
      setBusy(false);
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
          <div className="stage-sticky">
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
            <p role="status">{status}</p>
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
                <dt>Form</dt>
                <dd>{form!.kind}</dd>
                {form!.sequence ? (
                  <>
                    <dt>Zusammensetzung</dt>
                    <dd>{form!.sequence}</dd>
                  </>
                ) : null}
                {form!.segments.length > 0 ? (
                  <>
                    <dt>{form!.segments.length > 1 ? 'Segmente' : 'Segment'}</dt>
                    <dd>
                      <ol className="segments" aria-label="Segmente">
                        {form!.segments.map((text, i) => (
                          <li key={i}>{text}</li>
                        ))}
                      </ol>
                    </dd>
                  </>
                ) : null}
                {form!.variants.length > 0 ? (
                  <>
                    <dt>Regionale Varianten</dt>
                    <dd>
                      <ul>
                        {form!.variants.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
                {form!.agreement ? (
                  <>
                    <dt>Richtung</dt>
                    <dd>{form!.agreement}</dd>
                  </>
                ) : null}
                {form!.homonyms.length > 0 ? (
                  <>
                    <dt>Gleiche Form wie</dt>
                    <dd>
                      <ul>
                        {form!.homonyms.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
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
          <SignReview
            sign={sign}
            draft={sign ? (draft?.id === sign.id ? draft : sign) : undefined}
            handshapes={HANDSHAPE_LIST}
            signIn={signIn}
            history={sign && history?.id === sign.id ? history.records : null}
            busy={busy}
            segment={segment}
            onSegment={setSegment}
            onEdit={edit}
            onReset={resetDraft}
            onApprove={() => void approve()}
            onSave={(andApprove) => void save(andApprove)}
          />
        </div>
      </div>
    </main>
  );
}

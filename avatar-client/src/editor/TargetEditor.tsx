import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { TargetState } from '@bbs/protocol';
import { ApiProblem, type ReviewApi } from './api.js';
import { engineName, formatTime, GUARD_REASON_LABELS, LS_CONCERN_LABELS, STATUS_LABELS, targetName } from './labels.js';
import { Checker } from '../preview/Checker.js';
import { ReadAloudText } from '../speech/ReadAloudText.js';
import { WordDiff } from './WordDiff.js';

// three.js loads only when a DGS target is on screen.
const GlossPreview = lazy(() => import('./GlossPreview.js'));

type Sentence = NonNullable<TargetState['proposal']>['sentences'][number];

function SignChips({ signs }: { signs: NonNullable<Sentence['signs']> }) {
  return (
    <ul className="signs" aria-label="Gebärden dieses Satzes">
      {signs.map((s, i) => {
        const mark = s.kind === 'fingerspell' ? 'buchstabiert' : s.review === 'draft' ? 'Entwurf' : null;
        return (
          <li key={i} className={mark ? 'sign sign-marked' : 'sign'}>
            {s.gloss}
            {mark && <span className="mark"> ({mark})</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** A similar sentence a person approved before: shown beside the proposal, taken over only by the editor. */
function MemorySuggestion({
  suggestion,
  dir,
  lang,
  onTake,
}: {
  suggestion: NonNullable<Sentence['memorySuggestion']>;
  dir: 'ltr' | 'rtl';
  lang: string | undefined;
  onTake: () => void;
}) {
  return (
    <div className="suggestion">
      <p>
        Ähnlicher geprüfter Satz ({Math.round(suggestion.score * 100)} % gleich):{' '}
        <span lang="de">„{suggestion.source}“</span>
      </p>
      <p dir={dir} lang={lang}>
        <span className="visually-hidden">Geprüfte Übersetzung: </span>
        {suggestion.output}
      </p>
      <button type="button" onClick={onTake}>
        Übersetzung übernehmen
      </button>
    </div>
  );
}

/** The municipal terms of a machine translation that the output does not use as the city does. */
function TermFindings({ terms }: { terms: NonNullable<Sentence['terms']> }) {
  const notes = terms.filter((t) => !t.found || t.replaced);
  if (notes.length === 0) return null;
  return (
    <ul className="terms" aria-label="Fachbegriffe">
      {notes.map((t) => (
        <li key={t.source} className={t.found ? 'term' : 'term term-missing'}>
          {t.found
            ? `„${t.replaced}“ wurde durch den Begriff der Stadt „${t.expected}“ ersetzt.`
            : `„${t.source}“ heißt bei der Stadt „${t.expected}“; der Satz verwendet das nicht.`}
        </li>
      ))}
    </ul>
  );
}

/** A model sentence the guard refused: the field holds the German source, and why it is there. */
function GuardNote({ guard, id }: { guard: NonNullable<Sentence['guard']>; id: string }) {
  const reasons = guard.reasons.map((r) => GUARD_REASON_LABELS[r]).join(', ');
  const details = [...(guard.missing ?? []), ...(guard.added ?? []).map((a) => `+${a}`)];
  return (
    <p className="guard-note term-missing" id={id}>
      <strong>Nicht übersetzt:</strong> Die maschinelle Übersetzung wurde verworfen ({reasons}
      {details.length > 0 && (
        <>
          : <span lang="de">{details.join(', ')}</span>
        </>
      )}
      ). Im Feld steht der deutsche Text; bitte übersetzen.
    </p>
  );
}

/** A Leichte Sprache sentence the rules could not make safe: what a person should look at before approving. */
function ConcernNote({ concerns, id }: { concerns: NonNullable<Sentence['concerns']>; id: string }) {
  return (
    <p className="guard-note concern-note" id={id}>
      <strong>Bitte prüfen:</strong> {concerns.map((c) => LS_CONCERN_LABELS[c]).join('; ')}.
    </p>
  );
}

/** What changed between the revision a person read and the stored one, after the service said 409. */
interface StaleNotice {
  /** A new source version replaced the proposal: its sentences are new, so there is no sentence diff. */
  replaced: boolean;
  changes: { index: number; before: string; after: string }[];
}

function StaleChanges({ notice, lang, dir }: { notice: StaleNotice; lang: string | undefined; dir: 'ltr' | 'rtl' }) {
  return (
    <div className="stale" role="alert">
      <p>
        {notice.replaced
          ? 'Der deutsche Text wurde inzwischen geändert, es gibt einen neuen Vorschlag. Nichts wurde freigegeben.'
          : 'Der Vorschlag wurde geändert, nachdem Sie ihn geladen haben. Nichts wurde freigegeben. Bitte prüfen Sie die Änderungen und geben Sie dann erneut frei.'}
      </p>
      {notice.changes.length > 0 && (
        <ol aria-label="Änderungen seit dem Laden">
          {notice.changes.map((c) => (
            <li key={c.index}>
              Satz {c.index + 1}: <WordDiff before={c.before} after={c.after} lang={lang} dir={dir} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** One target of a document: the proposal sentence by sentence, editable, with approve and revoke. */
export function TargetEditor({
  api,
  documentId,
  state,
  onChanged,
  onReplaced,
}: {
  api: ReviewApi;
  documentId: string;
  state: TargetState;
  onChanged: (state: TargetState) => void;
  /** The source changed under the editor: the page reloads the whole document. */
  onReplaced: () => void;
}) {
  const proposal = state.proposal;
  const [drafts, setDrafts] = useState<string[]>(() => proposal?.sentences.map((s) => s.output) ?? []);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState<StaleNotice | null>(null);
  // Unsaved edits that survive the reload after a 409, so that nothing the person typed is lost.
  const keepDrafts = useRef<Map<number, string> | null>(null);
  const headingId = `target-${state.target}`;

  useEffect(() => {
    const stored = proposal?.sentences.map((s) => s.output) ?? [];
    const mine = keepDrafts.current;
    keepDrafts.current = null;
    setDrafts(mine ? stored.map((output, i) => mine.get(i) ?? output) : stored);
  }, [proposal]);

  const changed = useMemo(
    () =>
      (proposal?.sentences ?? [])
        .map((s, index) => ({ index, output: drafts[index] ?? s.output }))
        .filter((e, i) => e.output !== proposal?.sentences[i]?.output),
    [drafts, proposal],
  );

  /** Someone else changed the target since it was loaded: show what, keep the person's own edits. */
  const reloadAfterConflict = async (problem: ApiProblem) => {
    const fresh = (await api.get(documentId)).targets[state.target];
    if (!fresh || !proposal) return setStatus(problem.message);
    const seen = proposal.sentences.map((s) => s.output);
    const replaced = fresh.proposal?.id !== proposal.id;
    const changes = replaced
      ? []
      : (fresh.proposal?.sentences ?? []).flatMap((s, index) =>
          s.output !== seen[index] ? [{ index, before: seen[index] ?? '', after: s.output }] : [],
        );
    setStale({ replaced, changes });
    setStatus(problem.message);
    if (replaced) return onReplaced();
    keepDrafts.current = new Map(changed.map((c) => [c.index, c.output]));
    onChanged(fresh);
  };

  const run = async (what: string, work: () => Promise<TargetState>, done: string) => {
    setBusy(true);
    setStatus(what);
    try {
      onChanged(await work());
      setStale(null);
      setStatus(done);
    } catch (err) {
      if (err instanceof ApiProblem && err.status === 409) await reloadAfterConflict(err).catch(() => undefined);
      else setStatus(err instanceof ApiProblem ? err.message : `Das hat nicht geklappt: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    proposal && run('Speichere …', () => api.edit(documentId, state.target, proposal, changed), 'Gespeichert.');

  const approve = () =>
    proposal &&
    run(
      'Gebe frei …',
      async () => {
        // What the person sees is the stored revision plus their unsaved edits: that is saved, then approved.
        const seen =
          changed.length > 0 ? (await api.edit(documentId, state.target, proposal, changed)).proposal! : proposal;
        return api.approve(documentId, state.target, seen);
      },
      'Freigegeben. Die Seite zeigt jetzt diese Fassung.',
    );

  const revoke = () =>
    run('Ziehe die Freigabe zurück …', () => api.revoke(documentId, state.target), 'Freigabe zurückgezogen.');

  const text = drafts.join('\n');
  return (
    <section aria-labelledby={headingId} className={`target status-${state.status}`}>
      <h2 id={headingId}>
        {targetName(state.target)} <span className="badge">{STATUS_LABELS[state.status]}</span>
      </h2>
      {state.approved && (
        <p className="meta">
          {state.approved.outdated ? 'Frühere Freigabe' : 'Freigegeben'} von {state.approved.approvedBy} am{' '}
          {formatTime(state.approved.approvedAt)} (Fassung {state.approved.sourceVersion})
        </p>
      )}
      {stale && (
        <StaleChanges notice={stale} lang={state.target === 'gsg' ? undefined : state.target} dir={state.dir} />
      )}
      {!proposal ? (
        <p>Noch kein Vorschlag.</p>
      ) : (
        <>
          <ol className="sentences">
            {proposal.sentences.map((s, i) => (
              <li key={`${proposal.id}-${i}`}>
                <p className="source" lang="de">
                  <span className="visually-hidden">Quelle: </span>
                  {s.source}
                </p>
                <label htmlFor={`${state.target}-s${i}`}>
                  Satz {i + 1} ({targetName(state.target)})
                </label>
                <textarea
                  id={`${state.target}-s${i}`}
                  aria-describedby={
                    [
                      s.guard && !s.guard.passed ? `${state.target}-s${i}-guard` : '',
                      s.concerns?.length ? `${state.target}-s${i}-concerns` : '',
                    ]
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                  // Until someone translates it, a refused sentence is German text.
                  dir={s.guard && !s.guard.passed && drafts[i] === s.source ? 'ltr' : state.dir}
                  lang={
                    s.guard && !s.guard.passed && drafts[i] === s.source
                      ? 'de'
                      : state.target === 'gsg'
                        ? undefined
                        : state.target
                  }
                  rows={Math.min(6, Math.max(2, (drafts[i] ?? '').split('\n').length + 1))}
                  value={drafts[i] ?? ''}
                  onChange={(e) => setDrafts((d) => d.map((x, k) => (k === i ? e.target.value : x)))}
                />
                <p className="meta">
                  {engineName(s.engine)} · Sicherheit {Math.round(s.confidence * 100)} %
                  {s.edited && ` · bearbeitet von ${s.edited.by}, ${formatTime(s.edited.at)}`}
                </p>
                {s.guard && !s.guard.passed && <GuardNote guard={s.guard} id={`${state.target}-s${i}-guard`} />}
                {s.concerns && s.concerns.length > 0 && (
                  <ConcernNote concerns={s.concerns} id={`${state.target}-s${i}-concerns`} />
                )}
                {s.signs && <SignChips signs={s.signs} />}
                {s.terms && <TermFindings terms={s.terms} />}
                {s.memorySuggestion && (
                  <MemorySuggestion
                    suggestion={s.memorySuggestion}
                    dir={state.dir}
                    lang={state.target === 'gsg' ? undefined : state.target}
                    onTake={() => setDrafts((d) => d.map((x, k) => (k === i ? s.memorySuggestion!.output : x)))}
                  />
                )}
              </li>
            ))}
          </ol>
          {state.target !== 'gsg' && <ReadAloudText text={text} lang={state.target} dir={state.dir} />}
          {state.target === 'de-x-ls' && <Checker text={text} />}
          {state.target === 'gsg' && (
            <Suspense fallback={<p>Avatar wird geladen …</p>}>
              <GlossPreview lines={drafts} />
            </Suspense>
          )}
          <div className="row">
            <button type="button" onClick={save} disabled={busy || changed.length === 0}>
              Änderungen speichern
            </button>
            <button type="button" onClick={approve} disabled={busy}>
              Freigeben
            </button>
            {state.status === 'approved' && (
              <button type="button" onClick={revoke} disabled={busy}>
                Freigabe zurückziehen
              </button>
            )}
          </div>
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}

import type { FormEvent } from 'react';
import { ownSegments, type Handshape, type SignEntry } from '@bbs/protocol';
import { SignInForm, type StaffSignIn } from '../ui/SignIn.js';
import type { LexiconApi, SignReviewRecord } from './api.js';
import {
  directionLabel,
  DIRECTIONS,
  germanDate,
  MOVEMENT_LABELS,
  MOVEMENT_TYPES,
  SITE_LABELS,
  SITES,
  SIZE_LABELS,
  SIZES,
  type BodySite,
  type MovementSize,
  type MovementType,
} from './labels.js';
import {
  CORRECTION_LABELS,
  correctionChanges,
  correctionValue,
  reviewLabel,
  type CorrectionField,
} from './timelines.js';

interface Option {
  value: string;
  label: string;
}

/** The options of each field of the correction form: German name, code in brackets. */
function fieldOptions(field: CorrectionField, handshapes: readonly Handshape[]): Option[] {
  const directions = DIRECTIONS.map((d) => ({ value: d, label: `${directionLabel(d)} (${d})` }));
  switch (field) {
    case 'handshape':
      return handshapes.map((h) => ({ value: h.id, label: `${h.name} (${h.id})` }));
    case 'site':
      return SITES.map((s) => ({ value: s, label: `${SITE_LABELS[s]} (${s})` }));
    case 'palm':
    case 'fingers':
      return directions;
    case 'movement':
      return MOVEMENT_TYPES.map((m) => ({ value: m, label: `${MOVEMENT_LABELS[m]} (${m})` }));
    case 'direction':
      return [{ value: '', label: 'keine Richtung' }, ...directions];
    case 'size':
      return SIZES.map((s) => ({ value: s, label: SIZE_LABELS[s] }));
  }
}

/** A value in words, for the list of changes. */
function valueLabel(field: CorrectionField, value: string, handshapes: readonly Handshape[]): string {
  switch (field) {
    case 'handshape':
      return `${handshapes.find((h) => h.id === value)?.name ?? value} (${value})`;
    case 'site':
      return SITE_LABELS[value as BodySite] ?? value;
    case 'palm':
    case 'fingers':
      return directionLabel(value);
    case 'direction':
      return value ? directionLabel(value) : 'keine Richtung';
    case 'movement':
      return MOVEMENT_LABELS[value as MovementType] ?? value;
    case 'size':
      return SIZE_LABELS[value as MovementSize] ?? value;
  }
}

const ACTIONS: Record<SignReviewRecord['action'], string> = {
  approve: 'freigegeben',
  correct: 'korrigiert',
};

function timeOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
}

export interface SignReviewProps {
  /** The selected sign as the service has it in force, or none. */
  sign: SignEntry | undefined;
  /** The reviewer's correction, not yet saved (the sign itself when nothing was changed). */
  draft: SignEntry | undefined;
  handshapes: readonly Handshape[];
  signIn: StaffSignIn<LexiconApi>;
  history: SignReviewRecord[] | null;
  busy: boolean;
  /** The segment the form edits (0 for a sign of one segment). */
  segment: number;
  onSegment(index: number): void;
  onEdit(field: CorrectionField, value: string): void;
  onReset(): void;
  onApprove(): void;
  onSave(approve: boolean): void;
}

/**
 * The signing reviewers' part of the gallery, for the selected sign: its review state in words, sign-in with
 * the access key, approval of a draft, and a correction form whose every change the avatar signs at once.
 * Without a key the gallery stays a public view; this part then only offers the sign-in.
 */
export function SignReview(props: SignReviewProps) {
  const { sign, draft, handshapes, signIn, history, busy } = props;
  const api = signIn.api;
  const changes = sign && draft ? correctionChanges(sign, draft) : [];
  const changed = changes.length > 0;
  const segments = draft ? ownSegments(draft) : [];
  const segment = Math.min(props.segment, Math.max(0, segments.length - 1));

  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Prüfen</h2>
      {sign ? (
        // Focus comes here after a decision: the button that was pressed may be gone or disabled then.
        <p className="review-state" id="review-state" tabIndex={-1}>
          Prüfstand von <span className="id">{sign.id}</span>: <strong>{reviewLabel(sign.review)}</strong>
        </p>
      ) : (
        <p>Wählen Sie eine Gebärde aus der Liste, um sie zu prüfen.</p>
      )}
      {!api ? (
        <>
          <p className="hint">
            Prüfen und Korrigieren ist für Gebärdensprachkompetente mit Zugangsschlüssel. Ansehen geht ohne Anmeldung.
          </p>
          <SignInForm signIn={signIn} id="review-token" className="review-signin" />
        </>
      ) : (
        <>
          <p className="row signed-in">
            <span>Sie sind angemeldet.</span>
            <button type="button" onClick={signIn.signOut}>
              Abmelden
            </button>
          </p>
          {sign && draft ? (
            <>
              {sign.review.status === 'draft' ? (
                <div className="approve">
                  <button
                    type="button"
                    onClick={props.onApprove}
                    disabled={busy || changed}
                    aria-describedby="approve-hint"
                  >
                    Als geprüft freigeben
                  </button>
                  <p id="approve-hint" className="hint">
                    {changed
                      ? 'Es gibt eine ungespeicherte Korrektur: erst speichern oder zurücksetzen.'
                      : 'Gibt die Gebärde so frei, wie der Avatar sie zeigt. Ihr Name und das Datum werden gespeichert.'}
                  </p>
                </div>
              ) : null}
              <form
                className="correction"
                onSubmit={(e: FormEvent) => {
                  e.preventDefault();
                  props.onSave(false);
                }}
              >
                <fieldset>
                  <legend>Korrektur von {sign.id}</legend>
                  <p className="hint" id="correction-hint">
                    Jede Änderung zeigt der Avatar sofort. Gespeichert wird erst mit „Korrektur speichern“.
                    {segments.some((s) => s.hands === 'two-symmetric' || s.hands === 'two-alternating')
                      ? ' Bei zweihändig symmetrischen Segmenten ändert sich die andere Hand gespiegelt mit.'
                      : ''}
                  </p>
                  {segments.length === 0 ? (
                    <p className="hint" id="sequence-hint">
                      {sign.id} ist aus {sign.sequence?.join(' + ')} zusammengesetzt. Korrigieren Sie die einzelnen
                      Gebärden; diese folgt ihnen.
                    </p>
                  ) : (
                    <>
                      {segments.length > 1 ? (
                        <div className="field segment-choice">
                          <label htmlFor="fix-segment">Segment</label>
                          <select
                            id="fix-segment"
                            value={segment}
                            disabled={busy}
                            onChange={(e) => props.onSegment(Number(e.target.value))}
                          >
                            {segments.map((s, i) => (
                              <option key={i} value={i}>
                                {`Segment ${i + 1} von ${segments.length} (${s.dominant.handshape})`}
                              </option>
                            ))}
                          </select>
                        </div>
                      ) : null}
                      <div className="fields">
                        {(Object.keys(CORRECTION_LABELS) as CorrectionField[]).map((field) => (
                          <div className="field" key={field}>
                            <label htmlFor={`fix-${field}`}>{CORRECTION_LABELS[field]}</label>
                            <select
                              id={`fix-${field}`}
                              value={correctionValue(draft, field, segment)}
                              disabled={busy}
                              onChange={(e) => props.onEdit(field, e.target.value)}
                            >
                              {fieldOptions(field, handshapes).map((o) => (
                                <option key={o.value} value={o.value}>
                                  {o.label}
                                </option>
                              ))}
                            </select>
                          </div>
                        ))}
                      </div>
                    </>
                  )}
                </fieldset>
                <div className="changes">
                  <h3>Änderungen</h3>
                  {changed ? (
                    <ul>
                      {changes.map((c) => (
                        <li key={`${c.segment}-${c.field}`}>
                          {segments.length > 1 ? `Segment ${c.segment + 1}, ` : ''}
                          {CORRECTION_LABELS[c.field]}: {valueLabel(c.field, c.from, handshapes)} →{' '}
                          {valueLabel(c.field, c.to, handshapes)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>Noch keine Änderung.</p>
                  )}
                </div>
                <div className="row">
                  <button type="submit" disabled={busy || !changed}>
                    Korrektur speichern
                  </button>
                  <button type="button" disabled={busy || !changed} onClick={() => props.onSave(true)}>
                    Korrektur speichern und freigeben
                  </button>
                  <button type="button" disabled={busy || !changed} onClick={props.onReset}>
                    Zurücksetzen
                  </button>
                </div>
              </form>
              <div className="sign-history">
                <h3>Verlauf der Prüfung</h3>
                {history === null ? (
                  <p>Wird geladen …</p>
                ) : history.length === 0 ? (
                  <p>Noch keine Prüfung gespeichert.</p>
                ) : (
                  <ul>
                    {history.map((r, i) => (
                      <li key={i}>
                        {timeOf(r.reviewedAt)}: {ACTIONS[r.action]} von {r.reviewer}
                        {r.entry.review.status === 'approved'
                          ? ` (geprüft am ${germanDate(r.entry.review.date)})`
                          : ' (bleibt Entwurf)'}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </>
          ) : null}
        </>
      )}
      <p role="status" className="review-status">
        {signIn.status}
      </p>
    </section>
  );
}

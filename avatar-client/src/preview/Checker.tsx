import { useEffect, useState } from 'react';
import { checkText, SEVERITY_LABELS, segments, summarize, type Finding } from './checker.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;
const worst = (list: Finding['severity'][]) =>
  list.reduce<Finding['severity']>((a, b) => (RANK[b] < RANK[a] ? b : a), 'info');

/** Pause in typing after which the text is checked. */
const DEBOUNCE_MS = 300;

type State =
  { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; text: string; findings: Finding[] } | { kind: 'failed' };

/**
 * The live Leichte Sprache check of the editor's text: after a pause in typing the service's checker runs
 * (the same rules as the Leichte Sprache engine); a newer text cancels the request still running.
 */
export function Checker({ text }: { text: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    const trimmed = text.trim();
    if (!trimmed) {
      setState({ kind: 'idle' });
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => (s.kind === 'done' ? s : { kind: 'checking' }));
      checkText(text, abort.signal)
        .then((findings) => setState({ kind: 'done', text, findings }))
        .catch(() => {
          if (!abort.signal.aborted) setState({ kind: 'failed' });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text]);

  const summary =
    state.kind === 'done'
      ? `Leichte Sprache: ${summarize(state.findings)}`
      : state.kind === 'failed'
        ? 'Die Prüfung auf Leichte Sprache ist gerade nicht erreichbar.'
        : state.kind === 'checking'
          ? 'Prüfe auf Leichte Sprache …'
          : '';

  return (
    <section className="checker" aria-labelledby="checker-heading">
      <h2 id="checker-heading">Prüfung auf Leichte Sprache</h2>
      <p className="checker-summary" aria-live="polite">
        {summary || 'Geben Sie oben einen Text ein; er wird beim Tippen geprüft.'}
      </p>
      {state.kind === 'done' && state.findings.length > 0 ? (
        <>
          <p className="checker-text" aria-label="Text mit markierten Stellen">
            {segments(state.text, state.findings).map((seg, i) =>
              seg.findings.length > 0 ? (
                <mark key={i} className={`sev-${worst(seg.findings.map((k) => state.findings[k]!.severity))}`}>
                  {seg.text}
                </mark>
              ) : (
                <span key={i}>{seg.text}</span>
              ),
            )}
          </p>
          <ul className="findings" aria-label="Gefundene Stellen">
            {state.findings.map((f, i) => (
              <li key={i} className={`finding sev-${f.severity}`} data-rule={f.rule}>
                <span className="severity">{SEVERITY_LABELS[f.severity]}:</span> {f.message}{' '}
                <q className="flagged">{state.text.slice(f.start, f.end)}</q>
                {f.suggestion ? <span className="suggestion"> Vorschlag: {f.suggestion}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

import type { DocumentHistory } from '@bbs/protocol';
import { actionName, formatTime, targetName, targetTextAttributes } from './labels.js';
import { WordDiff } from './WordDiff.js';

/** Who did what when (the audit events), and each sentence edit with its diff. */
export function HistoryView({ history }: { history: DocumentHistory }) {
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">Verlauf</h2>
      <ol>
        {history.events.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatTime(e.at)}</time> · {actionName(e.action)}
            {typeof e.details.target === 'string' ? ` (${targetName(e.details.target)})` : ''} · {e.actor}
          </li>
        ))}
      </ol>
      {history.edits.length > 0 && (
        <>
          <h3>Bearbeitete Sätze</h3>
          <ol className="edits">
            {history.edits.map((e) => (
              <li key={e.id}>
                <p className="meta">
                  {targetName(e.target)}, Satz {e.index + 1} · {e.actor} ·{' '}
                  <time dateTime={e.at}>{formatTime(e.at)}</time>
                </p>
                <WordDiff before={e.before} after={e.after} {...targetTextAttributes(e.target)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DocumentHistory, DocumentView, TargetState } from '@bbs/protocol';
import { ApiProblem, type ReviewApi } from './api.js';
import { HistoryView } from './HistoryView.js';
import { TargetEditor } from './TargetEditor.js';
import { VideoSection } from './VideoSection.js';

/** One document: its German source (a new version outdates approvals), each target, and the history. */
export function DocumentEditor({ api, id }: { api: ReviewApi; id: string }) {
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [history, setHistory] = useState<DocumentHistory | null>(null);
  const [source, setSource] = useState('');
  const [status, setStatus] = useState('Lade …');

  const reload = useCallback(async () => {
    try {
      const [view, hist] = await Promise.all([api.get(id), api.history(id)]);
      setDoc(view);
      setSource(view.source);
      setHistory(hist);
      setStatus('');
    } catch (err) {
      setStatus(err instanceof ApiProblem ? err.message : `Laden nicht möglich: ${(err as Error).message}`);
    }
  }, [api, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const onTargetChanged = (state: TargetState) => {
    setDoc((d) => (d ? { ...d, targets: { ...d.targets, [state.target]: state } } : d));
    void api.history(id).then(setHistory);
  };

  const saveSource = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('Speichere den Quelltext und erstelle neue Vorschläge …');
    try {
      const view = await api.updateSource(id, source);
      setDoc(view);
      setHistory(await api.history(id));
      setStatus(`Fassung ${view.sourceVersion} gespeichert. Bisherige Freigaben sind veraltet.`);
    } catch (err) {
      setStatus(err instanceof ApiProblem ? err.message : `Speichern nicht möglich: ${(err as Error).message}`);
    }
  };

  if (!doc) return <p role="status">{status}</p>;
  return (
    <article aria-labelledby="doc-heading">
      <h1 id="doc-heading">Seite {doc.slug}</h1>
      <p role="status">{status}</p>
      <form className="card" onSubmit={saveSource}>
        <label htmlFor="doc-source">Quelltext Deutsch (Fassung {doc.sourceVersion})</label>
        <textarea id="doc-source" rows={5} value={source} onChange={(e) => setSource(e.target.value)} />
        <button type="submit" disabled={source === doc.source || source.trim() === ''}>
          Neue Fassung speichern
        </button>
      </form>
      {Object.values(doc.targets).map((state) => (
        <TargetEditor
          key={state.target}
          api={api}
          documentId={doc.id}
          state={state}
          onChanged={onTargetChanged}
          onReplaced={() => void reload()}
        />
      ))}
      <VideoSection
        api={api.videos}
        documentId={doc.id}
        sourceVersion={doc.sourceVersion}
        onChanged={() => void api.history(id).then(setHistory)}
      />
      {history && <HistoryView history={history} />}
    </article>
  );
}

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DocumentList } from '@bbs/protocol';
import { SignInForm, useStaffSignIn } from '../ui/SignIn.js';
import { ApiProblem, fetchLanguages, ReviewApi, type LanguageOption } from './api.js';
import { DocumentEditor } from './DocumentEditor.js';
import { GlossaryEditor } from './GlossaryEditor.js';
import { STATUS_LABELS, targetName } from './labels.js';

/**
 * The editors' workplace: sign in with a key, see the queue of documents awaiting review, create a document,
 * open one to edit and approve its targets. The key stays in sessionStorage (gone when the tab closes).
 */
export function Editor({ initialDocument }: { initialDocument: string | null }) {
  const [queue, setQueue] = useState<DocumentList['documents']>([]);
  const [open, setOpen] = useState<string | null>(initialDocument);

  const refresh = useCallback(async (client: ReviewApi) => {
    const list = await client.list();
    setQueue(list.documents);
  }, []);
  const signIn = useStaffSignIn((key) => new ReviewApi(key), refresh);
  const { api, status } = signIn;

  const openDocument = (id: string | null) => {
    setOpen(id);
    const url = new URL(location.href);
    if (id) url.searchParams.set('doc', id);
    else url.searchParams.delete('doc');
    history.replaceState(null, '', url);
    if (!id && api) void refresh(api);
  };

  if (!api) {
    return (
      <main className="editor">
        <h1>Redaktion</h1>
        <SignInForm signIn={signIn} />
        <p role="status">{status}</p>
      </main>
    );
  }

  if (open) {
    return (
      <main className="editor">
        <p>
          <button type="button" className="link" onClick={() => openDocument(null)}>
            ← Zur Liste
          </button>
        </p>
        <DocumentEditor api={api} id={open} />
      </main>
    );
  }

  return (
    <main className="editor">
      <h1>Redaktion</h1>
      <p role="status">{status}</p>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Dokumente</h2>
        {queue.length === 0 ? (
          <p>Noch keine Dokumente.</p>
        ) : (
          <table className="queue">
            <caption className="visually-hidden">Dokumente mit dem Prüfstand jeder Zielsprache</caption>
            <thead>
              <tr>
                <th scope="col">Seite</th>
                <th scope="col">Fassung</th>
                <th scope="col">Stand</th>
                <th scope="col">
                  <span className="visually-hidden">Aktion</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.map((doc) => (
                <tr key={doc.id}>
                  <th scope="row">{doc.slug}</th>
                  <td>{doc.sourceVersion}</td>
                  <td>
                    <ul className="plain">
                      {Object.entries(doc.targets).map(([target, state]) => (
                        <li key={target} className={`status status-${state}`}>
                          {targetName(target)}: {STATUS_LABELS[state]}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <button type="button" onClick={() => openDocument(doc.id)}>
                      {doc.awaitingReview.length > 0 ? 'Prüfen' : 'Ansehen'}
                      <span className="visually-hidden"> {doc.slug}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewDocument api={api} onCreated={(id) => openDocument(id)} />
      <GlossaryEditor api={api} />
    </main>
  );
}

function NewDocument({ api, onCreated }: { api: ReviewApi; onCreated: (id: string) => void }) {
  const [languages, setLanguages] = useState<LanguageOption[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [slug, setSlug] = useState('');
  const [source, setSource] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void fetchLanguages().then((list) => {
      setLanguages(list);
      setChosen(list.map((l) => l.code));
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setStatus('Lege an und erstelle Vorschläge …');
    try {
      const doc = await api.create({ slug: slug.trim(), source, targets: chosen });
      setStatus('Angelegt.');
      onCreated(doc.id);
    } catch (err) {
      setStatus(err instanceof ApiProblem ? err.message : `Das hat nicht geklappt: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">Neues Dokument</h2>
      <form className="card" onSubmit={submit}>
        <label htmlFor="slug">Seite (Kurzname, z. B. personalausweis-beantragen)</label>
        <input
          id="slug"
          required
          maxLength={120}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
        />
        <label htmlFor="source">Text in Deutsch</label>
        <textarea id="source" rows={6} required value={source} onChange={(e) => setSource(e.target.value)} />
        <fieldset>
          <legend>Zielsprachen</legend>
          {languages.map((l) => (
            <label key={l.code} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(l.code)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, l.code] : c.filter((x) => x !== l.code)))}
              />
              {targetName(l.code)}
              {l.nativeName !== targetName(l.code) && l.code !== 'gsg' && l.code !== 'de-x-ls' && (
                <>
                  {' '}
                  (
                  <span lang={l.code} dir={l.dir}>
                    {l.nativeName}
                  </span>
                  )
                </>
              )}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy || chosen.length === 0}>
          Anlegen und Vorschläge erstellen
        </button>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}

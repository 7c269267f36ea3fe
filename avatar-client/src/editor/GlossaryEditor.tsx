import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { GlossaryTermView } from '@bbs/protocol';
import { ApiProblem, type ReviewApi } from './api.js';

/** One sense as the form holds it: the near words as the editor types them. */
interface SenseDraft {
  explanation: string;
  near: string;
}

const EMPTY_SENSE: SenseDraft = { explanation: '', near: '' };
/** How many hits the search shows: the list is long (hundreds of terms). */
const SHOWN = 15;

const draftOf = (t: GlossaryTermView): SenseDraft[] =>
  t.senses.map((s) => ({ explanation: s.explanation, near: (s.when?.near ?? []).join(', ') }));

/** The service's validation details as sentences the editor can act on. */
function problemText(err: unknown): string {
  if (!(err instanceof ApiProblem)) return `Das hat nicht geklappt: ${(err as Error).message}`;
  const details = Array.isArray(err.details) ? (err.details as { path?: string; message?: string }[]) : [];
  const lines = details.map((d) => {
    const sense = /^senses\.(\d+)/.exec(d.path ?? '');
    return sense ? `Erklärung ${Number(sense[1]) + 1}: ${d.message}` : `${d.path ?? ''}: ${d.message}`;
  });
  return [err.message, ...lines].join(' ');
}

/**
 * The glossary of hard words that Leichte Sprache (and Einfache Sprache) explain: search the terms in force, add
 * or correct one with its explanations, or remove one. The service checks that every explanation is Leichte
 * Sprache itself; a change applies to the next text.
 */
export function GlossaryEditor({ api }: { api: ReviewApi }) {
  const [terms, setTerms] = useState<GlossaryTermView[]>([]);
  const [query, setQuery] = useState('');
  const [term, setTerm] = useState('');
  const [senses, setSenses] = useState<SenseDraft[]>([EMPTY_SENSE]);
  const [knownAtB1, setKnownAtB1] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => setTerms((await api.glossary()).terms), [api]);
  useEffect(() => {
    void load().catch((err: unknown) => setProblem(problemText(err)));
  }, [load]);

  const hits = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q.length < 2 ? [] : terms.filter((t) => t.term.toLowerCase().includes(q));
  }, [query, terms]);
  const existing = terms.find((t) => t.term.toLowerCase() === term.trim().toLowerCase());

  const edit = (t: GlossaryTermView) => {
    setTerm(t.term);
    setSenses(draftOf(t));
    setKnownAtB1(t.einfach === false);
    setProblem('');
    setStatus(`„${t.term}“ steht im Formular.`);
    document.getElementById('glossary-term')?.focus();
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    setStatus('Speichere …');
    try {
      const saved = await api.saveTerm({
        term: term.trim(),
        ...(existing ? { match: existing.match } : {}),
        senses: senses.map((s) => {
          const near = s.near
            .split(',')
            .map((w) => w.trim())
            .filter(Boolean);
          return { explanation: s.explanation.trim(), ...(near.length ? { when: { near } } : {}) };
        }),
        ...(knownAtB1 ? { einfach: false } : {}),
      });
      await load();
      setStatus(`„${saved.term}“ ist gespeichert. Der nächste Text verwendet die Erklärung.`);
    } catch (err) {
      setStatus('');
      setProblem(problemText(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!existing || !confirm(`„${existing.term}“ aus der Wörterliste löschen?`)) return;
    setBusy(true);
    try {
      await api.removeTerm(existing.term);
      await load();
      setTerm('');
      setSenses([EMPTY_SENSE]);
      setStatus(`„${existing.term}“ ist gelöscht.`);
    } catch (err) {
      setProblem(problemText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">Wörterliste für Leichte Sprache</h2>
      <p>Schwere Wörter, die Leichte und Einfache Sprache beim ersten Vorkommen erklären ({terms.length} Begriffe).</p>
      <label htmlFor="glossary-search">Begriff suchen</label>
      <input id="glossary-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {query.trim().length >= 2 && (
        <p role="status">
          {hits.length === 0 ? 'Kein Begriff gefunden.' : `${hits.length} Begriffe gefunden.`}
          {hits.length > SHOWN && ` Die ersten ${SHOWN} stehen hier.`}
        </p>
      )}
      <ul className="plain glossary-hits">
        {hits.slice(0, SHOWN).map((t) => (
          <li key={t.term}>
            <strong lang="de">{t.term}</strong>
            {t.origin === 'edited' && ' (von der Redaktion geändert)'}:{' '}
            <span lang="de">{t.senses[0]?.explanation}</span>
            {t.senses.length > 1 && ` (${t.senses.length} Bedeutungen)`}{' '}
            <button type="button" onClick={() => edit(t)}>
              Bearbeiten<span className="visually-hidden"> {t.term}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="card" onSubmit={save} aria-describedby={problem ? 'glossary-problem' : undefined}>
        <h3>{existing ? `„${existing.term}“ ändern` : 'Begriff hinzufügen'}</h3>
        <label htmlFor="glossary-term">Begriff</label>
        <input
          id="glossary-term"
          required
          maxLength={60}
          pattern="\p{L}[\p{L}\-]*"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
        {senses.map((s, i) => (
          <fieldset key={i}>
            <legend>Erklärung {i + 1}</legend>
            <label htmlFor={`glossary-explanation-${i}`}>Erklärung in Leichter Sprache</label>
            <textarea
              id={`glossary-explanation-${i}`}
              required
              rows={3}
              maxLength={400}
              value={s.explanation}
              onChange={(e) =>
                setSenses((all) => all.map((x, k) => (k === i ? { ...x, explanation: e.target.value } : x)))
              }
            />
            <label htmlFor={`glossary-near-${i}`}>
              Nur in der Nähe dieser Wörter (mit Komma getrennt; leer: immer)
            </label>
            <input
              id={`glossary-near-${i}`}
              value={s.near}
              onChange={(e) => setSenses((all) => all.map((x, k) => (k === i ? { ...x, near: e.target.value } : x)))}
            />
            {senses.length > 1 && (
              <button type="button" onClick={() => setSenses((all) => all.filter((_, k) => k !== i))}>
                Erklärung {i + 1} entfernen
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" onClick={() => setSenses((all) => [...all, EMPTY_SENSE])} disabled={senses.length >= 8}>
          Weitere Bedeutung
        </button>
        <label className="check">
          <input type="checkbox" checked={knownAtB1} onChange={(e) => setKnownAtB1(e.target.checked)} />
          In Einfacher Sprache nicht erklären (ein bekanntes Wort)
        </label>
        <button type="submit" disabled={busy}>
          Speichern
        </button>
        {existing && (
          <button type="button" onClick={() => void remove()} disabled={busy}>
            Begriff löschen
          </button>
        )}
        {problem && (
          <p role="alert" id="glossary-problem" className="term-missing">
            {problem}
          </p>
        )}
        <p role="status">{status}</p>
      </form>
    </section>
  );
}

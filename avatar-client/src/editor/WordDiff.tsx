import { diffWords } from 'diff';

/** A sentence change as a word diff: removed words struck through, added ones underlined (and named). */
export function WordDiff({
  before,
  after,
  lang,
  dir,
}: {
  before: string;
  after: string;
  /** The sentences' language: an Arabic diff reads right to left inside the German page. */
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
}) {
  return (
    <span className="diff" lang={lang} dir={dir}>
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i}>
            <span className="visually-hidden">eingefügt: </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i}>
            <span className="visually-hidden">gelöscht: </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </span>
  );
}

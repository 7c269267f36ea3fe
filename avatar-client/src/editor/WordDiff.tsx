import { diffWords } from 'diff';

/** A sentence change as a word diff: removed words struck through, added ones underlined (and named). */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <span className="diff">
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

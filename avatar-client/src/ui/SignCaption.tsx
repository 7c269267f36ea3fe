import { MARK_LABELS, type SignMark } from '../player/captions.js';

/**
 * The reviewers' gloss caption: the gloss, and beside it a text mark for a draft or spelled sign (a dashed
 * outline as well, so the mark never rests on colour alone). Public views (embed, counter) do not use it.
 */
export function SignCaption({ gloss, mark }: { gloss: string | null; mark: SignMark }) {
  return (
    <p className={mark ? `gloss-line marked mark-${mark}` : 'gloss-line'}>
      <span className="gloss">{gloss ?? '\u00a0'}</span>
      {gloss && mark ? (
        <>
          {' '}
          <span className="mark">{MARK_LABELS[mark]}</span>
        </>
      ) : null}
    </p>
  );
}

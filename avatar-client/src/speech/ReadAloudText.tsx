import { useEffect, useRef, useState } from 'react';
import { serviceRoot } from '../net/service.js';
import { readAloudControls } from './controls.js';
import type { ReadAloudState } from './read-aloud.js';
import { mapPlainText } from './text-map.js';
import './read-aloud.css';

/**
 * „Vorlesen“ for a text the page holds in a form field or in pieces (preview, editor, counter screen): the
 * shared controls, and while reading a „Mitlesen“ paragraph with the text, its spoken word highlighted.
 */
export function ReadAloudText({ text, lang, dir }: { text: string; lang: string; dir?: 'ltr' | 'rtl' }) {
  const controlsRef = useRef<HTMLDivElement>(null);
  const readAlongRef = useRef<HTMLParagraphElement>(null);
  const latest = useRef({ text, lang });
  latest.current = { text, lang };
  const [state, setState] = useState<ReadAloudState>('idle');

  useEffect(() => {
    const controls = readAloudControls(
      serviceRoot(),
      () => {
        const p = readAlongRef.current;
        const { text: t, lang: l } = latest.current;
        return p && t.trim() ? { map: mapPlainText(p, t), lang: l } : null;
      },
      setState,
    );
    controlsRef.current?.append(controls.element);
    return () => {
      controls.stop();
      controls.element.remove();
    };
  }, []);

  const reading = state === 'playing' || state === 'paused' || state === 'loading';
  return (
    <div className="read-aloud-box">
      <div ref={controlsRef} />
      {/* Filled by the controls when reading starts; React leaves its text alone. */}
      <p ref={readAlongRef} className="read-along" lang={lang} dir={dir} hidden={!reading} aria-hidden="true" />
    </div>
  );
}

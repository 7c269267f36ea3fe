// The „Vorlesen“ controls, one implementation for the embed (inside its shadow root) and the React pages:
// read, pause/continue, stop and speed, all plain buttons and a select (keyboard and screen reader), and the
// word being spoken highlighted in place with the CSS Custom Highlight API, which leaves the page's markup
// untouched (browsers without it still read aloud, without the highlight).
import { ReadAloud, type ReadAloudState } from './read-aloud.js';
import type { TextMap } from './text-map.js';

const HIGHLIGHT = 'bbs-vorlesen';
/** Dark text on yellow: contrast well above 4.5:1 on any page; the system's own colours in forced colours. */
export const HIGHLIGHT_CSS =
  `::highlight(${HIGHLIGHT}) { background-color: #ffe066; color: #111; }\n` +
  `@media (forced-colors: active) { ::highlight(${HIGHLIGHT}) { background-color: Highlight; color: HighlightText; } }`;

const SPEEDS: ReadonlyArray<[number, string]> = [
  [0.75, 'langsam'],
  [1, 'normal'],
  [1.25, 'schneller'],
  [1.5, 'schnell'],
];

export interface ReadSource {
  map: TextMap;
  lang: string;
}

export interface ReadAloudControls {
  readonly element: HTMLElement;
  stop(): void;
}

let documentStyled = false;

/** The highlight of text in the page itself needs its rule in the page (a constructed sheet: no inline style). */
function styleDocument(): void {
  if (documentStyled || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  documentStyled = true;
}

function highlight(range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT);
}

export function readAloudControls(
  serviceRoot: URL,
  source: () => ReadSource | null,
  onState?: (state: ReadAloudState) => void,
): ReadAloudControls {
  styleDocument();
  const element = document.createElement('div');
  element.className = 'read-aloud';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Vorlesen');
  const button = (label: string, onClick: () => void): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  };
  const status = document.createElement('span');
  status.className = 'read-aloud-status';
  status.setAttribute('role', 'status');
  let reading: ReadSource | null = null;

  const reader = new ReadAloud(serviceRoot, {
    onState: (state, message) => show(state, message),
    onWord: (mark) => highlight(mark && reading ? reading.map.range(mark.offset, mark.word.length) : null),
  });
  const speedLabel = document.createElement('label');
  speedLabel.textContent = 'Tempo ';
  const speed = document.createElement('select');
  for (const [value, name] of SPEEDS) speed.append(new Option(name, String(value), value === 1, value === 1));
  speedLabel.append(speed);

  const start = (fromOffset = 0): void => {
    reading = source();
    if (!reading || reading.map.text.trim() === '') {
      status.textContent = 'Hier gibt es keinen Text zum Vorlesen.';
      return;
    }
    void reader.play(reading.map.text, reading.lang, Number(speed.value), fromOffset);
  };
  const read = button('Vorlesen', () => start());
  const pause = button('Pause', () => (reader.playing === 'paused' ? reader.resume() : reader.pause()));
  const stop = button('Stopp', () => reader.stop());
  speed.addEventListener('change', () => {
    // A new speed continues from the word being read.
    const word = reader.word;
    if (reader.playing === 'playing' && reading) start(word?.offset ?? 0);
  });

  function show(state: ReadAloudState, message?: string): void {
    read.hidden = state === 'playing' || state === 'paused' || state === 'loading';
    pause.hidden = stop.hidden = !read.hidden;
    pause.textContent = state === 'paused' ? 'Weiter' : 'Pause';
    const texts: Record<ReadAloudState, string> = {
      idle: '',
      loading: 'Wird vorbereitet …',
      playing: 'Wird vorgelesen.',
      paused: 'Angehalten.',
      error: `Vorlesen hat nicht geklappt: ${message ?? ''}`,
    };
    status.textContent = texts[state];
    element.dataset.state = state;
    onState?.(state);
    if (state === 'idle' || state === 'error') highlight(null);
  }
  show('idle');
  element.append(read, pause, stop, speedLabel, status);
  return {
    element,
    stop: () => reader.stop(),
  };
}

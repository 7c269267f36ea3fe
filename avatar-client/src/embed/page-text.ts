// The page's own text, which the embed works on when no document is named (and reads aloud in any case): the
// element `for` names, else the page's <main>, else its <article>; with the language it is written in.
import { mapText, type TextMap } from '../speech/text-map.js';

/** The service's limit for one text (`MAX_TEXT_CHARS`); longer markup is sent as plain text, cut there. */
const MAX_CHARS = 50_000;

/** What is not the page's text: the embed itself, code and anything the page hides. */
const NOT_TEXT = 'dgs-avatar, script, style, noscript, template, [hidden], [aria-hidden="true"]';

export interface PageText {
  readonly element: Element | null;
  /** The language the text is written in. */
  readonly lang: string;
  /** The text as it is heard, with offsets that map back into the page (for the highlight). */
  map(): TextMap;
  /** What to send for a machine version: the markup without what is not text, or plain text. */
  forTranslation(): { text: string; format: 'text' | 'html' };
}

function findElement(selector: string | null): Element | null {
  if (selector) {
    try {
      const el = document.querySelector(selector);
      if (el) return el;
    } catch {
      // Not a valid selector: the page's main content is the best guess.
    }
  }
  return document.querySelector('main') ?? document.querySelector('article');
}

export function pageText(selector: string | null, fallbackText: string | null): PageText {
  const element = findElement(selector);
  const lang = (element?.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || 'de';
  const plain = (): TextMap => {
    const text = (fallbackText ?? '').replace(/\s+/g, ' ').trim();
    return { text, range: () => null };
  };
  return {
    element,
    lang,
    map: () => (element ? mapText(element) : plain()),
    forTranslation() {
      if (!element) return { text: plain().text.slice(0, MAX_CHARS), format: 'text' };
      const copy = element.cloneNode(true) as Element;
      for (const el of copy.querySelectorAll(NOT_TEXT)) el.remove();
      const html = copy.innerHTML.trim();
      if (html.length <= MAX_CHARS) return { text: html, format: 'html' };
      return { text: mapText(element).text.slice(0, MAX_CHARS), format: 'text' };
    },
  };
}

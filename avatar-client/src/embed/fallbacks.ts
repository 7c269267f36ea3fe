// A sentence the guard for spoken targets refused comes back as the German source (never an invented sentence).
// On a page in Arabic or Ukrainian such a sentence must read as what it is: German, laid out left to right
// inside the right-to-left text, announced in German by a screen reader, with a visible note beside it.

import { NO_READ_ATTRIBUTE } from '../speech/text-map.js';

/**
 * Marks the first unmarked occurrence of each of `sentences` in `root`'s text as German (`lang="de"`,
 * `dir="ltr"`, class `fallback`) and puts `note` after it. Returns how many were found; a sentence that the
 * markup split over several text nodes stays unmarked rather than being guessed at.
 */
export function markFallbacks(root: HTMLElement, sentences: readonly string[], note: string): number {
  let marked = 0;
  for (const sentence of sentences) {
    const wanted = sentence.trim();
    if (wanted === '') continue;
    const hit = findText(root, wanted);
    if (!hit) continue;
    const { node, at } = hit;
    const rest = node.splitText(at);
    const after = rest.splitText(wanted.length);
    const german = document.createElement('span');
    german.lang = 'de';
    german.dir = 'ltr';
    german.className = 'fallback';
    german.append(rest);
    const label = document.createElement('span');
    label.lang = 'de';
    label.dir = 'ltr';
    label.className = 'fallback-note';
    // The voice of the page's language should not read a German note.
    label.setAttribute(NO_READ_ATTRIBUTE, '');
    label.textContent = note;
    after.before(german, ' ', label);
    marked++;
  }
  return marked;
}

function findText(root: HTMLElement, wanted: string): { node: Text; at: number } | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.fallback') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(wanted);
    if (at >= 0) return { node: n as Text, at };
  }
  return null;
}

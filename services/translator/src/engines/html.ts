// HTML in, HTML out: the markup stays as it was and every text node is translated on its own. Text inside
// script, style, code, pre, textarea and anything marked translate="no" (or class "notranslate", as
// translation tools agree) is left alone. Targets that put one sentence per line (Leichte Sprache) get a
// <br> where their plain text has a line break, because a line break in HTML text renders as a space.
// The result is not safe to insert into a page yet: the translation service sanitises it (sanitize-html.ts).
import { defaultTreeAdapter, html as parse5Html, parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type Element = DefaultTreeAdapterMap['element'];

const KEEP = new Set([
  'script',
  'style',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'template',
  'noscript',
  'svg',
  'math',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function keepsText(el: Element): boolean {
  if (KEEP.has(el.tagName)) return true;
  return el.attrs.some(
    (a) =>
      (a.name === 'translate' && a.value.toLowerCase() === 'no') ||
      (a.name === 'class' && a.value.split(/\s+/).includes('notranslate')),
  );
}

function textNodes(node: ParentNode, out: TextNode[]): TextNode[] {
  for (const child of node.childNodes) {
    if (defaultTreeAdapter.isTextNode(child)) {
      if (child.value.trim() !== '') out.push(child);
    } else if (isElement(child)) {
      if (!keepsText(child)) textNodes(child, out);
    }
  }
  return out;
}

/** The translatable text of an HTML fragment, and the fragment again with other text in its place. */
export interface HtmlTexts {
  /** Each text node that is translated, trimmed, in document order. */
  readonly texts: readonly string[];
  /**
   * The fragment with the text of node i replaced by `outputs[i]`, always as text (markup in an output comes
   * out escaped). With `lineBreaks`, a line break in an output becomes `<br>`.
   */
  render(outputs: readonly string[], options: { lineBreaks: boolean }): string;
}

/** Both directions use this one traversal, so the i-th text node is the same node in each. */
export function htmlTexts(html: string): HtmlTexts {
  const texts = textNodes(parseFragment(html), []).map((n) => n.value.trim());
  return {
    texts,
    render(outputs, options) {
      // Parsed again for every render: the tree is changed in place.
      const fragment = parseFragment(html);
      textNodes(fragment, []).forEach((node, i) => replaceText(node, outputs[i] ?? node.value, options.lineBreaks));
      return serialize(fragment);
    },
  };
}

function replaceText(node: TextNode, text: string, lineBreaks: boolean): void {
  const lead = /^\s*/.exec(node.value)![0];
  const trail = /\s*$/.exec(node.value)![0];
  const lines = text.split('\n');
  if (!lineBreaks || lines.length === 1) {
    node.value = lead + lines.join(' ') + trail;
    return;
  }
  const parent = node.parentNode!;
  lines.forEach((line, k) => {
    const value = (k === 0 ? lead : '') + line + (k === lines.length - 1 ? trail : '');
    defaultTreeAdapter.insertTextBefore(parent, value, node);
    if (k < lines.length - 1) {
      defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createElement('br', parse5Html.NS.HTML, []), node);
    }
  });
  defaultTreeAdapter.detachNode(node);
}

/**
 * Translates the text nodes of an HTML fragment with `translate` (one call per text node, concurrently, so
 * a model batches them) and returns the fragment with the same markup, and per text node its result.
 */
export async function translateHtml<R extends { text: string }>(
  html: string,
  translate: (text: string) => Promise<R>,
  options: { lineBreaks: boolean },
): Promise<{ html: string; parts: R[] }> {
  const doc = htmlTexts(html);
  const parts = await Promise.all(doc.texts.map((t) => translate(t)));
  return {
    html: doc.render(
      parts.map((p) => p.text),
      options,
    ),
    parts,
  };
}

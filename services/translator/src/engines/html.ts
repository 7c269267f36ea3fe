// HTML in, HTML out: the markup stays as it was and every text node is translated on its own. Text inside
// script, style, code, pre, textarea and anything marked translate="no" (or class "notranslate", as
// translation tools agree) is left alone. Targets that put one sentence per line (Leichte Sprache) get a
// <br> where their plain text has a line break, because a line break in HTML text renders as a space.
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

/**
 * Translates the text nodes of an HTML fragment with `translate` (one call per text node, concurrently, so
 * a model batches them) and returns the fragment with the same markup.
 */
export async function translateHtml<R extends { text: string }>(
  html: string,
  translate: (text: string) => Promise<R>,
  options: { lineBreaks: boolean },
): Promise<{ html: string; parts: R[] }> {
  const fragment = parseFragment(html);
  const nodes = textNodes(fragment, []);
  const parts = await Promise.all(nodes.map((n) => translate(n.value.trim())));
  nodes.forEach((node, i) => {
    const lead = /^\s*/.exec(node.value)![0];
    const trail = /\s*$/.exec(node.value)![0];
    const lines = parts[i]!.text.split('\n');
    if (!options.lineBreaks || lines.length === 1) {
      node.value = lead + lines.join(' ') + trail;
      return;
    }
    const parent = node.parentNode!;
    lines.forEach((line, k) => {
      const text = (k === 0 ? lead : '') + line + (k === lines.length - 1 ? trail : '');
      defaultTreeAdapter.insertTextBefore(parent, text, node);
      if (k < lines.length - 1) {
        defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createElement('br', parse5Html.NS.HTML, []), node);
      }
    });
    defaultTreeAdapter.detachNode(node);
  });
  return { html: serialize(fragment), parts };
}

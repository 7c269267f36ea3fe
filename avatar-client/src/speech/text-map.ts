// Offsets into a DOM subtree's text, read the way a listener hears a page: whitespace runs collapsed to one
// space, and a line break between blocks (paragraphs, list items, headings), so that the voice pauses there.
// Read-aloud marks carry offsets into that string; this maps them back to DOM ranges so the spoken word can
// be highlighted in place, without changing the page's markup.

const BLOCKS = new Set(
  'P LI H1 H2 H3 H4 H5 H6 DIV SECTION ARTICLE BLOCKQUOTE DD DT TR TD TH FIGCAPTION ASIDE HEADER FOOTER MAIN NAV UL OL'.split(
    ' ',
  ),
);
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Marks a note that is for the eye and the screen reader but in another language than the text being read. */
export const NO_READ_ATTRIBUTE = 'data-no-read';

function blockOf(node: Node, root: Node): Node {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) if (BLOCKS.has(n.nodeName)) return n;
  return root;
}

export interface TextMap {
  /** The collapsed text that was sent to be read. */
  readonly text: string;
  /** A DOM range over `length` characters of `text` from `offset`, or null if out of bounds. */
  range(offset: number, length: number): Range | null;
}

export function mapText(root: Node): TextMap {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let p = n.parentNode; p && p !== root; p = p.parentNode)
        if (
          HIDDEN.has(p.nodeName) ||
          (p as HTMLElement).hidden ||
          (p as HTMLElement).ariaHidden === 'true' ||
          (p as HTMLElement).hasAttribute?.(NO_READ_ATTRIBUTE)
        )
          return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  // For each character of the collapsed text: the text node and the offset in it where it came from.
  const origin: Array<[Text, number]> = [];
  let text = '';
  let pending: { char: string; at: [Text, number] } | null = null;
  let block: Node | null = null;
  for (const node of nodes) {
    const data = node.data;
    const nodeBlock = blockOf(node, root);
    if (block && nodeBlock !== block && text.length > 0) pending = { char: '\n', at: [node, 0] };
    block = nodeBlock;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i]!)) {
        if (text.length > 0) pending ??= { char: ' ', at: [node, i] };
        continue;
      }
      if (pending) {
        text += pending.char;
        origin.push(pending.at);
        pending = null;
      }
      text += data[i];
      origin.push([node, i]);
    }
  }
  return {
    text,
    range(offset, length) {
      const first = origin[offset];
      const last = origin[offset + length - 1];
      if (!first || !last || length <= 0) return null;
      const r = document.createRange();
      r.setStart(first[0], first[1]);
      r.setEnd(last[0], last[1] + 1);
      return r;
    },
  };
}

/** Plain text in an element the embed renders itself: offsets are the text's own. */
export function mapPlainText(element: HTMLElement, text: string): TextMap {
  element.textContent = text;
  const node = element.firstChild as Text | null;
  return {
    text,
    range(offset, length) {
      if (!node || offset < 0 || length <= 0 || offset + length > text.length) return null;
      const r = document.createRange();
      r.setStart(node, offset);
      r.setEnd(node, offset + length);
      return r;
    },
  };
}

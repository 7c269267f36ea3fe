// The one HTML allowlist for everything the service hands out as HTML and everything the embed puts into a
// city page: the server sanitises with it (sanitize-html), the embed again in the browser (DOMPurify), so a
// page never runs what a source, an editor or an old or compromised server slipped in. Plain data without
// imports, so the embed can take it without pulling in zod.

/** Text-level and structural elements; nothing that runs script, loads a document, styles or submits. */
export const SAFE_HTML_TAGS = [
  'p',
  'br',
  'wbr',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'dfn',
  'q',
  'cite',
  'blockquote',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'bdi',
  'bdo',
  'span',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'img',
  'time',
  'address',
] as const;

/**
 * Attributes every allowed element may carry. No `style` (CSS can load URLs and overlay the page), no `id` or
 * `name` (they clobber the host page's globals and ids), no event handlers.
 */
export const SAFE_HTML_GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir', 'translate', 'class'] as const;

/** Attributes allowed on one element only, on top of the global ones. */
export const SAFE_HTML_TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  time: ['datetime'],
  ol: ['start', 'reversed'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
};

/** Attributes that hold a URL; their scheme is checked with `isSafeUrl`. */
export const SAFE_HTML_URL_ATTRIBUTES = ['href', 'src', 'cite'] as const;

/** URL schemes allowed besides relative URLs. Not `data:` (script in SVG or HTML), not `javascript:`. */
export const SAFE_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Every attribute the policy allows on some element (what a flat allowlist such as DOMPurify's takes). */
export const SAFE_HTML_ATTRIBUTES: readonly string[] = [
  ...new Set([...SAFE_HTML_GLOBAL_ATTRIBUTES, ...Object.values(SAFE_HTML_TAG_ATTRIBUTES).flat()]),
];

/**
 * For DOMPurify's ALLOWED_URI_REGEXP (it tests values with whitespace and control characters removed): an
 * allowed scheme, or something that cannot start a scheme (relative URLs, and the numbers and words of other
 * attributes, which DOMPurify tests with the same expression).
 */
export const SAFE_URI_PATTERN = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop tabs and line breaks anywhere in a URL and control characters and spaces at its ends, so
// "java&#x09;script:" is still javascript:; removing them all before the check is stricter than that.
// eslint-disable-next-line no-control-regex
const URL_IGNORED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

/** Whether a (decoded) URL attribute value is relative or uses one of `SAFE_URL_SCHEMES`. */
export function isSafeUrl(value: string): boolean {
  const compact = value.replace(URL_IGNORED, '');
  // "\\evil.example" and "/\\evil.example" are host-relative like "//"; they stay http(s), so they are fine.
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || (SAFE_URL_SCHEMES as readonly string[]).includes(scheme);
}

/** Whether the policy allows attribute `attribute` on element `tag` (both lower-case), value not checked. */
export function isSafeAttribute(tag: string, attribute: string): boolean {
  return (
    (SAFE_HTML_GLOBAL_ATTRIBUTES as readonly string[]).includes(attribute) ||
    (SAFE_HTML_TAG_ATTRIBUTES[tag]?.includes(attribute) ?? false)
  );
}

/** Whether the policy allows element `tag` (lower-case, HTML namespace). */
export function isSafeTag(tag: string): boolean {
  return (SAFE_HTML_TAGS as readonly string[]).includes(tag);
}

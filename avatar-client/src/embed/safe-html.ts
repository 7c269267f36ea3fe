// The approved HTML of a page goes into the city's page through this module only. The service already
// sanitises it; this applies the same shared policy again in the browser (DOMPurify), so that an old or
// compromised service still cannot make the embed run script in the city's page. Loaded on demand: a page
// without an HTML version never downloads DOMPurify.
import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';
import {
  isSafeAttribute,
  isSafeUrl,
  SAFE_HTML_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_HTML_URL_ATTRIBUTES,
  SAFE_URI_PATTERN,
} from '@bbs/protocol/safe-html';

const purify = DOMPurify(window);
// DOMPurify's attribute list is flat; the policy's is per element, and its URL rule is exact.
purify.addHook('uponSanitizeAttribute', (node, data) => {
  const tag = node.nodeName.toLowerCase();
  const url = (SAFE_HTML_URL_ATTRIBUTES as readonly string[]).includes(data.attrName);
  if (!isSafeAttribute(tag, data.attrName) || (url && !isSafeUrl(data.attrValue))) data.keepAttr = false;
});

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...SAFE_HTML_TAGS],
  ALLOWED_ATTR: [...SAFE_HTML_ATTRIBUTES],
  ALLOWED_URI_REGEXP: SAFE_URI_PATTERN,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  // A fragment rather than a string: a string would be parsed a second time on insertion (mutation XSS).
  RETURN_DOM_FRAGMENT: true,
};

/** `html` as nodes that carry only what the shared policy allows. */
export function safeFragment(html: string): DocumentFragment {
  return purify.sanitize(html, CONFIG);
}

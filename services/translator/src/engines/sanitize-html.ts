// Untrusted HTML in, HTML that cannot run script out, by the shared allowlist in @bbs/protocol (the embed
// applies the same one again in the browser). sanitize-html drops what is not listed, tags and attributes
// alike, and keeps the text of dropped elements as text.
import {
  isSafeUrl,
  SAFE_HTML_GLOBAL_ATTRIBUTES,
  SAFE_HTML_TAG_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_HTML_URL_ATTRIBUTES,
  SAFE_URL_SCHEMES,
} from '@bbs/protocol';
import sanitize from 'sanitize-html';
import type { IOptions } from 'sanitize-html';

const OPTIONS: IOptions = {
  allowedTags: [...SAFE_HTML_TAGS],
  allowedAttributes: {
    '*': [...SAFE_HTML_GLOBAL_ATTRIBUTES],
    ...Object.fromEntries(Object.entries(SAFE_HTML_TAG_ATTRIBUTES).map(([tag, attrs]) => [tag, [...attrs]])),
  },
  allowedSchemes: [...SAFE_URL_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: [...SAFE_HTML_URL_ATTRIBUTES],
  allowProtocolRelative: true,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Their content is code or a document of its own, not text a reader should see once the element is gone.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'template',
    'iframe',
    'noembed',
    'noframes',
    'xmp',
    'title',
  ],
  parseStyleAttributes: false,
  transformTags: {
    // The shared URL rule on top of sanitize-html's own scheme check, so server and embed decide alike.
    '*': (tagName, attribs) => {
      const kept = { ...attribs };
      for (const name of SAFE_HTML_URL_ATTRIBUTES) {
        if (kept[name] !== undefined && !isSafeUrl(kept[name])) delete kept[name];
      }
      return { tagName, attribs: kept };
    },
  },
};

/** `html` with only the elements, attributes and URL schemes of the shared policy left. */
export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS);
}

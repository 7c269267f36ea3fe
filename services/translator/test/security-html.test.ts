// Translated HTML and approved HTML pages go into city pages as they are, so they must carry nothing that runs
// script. Every case of tests/fixtures/xss-cases.json (filter-evasion tricks after the OWASP cheat sheet's
// kinds) goes through /v1/translate, the LibreTranslate face and the WebSocket; each answer is parsed as a
// browser would (parse5) and every element, attribute and URL is held to the shared policy, with the URL
// scheme checked independently by the WHATWG URL parser. Ordinary markup has to survive.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { defaultTreeAdapter, html as parse5Html, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { isSafeAttribute, isSafeTag, SAFE_HTML_URL_ATTRIBUTES } from '@bbs/protocol';
import type { DocumentView, PublicTarget, TargetState } from '@bbs/protocol';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

interface XssCase {
  id: string;
  category: string;
  name: string;
  html: string;
}

const CASES = (
  JSON.parse(readFileSync(new URL('../../../tests/fixtures/xss-cases.json', import.meta.url), 'utf8')) as {
    cases: XssCase[];
  }
).cases;

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const TARGETS = ['de-x-ls', 'gsg'];

/** Never allowed, whatever the policy says: the test does not only trust the policy's own lists. */
const NEVER = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'isindex',
]);
const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** What in `html` could run script or break out of the policy, as readable findings (empty: safe). */
function findings(html: string): string[] {
  const found: string[] = [];
  const visit = (parent: ParentNode) => {
    for (const node of parent.childNodes as Node[]) {
      if (defaultTreeAdapter.isCommentNode(node)) found.push(`comment <!--${node.data}-->`);
      if (!defaultTreeAdapter.isElementNode(node)) continue;
      const tag = node.tagName;
      if (node.namespaceURI !== parse5Html.NS.HTML) found.push(`foreign element ${tag} (${node.namespaceURI})`);
      if (NEVER.has(tag) || !isSafeTag(tag)) found.push(`element ${tag}`);
      for (const attr of node.attrs) {
        if (attr.prefix || attr.namespace) found.push(`namespaced attribute ${attr.prefix}:${attr.name} on ${tag}`);
        if (/^on/i.test(attr.name) || ['style', 'srcdoc', 'formaction', 'srcset'].includes(attr.name)) {
          found.push(`attribute ${attr.name} on ${tag}`);
        } else if (!isSafeAttribute(tag, attr.name)) {
          found.push(`attribute ${attr.name} on ${tag}`);
        }
        if ((SAFE_HTML_URL_ATTRIBUTES as readonly string[]).includes(attr.name)) {
          let protocol: string;
          try {
            protocol = new URL(attr.value, 'https://www.stadt.example/seite').protocol;
          } catch {
            protocol = 'unparsable';
          }
          if (!SCHEMES.has(protocol)) found.push(`${attr.name}="${attr.value}" (${protocol}) on ${tag}`);
        }
      }
      visit(node);
    }
  };
  visit(parseFragment(html));
  return found;
}

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN, RATE_LIMIT_MAX: '100000' });
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

async function post<T>(path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(srv.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function get<T>(path: string, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(srv.url + path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as T };
}

test('the fixture has enough cases of every kind', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  for (const kind of ['script', 'event', 'url', 'svg', 'math', 'frame', 'head', 'style', 'form', 'comment']) {
    expect(CASES.filter((c) => c.category === kind).length).toBeGreaterThanOrEqual(1);
  }
  // The checker itself finds what it is meant to find.
  expect(findings('<p onclick="x()">a</p>')).toEqual(['attribute onclick on p']);
  expect(findings('<a href="jav&#x09;ascript:x()">a</a>')[0]).toMatch(/javascript:/);
  expect(findings('<svg><a href="https://x.example/">a</a></svg>').length).toBeGreaterThan(0);
});

describe.each(CASES)('$id: $name', (c) => {
  test('/v1/translate answers without script-capable content', async () => {
    const res = await post<{ results: Record<string, { text: string }> }>('/v1/translate', {
      text: c.html,
      targets: TARGETS,
      format: 'html',
    });
    expect(res.status).toBe(200);
    for (const target of TARGETS) {
      expect([target, findings(res.body.results[target]!.text)]).toEqual([target, []]);
    }
  });
});

test('the LibreTranslate face answers every case without script-capable content', async () => {
  const res = await post<{ translatedText: string[] }>('/translate', {
    q: CASES.map((c) => c.html),
    source: 'de',
    target: 'de-x-ls',
    format: 'html',
  });
  expect(res.status).toBe(200);
  expect(res.body.translatedText).toHaveLength(CASES.length);
  const bad = CASES.map((c, i) => [c.id, findings(res.body.translatedText[i]!)] as const).filter(
    ([, f]) => f.length > 0,
  );
  expect(bad).toEqual([]);
});

test('the WebSocket translate message answers without script-capable content', async () => {
  const c = await connect(srv.wsUrl);
  try {
    for (const [i, xss] of CASES.filter((x) => ['script', 'event', 'url'].includes(x.category))
      .slice(0, 12)
      .entries()) {
      c.send({ type: 'translate', id: `x${i}`, text: xss.html, targets: ['de-x-ls'], format: 'html' });
      const msg = await c.next((m) => m.id === `x${i}` && (m.type === 'result' || m.type === 'error'));
      expect(msg.type).toBe('result');
      expect([xss.id, findings((msg.result as { text: string }).text)]).toEqual([xss.id, []]);
    }
  } finally {
    c.ws.close();
  }
});

const PAGE =
  '<h2>Personalausweis beantragen</h2>\n' +
  '<p>Den Antrag stellen Sie im <a href="https://www.stadt-muenster.de/buergerbuero" title="Bürgerbüro">Bürgerbüro</a>. ' +
  'Bringen Sie <strong>ein aktuelles Foto</strong> mit.</p>\n' +
  '<ul><li>Fragen per <a href="mailto:buergerbuero@stadt-muenster.de">E-Mail</a>.</li>' +
  '<li>Oder rufen Sie <a href="tel:+492514920">uns</a> an.</li><li><a href="/termine#heute">Termine</a></li></ul>\n' +
  '<table><tr><th scope="col">Gebühr</th></tr><tr><td colspan="2">37 Euro</td></tr></table>\n' +
  '<p lang="de" dir="ltr"><em>Stand</em>: <time datetime="2026-04-15">15. April 2026</time></p>\n' +
  '<img src="https://www.stadt-muenster.de/ausweis.png" alt="Ausweis" width="200">';

test('ordinary markup survives: headings, links with http(s), mailto, tel and relative, lists, strong', async () => {
  const res = await post<{ results: Record<string, { text: string }> }>('/v1/translate', {
    text: PAGE,
    targets: TARGETS,
    format: 'html',
  });
  expect(res.status).toBe(200);
  for (const target of TARGETS) {
    const out = res.body.results[target]!.text;
    expect(findings(out)).toEqual([]);
    for (const kept of [
      '<h2>',
      '<a href="https://www.stadt-muenster.de/buergerbuero" title="Bürgerbüro">',
      '<strong>',
      '<ul><li>',
      '<a href="mailto:buergerbuero@stadt-muenster.de">',
      '<a href="tel:+492514920">',
      '<a href="/termine#heute">',
      '<th scope="col">',
      '<td colspan="2">',
      '<p lang="de" dir="ltr"><em>',
      '<time datetime="2026-04-15">',
      '<img src="https://www.stadt-muenster.de/ausweis.png" alt="Ausweis" width="200" />',
    ]) {
      expect([target, out.includes(kept) ? kept : out]).toEqual([target, kept]);
    }
  }
});

describe('HTML documents', () => {
  const tokens = { editor: '' };
  const SOURCE =
    '<h2 onclick="window.__xss=1">Wohngeld</h2>\n' +
    '<p>Den Antrag stellen Sie im <a href="https://www.stadt-muenster.de/wohngeld">Bürgerbüro</a>.</p>\n' +
    '<script>window.__xss=1</script>\n' +
    '<p>Fragen? <a href="javascript:window.__xss=1">Hier klicken</a>.</p>\n' +
    '<img src=x onerror="window.__xss=1" alt="Bild">\n' +
    '<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe>';

  beforeAll(async () => {
    const made = await post<{ token: string }>('/v1/admin/keys', { name: 'html-editor', role: 'editor' }, ADMIN_TOKEN);
    expect(made.status).toBe(201);
    tokens.editor = made.body.token;
  });

  async function approved(source: string, format: 'text' | 'html', edit?: { index: number; output: string }) {
    const slug = `html-${randomBytes(4).toString('hex')}`;
    const created = await post<DocumentView>(
      '/v1/documents',
      { slug, source, format, targets: ['de-x-ls'] },
      tokens.editor,
    );
    expect(created.status).toBe(201);
    expect(created.body.format).toBe(format);
    let proposal = created.body.targets['de-x-ls']!.proposal!;
    if (edit) {
      const res = await fetch(`${srv.url}/v1/documents/${created.body.id}/targets/de-x-ls`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.editor}` },
        body: JSON.stringify({ proposalId: proposal.id, contentHash: proposal.contentHash, sentences: [edit] }),
      });
      expect(res.status).toBe(200);
      proposal = ((await res.json()) as TargetState).proposal!;
    }
    const ok = await post<TargetState>(
      `/v1/documents/${created.body.id}/targets/de-x-ls/approve`,
      { proposalId: proposal.id, contentHash: proposal.contentHash, revision: proposal.revision },
      tokens.editor,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    return { doc: created.body, proposal };
  }

  test('the public approved version is the source markup with approved text, sanitised; the source stays', async () => {
    const { doc, proposal } = await approved(SOURCE, 'html');
    // Sentences come from text nodes only: nothing of the script is offered for translation.
    expect(proposal.sentences.map((s) => s.source)).not.toContainEqual(expect.stringContaining('__xss'));
    // An editor puts markup into a sentence: it must come out as text.
    const index = proposal.sentences.findIndex((s) => s.source.startsWith('Den Antrag'));
    expect(index).toBeGreaterThanOrEqual(0);
    const { doc: edited } = await approved(SOURCE, 'html', {
      index,
      output: 'Den Antrag <img src=x onerror="window.__xss=1"> stellen Sie hier.',
    });

    const pub = await get<PublicTarget>(`/v1/public/documents/${doc.slug}/de-x-ls`);
    expect(pub.status).toBe(200);
    expect(pub.body.format).toBe('html');
    const html = pub.body.html!;
    expect(findings(html)).toEqual([]);
    expect(html).toMatch(/^<h2>/);
    expect(html).toContain('<a href="https://www.stadt-muenster.de/wohngeld">');
    expect(html).not.toMatch(/script|onclick|onerror|srcdoc|javascript:/i);
    expect(html).toContain('<img src="x" alt="Bild" />');
    expect(pub.body.text).not.toContain('<');

    const pubEdited = await get<PublicTarget>(`/v1/public/documents/${edited.slug}/de-x-ls`);
    expect(findings(pubEdited.body.html!)).toEqual([]);
    expect(pubEdited.body.html).toContain('Den Antrag &lt;img src=x onerror="window.__xss=1"&gt; stellen Sie hier.');
    // Each sentence stays in its own text node: the link's text is the link's.
    expect(pubEdited.body.html).toMatch(
      /stellen Sie hier\. <a href="https:\/\/www\.stadt-muenster\.de\/wohngeld">Bürger/,
    );

    // Editors still see the source exactly as it was written.
    const stored = await get<DocumentView>(`/v1/documents/${doc.id}`, tokens.editor);
    expect(stored.status).toBe(200);
    expect(stored.body.format).toBe('html');
    expect(stored.body.source).toBe(SOURCE);
  });

  test('text documents keep plain text and carry no html', async () => {
    const { doc } = await approved('Der Antrag <b>kostet</b> 12 Euro.', 'text');
    const pub = await get<PublicTarget>(`/v1/public/documents/${doc.slug}/de-x-ls`);
    expect(pub.status).toBe(200);
    expect(pub.body.format).toBe('text');
    expect(pub.body.html).toBeUndefined();
  });
});

// HTML input: the markup comes back as it was, text nodes are translated, and what must not be translated
// (code, translate="no") is untouched, while scripts are removed (security-html.test.ts tests that in
// depth); on /v1/translate, the WebSocket and the LibreTranslate face.
import { parseFragment, serialize } from 'parse5';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';
import { connect } from '../../../tests/support/ws-client.js';

let srv: TestServer;
// A minute for the service to start on a busy machine, like the other server tests.
beforeAll(async () => {
  srv = await startTestServer();
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

const PAGE =
  '<h2 class="titel">Termin</h2>\n' +
  '<p>Ihr Termin im <a href="/buergerbuero">Bürgerbüro</a> ist am Montag um 9 Uhr. Bitte kommen Sie pünktlich.</p>\n' +
  '<script>var hinweis = "Antrag stellen";</script>\n' +
  '<p translate="no">Stadt Münster</p><pre>Klemensstraße 10</pre>';

async function translate(targets: string[], text = PAGE) {
  const res = await fetch(`${srv.url}/v1/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, targets, format: 'html' }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    results: Record<string, { text: string; sentences: { source: string; output: string; engine: string }[] }>;
  };
}

test('keeps the markup, translates text nodes, leaves pre and translate="no" alone, drops scripts', async () => {
  const { results } = await translate(['gsg', 'de-x-ls']);
  const gsg = results.gsg!;
  // Parsing and serialising the answer again keeps it: well-formed HTML with the same skeleton (parse5 writes
  // void elements without the sanitiser's "/").
  expect(serialize(parseFragment(gsg.text))).toBe(gsg.text.replace(/ \/>/g, '>'));
  expect(gsg.text).toMatch(/^<h2 class="titel">TERMIN<\/h2>\n<p>/);
  expect(gsg.text).toContain('<a href="/buergerbuero">');
  expect(gsg.text).not.toContain('<script');
  expect(gsg.text).not.toContain('Antrag stellen');
  expect(gsg.text).toContain('<p translate="no">Stadt Münster</p><pre>Klemensstraße 10</pre>');
  expect(gsg.text).not.toContain('Ihr Termin');
  expect(gsg.sentences.map((s) => s.source)).toEqual(expect.arrayContaining(['Termin', 'Bitte kommen Sie pünktlich.']));
  expect(gsg.sentences.some((s) => /Stadt Münster|Antrag stellen|Klemensstraße/.test(s.source))).toBe(false);

  // Leichte Sprache puts each sentence on its own line, which HTML needs as <br>.
  const ls = results['de-x-ls']!.text;
  expect(ls).toMatch(/9 Uhr\.<br \/>/);
  expect(ls).not.toContain('<script');
});

test('HTML on the WebSocket and on the LibreTranslate face', async () => {
  const c = await connect(srv.wsUrl);
  c.send({
    type: 'translate',
    id: 'h',
    text: '<p>Das Bürgerbüro ist heute geschlossen.</p>',
    targets: ['gsg'],
    format: 'html',
  });
  const result = (await c.next((m) => m.type === 'result' && m.id === 'h')).result as { text: string };
  expect(result.text).toMatch(/^<p>[A-ZÄÖÜ0-9 -]+<\/p>$/);
  c.ws.close();

  const lt = await fetch(`${srv.url}/translate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ q: '<b>Guten Tag</b>', source: 'de', target: 'en', format: 'html' }),
  });
  expect(lt.status).toBe(200);
  expect(((await lt.json()) as { translatedText: string }).translatedText).toMatch(/^<b>.*<\/b>$/s);
});

test('broken HTML is repaired rather than refused', async () => {
  const { results } = await translate(['gsg'], '<p>Der Antrag ist <b>fertig.');
  expect(results.gsg!.text).toMatch(/^<p>.*<b>.*<\/b><\/p>$/);
});

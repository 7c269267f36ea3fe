import { LsCheckResponseSchema, LsRulesResponseSchema } from '@bbs/protocol';
import request from 'supertest';
import { startTestServer } from '../../../tests/support/server.js';
import type { TestServer } from '../../../tests/support/server.js';

let srv: TestServer;
// A minute for the service to start on a busy machine, like the other server tests.
beforeAll(async () => {
  srv = await startTestServer();
}, 60_000);
afterAll(async () => {
  await srv?.close();
});

const OFFICIAL =
  'Der Antrag auf Ausstellung eines Personalausweises ist persönlich zu stellen, wobei die Gebühr von 37,00 € ' +
  'bei Antragstellung zu entrichten ist, sofern keine Befreiung vorliegt. Bringen Sie z. B. Ihre Geburtsurkunde mit.';

test('official German gets findings with exact spans, messages and readability figures', async () => {
  const res = await request(srv.url).post('/v1/leichte-sprache/check').send({ text: OFFICIAL }).expect(200);
  expect(LsCheckResponseSchema.safeParse(res.body).success).toBe(true);
  const rules = new Set(res.body.findings.map((f: { rule: string }) => f.rule));
  for (const rule of ['sentence-length', 'genitive', 'abbreviation']) expect(rules).toContain(rule);
  for (const f of res.body.findings) {
    expect(f.end).toBeGreaterThan(f.start);
    expect(OFFICIAL.slice(f.start, f.end).length).toBeGreaterThan(0);
    expect(f.message.length).toBeGreaterThan(5);
  }
  const abbreviation = res.body.findings.find((f: { rule: string }) => f.rule === 'abbreviation');
  expect(OFFICIAL.slice(abbreviation.start, abbreviation.end)).toBe('z. B.');
  expect(abbreviation.suggestion).toMatch(/zum Beispiel/);
  expect(res.body.stats.sentences).toBe(2);
  expect(res.body.stats.wordsPerSentence).toBeGreaterThan(10);
});

test('the stricter profile turns negation into a finding that DIN only notes', async () => {
  const text = 'Sie brauchen keinen Termin.';
  const din = await request(srv.url).post('/v1/leichte-sprache/check').send({ text, profile: 'din' }).expect(200);
  const netz = await request(srv.url).post('/v1/leichte-sprache/check').send({ text, profile: 'netzwerk' }).expect(200);
  const sev = (body: { findings: { rule: string; severity: string }[] }) =>
    body.findings.find((f) => f.rule === 'negation')?.severity;
  expect(sev(din.body)).toBe('info');
  expect(sev(netz.body)).toBe('warning');
});

test('the rule catalogue lists every rule with its severity per profile', async () => {
  const res = await request(srv.url).get('/v1/leichte-sprache/rules').expect(200);
  expect(LsRulesResponseSchema.safeParse(res.body).success).toBe(true);
  expect(res.body.rules.length).toBeGreaterThanOrEqual(20);
});

test('bad input is refused clearly', async () => {
  const res = await request(srv.url)
    .post('/v1/leichte-sprache/check')
    .send({ text: 'Hallo.', profile: 'streng' })
    .expect(400);
  expect(res.body.error.code).toBe('VALIDATION_FAILED');
  expect(res.body.error.details[0].path).toBe('profile');
});

test('de-x-ls is a target of /v1/translate: one sentence per line, numbers kept, labelled machine-made', async () => {
  const text =
    'Der Antrag, den Sie gestellt haben, wird von der Stadt geprüft. Die Gebühr beträgt ca. 37,00 € und ist bis zum 15.04.2026 zu zahlen.';
  const res = await request(srv.url)
    .post('/v1/translate')
    .send({ text, targets: ['de-x-ls'] })
    .expect(200);
  const ls = res.body.results['de-x-ls'];
  expect(ls.review).toEqual({ status: 'machine', label: 'maschinell erstellt, nicht geprüft' });
  expect(ls.sentences).toHaveLength(2);
  for (const s of ls.sentences) {
    expect(s.engine).toBe('rules');
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  }
  const lines = ls.text.split('\n');
  expect(lines.length).toBeGreaterThan(2);
  expect(ls.text).toContain('37');
  expect(ls.text).toContain('15. April 2026');
  expect(ls.text).toContain('ungefähr');
  expect(ls.text).not.toContain('ca.');
});

test('a sentence the rules could not make safe says why and has a low confidence; a safe one has none', async () => {
  // A long sentence of one clause with stacked phrases: no rule splits it.
  const long =
    'Viele Angebote oder Veranstaltungen in der Stadt Augsburg sind auch für Bürgerinnen und Bürger des Landkreises Augsburg sehr interessant.';
  const res = await request(srv.url)
    .post('/v1/translate')
    .send({ text: `${long} Der Antrag ist bis zum 1. März zu stellen.`, targets: ['de-x-ls'] })
    .expect(200);
  const [first, second] = res.body.results['de-x-ls'].sentences;
  expect(first.concerns).toEqual(expect.arrayContaining(['too-long', 'unchanged']));
  expect(first.confidence).toBeLessThanOrEqual(0.4);
  // the modal passive becomes an instruction to the reader, with nothing left to worry about
  expect(second.output).toBe(
    'Sie müssen den Antrag bis zum 1. März stellen.\nMit einem Antrag bitten Sie das Amt um etwas.\nOft füllen Sie dafür ein Formular aus.',
  );
  expect(second.concerns ?? []).toEqual([]);
  expect(second.confidence).toBe(1);
});

test('a hard word or acronym left without an explanation is a concern; a sentence without a full stop is rewritten too', async () => {
  const res = await request(srv.url)
    .post('/v1/translate')
    .send({
      text: 'Der Bescheid ist rechtskräftig.\n\nDas BAMF prüft den Fall.\n\nHerzlich willkommen,\nschön, dass Sie bei uns angekommen sind!',
      targets: ['de-x-ls'],
    })
    .expect(200);
  const sentences = res.body.results['de-x-ls'].sentences as {
    source: string;
    concerns?: string[];
    confidence: number;
  }[];
  const bySource = (start: string) => sentences.find((s) => s.source.startsWith(start))!;
  expect(bySource('Der Bescheid').concerns).toContain('hard-word');
  expect(bySource('Der Bescheid').confidence).toBeLessThanOrEqual(0.7);
  expect(bySource('Das BAMF').concerns).toContain('hard-word');
  // every sentence has its own rewrite and its own concerns: the dass clause is seen
  expect(sentences.some((s) => s.source.includes('dass') && (s.concerns ?? []).includes('clause-left'))).toBe(true);
});

test('de-x-einfach is a target of /v1/translate and of the LibreTranslate face, with its own checker profile', async () => {
  const text =
    'Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen beim Bürgerbüro anmelden, weil das Gesetz es so vorschreibt. Die Unterlagen sind bis Freitag einzureichen.';
  const res = await request(srv.url)
    .post('/v1/translate')
    .send({ text, targets: ['de-x-einfach'] })
    .expect(200);
  const einfach = res.body.results['de-x-einfach'];
  expect(einfach.review.status).toBe('machine');
  expect(einfach.dir).toBe('ltr');
  expect(einfach.sentences.map((s: { engine: string }) => s.engine)).toEqual(['rules', 'rules']);
  // running text, normal spelling of compounds, the reader addressed
  expect(einfach.text).not.toContain('\n');
  expect(einfach.text).toContain('Bürgerbüro');
  expect(einfach.text).toContain('Sie müssen die Unterlagen bis Freitag einreichen.');
  const lt = await request(srv.url)
    .post('/translate')
    .send({ q: 'Die Unterlagen sind bis Freitag einzureichen.', source: 'de', target: 'de-x-einfach' })
    .expect(200);
  expect(lt.body.translatedText).toBe('Sie müssen die Unterlagen bis Freitag einreichen.');
  const check = await request(srv.url)
    .post('/v1/leichte-sprache/check')
    .send({ text: 'Die Gültigkeit des Personalausweises endet am Montag.', profile: 'einfach' })
    .expect(200);
  expect(check.body.findings.map((f: { rule: string }) => f.rule)).not.toContain('genitive');
  const catalogue = await request(srv.url).get('/v1/leichte-sprache/rules').expect(200);
  const length = catalogue.body.rules.find((r: { id: string }) => r.id === 'sentence-length');
  expect(length.severity.einfach).toBe('warning');
});

test('long compounds are split only into real words (Hunspell checks the parts)', async () => {
  const text =
    'Die Materialien für den Hebammenverband liegen im Straßenverkehrsamt. ' +
    'Bitte bringen Sie die Meldebescheinigung mit.';
  const res = await request(srv.url).post('/v1/leichte-sprache/check').send({ text }).expect(200);
  const splits = new Map<string, string>(
    res.body.findings
      .filter((f: { rule: string }) => f.rule === 'compound')
      .map((f: { start: number; end: number; suggestion: string }) => [text.slice(f.start, f.end), f.suggestion]),
  );
  // Compounds of words are split at their seams, linking s and all …
  expect(splits.get('Straßenverkehrsamt')).toBe('Straßenverkehrs-Amt');
  expect(splits.get('Meldebescheinigung')).toBe('Melde-Bescheinigung');
  // … but a word the dictionary lists as one is not cut into non-words (`Materi-Alien`, `Heb-Ammen-Verband`).
  expect(splits.has('Materialien')).toBe(false);
  expect(splits.has('Hebammenverband')).toBe(false);
});

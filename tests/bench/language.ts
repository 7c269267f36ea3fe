// In-process timing of the language core: what one request's analysis costs without HTTP.
import { readFileSync } from 'node:fs';
import { analyzeClauses, analyzeText, createDoc, type Analyzer } from '@bbs/language';
import { LeichteSpracheEngine, loadDgsEngine, loadLanguageResources } from '@bbs/translator';

export const THREE_SENTENCES =
  'Ihr Termin im Bürgerbüro ist am Montag um 9 Uhr. Bitte bringen Sie Ihren Personalausweis mit. ' +
  'Die Gebühr beträgt 37,00 Euro und ist bei Abholung zu zahlen.';

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
}

function time(name: string, runs: number, fn: () => void): Timing {
  for (let i = 0; i < 50; i++) fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { name, runs, p50: ms[Math.floor(runs * 0.5)]!, p95: ms[Math.floor(runs * 0.95)]! };
}

export async function languageTimings(): Promise<{ loadMs: number; timings: Timing[] }> {
  const { analyzer, loadMs } = await loadLanguageResources();
  const dgs = loadDgsEngine(analyzer);
  return {
    loadMs,
    timings: [
      time('DGS gloss + timeline, 3 sentences', 500, () => {
        const sentences = dgs.gloss(THREE_SENTENCES);
        sentences.forEach((s, i) => dgs.timeline(s, 1, i === sentences.length - 1));
      }),
      time('analysis, 3 sentences (tokens + clauses)', 500, () => {
        for (const s of analyzeText(analyzer, THREE_SENTENCES).sentences) analyzeClauses(s.tokens);
      }),
    ],
  };
}

/** A municipal sample page (samples/texts), as one Leichte Sprache request gets it. */
const SAMPLE = new URL('../../samples/texts/anwohnerparkausweis-beantragen.md', import.meta.url);

/**
 * How often one Leichte Sprache request (the rule engine on a sample page: rewrite, checks, concerns) makes the
 * analyzer analyse a sentence, against the distinct sentences it analysed: with the request's analysis scope each
 * sentence is analysed once.
 */
export async function analysesPerRequest(): Promise<{ sentences: number; analyses: number; distinct: number }> {
  const { analyzer, glossary } = await loadLanguageResources();
  let analyses = 0;
  const distinct = new Set<string>();
  const counting: Analyzer = {
    ...analyzer,
    analyzeSentence: (s) => {
      analyses++;
      distinct.add(typeof s === 'string' ? `0 ${s}` : 'text' in s ? `${s.start} ${s.text}` : JSON.stringify(s));
      return analyzer.analyzeSentence(s);
    },
  };
  const text = readFileSync(SAMPLE, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const doc = createDoc(counting, text);
  await new LeichteSpracheEngine(glossary).translate(doc);
  return { sentences: doc.sentences.length, analyses, distinct: distinct.size };
}

// How many of a gloss model's outputs the service's gloss guard (DgsEngine.knowsAllGlosses) accepts, and how
// many equal the reference line (the rules' glosses for the municipal samples). Prints one JSON line.
//
//   node --conditions=source --import tsx models/training/check_glosses.ts HYP_FILE REF_FILE
import { readFileSync } from 'node:fs';
import { loadDgsEngine, loadLanguageResources } from '@bbs/translator';

const [hypFile, refFile] = process.argv.slice(2);
if (!hypFile || !refFile) throw new Error('usage: check_glosses.ts HYP_FILE REF_FILE');
const lines = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const hyps = lines(hypFile);
const refs = lines(refFile);
const dgs = loadDgsEngine(loadLanguageResources().analyzer);
const accepted = hyps.filter((h) => dgs.knowsAllGlosses(h)).length;
const exact = hyps.filter((h, i) => h.trim() === refs[i]?.trim()).length;
console.log(JSON.stringify({ n: hyps.length, accepted, exact }));

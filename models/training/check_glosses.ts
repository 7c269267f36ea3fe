// How many of a gloss model's outputs the service's gloss guard accepts (DgsEngine.acceptsModelGlosses, with the
// reference line as the rules' glosses for the municipal samples), how many use only glosses the rules could have
// written (knownForms), and how many equal the reference. Prints one JSON line.
//
//   node --conditions=source --import tsx models/training/check_glosses.ts HYP_FILE REF_FILE
import { readFileSync } from 'node:fs';
import { loadDgsEngine, loadLanguageResources } from '@bbs/translator';

const [hypFile, refFile] = process.argv.slice(2);
if (!hypFile || !refFile) throw new Error('usage: check_glosses.ts HYP_FILE REF_FILE');
const lines = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const hyps = lines(hypFile);
const refs = lines(refFile);
const dgs = loadDgsEngine((await loadLanguageResources()).analyzer);
const knownForms = hyps.filter((h) => dgs.knowsAllGlosses(h)).length;
const accepted = hyps.filter((h, i) => dgs.acceptsModelGlosses(h, refs[i] ?? '')).length;
const exact = hyps.filter((h, i) => h.trim() === refs[i]?.trim()).length;
console.log(JSON.stringify({ n: hyps.length, knownForms, accepted, exact }));

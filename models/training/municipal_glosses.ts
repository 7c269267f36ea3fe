// Synthetic German → gloss pairs for the gloss model (build.py): the rule translator's glosses for the municipal
// samples, with their train/held-out split (tests/support/municipal-glosses.ts). Prints JSON lines
// { sample, split, text, glosses }.
//
//   node --conditions=source --import tsx models/training/municipal_glosses.ts > pairs.jsonl
import { loadDgsEngine, loadLanguageResources } from '@bbs/translator';
import { municipalGlossPairs } from '../../tests/support/municipal-glosses.js';

const dgs = loadDgsEngine((await loadLanguageResources()).analyzer);
for (const pair of municipalGlossPairs(dgs)) console.log(JSON.stringify(pair));

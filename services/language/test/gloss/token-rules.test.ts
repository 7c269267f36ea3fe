// The token rules' tests, one file per rule under rules/. They run from this one test file so the
// dictionaries are loaded and the analyser built once for all of them (about a second each time).
import './rules/drop.js';
import './rules/separable.js';
import './rules/pronouns.js';
import './rules/numbers.js';
import './rules/addresses.js';
import './rules/names.js';
import './rules/compounds.js';
import './rules/lemmatise.js';
import './rules/rephrase.js';
import './rules/plurals.js';

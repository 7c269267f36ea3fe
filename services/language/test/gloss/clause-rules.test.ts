// The clause rules' tests, one file per rule under rules/, then the whole pipeline (pipeline.ts). They run
// from this one test file so the dictionaries are loaded and the analyser built once for all of them (about
// a second each time); token-rules.test.ts runs the token rules in parallel.
import './rules/noun-phrase.js';
import './rules/constituent-order.js';
import './rules/topic.js';
import './rules/negation.js';
import './rules/questions.js';
import './rules/imperative.js';
import './rules/agreement.js';
import './rules/conditionals.js';
import './rules/clause-order.js';
import './rules/pauses.js';
import './pipeline.js';

export { TIMING, compileTimeline, concatTimelines, spellLetters } from './compile.js';
export type { CompileOptions, GlossForTimeline, GlossSentenceForTimeline, SignData } from './compile.js';
export { MIN_VISEME_SECONDS, timeVisemes, visemesOf } from './visemes.js';
export type { Viseme, VisemeKey } from './visemes.js';

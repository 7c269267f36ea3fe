export { TIMING, compileTimeline, concatTimelines, signLine, spellLetters } from './compile.js';
export type { CompileOptions, GlossForTimeline, GlossSentenceForTimeline, SignData } from './compile.js';
export { digitParts, isDigitCode, numberSignParts } from './number-signs.js';
export type { NumberPart, NumberSignOptions } from './number-signs.js';
export { MIN_VISEME_SECONDS, timeVisemes, visemesOf } from './visemes.js';
export type { Viseme, VisemeKey } from './visemes.js';

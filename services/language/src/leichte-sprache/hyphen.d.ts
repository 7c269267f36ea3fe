// Types for the German patterns of the `hyphen` package (ISC), which ships none. Only what syllables.ts uses.
declare module 'hyphen/de-1996/index.js' {
  interface HyphenationOptions {
    readonly hyphenChar?: string;
    readonly minWordLength?: number;
    readonly exceptions?: readonly string[];
  }
  interface GermanHyphenator {
    hyphenateSync(text: string, options?: HyphenationOptions): string;
  }
  const hyphenator: GermanHyphenator;
  export default hyphenator;
}

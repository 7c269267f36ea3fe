// Present indicative of the verbs the rules put in a finite slot themselves (modals, sein, haben, werden,
// wissen): one table for the subjunctive rule, the passive and modal-passive rewrites and the mood steps.

/** Indicative forms by Person/Number: 1Sg 2Sg 3Sg 1Pl 2Pl 3Pl. */
export const PRESENT: Readonly<Record<string, readonly [string, string, string, string, string, string]>> = {
  können: ['kann', 'kannst', 'kann', 'können', 'könnt', 'können'],
  müssen: ['muss', 'musst', 'muss', 'müssen', 'müsst', 'müssen'],
  dürfen: ['darf', 'darfst', 'darf', 'dürfen', 'dürft', 'dürfen'],
  sollen: ['soll', 'sollst', 'soll', 'sollen', 'sollt', 'sollen'],
  wollen: ['will', 'willst', 'will', 'wollen', 'wollt', 'wollen'],
  mögen: ['mag', 'magst', 'mag', 'mögen', 'mögt', 'mögen'],
  haben: ['habe', 'hast', 'hat', 'haben', 'habt', 'haben'],
  sein: ['bin', 'bist', 'ist', 'sind', 'seid', 'sind'],
  werden: ['werde', 'wirst', 'wird', 'werden', 'werdet', 'werden'],
  wissen: ['weiß', 'weißt', 'weiß', 'wissen', 'wisst', 'wissen'],
};

/** The 3rd person present (`Sing`: `kann`; `Plur`, also the polite `Sie` form: `können`), if the table has it. */
export function thirdPerson(lemma: string, number: 'Sing' | 'Plur'): string | undefined {
  return PRESENT[lemma]?.[number === 'Sing' ? 2 : 5];
}
